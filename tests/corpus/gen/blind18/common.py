"""Shared helpers for the blind18 corpus generator (stdlib only, deterministic)."""
import base64
import hashlib
import hmac
import json
import random
import string
import struct
import zlib

SEED_PREFIX = "blind18/"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "_-"
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def rng(name):
    return random.Random(SEED_PREFIX + name)


def rstr(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b62(n, width):
    s = ""
    while n:
        n, d = divmod(n, 62)
        s = B62[d] + s
    return s.rjust(width, "0")


def crc_token(r, prefix, body_len=30):
    """GitHub / npm style token: random base62 body + base62(CRC32(body)) padded to 6."""
    body = rstr(r, body_len, B62)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt_hs256(r, claims):
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(claims, separators=(",", ":")).encode())
    key = rbytes(r, 32)
    sig = hmac.new(key, (header + "." + body).encode(), hashlib.sha256).digest()
    return header + "." + body + "." + b64url(sig)


def pem(label, der):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def rsa_private_pem(r):
    # DER prefix of a PKCS#1 RSA-2048 key followed by random key material
    der = bytes.fromhex("308204a40201000282010100") + rbytes(r, 1180)
    return pem("RSA PRIVATE KEY", der)


def _sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def ed25519_pub_blob(pub):
    return _sshstr("ssh-ed25519") + _sshstr(pub)


def ssh_ed25519_pubkey(r, comment):
    pub = rbytes(r, 32)
    return "ssh-ed25519 " + base64.b64encode(ed25519_pub_blob(pub)).decode() + " " + comment


def openssh_private_pem(r, comment):
    pub = rbytes(r, 32)
    seed = rbytes(r, 32)
    check = rbytes(r, 4)
    priv = check + check + _sshstr("ssh-ed25519") + _sshstr(pub) + _sshstr(seed + pub) + _sshstr(comment)
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + _sshstr("none") + _sshstr("none") + _sshstr(b"")
            + struct.pack(">I", 1) + _sshstr(ed25519_pub_blob(pub)) + _sshstr(priv))
    b = base64.b64encode(blob).decode()
    lines = [b[i:i + 70] for i in range(0, len(b), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % "\n".join(lines)


def aws_key_pair(r):
    return "AKIA" + rstr(r, 16, B32), rstr(r, 40, ALNUM + "/+")


def attack(family, technique, source, tool, payload):
    return {"family": family, "technique": technique, "source": source, "tool": tool, "payload": payload}


def legit(kind, technique, source, tool, payload):
    return {"family": kind, "technique": technique, "source": source, "tool": tool, "payload": payload}


def pct(s, safe=""):
    out = []
    for ch in s.encode():
        c = chr(ch)
        if c.isalnum() or c in safe:
            out.append(c)
        else:
            out.append("%%%02X" % ch)
    return "".join(out)


def pct_all(s):
    return "".join("%%%02x" % b for b in s.encode())


def html_entities(s):
    return "".join("&#%d;" % ord(c) for c in s)


def tag_chars(s):
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def fullwidth(s):
    out = []
    for c in s:
        o = ord(c)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def zwsp_interleave(s, zw="\u200b"):
    return zw.join(s)
