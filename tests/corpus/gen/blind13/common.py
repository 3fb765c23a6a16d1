"""Shared helpers for the blind13 hold-out generator.

Everything that looks random is drawn from a SHA-256 counter stream keyed by a
fixed seed and a per-module label, so the output is byte-for-byte reproducible.
No clocks, no network, no OS randomness.
"""

import base64
import hashlib
import json
import struct

SEED = "blind13-holdout-seed-2f6c"

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
HEX = "0123456789abcdef"
ALNUM = UPPER + LOWER + DIGITS
B32 = UPPER + "234567"
B64URL = ALNUM + "-_"


class Stream:
    """Deterministic byte stream: sha256(SEED/label/counter) blocks."""

    def __init__(self, label):
        self.label = label
        self.counter = 0
        self.buf = b""

    def bytes(self, n):
        while len(self.buf) < n:
            block = "%s/%s/%d" % (SEED, self.label, self.counter)
            self.buf += hashlib.sha256(block.encode("utf-8")).digest()
            self.counter += 1
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def chars(self, alphabet, n):
        m = len(alphabet)
        limit = 256 - (256 % m)
        out = []
        while len(out) < n:
            for b in self.bytes(n - len(out)):
                if b < limit:
                    out.append(alphabet[b % m])
        return "".join(out)

    def hex(self, n):
        return self.chars(HEX, n)

    def alnum(self, n):
        return self.chars(ALNUM, n)

    def lower_alnum(self, n):
        return self.chars(LOWER + DIGITS, n)

    def upper_b32(self, n):
        return self.chars(B32, n)

    def digits(self, n):
        first = self.chars("123456789", 1)
        return first + self.chars(DIGITS, n - 1)

    def b64url(self, n):
        return self.chars(B64URL, n)

    def b64_bytes(self, nbytes):
        return base64.b64encode(self.bytes(nbytes)).decode("ascii")

    def b64url_bytes(self, nbytes):
        return base64.urlsafe_b64encode(self.bytes(nbytes)).decode("ascii").rstrip("=")

    def uuid4(self):
        b = bytearray(self.bytes(16))
        b[6] = (b[6] & 0x0F) | 0x40
        b[8] = (b[8] & 0x3F) | 0x80
        h = b.hex()
        return "%s-%s-%s-%s-%s" % (h[0:8], h[8:12], h[12:16], h[16:20], h[20:32])


# ---------------------------------------------------------------- encodings

def b64(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return base64.b64encode(s).decode("ascii")


def b64url_nopad(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return base64.urlsafe_b64encode(s).decode("ascii").rstrip("=")


def b64_utf16le(s):
    return base64.b64encode(s.encode("utf-16-le")).decode("ascii")


def pct_all(s):
    """Percent-encode every byte."""
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def pct_special(s, safe="-_.~abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    out = []
    for ch in s:
        if ch in safe:
            out.append(ch)
        else:
            out.append("".join("%%%02X" % b for b in ch.encode("utf-8")))
    return "".join(out)


def double_pct(s, safe="-_.~abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return pct_special(s, safe).replace("%", "%25")


def html_dec(s):
    return "".join("&#%d;" % ord(c) for c in s)


def html_hex(s):
    return "".join("&#x%x;" % ord(c) for c in s)


def u_escape(s):
    """Literal \\uXXXX text (as it would appear inside a nested JSON string)."""
    return "".join("\\u%04x" % ord(c) for c in s)


def x_escape(s):
    return "".join("\\x%02x" % b for b in s.encode("utf-8"))


def fullwidth(s):
    out = []
    for c in s:
        o = ord(c)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o - 0x21 + 0xFF01))
        elif c == " ":
            out.append("\u3000")
        else:
            out.append(c)
    return "".join(out)


def zw_join(s, zw="\u200b"):
    return zw.join(s)


def tag_smuggle(s):
    """Encode ASCII as invisible Unicode tag characters (U+E0000 block)."""
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def jwt(header, claims, sig_bytes):
    h = b64url_nopad(json.dumps(header, separators=(",", ":")))
    p = b64url_nopad(json.dumps(claims, separators=(",", ":")))
    s = base64.urlsafe_b64encode(sig_bytes).decode("ascii").rstrip("=")
    return "%s.%s.%s" % (h, p, s)


def pem(label, der_b64, width=64):
    lines = [der_b64[i:i + width] for i in range(0, len(der_b64), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)


def ssh_ed25519_pub(raw32, comment):
    name = b"ssh-ed25519"
    blob = struct.pack(">I", len(name)) + name + struct.pack(">I", 32) + raw32
    return "ssh-ed25519 %s %s" % (base64.b64encode(blob).decode("ascii"), comment)


def ssh_rsa_pub(stream, comment, nbytes=257):
    name = b"ssh-rsa"
    e = b"\x01\x00\x01"
    n = b"\x00" + bytes([0xC0 | stream.bytes(1)[0]]) + stream.bytes(nbytes - 2)
    blob = (struct.pack(">I", len(name)) + name + struct.pack(">I", len(e)) + e
            + struct.pack(">I", len(n)) + n)
    return "ssh-rsa %s %s" % (base64.b64encode(blob).decode("ascii"), comment)


def der_like(stream, total_len, prefix=b"\x30\x82"):
    """Bytes that begin like a DER SEQUENCE (so base64 starts with MII...)."""
    body_len = total_len - 4
    head = prefix + struct.pack(">H", body_len)
    return head + stream.bytes(body_len)


def cjson(obj):
    """Compact JSON string, used for JSON nested inside JSON strings."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


# ---------------------------------------------------------------- records

def case(technique, source, tool, payload):
    return {"technique": technique, "source": source, "tool": tool, "payload": payload}


def lcase(kind, technique, source, tool, payload):
    return {"kind": kind, "technique": technique, "source": source, "tool": tool, "payload": payload}
