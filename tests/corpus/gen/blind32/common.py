"""Shared helpers for the blind32 corpus generator (stdlib only, deterministic)."""
import base64
import hashlib
import json
import zlib

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPER_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
HEX = "0123456789abcdef"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def stream(label):
    """Deterministic byte stream derived from a label (version independent)."""
    i = 0
    while True:
        for b in hashlib.sha256(("blind32|%s|%d" % (label, i)).encode()).digest():
            yield b
        i += 1


def chars(label, n, alphabet=ALNUM):
    out = []
    s = stream(label)
    lim = 256 - (256 % len(alphabet))
    while len(out) < n:
        b = next(s)
        if b < lim:
            out.append(alphabet[b % len(alphabet)])
    return "".join(out)


def b62(num, width):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def github_token(label, prefix="ghp_"):
    body = chars(label, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def npm_token(label):
    body = chars(label, 30)
    return "npm_" + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def github_fine_grained(label):
    return "github_pat_" + chars(label + "a", 22) + "_" + chars(label + "b", 59)


def aws_key_id(label, prefix="AKIA"):
    return prefix + chars(label, 16, UPPER_B32)


def aws_secret(label):
    return chars(label, 40, ALNUM + "+/")


def stripe_key(label, kind="sk_live_"):
    return kind + chars(label, 99 if kind.startswith("rk") else 24)


def slack_bot(label):
    return "xoxb-%s-%s-%s" % (chars(label + "1", 12, "0123456789"), chars(label + "2", 13, "0123456789"), chars(label + "3", 24))


def slack_webhook(label):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (chars(label + "t", 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), chars(label + "b", 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), chars(label + "s", 24))


def openai_key(label):
    return "sk-proj-" + chars(label + "a", 74, B64URL) + "T3BlbkFJ" + chars(label + "b", 74, B64URL)


def anthropic_key(label):
    return "sk-ant-api03-" + chars(label, 93, B64URL) + "AA"


def google_api_key(label):
    return "AIza" + chars(label, 35, B64URL)


def gitlab_pat(label):
    return "glpat-" + chars(label, 20, B64URL)


def hf_token(label):
    return "hf_" + chars(label, 34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def sendgrid_key(label):
    return "SG." + chars(label + "a", 22, B64URL) + "." + chars(label + "b", 43, B64URL)


def twilio_key(label):
    return "SK" + chars(label, 32, HEX)


def do_token(label):
    return "dop_v1_" + chars(label, 64, HEX)


def shopify_token(label):
    return "shpat_" + chars(label, 32, HEX)


def pypi_token(label):
    return "pypi-AgEIcHlwaS5vcmc" + chars(label, 150, B64URL)


def hexs(label, n):
    return chars(label, n, HEX)


def uuid(label):
    h = hexs(label, 32)
    h = h[:12] + "4" + h[13:16] + "89ab"[int(h[16], 16) % 4] + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def jwt(header, claims, label):
    enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc(header) + "." + enc(claims) + "." + chars(label, 43, B64URL)


def pem_private_key(label, kind="RSA PRIVATE KEY", lines=12):
    body = "\n".join(chars(label + str(i), 64, B64) for i in range(lines))
    return "-----BEGIN %s-----\nMIIEowIBAAKCAQEA%s\n%s=\n-----END %s-----\n" % (kind, chars(label + "h", 48, B64), body, kind)


def ts(day, hh, mm, ss=0):
    return "2026-%s T%02d:%02d:%02dZ" % (day, hh, mm, ss) if False else "2026-%sT%02d:%02d:%02dZ" % (day, hh, mm, ss)


class Bucket:
    def __init__(self):
        self.items = []

    def add(self, family, technique, source, tool, payload):
        self.items.append({"family": family, "technique": technique, "source": source, "tool": tool, "payload": payload})
