"""Shared helpers for the pi25 corpus generator (stdlib only, deterministic)."""
import base64
import random

NAME = "pi25"

# Public references cited in `source`.
OWASP = "OWASP Top 10 for LLM Applications, LLM01 Prompt Injection"
OWASP_CS = "OWASP LLM Prompt Injection Prevention Cheat Sheet"
GRESHAKE = "Greshake et al. 2023, 'Not what you've signed up for' (indirect prompt injection)"
PATT = "PayloadsAllTheThings, Prompt Injection"
EMBRACE = "Embrace The Red (J. Rehberger), markdown image data exfiltration write-ups"
ASCII_SMUGGLE = "Embrace The Red, 'ASCII smuggler' Unicode tag-character injection"
INVARIANT = "Invariant Labs, MCP tool poisoning attack write-up"
INVARIANT_GH = "Invariant Labs, GitHub MCP toxic agent flow write-up"
PROMPTARMOR = "PromptArmor, Slack AI data exfiltration write-up"
ECHOLEAK = "Aim Security EchoLeak write-up (CVE-2025-32711, M365 Copilot)"
EMAILGPT = "CVE-2024-5184 (EmailGPT prompt injection) advisory"
HIDDENLAYER = "HiddenLayer, 'Policy Puppetry' universal bypass write-up"
ATLAS = "MITRE ATLAS AML.T0051 LLM Prompt Injection"
ATLAS_EXFIL = "MITRE ATLAS AML.T0057 LLM Data Leakage"
FBI_BEC = "FBI IC3 Business Email Compromise public service announcement"
FBI_PAYROLL = "FBI IC3 PSA on payroll diversion via BEC"
WILLISON = "Simon Willison, prompt injection series (simonwillison.net)"
CHATML = "OpenAI ChatML / chat-template special tokens documentation"
LLAMA = "Meta Llama 2/3 prompt format documentation (special tokens)"
GEMMA = "Google Gemma prompt format documentation (turn tokens)"
RESUME = "Kai Greshake, hidden-text resume injection demonstration"
NCSC = "UK NCSC, 'Thinking about the security of AI systems' blog"
OWN = "own design (operational practice)"
NIST = "NIST SP 800-63B digital identity guidelines"
HF_TPL = "Hugging Face Transformers chat templating documentation"
GDPR = "GDPR Art. 17 right to erasure (EUR-Lex)"


def rng(tag):
    return random.Random(NAME + "/" + tag)


def hexid(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def b36(r, n):
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def stamp(r, year=2025):
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    h = r.randint(6, 20)
    mi = r.randint(0, 59)
    return "%04d-%02d-%02dT%02d:%02d:00Z" % (year, m, d, h, mi)


def msgid(r, domain):
    return "<%s.%s@%s>" % (hexid(r, 12), hexid(r, 6), domain)


# ---- obfuscation helpers (attackers' encodings) ----
def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexenc(s):
    return s.encode("utf-8").hex()


def rot13(s):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def zwsp(s, every=1, ch="\u200b"):
    """Insert a zero-width character after every `every` letters."""
    out = []
    n = 0
    for c in s:
        out.append(c)
        if c != " ":
            n += 1
            if n % every == 0:
                out.append(ch)
    return "".join(out)


def zwmix(s, r):
    chars = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
    out = []
    for c in s:
        out.append(c)
        if c.isalpha() and r.random() < 0.5:
            out.append(r.choice(chars))
    return "".join(out)


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


_CONF = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
         "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458",
         "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420", "C": "\u0421",
         "T": "\u0422", "H": "\u041d", "K": "\u041a", "M": "\u041c", "B": "\u0412"}


def confusable(s, r, rate=0.6):
    return "".join(_CONF[c] if c in _CONF and r.random() < rate else c for c in s)


def tags(s):
    """Unicode tag characters (invisible ASCII smuggling)."""
    return "".join(chr(0xE0000 + ord(c)) for c in s if 0x20 <= ord(c) < 0x7F)


def html_dec(s):
    return "".join("&#%d;" % ord(c) for c in s)


def html_hex(s):
    return "".join("&#x%x;" % ord(c) for c in s)


def pct(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def pct_words(s):
    return "".join(c if c.isalnum() and c.isascii() else "".join("%%%02X" % b for b in c.encode("utf-8")) for c in s)


def uesc(s):
    return "".join("\\u%04x" % ord(c) if ord(c) < 0x10000 else c for c in s)


def xesc(s):
    return "".join("\\x%02x" % b for b in s.encode("utf-8"))


def reverse(s):
    return s[::-1]


def leet(s):
    table = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
    return "".join(table.get(c, c) for c in s)


def spongecase(s):
    out = []
    up = False
    for c in s:
        if c.isalpha():
            out.append(c.upper() if up else c.lower())
            up = not up
        else:
            out.append(c)
    return "".join(out)


def A(lang, technique, source, tool, payload):
    return {"lang": lang, "technique": technique, "source": source, "tool": tool, "payload": payload}


def L(kind, technique, source, tool, payload, lang="en"):
    return {"lang": lang, "kind": kind, "technique": technique, "source": source, "tool": tool, "payload": payload}
