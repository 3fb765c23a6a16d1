"""Deterministic obfuscation helpers used by the attack generators."""
import base64
import codecs


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexs(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot_13")


def zw(s):
    """Insert zero-width spaces between letters of every word."""
    out = []
    for ch in s:
        out.append(ch)
        if ch.isalpha():
            out.append("\u200b")
    return "".join(out)


def tags(s):
    """Unicode tag-block smuggling (invisible in most renderers)."""
    return "".join(chr(0xE0000 + ord(c)) for c in s if ord(c) < 128)


_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def leet(s):
    return "".join(_LEET.get(c.lower(), c) for c in s)


_HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "i": "\u0456", "x": "\u0445", "y": "\u0443"}


def homo(s):
    return "".join(_HOMO.get(c, c) for c in s)


def split_words(s, n=3):
    """Split a sentence into numbered fragments."""
    w = s.split()
    k = max(1, len(w) // n)
    parts = [" ".join(w[i:i + k]) for i in range(0, len(w), k)]
    return parts
