"""Shared helpers for the blind12 corpus generator.

Standard library only. Everything that looks random is drawn from a SHA-256
counter stream keyed by a fixed seed and a per-module label, so the output is
byte-for-byte reproducible (no clocks, no os.urandom, no network).
"""
import base64
import hashlib
import json
import struct
import urllib.parse
import zlib

SEED = "blind12::fixed-seed::2024-v1"

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
ALPHA = UPPER + LOWER
ALNUM = UPPER + LOWER + DIGITS
UPPER_ALNUM = UPPER + DIGITS
B32 = UPPER + "234567"
HEX = "0123456789abcdef"
B64CH = ALNUM + "+/"
B64URL = ALNUM + "-_"
BASE62 = DIGITS + UPPER + LOWER


class Stream:
    """Deterministic byte/char source: SHA-256(key || counter) blocks."""

    def __init__(self, label):
        self._key = hashlib.sha256((SEED + "|" + label).encode("utf-8")).digest()
        self._ctr = 0
        self._buf = b""

    def bytes(self, n):
        while len(self._buf) < n:
            self._buf += hashlib.sha256(self._key + self._ctr.to_bytes(8, "big")).digest()
            self._ctr += 1
        out, self._buf = self._buf[:n], self._buf[n:]
        return out

    def below(self, n):
        limit = (1 << 32) - ((1 << 32) % n)
        while True:
            v = int.from_bytes(self.bytes(4), "big")
            if v < limit:
                return v % n

    def chars(self, n, alphabet):
        return "".join(alphabet[self.below(len(alphabet))] for _ in range(n))

    def hex(self, n):
        return self.chars(n, HEX)

    def digits(self, n):
        return self.chars(1, "123456789") + self.chars(n - 1, DIGITS)

    def b64(self, nbytes):
        return base64.b64encode(self.bytes(nbytes)).decode("ascii")

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(self.bytes(nbytes)).decode("ascii").rstrip("=")

    def uuid4(self):
        b = bytearray(self.bytes(16))
        b[6] = (b[6] & 0x0F) | 0x40
        b[8] = (b[8] & 0x3F) | 0x80
        h = b.hex()
        return "%s-%s-%s-%s-%s" % (h[0:8], h[8:12], h[12:16], h[16:20], h[20:32])


# ---------------------------------------------------------------- encoders

def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def b64_utf16le(s):
    return base64.b64encode(s.encode("utf-16-le")).decode("ascii")


def pct(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def dpct(s, safe=""):
    return pct(s, safe).replace("%", "%25")


def html_dec(s):
    return "".join("&#%d;" % ord(c) for c in s)


def u_esc(s):
    return "".join("\\u%04x" % ord(c) for c in s)


def x_esc(s):
    return "".join("\\x%02x" % ord(c) for c in s)


def ansi_c(s):
    return "$'" + x_esc(s) + "'"


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


def tag_smuggle(s):
    """Unicode tag block (U+E0000) copy of ASCII text: invisible in most UIs."""
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def zw_words(s, zw="\u200b"):
    """Insert a zero-width space between the letters of every word."""
    return " ".join(zw.join(w) for w in s.split(" "))


def jdump(obj):
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------- material

def base62(n):
    if n == 0:
        return "0"
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out


def wrap64(s, width=64):
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def pem(label, der):
    body = wrap64(base64.b64encode(der).decode("ascii"))
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, body, label)


def ssh_string(b):
    return struct.pack(">I", len(b)) + b


def ssh_ed25519_pub(stream, comment):
    blob = ssh_string(b"ssh-ed25519") + ssh_string(stream.bytes(32))
    return "ssh-ed25519 %s %s" % (base64.b64encode(blob).decode("ascii"), comment)


def ssh_rsa_pub(stream, comment):
    n = b"\x00" + bytes([stream.bytes(1)[0] | 0x80]) + stream.bytes(255)
    blob = ssh_string(b"ssh-rsa") + ssh_string(b"\x01\x00\x01") + ssh_string(n)
    return "ssh-rsa %s %s" % (base64.b64encode(blob).decode("ascii"), comment)


def tiny_png(stream, w=8, h=8):
    """A valid small RGB PNG whose pixels come from the stream."""
    raw = b""
    for _ in range(h):
        raw += b"\x00" + stream.bytes(w * 3)

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    return base64.b64encode(png).decode("ascii")


def sha256_hex(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


class Collector:
    """Accumulates cases for one module."""

    def __init__(self, kind=None):
        self.kind = kind
        self.items = []

    def add(self, technique, source, tool, payload, kind=None):
        item = {"technique": technique, "source": source, "tool": tool, "payload": payload}
        k = kind or self.kind
        if k is not None:
            item["kind"] = k
        self.items.append(item)
