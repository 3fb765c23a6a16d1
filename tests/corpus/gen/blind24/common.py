"""Shared helpers for the blind24 corpus generator (stdlib only, deterministic)."""
import base64
import binascii
import hashlib
import hmac
import json
import random
import string
import struct
import urllib.parse

NAME = "blind24"
SIZE_A = 30
LEGIT_KINDS = 24
LEGIT_PER_KIND = 10

ATTACK_FAMILIES = [
    "shell_injection", "sql_injection", "path_traversal", "template_injection",
    "ssrf", "secret", "prompt_injection",
]

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"


def rng(tag):
    """A random.Random seeded with a fixed string 'NAME/tag'."""
    return random.Random(f"{NAME}/{tag}")


def item(family, technique, source, tool, payload):
    return {"family": family, "technique": technique, "source": source,
            "tool": tool, "payload": payload}


# ----------------------------------------------------------------- encoders
def pct(s, safe=""):
    """Ordinary percent-encoding of reserved characters."""
    return urllib.parse.quote(s, safe=safe)


def pct_all(s):
    """Percent-encode every byte, letters included."""
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def dpct(s, safe=""):
    """Double percent-encoding (%27 -> %2527)."""
    return pct(s, safe=safe).replace("%", "%25")


def html_dec(s):
    return "".join("&#%d;" % ord(c) for c in s)


def html_hex(s):
    return "".join("&#x%x;" % ord(c) for c in s)


def u_esc(s):
    """Literal \\uXXXX escapes for every character."""
    return "".join("\\u%04x" % ord(c) for c in s)


def x_esc(s):
    return "".join("\\x%02x" % b for b in s.encode("utf-8"))


def b64(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return base64.b64encode(s).decode("ascii")


def b64url(b):
    if isinstance(b, str):
        b = b.encode("utf-8")
    return base64.urlsafe_b64encode(b).decode("ascii").rstrip("=")


def hexs(s):
    return s.encode("utf-8").hex()


def ps_enc(s):
    """PowerShell -EncodedCommand (base64 of UTF-16LE)."""
    return base64.b64encode(s.encode("utf-16-le")).decode("ascii")


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


def zw(s, mark="\u200b", every=1):
    """Interleave zero-width characters."""
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if c != " " and i % every == 0 and i < len(s) - 1:
            out.append(mark)
    return "".join(out)


CONFUSABLE = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440",
              "c": "\u0441", "x": "\u0445", "i": "\u0456", "y": "\u0443",
              "s": "\u0455", "j": "\u0458", "A": "\u0410", "E": "\u0415",
              "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422"}


def confusable(s):
    return "".join(CONFUSABLE.get(c, c) for c in s)


def tag_chars(s):
    """Invisible Unicode TAG characters (U+E0000 block) encoding ASCII text."""
    return "".join(chr(0xE0000 + ord(c)) for c in s)


# ------------------------------------------------------------ secret makers
def rand_str(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def b62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def crc_token(r, prefix):
    """GitHub / npm style token: prefix + 30 random base62 + 6-char base62 CRC32."""
    body = rand_str(r, 30)
    return prefix + body + b62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def aws_pair(r, kind="AKIA"):
    kid = kind + rand_str(r, 16, string.ascii_uppercase + "234567")
    sec = rand_str(r, 40, ALNUM + "/+")
    return kid, sec


def jwt_hs256(r, claims, header=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    key = bytes(r.getrandbits(8) for _ in range(32))
    h = b64url(json.dumps(header, separators=(",", ":")))
    p = b64url(json.dumps(claims, separators=(",", ":")))
    sig = hmac.new(key, f"{h}.{p}".encode(), hashlib.sha256).digest()
    return f"{h}.{p}.{b64url(sig)}"


def jwt_rs256(r, claims, kid=None):
    header = {"alg": "RS256", "kid": kid or rand_str(r, 43, URLSAFE)}
    h = b64url(json.dumps(header, separators=(",", ":")))
    p = b64url(json.dumps(claims, separators=(",", ":")))
    sig = b64url(bytes(r.getrandbits(8) for _ in range(256)))
    return f"{h}.{p}.{sig}"


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def wrap(s, width=64):
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def pem(label, der, width=64):
    return f"-----BEGIN {label}-----\n{wrap(base64.b64encode(der).decode(), width)}\n-----END {label}-----\n"


def rsa_private_pem(r, pkcs8=False):
    der = bytes.fromhex("308204a40201000282010100") + bytes([0xC0 | r.getrandbits(6)]) + rbytes(r, 255) \
        + bytes.fromhex("0203010001") + bytes.fromhex("02820100") + rbytes(r, 256) + rbytes(r, 659)
    if pkcs8:
        der = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8") + der
        return pem("PRIVATE KEY", der)
    return pem("RSA PRIVATE KEY", der)


def ec_private_pem(r):
    der = bytes.fromhex("30770201010420") + rbytes(r, 32) + bytes.fromhex(
        "a00a06082a8648ce3d030107a14403420004") + rbytes(r, 64)
    return pem("EC PRIVATE KEY", der)


def _sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def openssh_ed25519_private(r, comment):
    pub = rbytes(r, 32)
    pubblob = _sshstr("ssh-ed25519") + _sshstr(pub)
    check = rbytes(r, 4)
    priv = check + check + _sshstr("ssh-ed25519") + _sshstr(pub) + _sshstr(rbytes(r, 32) + pub) + _sshstr(comment)
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = b"openssh-key-v1\x00" + _sshstr("none") + _sshstr("none") + _sshstr(b"") + struct.pack(">I", 1) \
        + _sshstr(pubblob) + _sshstr(priv)
    return pem("OPENSSH PRIVATE KEY", blob, 70)


def ssh_ed25519_public(r, comment):
    blob = _sshstr("ssh-ed25519") + _sshstr(rbytes(r, 32))
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def ssh_rsa_public(r, comment):
    blob = _sshstr("ssh-rsa") + _sshstr(b"\x01\x00\x01") + _sshstr(b"\x00" + bytes([0x80 | r.getrandbits(7)]) + rbytes(r, 255))
    return "ssh-rsa " + base64.b64encode(blob).decode() + " " + comment


def fake_cert_pem(r, n=700):
    der = bytes.fromhex("308202") + bytes([r.getrandbits(8)]) + bytes.fromhex("308201") + rbytes(r, n)
    return pem("CERTIFICATE", der)


def pypi_token(r):
    ident = "".join(r.choice("0123456789abcdef") for _ in range(32))
    ident = f"{ident[:8]}-{ident[8:12]}-{ident[12:16]}-{ident[16:20]}-{ident[20:]}"
    caveat = b'[1,{"version":1,"permissions":"user"}]'
    mac = b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident.encode() + b"\x00\x02" + bytes([len(caveat)]) \
        + caveat + b"\x00\x00\x06\x20" + rbytes(r, 32)
    return "pypi-" + b64url(mac)


def sha256_hex(s):
    return hashlib.sha256(s.encode()).hexdigest()


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False)
