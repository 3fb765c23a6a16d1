"""Shared helpers for the blind31 corpus generator (stdlib only, deterministic)."""
import base64
import json
import random
import string

KEYS = ("id", "label", "family", "technique", "source", "tool", "payload")
ATTACK_FAMILIES = {"prompt_injection", "shell_injection", "sql_injection", "path_traversal",
                   "template_injection", "ssrf", "secret"}
LEGIT_SOURCE = "own design (operational practice)"


def case(family, technique, source, tool, payload):
    return {"family": family, "technique": technique, "source": source,
            "tool": tool, "payload": payload}


def iban(cc, bban):
    """Build an IBAN with a correct ISO 13616 mod-97 check number."""
    bban = bban.replace(" ", "").upper()
    rearr = bban + cc.upper() + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - (int(num) % 97)
    return "%s%02d%s" % (cc.upper(), check, bban)


def iban_ok(value):
    v = value.replace(" ", "")
    rearr = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


ZW = {"0": "\u200b", "1": "\u200c"}


def zero_width(s):
    """Encode text as a run of zero-width characters (bit per char)."""
    bits = "".join(format(b, "08b") for b in s.encode("utf-8"))
    return "\u2060" + "".join(ZW[b] for b in bits) + "\u2060"


def tag_chars(s):
    """Unicode TAG block smuggling (U+E0000 + ascii)."""
    return "".join(chr(0xE0000 + ord(c)) for c in s if 0x20 <= ord(c) < 0x7f)


HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "x": "\u0445", "i": "\u0456", "y": "\u0443"}


def homoglyph(s):
    return "".join(HOMO.get(c, c) for c in s)


class Secrets:
    """Deterministic generator of realistically shaped (random, non-real) credentials."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def chars(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def aws_key_id(self, prefix="AKIA"):
        return prefix + self.chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    def aws_secret(self):
        return self.chars(40, string.ascii_letters + string.digits + "/+")

    def github_pat(self):
        return "ghp_" + self.chars(36)

    def github_fine(self):
        return "github_pat_" + self.chars(22) + "_" + self.chars(59)

    def gitlab(self):
        return "glpat-" + self.chars(20, string.ascii_letters + string.digits + "-_")

    def stripe_live(self):
        return "sk_live_51" + self.chars(97)

    def slack_bot(self):
        return "xoxb-%s-%s-%s" % (self.chars(12, string.digits), self.chars(13, string.digits), self.chars(24))

    def slack_webhook(self):
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (
            self.chars(8, string.ascii_uppercase + string.digits),
            self.chars(10, string.ascii_uppercase + string.digits), self.chars(24))

    def google_api(self):
        return "AIza" + self.chars(35, string.ascii_letters + string.digits + "-_")

    def openai(self):
        return "sk-proj-" + self.chars(74, string.ascii_letters + string.digits + "-_") + "T3BlbkFJ" + self.chars(74, string.ascii_letters + string.digits + "-_")

    def anthropic(self):
        return "sk-ant-api03-" + self.chars(93, string.ascii_letters + string.digits + "-_") + "AA"

    def sendgrid(self):
        return "SG." + self.chars(22, string.ascii_letters + string.digits + "-_") + "." + self.chars(43, string.ascii_letters + string.digits + "-_")

    def twilio(self):
        return "SK" + self.chars(32, "0123456789abcdef")

    def npm(self):
        return "npm_" + self.chars(36)

    def hexs(self, n):
        return self.chars(n, "0123456789abcdef")

    def b64body(self, nbytes):
        raw = bytes(self.r.getrandbits(8) for _ in range(nbytes))
        return base64.b64encode(raw).decode("ascii")

    def pem(self, kind="RSA PRIVATE KEY", nbytes=600):
        body = self.b64body(nbytes)
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)

    def password(self, n=18):
        return self.chars(n, string.ascii_letters + string.digits + "!#%^*-_")


def payload_size(p):
    return len(json.dumps(p, ensure_ascii=False, separators=(", ", ": ")).encode("utf-8"))
