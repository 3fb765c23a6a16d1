"""Deterministic encoding helpers used by the case modules."""
import base64, codecs

def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")

def hexs(s):
    return s.encode("utf-8").hex()

def rot13(s):
    return codecs.encode(s, "rot_13")

_MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.",
    "h": "....", "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.",
    "o": "---", "p": ".--.", "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-",
    "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..", "0": "-----",
    "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
    "7": "--...", "8": "---..", "9": "----.", ".": ".-.-.-", ",": "--..--", "@": ".--.-.",
}

def morse(s):
    words = s.lower().split()
    return " / ".join(" ".join(_MORSE[c] for c in w if c in _MORSE) for w in words)

def leet(s):
    t = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})
    return s.translate(t)

def rev(s):
    return s[::-1]

def tags(s):
    """Encode ASCII text as invisible Unicode tag characters (U+E0000 block)."""
    return "".join(chr(0xE0000 + ord(c)) for c in s if 0x20 <= ord(c) < 0x7F)

def zw(s):
    """Interleave zero-width spaces between letters."""
    return "\u200b".join(s)

_HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "i": "\u0456"}

def homoglyph(s):
    return "".join(_HOMO.get(c, c) for c in s)

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
