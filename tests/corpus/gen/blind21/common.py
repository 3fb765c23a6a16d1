"""Shared helpers for the blind21 corpus generator.

Everything random-looking comes from random.Random seeded with fixed strings,
so two runs produce identical output. Standard library only.
"""
import base64
import hashlib
import hmac
import json
import random
import string
import struct
import urllib.parse
import zlib

SEED = "blind21/corpus/v1"

DIGITS = string.digits
UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
ALNUM = DIGITS + UPPER + LOWER
B62 = DIGITS + UPPER + LOWER
HEXL = "0123456789abcdef"
URLSAFE = UPPER + LOWER + DIGITS + "-_"
B64CH = UPPER + LOWER + DIGITS + "+/"


def rng(name):
    return random.Random(SEED + "/" + name)


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.b64encode(data).decode("ascii")


def b64url(data, pad=False):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.urlsafe_b64encode(data).decode("ascii")
    return s if pad else s.rstrip("=")


def uuid4(r):
    h = rs(r, 32, HEXL)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# ---------------------------------------------------------------- checksums

def base62(n):
    if n == 0:
        return "0"
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = B62[rem] + out
    return out


def crc32_b62(body):
    """GitHub / npm token checksum: CRC32 of the random part, base62, 6 chars."""
    return base62(zlib.crc32(body.encode("ascii")) & 0xFFFFFFFF).rjust(6, "0")


def iban(country, bban):
    def num(s):
        return "".join(str(int(ch, 36)) for ch in s)
    check = 98 - int(num(bban + country + "00")) % 97
    return "%s%02d%s" % (country, check, bban)


def fr_rib_key(bank, branch, account):
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97))


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------- credential forms

def github_token(r, prefix="ghp_"):
    body = rs(r, 30)
    return prefix + body + crc32_b62(body)


def github_fine_grained(r):
    return "github_pat_" + rs(r, 22) + "_" + rs(r, 59)


def npm_token(r):
    body = rs(r, 30)
    return "npm_" + body + crc32_b62(body)


def gitlab_pat(r):
    return "glpat-" + rs(r, 20, ALNUM + "-_")


def aws_key_id(r, prefix="AKIA"):
    return prefix + rs(r, 16, UPPER + "234567")


def aws_secret(r):
    return rs(r, 40, ALNUM + "/+")


def slack_bot(r):
    return "xoxb-%s-%s-%s" % (rs(r, 12, DIGITS), rs(r, 13, DIGITS), rs(r, 24))


def slack_webhook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, 9, UPPER + DIGITS), rs(r, 11, UPPER + DIGITS), rs(r, 24))


def stripe_key(r, prefix="sk_live_", n=99):
    return prefix + rs(r, n)


def google_api_key(r):
    return "AIza" + rs(r, 35, ALNUM + "-_")


def openai_key(r):
    return "sk-proj-" + rs(r, 74, ALNUM + "-_") + "T3BlbkFJ" + rs(r, 74, ALNUM + "-_")


def anthropic_key(r):
    return "sk-ant-api03-" + rs(r, 93, ALNUM + "-_") + "AA"


def twilio_pair(r):
    return "AC" + rs(r, 32, HEXL), rs(r, 32, HEXL)


def sendgrid_key(r):
    return "SG." + rs(r, 22, ALNUM + "-_") + "." + rs(r, 43, ALNUM + "-_")


def _varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def _mac_field(t, data):
    return bytes([t]) + _varint(len(data)) + data


def pypi_token(r):
    ident = uuid4(r).encode()
    caveat = json.dumps({"version": 1, "permissions": {"projects": ["lumen-sdk"]}},
                        separators=(",", ":")).encode()
    blob = (b"\x02" + _mac_field(1, b"pypi.org") + _mac_field(2, ident) + b"\x00"
            + _mac_field(2, caveat) + b"\x00" + b"\x00" + _mac_field(6, rbytes(r, 32)))
    return "pypi-" + b64url(blob)


def azure_storage_key(r):
    return b64(rbytes(r, 64))


def azure_client_secret(r):
    return rs(r, 3) + "8Q~" + rs(r, 34, ALNUM + "_~.-")


def discord_bot_token(r):
    snowflake = str(r.randrange(1000000000000000000, 1300000000000000000))
    return b64url(snowflake) + "." + rs(r, 6, URLSAFE) + "." + rs(r, 38, URLSAFE)


def shopify_token(r, prefix="shpat_"):
    return prefix + rs(r, 32, HEXL)


def vault_token(r):
    return "hvs.CAESI" + rs(r, 86, URLSAFE)


def jwt_hs256(r, claims, header=None, key=None):
    header = header or {"alg": "HS256", "typ": "JWT"}

    def seg(o):
        return b64url(json.dumps(o, separators=(",", ":")))
    signing = seg(header) + "." + seg(claims)
    key = key if key is not None else rbytes(r, 32)
    if isinstance(key, str):
        key = key.encode()
    sig = hmac.new(key, signing.encode(), hashlib.sha256).digest()
    return signing + "." + b64url(sig)


