"""Shared helpers for the blind30 generator (stdlib only, deterministic)."""
import base64
import codecs
import random
import string

OWN = "own design (operational practice)"


def it(technique, source, tool, payload):
    return {"technique": technique, "source": source, "tool": tool, "payload": payload}


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexs(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def zw(word, ch="\u200b"):
    return ch.join(word)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def tagchars(s):
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def spaced(s):
    return " ".join(s)


HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "i": "\u0456", "x": "\u0445", "y": "\u0443"}


def homoglyph(s):
    return "".join(HOMO.get(c, c) for c in s)


def rng(seed):
    return random.Random(seed)


ALNUM = string.ascii_letters + string.digits
UPPERNUM = string.ascii_uppercase + string.digits
LOWERNUM = string.ascii_lowercase + string.digits
HEXL = "0123456789abcdef"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))
