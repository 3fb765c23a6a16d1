"""Shared helpers for the blind7 corpus generators (handwritten cases, deterministic)."""
import base64, hashlib, hmac, json, random, string, zlib

RNG = random.Random(0xB17D7)
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits


def rand(alphabet, n, rng=RNG):
    return "".join(rng.choice(alphabet) for _ in range(n))


def case(family, technique, tool, payload, source="handwritten", ascii_escape=False):
    d = {"family": family, "technique": technique, "source": source,
         "tool": tool, "payload": payload}
    if ascii_escape:
        d["_ascii"] = True
    return d


def fn_call(name, args, call_id=None):
    """OpenAI-style function call: arguments is a JSON string inside JSON."""
    return {"id": call_id or "call_" + rand(ALNUM, 24),
            "type": "function",
            "function": {"name": name, "arguments": json.dumps(args)}}


def b64(s):
    return base64.b64encode(s.encode()).decode()


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


# ---------------- credential-shaped strings (random, not real) ----------------
def _b62_encode(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def github_token(prefix="ghp"):
    body = rand(ALNUM, 30)
    crc = zlib.crc32(body.encode()) & 0xFFFFFFFF
    return f"{prefix}_{body}{_b62_encode(crc, 6)}"


def github_fine_grained():
    return "github_pat_11" + rand(string.ascii_uppercase + string.digits, 20) + "_" + rand(ALNUM, 59)


def aws_key_id(prefix="AKIA"):
    return prefix + rand(string.ascii_uppercase + "234567", 16)


def aws_secret():
    return rand(ALNUM + "/+", 40)


def stripe_key(kind="sk_live"):
    return f"{kind}_51" + rand(ALNUM, 97)


def google_api_key():
    return "AIza" + "Sy" + rand(ALNUM + "-_", 33)


def openai_key():
    return "sk-proj-" + rand(ALNUM + "-_", 74) + "T3BlbkFJ" + rand(ALNUM + "-_", 74)


def anthropic_key():
    return "sk-ant-api03-" + rand(ALNUM + "-_", 93) + "AA"


def slack_bot():
    return "xoxb-" + rand(string.digits, 12) + "-" + rand(string.digits, 13) + "-" + rand(ALNUM, 24)


def slack_webhook():
    return ("https://hooks.slack.com/services/T" + rand(string.ascii_uppercase + string.digits, 10)
            + "/B" + rand(string.ascii_uppercase + string.digits, 10) + "/" + rand(ALNUM, 24))


def sendgrid_key():
    return "SG." + rand(ALNUM + "-_", 22) + "." + rand(ALNUM + "-_", 43)


def twilio_sid():
    return "AC" + rand("0123456789abcdef", 32)


def hexs(n):
    return rand("0123456789abcdef", n)


def npm_token():
    return "npm_" + rand(ALNUM, 36)


def hf_token():
    return "hf_" + rand(ALNUM, 34)


def gitlab_pat():
    return "glpat-" + rand(ALNUM + "-_", 20)


def telegram_token():
    return rand(string.digits, 10) + ":AA" + rand(ALNUM + "-_", 33)


def discord_token():
    return (b64url(str(RNG.randint(10**17, 10**18)).encode()) + "." + rand(ALNUM + "-_", 6)
            + "." + rand(ALNUM + "-_", 38))


def azure_storage_key():
    return base64.b64encode(RNG.randbytes(64)).decode()


def pem_body(nbytes, width=64):
    s = base64.b64encode(RNG.randbytes(nbytes)).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def rsa_private_key():
    body = "MIIEowIBAAKCAQEA" + base64.b64encode(RNG.randbytes(1160)).decode()
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return "-----BEGIN RSA PRIVATE KEY-----\n" + lines + "\n-----END RSA PRIVATE KEY-----\n"


def openssh_private_key():
    raw = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none" + RNG.randbytes(360)
    body = base64.b64encode(raw).decode()
    lines = "\n".join(body[i:i + 70] for i in range(0, len(body), 70))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + lines + "\n-----END OPENSSH PRIVATE KEY-----\n"


def ec_private_key():
    body = "MHcCAQEEI" + base64.b64encode(RNG.randbytes(90)).decode()
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return "-----BEGIN EC PRIVATE KEY-----\n" + lines + "\n-----END EC PRIVATE KEY-----"


def pkcs8_private_key():
    body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + base64.b64encode(RNG.randbytes(1180)).decode()
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return "-----BEGIN PRIVATE KEY-----\n" + lines + "\n-----END PRIVATE KEY-----\n"


def jwt(claims, key=b"k"):
    h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps(claims, separators=(",", ":")).encode())
    sig = b64url(hmac.new(RNG.randbytes(32), f"{h}.{p}".encode(), hashlib.sha256).digest())
    return f"{h}.{p}.{sig}"


def jwt_rs256(claims):
    h = b64url(json.dumps({"alg": "RS256", "kid": hexs(16), "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps(claims, separators=(",", ":")).encode())
    return f"{h}.{p}.{b64url(RNG.randbytes(256))}"


def strong_password(n=18):
    return rand(ALNUM + "!#%^*_-", n)


def fullwidth(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


def zw(s, every=2, mark="\u200b"):
    return "".join(c + (mark if (i % every == every - 1 and c != " ") else "") for i, c in enumerate(s))


def html_entities(s):
    return "".join(f"&#{ord(c)};" for c in s)


def pct(s, safe=""):
    return "".join(c if c in safe else "%%%02X" % ord(c) for c in s)


def u_escape(s):
    return "".join("\\u%04x" % ord(c) for c in s)