def password(r, n=20):
    return rs(r, n, ALNUM + "!#%*+=")


# ------------------------------------------------------------ key material

def _der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der_int(b):
    if b[0] & 0x80:
        b = b"\x00" + b
    return b"\x02" + _der_len(len(b)) + b


def _der_seq(b):
    return b"\x30" + _der_len(len(b)) + b


def _odd_top(r, n):
    x = bytearray(rbytes(r, n))
    x[0] |= 0xC0
    x[-1] |= 1
    return bytes(x)


def _pem(label, der, width=64):
    body = b64(der)
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)


def rsa_private_pem(r, bits=2048, pkcs8=False):
    nb = bits // 8
    ints = [_odd_top(r, nb), b"\x01\x00\x01", _odd_top(r, nb)] + [_odd_top(r, nb // 2) for _ in range(5)]
    der = _der_seq(b"\x02\x01\x00" + b"".join(_der_int(x) for x in ints))
    if pkcs8:
        algid = bytes.fromhex("300d06092a864886f70d0101010500")
        der = _der_seq(b"\x02\x01\x00" + algid + b"\x04" + _der_len(len(der)) + der)
        return _pem("PRIVATE KEY", der)
    return _pem("RSA PRIVATE KEY", der)


def _sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def openssh_ed25519_private(r, comment):
    seed, pub = rbytes(r, 32), rbytes(r, 32)
    pubblob = _sshstr("ssh-ed25519") + _sshstr(pub)
    chk = rbytes(r, 4)
    priv = chk + chk + _sshstr("ssh-ed25519") + _sshstr(pub) + _sshstr(seed + pub) + _sshstr(comment)
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + _sshstr("none") + _sshstr("none") + _sshstr(b"")
            + struct.pack(">I", 1) + _sshstr(pubblob) + _sshstr(priv))
    return _pem("OPENSSH PRIVATE KEY", blob, width=70)


def ssh_ed25519_public(r, comment):
    blob = _sshstr("ssh-ed25519") + _sshstr(rbytes(r, 32))
    return ("ssh-ed25519 " + b64(blob) + (" " + comment if comment else "")).strip()


def ssh_rsa_public(r, comment, bits=3072):
    n = _odd_top(r, bits // 8)
    blob = _sshstr("ssh-rsa") + _sshstr(b"\x01\x00\x01") + _sshstr(b"\x00" + n)
    return "ssh-rsa " + b64(blob) + " " + comment


def x509_like_cert(r, cn_bytes=b""):
    """A DER blob shaped like a certificate (public material only)."""
    tbs = _der_seq(b"\xa0\x03\x02\x01\x02" + _der_int(rbytes(r, 16)) + bytes.fromhex(
        "300d06092a864886f70d01010b0500") + _der_seq(cn_bytes or rbytes(r, 60))
        + _der_seq(b"\x17\x0d241001000000Z\x17\x0d251031235959Z") + _der_seq(rbytes(r, 70))
        + _der_seq(bytes.fromhex("300d06092a864886f70d0101010500") + b"\x03\x82\x01\x0f\x00"
                   + rbytes(r, 270)))
    der = _der_seq(tbs + bytes.fromhex("300d06092a864886f70d01010b0500") + b"\x03\x82\x01\x01\x00"
                   + rbytes(r, 256))
    return _pem("CERTIFICATE", der)


def sha256_hex(r):
    return rs(r, 64, HEXL)


# ---------------------------------------------------------------- encoders

def pct(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def html_dec(s):
    return "".join("&#%d;" % ord(c) for c in s)


def js_u(s):
    return "".join("\\u%04x" % ord(c) for c in s)


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
    return "\U000E0001" + "".join(chr(0xE0000 + ord(c)) for c in s) + "\U000E007F"


def zw_split(s, every=2):
    """Insert ZERO WIDTH SPACE inside words every `every` letters."""
    out, run = [], 0
    for c in s:
        if c.isalpha():
            run += 1
            out.append(c)
            if run % every == 0:
                out.append("\u200b")
        else:
            run = 0
            out.append(c)
    return "".join(out)


CONFUSABLE = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
              "i": "\u0456", "I": "\u0406", "x": "\u0445", "y": "\u0443", "s": "\u0455",
              "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420", "C": "\u0421"}


def confusable(s):
    return "".join(CONFUSABLE.get(c, c) for c in s)


def ps_encoded(s):
    return b64(s.encode("utf-16-le"))


def public_ip(r):
    first = r.choice([5, 23, 31, 37, 45, 46, 62, 77, 80, 89, 91, 94, 103, 141, 146, 176, 178, 185, 193, 194, 212, 213])
    return "%d.%d.%d.%d" % (first, r.randrange(1, 255), r.randrange(0, 255), r.randrange(2, 254))
