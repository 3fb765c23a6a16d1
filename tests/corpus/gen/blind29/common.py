"""Shared helpers for blind29 (stdlib only, deterministic)."""
import base64
import hashlib
import zlib

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def I(tool, technique, source, payload):
    return {"tool": tool, "technique": technique, "source": source, "payload": payload}


def det(seed, n, alphabet=B62):
    """Deterministic pseudo-random string from a seed label."""
    out = []
    ctr = 0
    while len(out) < n:
        h = hashlib.sha256(("%s/%d" % (seed, ctr)).encode()).digest()
        for b in h:
            if b < 256 - (256 % len(alphabet)):
                out.append(alphabet[b % len(alphabet)])
                if len(out) == n:
                    break
        ctr += 1
    return "".join(out)


def hexs(seed, n):
    return det(seed, n, "0123456789abcdef")


def b62(num, width):
    s = ""
    while num:
        num, r = divmod(num, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def gh_token(prefix, seed):
    """GitHub-format token: prefix_ + 30 random + base62(crc32) padded to 6."""
    body = det(seed, 30)
    return "%s_%s%s" % (prefix, body, b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6))


def b64(s):
    return base64.b64encode(s.encode()).decode()


def b64url(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def ps_enc(s):
    return base64.b64encode(s.encode("utf-16-le")).decode()


def pem(kind, seed, lines=12):
    body = det(seed, lines * 64, B62 + "+/")
    chunks = [body[i:i + 64] for i in range(0, lines * 64, 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (kind, "\n".join(chunks), kind)


def tags(s):
    """Encode ASCII text as invisible Unicode tag characters."""
    return "".join(chr(0xE0000 + ord(c)) for c in s)
