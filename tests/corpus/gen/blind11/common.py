"""Shared helpers for the blind11 corpus generator (stdlib only, deterministic)."""
import base64
import hashlib

SEED = b"blind11-corpus-v1"

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
B32 = UPPER + "234567"
HEX = "0123456789abcdef"
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"


def _stream(label):
    """Endless deterministic byte stream keyed by label."""
    counter = 0
    while True:
        block = hashlib.sha256(SEED + b"|" + label.encode() + b"|" + str(counter).encode()).digest()
        for b in block:
            yield b
        counter += 1


def rand(alphabet, n, label):
    """n characters from alphabet, deterministic per label (rejection sampling, no bias)."""
    out = []
    limit = 256 - (256 % len(alphabet))
    for b in _stream(label):
        if b >= limit:
            continue
        out.append(alphabet[b % len(alphabet)])
        if len(out) == n:
            break
    return "".join(out)


def rand_bytes(n, label):
    out = bytearray()
    for b in _stream(label):
        out.append(b)
        if len(out) == n:
            break
    return bytes(out)


def rand_int(lo, hi, label):
    v = int.from_bytes(rand_bytes(8, label), "big")
    return lo + v % (hi - lo + 1)


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def b64url_nopad(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.urlsafe_b64encode(s).decode().rstrip("=")


def pem_body(nbytes, label, width=64):
    raw = base64.b64encode(rand_bytes(nbytes, label)).decode()
    return "\n".join(raw[i:i + width] for i in range(0, len(raw), width))


def pem(kind, nbytes, label, prefix=None):
    body = base64.b64encode((prefix or b"") + rand_bytes(nbytes, label)).decode()
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, lines, kind)


# ---- provider-shaped tokens (random bodies, seeded) ----

def aws_key_id(label, prefix="AKIA"):
    return prefix + rand(B32, 16, label + ":akid")


def aws_secret(label):
    return rand(UPPER + LOWER + DIGITS + "+/", 40, label + ":secret")


def ghp(label):
    return "ghp_" + rand(ALNUM, 36, label)


def github_pat(label):
    return "github_pat_11" + rand(UPPER + DIGITS, 20, label + "a") + "_" + rand(ALNUM, 59, label + "b")


def slack_bot(label):
    return "xoxb-%s-%s-%s" % (rand(DIGITS, 12, label + "1"), rand(DIGITS, 13, label + "2"), rand(ALNUM, 24, label + "3"))


def slack_user(label):
    return "xoxp-%s-%s-%s-%s" % (rand(DIGITS, 12, label + "1"), rand(DIGITS, 12, label + "2"),
                                 rand(DIGITS, 13, label + "3"), rand(HEX, 32, label + "4"))


def slack_webhook(label):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rand(UPPER + DIGITS, 10, label + "t"),
                                                           rand(UPPER + DIGITS, 10, label + "b"),
                                                           rand(ALNUM, 24, label + "k"))


def stripe_live(label):
    return "sk_live_51" + rand(ALNUM, 97, label)


def stripe_rk(label):
    return "rk_live_51" + rand(ALNUM, 97, label)


def google_api(label):
    return "AIza" + rand(ALNUM + "-_", 35, label)


def openai_key(label):
    return "sk-proj-" + rand(ALNUM + "-_", 124, label + "a") + "T3BlbkFJ" + rand(ALNUM + "-_", 24, label + "b")


def anthropic_key(label):
    return "sk-ant-api03-" + rand(ALNUM + "-_", 93, label) + "AA"


def gitlab_pat(label):
    return "glpat-" + rand(ALNUM + "-_", 20, label)


def npm_token(label):
    return "npm_" + rand(ALNUM, 36, label)


def sendgrid(label):
    return "SG." + rand(ALNUM + "-_", 22, label + "a") + "." + rand(ALNUM + "-_", 43, label + "b")


def twilio_sid(label):
    return "SK" + rand(HEX, 32, label)


def hf_token(label):
    return "hf_" + rand(ALNUM, 34, label)


def jwt(header, payload, label, sig_bytes=32):
    import json
    h = b64url_nopad(json.dumps(header, separators=(",", ":")))
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")))
    s = b64url_nopad(rand_bytes(sig_bytes, label))
    return "%s.%s.%s" % (h, p, s)


def pw(label, n=20):
    return rand(ALNUM + "!#%^*-_", n, label + ":pw")


def ssh_ed25519_pub(label, comment):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rand_bytes(32, label)
    return "ssh-ed25519 %s %s" % (base64.b64encode(blob).decode(), comment)


def ssh_rsa_pub(label, comment):
    blob = b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x81\x00" + rand_bytes(384, label)
    return "ssh-rsa %s %s" % (base64.b64encode(blob).decode(), comment)


def openssh_private(label):
    head = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x33\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20"
    body = base64.b64encode(head + rand_bytes(300, label)).decode()
    lines = "\n".join(body[i:i + 70] for i in range(0, len(body), 70))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % lines


def sha256_hex(label):
    return hashlib.sha256(SEED + label.encode()).hexdigest()


def sha1_hex(label):
    return hashlib.sha1(SEED + label.encode()).hexdigest()


def uuid_like(label):
    h = hashlib.md5(SEED + label.encode()).hexdigest()
    return "%s-%s-4%s-a%s-%s" % (h[0:8], h[8:12], h[13:16], h[17:20], h[20:32])


def tag_encode(text):
    """Encode ASCII text into invisible Unicode TAG characters (U+E0000 block)."""
    return "".join(chr(0xE0000 + ord(c)) for c in text)


def zw_interleave(text, zw="\u200b"):
    return zw.join(text)


def A(family, technique, source, tool, payload):
    return {"label": "attack", "family": family, "technique": technique,
            "source": source, "tool": tool, "payload": payload}


def L(kind, technique, source, tool, payload):
    return {"label": "legit", "family": kind, "technique": technique,
            "source": source, "tool": tool, "payload": payload}
