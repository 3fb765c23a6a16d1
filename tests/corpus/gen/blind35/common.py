"""Shared helpers for the blind35 corpus generator (stdlib only, deterministic)."""
import base64
import codecs
import urllib.parse

ATTACKS = []
LEGIT = []


def A(technique, source, tool, payload):
    ATTACKS.append({"technique": technique, "source": source, "tool": tool, "payload": payload})


def L(family, technique, source, tool, payload):
    LEGIT.append({"family": family, "technique": technique, "source": source, "tool": tool, "payload": payload})


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexs(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def tags(s):
    """Encode ASCII text as invisible Unicode tag characters (U+E0000 block)."""
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def zw(s):
    """Interleave zero-width spaces between characters."""
    return "\u200b".join(s)


def rev(s):
    return s[::-1]


_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})


def leet(s):
    return s.lower().translate(_LEET)


_HOMO = str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "i": "\u0456"})


def homoglyph(s):
    return s.translate(_HOMO)
