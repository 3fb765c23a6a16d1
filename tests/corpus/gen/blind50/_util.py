"""Deterministic helpers for building realistic-looking (fake) tokens."""
import base64
import hashlib
import zlib

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ALNUM = B62
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = B62 + "+/"
B64URL = B62 + "-_"
UPPER_NUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
DIGITS = "0123456789"


def rnd(seed, n, alphabet=ALNUM):
    out = []
    i = 0
    while len(out) < n:
        h = hashlib.sha256(("%s/%d" % (seed, i)).encode()).digest()
        for b in h:
            out.append(alphabet[b % len(alphabet)])
            if len(out) == n:
                break
        i += 1
    return "".join(out)


def b62(num, width):
    s = ""
    while num:
        num, r = divmod(num, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def gh_token(prefix, seed):
    body = rnd(seed, 30, ALNUM)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def b64url(data):
    if isinstance(data, str):
        data = data.encode()
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(header, payload, seed):
    import json
    h = b64url(json.dumps(header, separators=(",", ":")))
    p = b64url(json.dumps(payload, separators=(",", ":")))
    return h + "." + p + "." + rnd(seed, 43, B64URL)


def b64(s):
    return base64.b64encode(s.encode()).decode()


def ps_enc(s):
    return base64.b64encode(s.encode("utf-16-le")).decode()


def pem_body(seed, lines, first=""):
    body = first + rnd(seed, 64 * lines - len(first), B64)
    return "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
