"""Shared deterministic helpers for the blind16 hold-out generator (stdlib only)."""
import base64
import json
import random
import string
import zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
URLSAFE = ALNUM + "-_"
DIGITS = string.digits


def R(name):
    """A seeded RNG; str seeds are hashed with sha512, so this is stable across runs."""
    return random.Random("blind16/" + name)


def chars(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(b):
    if isinstance(b, str):
        b = b.encode()
    return base64.b64encode(b).decode()


def b64url(b):
    if isinstance(b, str):
        b = b.encode()
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def base62(n, width):
    s = ""
    while n:
        n, rem = divmod(n, 62)
        s = B62[rem] + s
    return s.rjust(width, "0")


def gh_style(r, prefix):
    """GitHub / npm style token: prefix + 30 base62 + 6 char base62 CRC32 of the 30."""
    body = chars(r, B62, 30)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def aws_akid(r, prefix="AKIA"):
    return prefix + chars(r, B32, 16)


def aws_secret(r):
    return chars(r, ALNUM + "+/", 40)


def slack_token(r, kind="xoxb"):
    return "%s-%s-%s-%s" % (kind, chars(r, DIGITS, 12), chars(r, DIGITS, 13), chars(r, ALNUM, 24))


def slack_webhook(r):
    up = string.ascii_uppercase + string.digits
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (chars(r, up, 8), chars(r, up, 10), chars(r, ALNUM, 24))


def stripe_live(r, kind="sk"):
    return "%s_live_51%s" % (kind, chars(r, ALNUM, 97))


def anthropic_key(r):
    return "sk-ant-api03-" + chars(r, URLSAFE, 93) + "AA"


def openai_key(r, project=False):
    if project:
        return "sk-proj-" + chars(r, URLSAFE, 74) + "T3BlbkFJ" + chars(r, URLSAFE, 74)
    return "sk-" + chars(r, ALNUM, 20) + "T3BlbkFJ" + chars(r, ALNUM, 20)


def google_api_key(r):
    return "AIza" + chars(r, URLSAFE, 35)


def sendgrid_key(r):
    return "SG." + chars(r, URLSAFE, 22) + "." + chars(r, URLSAFE, 43)


def jwt(r, claims, header=None, sig_len=32):
    header = header or {"alg": "HS256", "typ": "JWT"}
    enc = lambda d: b64url(json.dumps(d, separators=(",", ":")))
    return enc(header) + "." + enc(claims) + "." + b64url(rbytes(r, sig_len))


def wrap(s, n=64):
    return "\n".join(s[i:i + n] for i in range(0, len(s), n))


def pem(label, der, width=64):
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, wrap(b64(der), width), label)


def rsa_pkcs1_der(r):
    # SEQUENCE(0x4a4) INTEGER 0, INTEGER(257 bytes, leading 0x00) ... rest random
    head = bytes.fromhex("308204a40201000282010100")
    body = bytes([0xC0 | r.getrandbits(6)]) + rbytes(r, 1192 - len(head) - 1)
    return head + body


def rsa_pkcs8_der(r):
    head = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100")
    body = bytes([0xC0 | r.getrandbits(6)]) + rbytes(r, 1218 - len(head) - 1)
    return head + body


def ec_p256_der(r):
    return (bytes.fromhex("30770201010420") + rbytes(r, 32)
            + bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + rbytes(r, 64))


def _sshstr(b):
    return len(b).to_bytes(4, "big") + b


def openssh_ed25519_private(r, comment):
    pub = rbytes(r, 32)
    priv = rbytes(r, 32)
    pubblob = _sshstr(b"ssh-ed25519") + _sshstr(pub)
    check = rbytes(r, 4)
    sect = check + check + _sshstr(b"ssh-ed25519") + _sshstr(pub) + _sshstr(priv + pub) + _sshstr(comment.encode())
    pad = 1
    while len(sect) % 8:
        sect += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"")
            + (1).to_bytes(4, "big") + _sshstr(pubblob) + _sshstr(sect))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % wrap(b64(blob), 70)


def ssh_ed25519_public(r, comment):
    pub = rbytes(r, 32)
    return "ssh-ed25519 " + b64(_sshstr(b"ssh-ed25519") + _sshstr(pub)) + " " + comment


def ssh_rsa_public(r, comment):
    e = b"\x01\x00\x01"
    n = b"\x00" + bytes([0xC0 | r.getrandbits(6)]) + rbytes(r, 383)
    return "ssh-rsa " + b64(_sshstr(b"ssh-rsa") + _sshstr(e) + _sshstr(n)) + " " + comment


def hexs(r, n):
    return chars(r, HEX, n)


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def A(technique, source, tool, payload):
    return {"technique": technique, "source": source, "tool": tool, "payload": payload}


def L(technique, tool, payload, source="own design"):
    return {"technique": technique, "source": source, "tool": tool, "payload": payload}


ZW = "\u200b"


def zw_join(s, sep=ZW):
    return sep.join(s)


def tag_chars(s):
    """Encode ASCII into invisible Unicode TAG characters (U+E0000 block)."""
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def rot13(s):
    import codecs
    return codecs.encode(s, "rot_13")


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode())
