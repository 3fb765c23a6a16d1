"""Shared deterministic helpers for the blind27 corpus generator (stdlib only)."""
import base64
import hashlib
import hmac
import json
import math
import random
import struct
import zlib

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
B62 = DIGITS + UPPER + LOWER
B32 = UPPER + "234567"


def rng(tag):
    # str seeds are hashed with sha512 by random.seed(version=2): stable across runs
    return random.Random("blind27:" + tag)


def rs(tag, n, alphabet=ALNUM):
    r = rng(tag)
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(tag, n):
    return rs(tag, n, HEX)


def uuid4(tag):
    h = hexs(tag, 32)
    h = h[:12] + "4" + h[13:16] + "89ab"[int(h[16], 16) % 4] + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b62enc(num):
    out = ""
    while num:
        num, rem = divmod(num, 62)
        out = B62[rem] + out
    return out or "0"


def gh_style_token(prefix, tag):
    """GitHub/npm style token: 30 random base62 chars + 6 char base62 CRC32 checksum."""
    body = rs(tag, 30)
    crc = zlib.crc32(body.encode()) & 0xFFFFFFFF
    return prefix + body + b62enc(crc).rjust(6, "0")


def aws_key_id(tag, prefix="AKIA"):
    return prefix + rs(tag, 16, B32)


def aws_secret(tag):
    return rs(tag, 40, ALNUM + "+/")


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rand_bytes(tag, n):
    r = rng(tag)
    return bytes(r.getrandbits(8) for _ in range(n))


def ps_enc(cmd):
    return base64.b64encode(cmd.encode("utf-16-le")).decode()


def octal_printf(s):
    return "".join("\\%03o" % ord(ch) for ch in s)


def tag_smuggle(s):
    """Unicode TAG block 'ASCII smuggling' (invisible in most UIs, readable by many LLM tokenizers)."""
    return "".join(chr(0xE0000 + ord(ch)) for ch in s)


def zw_interleave(s, zw="\u200b"):
    return zw.join(s)


def jwt_hs256(payload, key, header=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    h = b64url(json.dumps(header, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(key.encode(), (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url(sig)


def ip_hex(ip):
    return "".join("%02x" % int(x) for x in ip.split("."))


def ip_int(ip):
    a = [int(x) for x in ip.split(".")]
    return (a[0] << 24) | (a[1] << 16) | (a[2] << 8) | a[3]


# ---------------------------------------------------------------- SSH / RSA key material
def _sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def ssh_ed25519_public(tag, comment):
    pk = rand_bytes(tag + ":pk", 32)
    blob = _sshstr("ssh-ed25519") + _sshstr(pk)
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def openssh_ed25519_private(tag, comment):
    pk = rand_bytes(tag + ":pk", 32)
    sk = rand_bytes(tag + ":sk", 32)
    check = rand_bytes(tag + ":chk", 4)
    pub_blob = _sshstr("ssh-ed25519") + _sshstr(pk)
    priv = check + check + _sshstr("ssh-ed25519") + _sshstr(pk) + _sshstr(sk + pk) + _sshstr(comment)
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + _sshstr("none") + _sshstr("none") + _sshstr(b"")
            + struct.pack(">I", 1) + _sshstr(pub_blob) + _sshstr(priv))
    body = base64.b64encode(blob).decode()
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----\n"


_SMALL = [p for p in range(3, 2000) if all(p % d for d in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, r):
    for p in _SMALL:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(16):
        a = r.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(r, bits):
    while True:
        c = r.getrandbits(bits) | (3 << (bits - 2)) | 1
        if _probable_prime(c, r):
            return c


def _der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 7) // 8), "big")
    if b[0] & 0x80:
        b = b"\x00" + b
    return b"\x02" + _der_len(len(b)) + b


def _der_seq(*items):
    body = b"".join(items)
    return b"\x30" + _der_len(len(body)) + body


def _pem(label, der):
    body = base64.b64encode(der).decode()
    return ("-----BEGIN %s-----\n" % label + "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
            + "\n-----END %s-----\n" % label)


_RSA_CACHE = {}


def _rsa_pkcs1(tag, bits):
    if (tag, bits) in _RSA_CACHE:
        return _RSA_CACHE[(tag, bits)]
    r = rng("rsa:" + tag)
    e = 65537
    while True:
        p = _prime(r, bits // 2)
        q = _prime(r, bits // 2)
        if p != q and math.gcd(e, (p - 1) * (q - 1)) == 1:
            break
    n = p * q
    d = pow(e, -1, (p - 1) * (q - 1))
    der = _der_seq(_der_int(0), _der_int(n), _der_int(e), _der_int(d), _der_int(p), _der_int(q),
                   _der_int(d % (p - 1)), _der_int(d % (q - 1)), _der_int(pow(q, -1, p)))
    _RSA_CACHE[(tag, bits)] = der
    return der


def rsa_private_pem(tag, bits=2048):
    return _pem("RSA PRIVATE KEY", _rsa_pkcs1(tag, bits))


def pkcs8_private_pem(tag, bits=2048):
    alg = _der_seq(b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01", b"\x05\x00")
    inner = _rsa_pkcs1(tag, bits)
    der = _der_seq(_der_int(0), alg, b"\x04" + _der_len(len(inner)) + inner)
    return _pem("PRIVATE KEY", der)


def sha256hex(s):
    return hashlib.sha256(s.encode()).hexdigest()


def row(family, technique, source, tool, payload):
    return {"family": family, "technique": technique, "source": source, "tool": tool, "payload": payload}
