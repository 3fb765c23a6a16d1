"""Shared helpers for the blind15 corpus generator (stdlib only, deterministic)."""
import base64
import hashlib
import json
import random
import string
import struct
import urllib.parse
import zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def R(name):
    """A seeded RNG per logical stream, so edits in one module never shift another."""
    seed = int(hashlib.sha256(("blind15:" + name).encode()).hexdigest()[:16], 16)
    return random.Random(seed)


def rstr(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def E(technique, source, tool, payload):
    return {"technique": technique, "source": source, "tool": tool, "payload": payload}


# ---------------------------------------------------------------- encodings
def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def b64url_nopad(b):
    if isinstance(b, str):
        b = b.encode()
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def pct_all(s):
    return "".join("%%%02x" % b for b in s.encode())


def pct(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def dpct(s, safe=""):
    return urllib.parse.quote(urllib.parse.quote(s, safe=safe), safe="")


def html_dec(s):
    return "".join("&#%d;" % ord(c) for c in s)


def uesc(s):
    return "".join("\\u%04x" % ord(c) for c in s)


def fullwidth(s):
    out = []
    for c in s:
        o = ord(c)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif c == " ":
            out.append("\u3000")
        else:
            out.append(c)
    return "".join(out)


def zw(s, every=2, ch="\u200b"):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if i % every == every - 1 and c != " ":
            out.append(ch)
    return "".join(out)


def tagchars(s):
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def wrap(s, n=64):
    return "\n".join(s[i:i + n] for i in range(0, len(s), n))


def fcall(r, name, args):
    """OpenAI-style tool call with JSON-encoded arguments string."""
    return {"id": "call_" + rstr(r, 24), "type": "function",
            "function": {"name": name, "arguments": json.dumps(args)}}


# ---------------------------------------------------------------- live-looking credentials
def b62(n, width):
    s = ""
    while n:
        n, m = divmod(n, 62)
        s = B62[m] + s
    return s.rjust(width, "0")


def gh_token(r, prefix="ghp_"):
    body = rstr(r, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gh_fine_grained(r):
    return "github_pat_11" + rstr(r, 20, string.ascii_uppercase + string.digits) + "_" + rstr(r, 59)


def slack_bot(r):
    return "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 11 - 1), r.randint(10 ** 12, 10 ** 13 - 1), rstr(r, 24))


def slack_user(r):
    return "xoxp-%d-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 11 - 1), r.randint(10 ** 10, 10 ** 11 - 1),
                                 r.randint(10 ** 12, 10 ** 13 - 1), rstr(r, 32, HEX))


def slack_webhook(r):
    up = string.ascii_uppercase + string.digits
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rstr(r, 8, up), rstr(r, 10, up), rstr(r, 24))


def stripe_live(r, kind="sk"):
    return "%s_live_51%s" % (kind, rstr(r, 97))


def aws_pair(r, prefix="AKIA"):
    return prefix + rstr(r, 16, B32), rstr(r, 40, ALNUM + "/+")


def aws_session_token(r):
    return "IQoJb3JpZ2luX2VjE" + rstr(r, 340, ALNUM + "/+") + "=="


def jwt(r, payload, alg="HS256", sig_bytes=32):
    h = b64url_nopad(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")))
    return h + "." + p + "." + b64url_nopad(rbytes(r, sig_bytes))


def npm_token(r):
    return "npm_" + rstr(r, 36)


def pypi_token(r):
    return "pypi-AgEIcHlwaS5vcmcCJD" + rstr(r, 8, HEX) + "-" + rstr(r, 4, HEX) + "-" + rstr(r, 4, HEX) + \
        "AAIqWzMsIj" + rstr(r, 120, URLSAFE)


def openai_key(r):
    return "sk-proj-" + rstr(r, 74, URLSAFE) + "T3BlbkFJ" + rstr(r, 74, URLSAFE)


def anthropic_key(r):
    return "sk-ant-api03-" + rstr(r, 93, URLSAFE) + "AA"


def sendgrid_key(r):
    return "SG." + rstr(r, 22, URLSAFE) + "." + rstr(r, 43, URLSAFE)


def google_api_key(r):
    return "AIza" + rstr(r, 35, URLSAFE)


def gitlab_pat(r):
    return "glpat-" + rstr(r, 20, URLSAFE)


def azure_account_key(r):
    return b64(rbytes(r, 64))


def telegram_token(r):
    return "%d:AA%s" % (r.randint(5 * 10 ** 9, 7 * 10 ** 9), rstr(r, 33, URLSAFE))


def discord_token(r):
    uid = str(r.randint(10 ** 17, 13 * 10 ** 17))
    return b64url_nopad(uid) + "." + rstr(r, 6, URLSAFE) + "." + rstr(r, 38, URLSAFE)


def hf_token(r):
    return "hf_" + rstr(r, 34, string.ascii_letters)


def shopify_token(r):
    return "shpat_" + rstr(r, 32, HEX)


def do_token(r):
    return "dop_v1_" + rstr(r, 64, HEX)


def hex32(r):
    return rstr(r, 32, HEX)


def _pem(label, der, width=64):
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, wrap(b64(der), width), label)


def rsa_private_pem(r):
    der = bytes.fromhex("308204a40201000282010100") + b"\x00" + rbytes(r, 1192 - 13)
    return _pem("RSA PRIVATE KEY", der)


def pkcs8_private_pem(r):
    der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") \
        + b"\x00" + rbytes(r, 1217 - 39)
    return _pem("PRIVATE KEY", der)


def ec_private_pem(r):
    der = bytes.fromhex("30770201010420") + rbytes(r, 32) + bytes.fromhex("a00a06082a8648ce3d030107a14403420004") \
        + rbytes(r, 64)
    return _pem("EC PRIVATE KEY", der)


def _sshs(b):
    return struct.pack(">I", len(b)) + b


def openssh_private_pem(r, comment=b"deploy@build-01"):
    pub = rbytes(r, 32)
    priv = rbytes(r, 32)
    pubblob = _sshs(b"ssh-ed25519") + _sshs(pub)
    check = r.getrandbits(32)
    sec = struct.pack(">II", check, check) + _sshs(b"ssh-ed25519") + _sshs(pub) + _sshs(priv + pub) + _sshs(comment)
    i = 1
    while len(sec) % 8:
        sec += bytes([i])
        i += 1
    blob = b"openssh-key-v1\x00" + _sshs(b"none") + _sshs(b"none") + _sshs(b"") + struct.pack(">I", 1) \
        + _sshs(pubblob) + _sshs(sec)
    return _pem("OPENSSH PRIVATE KEY", blob, 70)


def ssh_ed25519_pub(r, comment):
    blob = _sshs(b"ssh-ed25519") + _sshs(rbytes(r, 32))
    return "ssh-ed25519 " + b64(blob) + " " + comment


def ssh_rsa_pub(r, comment):
    n = b"\x00" + bytes([0xC0 | r.getrandbits(6)]) + rbytes(r, 255)
    blob = _sshs(b"ssh-rsa") + _sshs(b"\x01\x00\x01") + _sshs(n)
    return "ssh-rsa " + b64(blob) + " " + comment


def cert_pem(r, nbytes=1100):
    der = bytes.fromhex("3082") + struct.pack(">H", nbytes - 4) + bytes.fromhex("3082") + struct.pack(">H", nbytes - 8) + bytes.fromhex("a003020102") + rbytes(r, nbytes - 13)
    return _pem("CERTIFICATE", der)


def public_key_pem(r):
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004") + rbytes(r, 64)
    return _pem("PUBLIC KEY", der)


def sha256hex(s):
    return hashlib.sha256(s.encode()).hexdigest()


def uuid4(r):
    b = bytearray(rbytes(r, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
