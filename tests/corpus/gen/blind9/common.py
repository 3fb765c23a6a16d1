"""Shared helpers for the blind9 corpus generator (stdlib only)."""
import base64
import binascii
import json
import random
import string
import urllib.parse

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"


def rs(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b62(n, width=6):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(prefix, rng, body_len=30):
    """GitHub classic / npm style: random base62 body + base62(CRC32(body))."""
    body = rs(rng, body_len, B62)
    return prefix + body + b62(binascii.crc32(body.encode()) & 0xFFFFFFFF)


def gh_fine_grained(rng):
    return "github_pat_11" + rs(rng, 20, string.ascii_uppercase + string.digits) + "_" + rs(rng, 59, B62)


def aws_pair(rng, prefix="AKIA"):
    return prefix + rs(rng, 16, B32), rs(rng, 40, B64)


def slack_bot(rng):
    return "xoxb-%d-%d-%s" % (rng.randint(10**10, 10**13), rng.randint(10**11, 10**13), rs(rng, 24))


def slack_user(rng):
    return "xoxp-%d-%d-%d-%s" % (rng.randint(10**10, 10**12), rng.randint(10**10, 10**12),
                                  rng.randint(10**11, 10**13), rs(rng, 32, HEX))


def stripe(rng, kind="sk_live_"):
    return kind + rs(rng, 24) if rng.random() < 0.5 else kind + "51" + rs(rng, 97)


def b64url(data):
    if isinstance(data, str):
        data = data.encode()
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(rng, claims, alg="HS256"):
    h = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
    p = b64url(json.dumps(claims, separators=(",", ":")))
    siglen = 32 if alg.startswith("HS") else 256
    s = b64url(bytes(rng.getrandbits(8) for _ in range(siglen)))
    return "%s.%s.%s" % (h, p, s)


def rand_b64_bytes(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def pem_pkcs8(rng, lines=25):
    # real PKCS#8 RSA-2048 prefix then random body
    body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + rand_b64_bytes(rng, 1180)
    body = body[:64 * lines]
    wrapped = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return "-----BEGIN PRIVATE KEY-----\n" + wrapped + "\n-----END PRIVATE KEY-----\n"


def pem_rsa(rng, lines=25):
    body = "MIIEpAIBAAKCAQEA" + rand_b64_bytes(rng, 1180)
    body = body[:64 * lines]
    wrapped = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return "-----BEGIN RSA PRIVATE KEY-----\n" + wrapped + "\n-----END RSA PRIVATE KEY-----\n"


def pem_openssh(rng):
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + rand_b64_bytes(rng, 300)
    wrapped = "\n".join(body[i:i + 70] for i in range(0, len(body), 70))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrapped + "\n-----END OPENSSH PRIVATE KEY-----\n"


def pem_ec(rng):
    body = "MHcCAQEEI" + rand_b64_bytes(rng, 84)
    wrapped = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return "-----BEGIN EC PRIVATE KEY-----\n" + wrapped + "\n-----END EC PRIVATE KEY-----\n"


# ---------------- obfuscation helpers ----------------

def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode())


def pct_some(s, chars="./\\:"):
    return "".join("%%%02x" % ord(c) if c in chars else c for c in s)


def dpct(s, chars="./\\"):
    return "".join("%%25%02x" % ord(c) if c in chars else c for c in s)


def html_ent(s, hexa=True):
    return "".join(("&#x%x;" % ord(c)) if hexa else ("&#%d;" % ord(c)) for c in s)


def u_esc(s):
    return "".join("\\u%04x" % ord(c) for c in s)


def x_esc(s):
    return "".join("\\x%02x" % b for b in s.encode())


def b64(s):
    return base64.b64encode(s.encode()).decode()


def hexs(s):
    return s.encode().hex()


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


def zw(s, every=2, ch="\u200b"):
    return "".join(c + (ch if (i % every == every - 1 and c != " ") else "") for i, c in enumerate(s))


def tag_chars(s):
    """Unicode 'tag' block (invisible) encoding of ASCII text."""
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def qenc(s):
    return urllib.parse.quote(s, safe="")


def jdump(o):
    return json.dumps(o, ensure_ascii=False)
