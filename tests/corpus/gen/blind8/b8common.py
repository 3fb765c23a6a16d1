"""Shared helpers for the blind8 corpus generator (stdlib only).

Everything random goes through random.Random instances created with fixed
seeds, so the output is byte-for-byte reproducible.
"""
import base64
import binascii
import json
import random
import string
import struct
import urllib.parse

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
B32ISH = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64CH = ALNUM + "+/"


def case(technique, tool, payload, source):
    """One corpus entry (family / kind is attached by the caller)."""
    return {"technique": technique, "source": source, "tool": tool, "payload": payload}


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


# ---------------------------------------------------------------- encoders

def urlenc_all(s):
    """Percent-encode every byte (e.g. ../ -> %2e%2e%2f)."""
    return "".join("%%%02x" % b for b in s.encode("utf-8"))


def urlenc(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def double_urlenc(s):
    return urlenc_all(s).replace("%", "%25")


def html_dec_entities(s):
    return "".join("&#%d;" % ord(c) for c in s)


def html_hex_entities(s):
    return "".join("&#x%x;" % ord(c) for c in s)


def u_escape(s):
    """Literal backslash-u escapes, as text (not decoded by the outer JSON)."""
    return "".join("\\u%04x" % ord(c) for c in s)


def fullwidth(s):
    out = []
    for c in s:
        o = ord(c)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


_CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "x": "\u0445", "i": "\u0456", "y": "\u0443", "s": "\u0455", "A": "\u0410",
        "E": "\u0415", "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422",
        "H": "\u041d", "K": "\u041a", "M": "\u041c", "B": "\u0412", "X": "\u0425"}


def cyrillic(s):
    return "".join(_CYR.get(c, c) for c in s)


def zero_width(s, ch="\u200b"):
    return ch.join(s)


