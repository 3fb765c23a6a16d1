import base64

def A(technique, source, tool, payload):
    return {"label": "attack", "family": "prompt_injection", "technique": technique,
            "source": source, "tool": tool, "payload": payload}

def L(family, technique, source, tool, payload):
    return {"label": "legit", "family": family, "technique": technique,
            "source": source, "tool": tool, "payload": payload}

def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")

def tags(s):
    """Encode ASCII text as invisible Unicode tag characters (U+E0000 block)."""
    return "".join(chr(0xE0000 + ord(c)) for c in s)

ZW = "\u200b"

def zw(s):
    """Interleave zero-width spaces between characters."""
    return ZW.join(s)

HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "i": "\u0456"}

def homoglyph(s):
    return "".join(HOMO.get(c, c) for c in s)

OWASP = "OWASP LLM01:2025"
GRESHAKE = "Greshake et al. 2023"
WILLISON = "Simon Willison's prompt injection write-ups"
OWN = "own design (operational practice)"
