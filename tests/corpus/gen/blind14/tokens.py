"""Deterministic token material: fixed-seed SHA-256 counter stream, keyed by label."""
import base64
import hashlib
import json

SEED = b"blind14/fixed-seed/v1"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
HEX = "0123456789abcdef"
DIG = "0123456789"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def raw(label, n):
    out = bytearray()
    ctr = 0
    while len(out) < n:
        out += hashlib.sha256(SEED + b"|" + label.encode() + b"|" + str(ctr).encode()).digest()
        ctr += 1
    return bytes(out[:n])


def tok(label, n, alphabet=ALNUM):
    lim = 256 - (256 % len(alphabet))
    out = []
    data = raw(label, n * 4 + 64)
    i = 0
    while len(out) < n:
        if i >= len(data):
            data += raw(label + "+", n * 4 + 64)
        b = data[i]
        i += 1
        if b < lim:
            out.append(alphabet[b % len(alphabet)])
    return "".join(out)


def hexs(label, n):
    return tok(label, n, HEX)


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(label, claims, alg="HS256"):
    h = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps(claims, separators=(",", ":")).encode())
    sig = b64url(raw(label, 32 if alg == "HS256" else 256))
    return h + "." + p + "." + sig


def pem_body(label, nbytes, prefix=b""):
    body = base64.b64encode(prefix + raw(label, nbytes)).decode()
    return "\n".join(body[i:i + 64] for i in range(0, len(body), 64))


def pem(label, kind, nbytes=1190, prefix=b""):
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, pem_body(label, nbytes, prefix), kind)


RSA_PKCS8_PREFIX = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
RSA_PKCS1_PREFIX = bytes.fromhex("308204a40201000282010100")


def aws_akid(label, prefix="AKIA"):
    return prefix + tok(label + "/akid", 16, B32.replace("0", "").replace("1", ""))


def aws_secret(label):
    return tok(label + "/secret", 40, B64)


def ssh_ed25519_pub(label, comment):
    blob = bytes.fromhex("0000000b7373682d65643235353139") + b"\x00\x00\x00\x20" + raw(label, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def openssh_priv(label):
    prefix = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x003"
    return pem(label, "OPENSSH PRIVATE KEY", 360, prefix)


def utf16_b64(s):
    return base64.b64encode(s.encode("utf-16-le")).decode()


def b64(s):
    return base64.b64encode(s.encode()).decode()
