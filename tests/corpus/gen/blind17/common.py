"""Shared helpers: seeded randomness, encoders, provider-format token generators."""
import base64
import hashlib
import hmac
import json
import random
import string
import uuid
import zlib

ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B32 = string.ascii_uppercase + "234567"
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64CH = ALNUM + "+/"


def rng(name):
    return random.Random("blind17/" + name)


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def b62(num, width):
    out = ""
    while num:
        num, rem = divmod(num, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


def ruuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


# ---------------------------------------------------------------- tokens
def github_token(r, prefix="ghp_"):
    body = rs(r, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def github_fine_grained(r):
    return "github_pat_" + "11" + rs(r, 20, string.ascii_uppercase + string.digits) + "_" + rs(r, 59)


def npm_token(r):
    body = rs(r, 30)
    return "npm_" + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def aws_pair(r, prefix="AKIA"):
    return prefix + rs(r, 16, B32), rs(r, 40, B64CH)


def gitlab_pat(r):
    return "glpat-" + rs(r, 20, URLSAFE)


def slack_bot(r):
    return "xoxb-%d-%d-%s" % (r.randint(10**10, 10**12), r.randint(10**12, 10**13), rs(r, 24))


def slack_user(r):
    return "xoxp-%d-%d-%d-%s" % (r.randint(10**10, 10**12), r.randint(10**10, 10**12),
                                 r.randint(10**12, 10**13), rs(r, 32, HEX))


def slack_webhook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, 8, string.ascii_uppercase + string.digits), rs(r, 10, string.ascii_uppercase + string.digits), rs(r, 24))


def stripe_key(r, kind="sk_live_"):
    return kind + "51" + rs(r, 12) + rs(r, 85)


def google_api_key(r):
    return "AIza" + "Sy" + rs(r, 33, URLSAFE)


def openai_key(r):
    return "sk-proj-" + rs(r, 74, URLSAFE) + "T3BlbkFJ" + rs(r, 74, URLSAFE)


def anthropic_key(r):
    return "sk-ant-api03-" + rs(r, 93, URLSAFE) + "AA"


def twilio(r):
    return "AC" + rs(r, 32, HEX), rs(r, 32, HEX), "SK" + rs(r, 32, HEX)


def sendgrid(r):
    return "SG." + rs(r, 22, URLSAFE) + "." + rs(r, 43, URLSAFE)


def pypi_token(r):
    # macaroon: fixed "pypi.org" identifier prefix then base64 body
    return "pypi-AgEIcHlwaS5vcmcCJ" + rs(r, 1, "ABCDEFGH") + rs(r, 150, URLSAFE)


def azure_storage_key(r):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()


def azure_client_secret(r):
    return rs(r, 3, ALNUM) + "8Q~" + rs(r, 34, ALNUM + "_-.~")


def discord_bot(r):
    uid = str(r.randint(10**17, 10**18 - 1))
    p1 = base64.b64encode(uid.encode()).decode().rstrip("=")
    return p1 + "." + rs(r, 6, URLSAFE) + "." + rs(r, 38, URLSAFE)


def shopify(r, prefix="shpat_"):
    return prefix + rs(r, 32, HEX)


def vault_token(r):
    return "hvs.CAESI" + rs(r, 86, URLSAFE)


def hf_token(r):
    return "hf_" + rs(r, 34, string.ascii_letters)


def databricks(r):
    return "dapi" + rs(r, 32, HEX)


def digitalocean(r):
    return "dop_v1_" + rs(r, 64, HEX)


def mailgun(r):
    return "key-" + rs(r, 32, HEX)


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r, claims):
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(claims, separators=(",", ":")).encode())
    key = bytes(r.getrandbits(8) for _ in range(32))
    sig = b64url(hmac.new(key, (head + "." + body).encode(), hashlib.sha256).digest())
    return head + "." + body + "." + sig


def wrap64(s, width=64):
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def rsa_private_pem(r):
    raw = b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + bytes(r.getrandbits(8) for _ in range(1180))
    return "-----BEGIN RSA PRIVATE KEY-----\n" + wrap64(base64.b64encode(raw).decode()) + "\n-----END RSA PRIVATE KEY-----\n"


def openssh_private(r, comment="deploy@build-03"):
    raw = (b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x33"
           b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(r.getrandbits(8) for _ in range(32 + 140))
           + comment.encode() + b"\x01\x02\x03\x04\x05")
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap64(base64.b64encode(raw).decode(), 70)
            + "\n-----END OPENSSH PRIVATE KEY-----\n")


def ssh_ed25519_pub(r, comment):
    raw = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(r.getrandbits(8) for _ in range(32))
    return "ssh-ed25519 " + base64.b64encode(raw).decode() + " " + comment


def password(r, n=18):
    return rs(r, n, ALNUM + "!#%*-_")


# ---------------------------------------------------------------- encoders
def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode())


def pct_specials(s, chars="./\\'\" ;|&$()<>=,"):
    return "".join("%%%02X" % ord(c) if c in chars else c for c in s)


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


def tag_chars(s):
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def zw_sprinkle(s, every=1, zw="\u200b"):
    return zw.join(s[i:i + every] for i in range(0, len(s), every))


def html_entities(s):
    return "".join("&#%d;" % ord(c) for c in s)


def html_hex_entities(s):
    return "".join("&#x%x;" % ord(c) for c in s)


def u_escape(s):
    return "".join("\\u%04x" % ord(c) for c in s)


def x_escape(s):
    return "".join("\\x%02x" % b for b in s.encode())


def b64(s):
    return base64.b64encode(s.encode()).decode()


def hexs(s):
    return s.encode().hex()


def ps_encoded(s):
    return base64.b64encode(s.encode("utf-16-le")).decode()


def jdump(obj):
    return json.dumps(obj, ensure_ascii=False)
