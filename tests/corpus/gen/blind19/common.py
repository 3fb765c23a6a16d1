"""Shared helpers for the blind19 corpus generator.

Everything random-looking comes from random.Random instances seeded with fixed
strings, so the output is byte-identical from run to run.
"""
import base64
import hashlib
import hmac
import json
import random
import string
import struct
import urllib.parse
import uuid
import zlib

UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
HEXL = "0123456789abcdef"
B62 = DIGITS + UPPER + LOWER          # alphabet used by GitHub/npm checksums
URLSAFE = ALNUM + "-_"
B32 = UPPER + "234567"
B64STD = UPPER + LOWER + DIGITS + "+/"


def R(tag):
    """Deterministic RNG for a named part of the corpus."""
    return random.Random("blind19/" + tag)


def rs(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def ruuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b64(data):
    if isinstance(data, str):
        data = data.encode()
    return base64.b64encode(data).decode()


def b64url_nopad(data):
    if isinstance(data, str):
        data = data.encode()
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def wrap(s, width=64):
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


# --------------------------------------------------------------------------
# encoders used by obfuscated cases
# --------------------------------------------------------------------------
def pct_all(s):
    """Percent-encode every byte."""
    return "".join("%%%02X" % b for b in s.encode())


def pct(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def html_dec_entities(s):
    return "".join("&#%d;" % ord(c) for c in s)


def html_hex_entities(s):
    return "".join("&#x%X;" % ord(c) for c in s)


def hex_escape(s):
    return "".join("\\x%02x" % b for b in s.encode())


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
    """Unicode tag block smuggling (U+E0000 + ASCII)."""
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def ps_enc(script):
    """PowerShell -EncodedCommand: base64 of UTF-16LE."""
    return base64.b64encode(script.encode("utf-16-le")).decode()


def jdump(obj):
    return json.dumps(obj, ensure_ascii=False)


# --------------------------------------------------------------------------
# people, places, infrastructure
# --------------------------------------------------------------------------
FIRST = ["Amelia", "Jonas", "Priya", "Mateo", "Chloe", "Tobias", "Aisha", "Liam",
         "Sofia", "Daniel", "Hannah", "Kenji", "Fatima", "Lukas", "Elena", "Marcus",
         "Ingrid", "Rahul", "Nora", "Oskar", "Camila", "Victor", "Yuki", "Grace"]
LAST = ["Hartmann", "Okafor", "Lindqvist", "Moreau", "Patel", "Kowalski", "Brennan",
        "Nakamura", "Ferreira", "Schultz", "Delgado", "Whitaker", "Novak", "Ibrahim",
        "Castillo", "Andersen", "Rossi", "Murphy", "Tanaka", "Vermeulen"]


def person(rng):
    return rng.choice(FIRST), rng.choice(LAST)


def email_of(first, last, domain):
    return "%s.%s@%s" % (first.lower(), last.lower(), domain)


ATTACK_PREFIXES = [45, 77, 91, 103, 141, 146, 155, 179, 185, 193, 194, 212]


def attacker_ip(rng):
    return "%d.%d.%d.%d" % (rng.choice(ATTACK_PREFIXES), rng.randint(2, 250),
                            rng.randint(1, 254), rng.randint(2, 253))


ATTACK_DOMAINS = ["cdn-static-sync.net", "update-telemetry.io", "pkg-mirror-cache.com",
                  "azure-statuscheck.com", "msft-updates.org", "docs-viewer.app",
                  "githubusercontent-cdn.net", "node-registry-cdn.com",
                  "cloudsync-backup.net", "secure-invoice-portal.com"]


def attacker_domain(rng):
    return rng.choice(ATTACK_DOMAINS)


def oast(rng):
    return rs(rng, 20, LOWER + DIGITS) + "." + rng.choice(
        ["oast.fun", "oast.pro", "oast.live", "oast.site", "oastify.com"])


# --------------------------------------------------------------------------
# banking
# --------------------------------------------------------------------------
def iban(cc, bban):
    rearranged = bban + cc + "00"
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    check = 98 - int(digits) % 97
    return "%s%02d%s" % (cc, check, bban)


def iban_grouped(code):
    return " ".join(code[i:i + 4] for i in range(0, len(code), 4))


# --------------------------------------------------------------------------
# credential formats (all random material generated here)
# --------------------------------------------------------------------------
def b62_encode(num, width=6):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(rng, prefix, n=30):
    """GitHub (ghp_/gho_/ghu_/ghs_/ghr_) and npm (npm_) token layout:
    30 random base62 characters + 6-char base62 CRC32 of that random part."""
    body = rs(rng, n, ALNUM)
    return prefix + body + b62_encode(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def github_fine_grained(rng):
    return "github_pat_" + rs(rng, 22, ALNUM) + "_" + rs(rng, 59, ALNUM)


def aws_key_id(rng, prefix="AKIA"):
    return prefix + rs(rng, 16, B32)


def aws_secret(rng):
    return rs(rng, 40, ALNUM + "/+")


def aws_session_token(rng):
    return "IQoJb3JpZ2luX2VjE" + rs(rng, 600, ALNUM + "/+") + "=="


def gitlab_pat(rng, prefix="glpat-"):
    return prefix + rs(rng, 20, URLSAFE)


def slack_bot(rng):
    return "xoxb-%d-%d-%s" % (rng.randint(10 ** 10, 10 ** 12), rng.randint(10 ** 12, 10 ** 13 - 1),
                              rs(rng, 24, ALNUM))


def slack_user(rng):
    return "xoxp-%d-%d-%d-%s" % (rng.randint(10 ** 10, 10 ** 12), rng.randint(10 ** 10, 10 ** 12),
                                 rng.randint(10 ** 12, 10 ** 13 - 1), rs(rng, 32, HEXL))


def slack_webhook(rng):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(rng, 9, UPPER + DIGITS), rs(rng, 11, UPPER + DIGITS), rs(rng, 24, ALNUM))


def stripe_key(rng, prefix="sk_live_"):
    return prefix + "51" + rs(rng, 97, ALNUM)


def google_api_key(rng):
    return "AIza" + rs(rng, 35, URLSAFE)


def openai_key(rng):
    return "sk-proj-" + rs(rng, 74, URLSAFE) + "T3BlbkFJ" + rs(rng, 74, URLSAFE)


def anthropic_key(rng):
    return "sk-ant-api03-" + rs(rng, 93, URLSAFE) + "AA"


def twilio_sid(rng, prefix="AC"):
    return prefix + rs(rng, 32, HEXL)


def sendgrid_key(rng):
    return "SG." + rs(rng, 22, URLSAFE) + "." + rs(rng, 43, URLSAFE)


def pypi_token(rng):
    ident = ruuid(rng).encode()
    caveat = b'{"permissions": "user", "version": 1}'
    data = (b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident + b"\x00\x02"
            + bytes([len(caveat)]) + caveat + b"\x00\x00\x06\x20" + rbytes(rng, 32))
    return "pypi-" + b64url_nopad(data)


def azure_storage_key(rng):
    return b64(rbytes(rng, 64))


def azure_client_secret(rng):
    return rs(rng, 3, ALNUM) + "8Q~" + rs(rng, 34, ALNUM + "_~.-")


def discord_bot_token(rng):
    uid = str(rng.randint(10 ** 17, 10 ** 18 - 1))
    return b64url_nopad(uid) + "." + rs(rng, 6, URLSAFE) + "." + rs(rng, 38, URLSAFE)


def shopify_token(rng, prefix="shpat_"):
    return prefix + rs(rng, 32, HEXL)


def vault_token(rng):
    return "hvs.CAESI" + rs(rng, 86, URLSAFE)


def hf_token(rng):
    return "hf_" + rs(rng, 34, UPPER + LOWER)


def do_token(rng):
    return "dop_v1_" + rs(rng, 64, HEXL)


def mailgun_key(rng):
    return "key-" + rs(rng, 32, HEXL)


def jwt_hs256(rng, claims):
    header = b64url_nopad(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")))
    body = b64url_nopad(json.dumps(claims, separators=(",", ":")))
    key = rbytes(rng, 32)
    sig = hmac.new(key, (header + "." + body).encode(), hashlib.sha256).digest()
    return header + "." + body + "." + b64url_nopad(sig)


def _ssh_str(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def ssh_ed25519_pub(rng, comment):
    blob = _ssh_str("ssh-ed25519") + _ssh_str(rbytes(rng, 32))
    return "ssh-ed25519 " + b64(blob) + " " + comment


def openssh_private_key(rng, comment):
    pk = rbytes(rng, 32)
    seed = rbytes(rng, 32)
    pub_blob = _ssh_str("ssh-ed25519") + _ssh_str(pk)
    check = rng.getrandbits(32)
    priv = struct.pack(">II", check, check) + _ssh_str("ssh-ed25519") + _ssh_str(pk) \
        + _ssh_str(seed + pk) + _ssh_str(comment)
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = b"openssh-key-v1\x00" + _ssh_str("none") + _ssh_str("none") + _ssh_str(b"") \
        + struct.pack(">I", 1) + _ssh_str(pub_blob) + _ssh_str(priv)
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap(b64(blob), 70) + \
        "\n-----END OPENSSH PRIVATE KEY-----\n"


def _der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der_int(value_bytes):
    if value_bytes[0] & 0x80:
        value_bytes = b"\x00" + value_bytes
    return b"\x02" + _der_len(len(value_bytes)) + value_bytes


def rsa_private_key_pem(rng, bits=2048):
    nb = bits // 8

    def big(n):
        b = bytearray(rbytes(rng, n))
        b[0] |= 0x80
        b[-1] |= 0x01
        return bytes(b)
    ints = [b"\x02\x01\x00", _der_int(big(nb)), _der_int(b"\x01\x00\x01"),
            _der_int(big(nb)), _der_int(big(nb // 2)), _der_int(big(nb // 2)),
            _der_int(big(nb // 2)), _der_int(big(nb // 2)), _der_int(big(nb // 2))]
    body = b"".join(ints)
    der = b"\x30" + _der_len(len(body)) + body
    return "-----BEGIN RSA PRIVATE KEY-----\n" + wrap(b64(der)) + "\n-----END RSA PRIVATE KEY-----\n"


def pkcs8_private_key_pem(rng, bits=2048):
    inner = rsa_private_key_pem(rng, bits)
    der = base64.b64decode("".join(inner.splitlines()[1:-1]))
    alg = bytes.fromhex("300d06092a864886f70d0101010500")
    octet = b"\x04" + _der_len(len(der)) + der
    body = b"\x02\x01\x00" + alg + octet
    outer = b"\x30" + _der_len(len(body)) + body
    return "-----BEGIN PRIVATE KEY-----\n" + wrap(b64(outer)) + "\n-----END PRIVATE KEY-----\n"


def fake_cert_pem(rng, size=900):
    body = b"\x30\x82" + size.to_bytes(2, "big") + b"\x30\x82" + (size - 180).to_bytes(2, "big") \
        + bytes.fromhex("a003020102") + rbytes(rng, size - 5)
    return "-----BEGIN CERTIFICATE-----\n" + wrap(b64(body)) + "\n-----END CERTIFICATE-----\n"


def sha256_hex(rng):
    return rs(rng, 64, HEXL)


def git_sha(rng):
    return rs(rng, 40, HEXL)


def fill(s, *args):
    """Sequential %s substitution that leaves every other '%' untouched."""
    parts = s.split("%s")
    assert len(parts) == len(args) + 1, (s, args)
    out = parts[0]
    for a, p in zip(args, parts[1:]):
        out += str(a) + p
    return out


def aba_routing(rng):
    """US ABA routing number with a valid checksum."""
    d = [0, rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(6)]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    d.append((10 - s % 10) % 10)
    return "".join(map(str, d))