def unicode_tags(s):
    """ASCII smuggled as invisible Unicode tag characters (U+E0000 block)."""
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def b64(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return base64.b64encode(s).decode("ascii")


def b64url_nopad(b):
    if isinstance(b, str):
        b = b.encode("utf-8")
    return base64.urlsafe_b64encode(b).decode("ascii").rstrip("=")


def ps_enc(s):
    """PowerShell -EncodedCommand (UTF-16LE base64)."""
    return base64.b64encode(s.encode("utf-16-le")).decode("ascii")


def wrap64(s, width=64):
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def jdump(obj):
    """Compact JSON string, like an OpenAI function-call `arguments` field."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def jdump_ascii(obj):
    return json.dumps(obj, ensure_ascii=True)


# ---------------------------------------------------------------- secrets

def base62_encode(n, width=6):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def checksummed_token(rng, prefix):
    """GitHub (ghp_/gho_/ghs_/...) and npm_ style token: 30 random base62
    chars + base62(CRC32(random part)) left-padded to 6 characters."""
    body = rs(rng, ALNUM, 30)
    crc = binascii.crc32(body.encode("ascii")) & 0xFFFFFFFF
    return prefix + body + base62_encode(crc)


def verify_checksummed(tok):
    body, chk = tok[4:-6], tok[-6:]
    return base62_encode(binascii.crc32(body.encode()) & 0xFFFFFFFF) == chk


def github_fine_grained(rng):
    return "github_pat_11" + rs(rng, B32ISH[:26] + "234567", 20) + "_" + rs(rng, ALNUM, 59)


def aws_key_id(rng, prefix="AKIA"):
    return prefix + rs(rng, B32ISH, 16)


def aws_secret(rng):
    return rs(rng, B64CH, 40)


def gitlab_pat(rng):
    return "glpat-" + rs(rng, URLSAFE, 20)


def slack_bot(rng):
    return "xoxb-%s-%s-%s" % (rs(rng, string.digits, 12), rs(rng, string.digits, 13), rs(rng, ALNUM, 24))


def slack_user(rng):
    return "xoxp-%s-%s-%s-%s" % (rs(rng, string.digits, 12), rs(rng, string.digits, 12),
                                 rs(rng, string.digits, 13), rs(rng, HEX, 32))


def slack_webhook(rng):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(rng, B32ISH[:26] + "0123456789", 8), rs(rng, B32ISH[:26] + "0123456789", 10), rs(rng, ALNUM, 24))


def stripe_live(rng, prefix="sk_live_"):
    return prefix + "51" + rs(rng, ALNUM, 97)


def openai_key(rng):
    return "sk-proj-" + rs(rng, URLSAFE, 74) + "T3BlbkFJ" + rs(rng, URLSAFE, 74)


def anthropic_key(rng):
    return "sk-ant-api03-" + rs(rng, URLSAFE, 93) + "AA"


def google_api_key(rng):
    return "AIza" + rs(rng, URLSAFE, 35)


def twilio_sid(rng, prefix="AC"):
    return prefix + rs(rng, HEX, 32)


def sendgrid_key(rng):
    return "SG." + rs(rng, URLSAFE, 22) + "." + rs(rng, URLSAFE, 43)


def pypi_token(rng):
    return "pypi-AgEIcHlwaS5vcmcCJD" + rs(rng, URLSAFE, 150)


def hf_token(rng):
    return "hf_" + rs(rng, string.ascii_letters, 34)


def azure_sas_sig(rng):
    return urlenc(base64.b64encode(rbytes(rng, 32)).decode())


def telegram_bot(rng):
    return rs(rng, string.digits, 10) + ":AA" + rs(rng, URLSAFE, 33)


def jwt(rng, payload, alg="HS256"):
    h = b64url_nopad(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")))
    sig = b64url_nopad(rbytes(rng, 256 if alg.startswith("RS") else 32))
    return "%s.%s.%s" % (h, p, sig)


def _sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def ed25519_pub_blob(rng):
    return _sshstr("ssh-ed25519") + _sshstr(rbytes(rng, 32))


def ssh_ed25519_pub(rng, comment):
    return "ssh-ed25519 " + base64.b64encode(ed25519_pub_blob(rng)).decode() + " " + comment


def ssh_rsa_pub(rng, comment):
    blob = _sshstr("ssh-rsa") + _sshstr(b"\x01\x00\x01") + _sshstr(b"\x00" + bytes([0xC0 | rng.getrandbits(6)]) + rbytes(rng, 383))
    return "ssh-rsa " + base64.b64encode(blob).decode() + " " + comment


def openssh_private_ed25519(rng, comment):
    pub = rbytes(rng, 32)
    seed = rbytes(rng, 32)
    pubblob = _sshstr("ssh-ed25519") + _sshstr(pub)
    chk = rbytes(rng, 4)
    priv = chk + chk + _sshstr("ssh-ed25519") + _sshstr(pub) + _sshstr(seed + pub) + _sshstr(comment)
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + _sshstr("none") + _sshstr("none") + _sshstr(b"")
            + struct.pack(">I", 1) + _sshstr(pubblob) + _sshstr(priv))
    body = wrap64(base64.b64encode(blob).decode(), 70)
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----\n"


def rsa_private_pkcs1(rng):
    der = b"\x30\x82\x04\xa3\x02\x01\x00\x02\x82\x01\x01\x00" + rbytes(rng, 1179)
    return ("-----BEGIN RSA PRIVATE KEY-----\n" + wrap64(base64.b64encode(der).decode())
            + "\n-----END RSA PRIVATE KEY-----\n")


def rsa_private_pkcs8(rng):
    der = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100") + rbytes(rng, 1180)
    return ("-----BEGIN PRIVATE KEY-----\n" + wrap64(base64.b64encode(der).decode())
            + "\n-----END PRIVATE KEY-----\n")


def ec_private_p256(rng):
    der = (bytes.fromhex("30770201010420") + rbytes(rng, 32)
           + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(rng, 64))
    return ("-----BEGIN EC PRIVATE KEY-----\n" + wrap64(base64.b64encode(der).decode())
            + "\n-----END EC PRIVATE KEY-----\n")


def pgp_private_block(rng):
    body = wrap64(base64.b64encode(b"\x95\x03\xc6\x04" + rbytes(rng, 900)).decode())
    crc = "=" + base64.b64encode(rbytes(rng, 3)).decode()
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + body + "\n" + crc
            + "\n-----END PGP PRIVATE KEY BLOCK-----\n")


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def hexstr(rng, n):
    return rs(rng, HEX, n)
