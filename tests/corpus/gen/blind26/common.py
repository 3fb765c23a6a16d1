"""Shared helpers for the blind26 corpus generator (stdlib only, deterministic)."""
import base64
import binascii
import hashlib
import hmac
import json
import random
import string
import urllib.parse

B62 = string.digits + string.ascii_letters          # GitHub/npm checksum alphabet order
ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"


def rng(name):
    return random.Random("blind26/" + name)


def A(technique, source, tool, payload):
    return {"technique": technique, "source": source, "tool": tool, "payload": payload}


def L(technique, source, tool, payload):
    return {"technique": technique, "source": source, "tool": tool, "payload": payload}


# ---------------------------------------------------------------- encodings
def pct(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode())


def dpct(s):
    return pct(pct(s, safe=""), safe="")


def html_dec(s):
    return "".join("&#%d;" % ord(c) for c in s)


def html_hex(s):
    return "".join("&#x%x;" % ord(c) for c in s)


def u_esc(s):
    return "".join("\\u%04x" % ord(c) for c in s)


def x_esc(s):
    return "".join("\\x%02x" % b for b in s.encode())


def b64(s):
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def hexs(s):
    return s.encode().hex()


def ps_enc(s):
    """PowerShell -EncodedCommand: base64 of UTF-16LE."""
    return base64.b64encode(s.encode("utf-16-le")).decode()


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


ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def zw_split(s, every=2, seed="zw"):
    r = rng(seed)
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if c != " " and i % every == every - 1:
            out.append(r.choice(ZW))
    return "".join(out)


CONF = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "x": "\u0445", "i": "\u0456", "s": "\u0455", "y": "\u0443", "j": "\u0458"}


def confusable(s, letters="aeoc"):
    return "".join(CONF[c] if c in letters and c in CONF else c for c in s)


def jsonarg(obj):
    """JSON-in-JSON: function call arguments carried as a string."""
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------- random material
def rstr(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def b62enc(n, width):
    s = ""
    while n:
        n, d = divmod(n, 62)
        s = B62[d] + s
    return s.rjust(width, "0")


def gh_token(r, prefix="ghp_"):
    body = rstr(r, 30)
    return prefix + body + b62enc(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def npm_token(r):
    return gh_token(r, "npm_")


def gh_fine(r):
    return "github_pat_11" + rstr(r, 20, string.ascii_uppercase + string.digits) + "_" + rstr(r, 59)


def aws_pair(r, prefix="AKIA"):
    akid = prefix + rstr(r, 16, string.ascii_uppercase + "234567")
    secret = rstr(r, 40, ALNUM + "+/")
    return akid, secret


def slack_bot(r):
    return "xoxb-%s-%s-%s" % (rstr(r, 12, string.digits), rstr(r, 13, string.digits), rstr(r, 24))


def slack_user(r):
    return "xoxp-%s-%s-%s-%s" % (rstr(r, 12, string.digits), rstr(r, 12, string.digits),
                                 rstr(r, 13, string.digits), rstr(r, 32, HEX))


def slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rstr(r, 8, string.ascii_uppercase + string.digits), rstr(r, 10, string.ascii_uppercase + string.digits), rstr(r, 24))


def stripe_key(r, kind="sk_live_"):
    return kind + "51" + rstr(r, 97)


def google_key(r):
    return "AIza" + rstr(r, 35, B64URL)


def azure_account_key(r):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode()


def azure_client_secret(r):
    return rstr(r, 3, ALNUM) + "8Q~" + rstr(r, 34, ALNUM + "_-.~")


def openai_key(r):
    return "sk-proj-" + rstr(r, 74, B64URL) + "T3BlbkFJ" + rstr(r, 74, B64URL)


def anthropic_key(r):
    return "sk-ant-api03-" + rstr(r, 93, B64URL) + "AA"


def twilio(r):
    return "AC" + rstr(r, 32, HEX), rstr(r, 32, HEX), "SK" + rstr(r, 32, HEX)


def sendgrid(r):
    return "SG." + rstr(r, 22, B64URL) + "." + rstr(r, 43, B64URL)


def discord_bot(r):
    uid = str(r.randrange(10**17, 10**18 + 4 * 10**17))
    return b64u(uid.encode()) + "." + rstr(r, 6, B64URL) + "." + rstr(r, 38, B64URL)


def telegram_bot(r):
    return "%d:AA%s" % (r.randrange(5 * 10**9, 8 * 10**9), rstr(r, 33, B64URL))


def gitlab_pat(r):
    return "glpat-" + rstr(r, 20, B64URL)


def pypi_token(r):
    uid = "%s-%s-%s-%s-%s" % (rstr(r, 8, HEX), rstr(r, 4, HEX), rstr(r, 4, HEX), rstr(r, 4, HEX), rstr(r, 12, HEX))
    raw = (b"\x02\x01\x08pypi.org\x02\x24" + uid.encode() + b"\x00\x02\x2a[1,[\"project\"]]\x00\x00\x06\x20"
           + bytes(r.randrange(256) for _ in range(32)))
    return "pypi-" + b64u(raw)


def hf_token(r):
    return "hf_" + rstr(r, 34, string.ascii_letters)


def jwt(r, claims, key=None):
    key = key or rstr(r, 32).encode()
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(claims, separators=(",", ":")).encode())
    sig = b64u(hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest())
    return h + "." + p + "." + sig


def pem_block(r, label, prefix_b64, nbytes):
    body = prefix_b64 + base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)


def openssh_key(r):
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA" + \
        base64.b64encode(bytes(r.randrange(256) for _ in range(300))).decode()
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----\n" % "\n".join(lines)


def rsa_key(r):
    return pem_block(r, "RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 1150)


def ec_key(r):
    return pem_block(r, "EC PRIVATE KEY", "MHcCAQEEI", 110)


def password(r, n=18):
    return rstr(r, n, ALNUM + "!#%^*-_=+")


def hexdigest(r, n=64):
    return rstr(r, n, HEX)
