"""Shared helpers for the blind20 corpus generator.

Everything random-looking comes from random.Random instances seeded with fixed
strings, so the output is byte-identical from run to run.  Standard library only.
"""
import base64
import binascii
import hashlib
import hmac
import json
import random
import struct
import urllib.parse

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
URLSAFE = B62 + "-_"
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def rng(label):
    """A dedicated generator per module/label so edits in one module do not
    shift the random material of another."""
    return random.Random("blind20/" + label)


def case(technique, source, tool, payload):
    return {"technique": technique, "source": source, "tool": tool, "payload": payload}


def pick(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def jdump(obj):
    """Compact JSON as an agent framework would put it into an 'arguments' string."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def pct(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode())


def html_entities(s):
    return "".join("&#%d;" % ord(c) for c in s)


def html_hex_entities(s):
    return "".join("&#x%x;" % ord(c) for c in s)


def js_u_escape(s):
    return "".join("\\u%04x" % ord(c) for c in s)


def x_escape(s):
    return "".join("\\x%02x" % ord(c) for c in s)


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
    """Unicode TAG block smuggling (U+E0000 + ASCII)."""
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def zw_interleave(s, every=1, zw="\u200b"):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if c != " " and i % every == 0:
            out.append(zw)
    return "".join(out)


def ps_encoded(cmd):
    """PowerShell -EncodedCommand: base64 of UTF-16LE."""
    return base64.b64encode(cmd.encode("utf-16-le")).decode()


# ---------------------------------------------------------------- identities

FIRST = ["Maria", "Daniel", "Priya", "Tomasz", "Aiko", "Lucas", "Fatima", "Jonas", "Elena",
         "Kwame", "Sofia", "Mateo", "Ingrid", "Hiroshi", "Chloe", "Rahul", "Ana", "Oliver",
         "Yasmin", "Pieter", "Lena", "Marco", "Grace", "Emre"]
LAST = ["Kowalski", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Schneider", "Haddad", "Ferreira",
        "Novak", "Brennan", "Castillo", "Van Dijk", "Rossi", "Nakamura", "Petrov", "Iyer",
        "Hughes", "Yilmaz", "Andersen", "Dubois"]


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def uuid4(r):
    h = pick(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def public_ip(r):
    # avoid private/reserved ranges
    while True:
        a = r.randint(23, 223)
        if a in (10, 100, 127, 169, 172, 192, 198, 203):
            continue
        return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


# ---------------------------------------------------------------- token formats

def base62(n, width):
    s = ""
    while n:
        n, rem = divmod(n, 62)
        s = B62[rem] + s
    return s.rjust(width, "0")


def github_token(r, prefix="ghp_"):
    """GitHub token: prefix + 30 random base62 + 6 char base62 CRC32 of the random part."""
    body = pick(r, B62, 30)
    crc = binascii.crc32(body.encode()) & 0xFFFFFFFF
    return prefix + body + base62(crc, 6)


def github_fine_grained(r):
    return "github_pat_" + pick(r, B62, 22) + "_" + pick(r, B62, 59)


def npm_token(r):
    return github_token(r, "npm_")


def gitlab_pat(r):
    return "glpat-" + pick(r, URLSAFE, 20)


def aws_key_pair(r, temporary=False):
    kid = ("ASIA" if temporary else "AKIA") + pick(r, B32, 16)
    secret = pick(r, B62 + "/+", 40)
    return kid, secret


def aws_session_token(r):
    raw = bytes(r.getrandbits(8) for _ in range(300))
    return "IQoJb3JpZ2luX2VjE" + b64(raw)[:340]


def slack_bot(r):
    return "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 12, 10 ** 13 - 1), pick(r, B62, 24))


def slack_user(r):
    return "xoxp-%d-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 10, 10 ** 12),
                                 r.randint(10 ** 12, 10 ** 13 - 1), pick(r, HEX, 32))


def slack_webhook(r):
    up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (pick(r, up, 8), pick(r, up, 10), pick(r, B62, 24))


def stripe_key(r, kind="sk_live_"):
    return kind + "51" + pick(r, B62, 97)


def google_api_key(r):
    return "AIza" + pick(r, URLSAFE, 35)


def google_oauth_secret(r):
    return "GOCSPX-" + pick(r, URLSAFE, 28)


def openai_key(r):
    return "sk-proj-" + pick(r, URLSAFE, 74) + "T3BlbkFJ" + pick(r, URLSAFE, 74)


def anthropic_key(r):
    return "sk-ant-api03-" + pick(r, URLSAFE, 93) + "AA"


def twilio(r):
    return "AC" + pick(r, HEX, 32), pick(r, HEX, 32), "SK" + pick(r, HEX, 32)


def sendgrid(r):
    return "SG." + pick(r, URLSAFE, 22) + "." + pick(r, URLSAFE, 43)


def azure_storage_key(r):
    return b64(bytes(r.getrandbits(8) for _ in range(64)))


def azure_client_secret(r):
    return pick(r, B62, 3) + "8Q~" + pick(r, B62 + "_~.-", 34)


def discord_bot(r):
    snow = str(r.randint(9 * 10 ** 17, 12 * 10 ** 17))
    return b64url_nopad(snow.encode()) + "." + pick(r, URLSAFE, 6) + "." + pick(r, URLSAFE, 38)


def shopify_token(r):
    return "shpat_" + pick(r, HEX, 32)


def vault_token(r):
    return "hvs.CAESI" + pick(r, URLSAFE, 43) + "Gh4KHGh2cy4" + pick(r, B62, 24)


def _varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def pypi_token(r, project=None):
    """PyPI API token: 'pypi-' + base64url(macaroon v2)."""
    def field(t, data):
        return bytes([t]) + _varint(len(data)) + data
    ident = uuid4(r).encode()
    caveat = json.dumps([1, [project]] if project else {"permissions": "user", "version": 1}).encode()
    sig = bytes(r.getrandbits(8) for _ in range(32))
    m = b"\x02" + field(1, b"pypi.org") + field(2, ident) + b"\x00"
    m += field(2, caveat) + b"\x00" + b"\x00" + field(6, sig)
    return "pypi-" + b64url_nopad(m)


def jwt_hs256(r, claims, secret=None):
    secret = secret or bytes(r.getrandbits(8) for _ in range(32))
    h = b64url_nopad(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(claims, separators=(",", ":")).encode())
    sig = hmac.new(secret, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url_nopad(sig)


def password(r, n=18):
    return pick(r, B62 + "!#%*+-_", n)


# ---------------------------------------------------------------- RSA (PKCS#1)

def _is_probable_prime(n, r):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(24):
        a = r.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(r, bits):
    while True:
        c = r.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if _is_probable_prime(c, r):
            return c


def _der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return b"\x02" + _der_len(len(b)) + b


def _der_seq(parts):
    body = b"".join(parts)
    return b"\x30" + _der_len(len(body)) + body


def _pem(label, der):
    s = b64(der)
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)


def rsa_private_pem(r, bits=2048, pkcs8=False):
    e = 65537
    while True:
        p = _prime(r, bits // 2)
        q = _prime(r, bits // 2)
        phi = (p - 1) * (q - 1)
        if p != q and phi % e:
            break
    n = p * q
    d = pow(e, -1, phi)
    der = _der_seq([_der_int(x) for x in (0, n, e, d, p, q, d % (p - 1), d % (q - 1), pow(q, -1, p))])
    if pkcs8:
        algo = bytes.fromhex("300d06092a864886f70d0101010500")
        der = _der_seq([_der_int(0), algo, b"\x04" + _der_len(len(der)) + der])
        return _pem("PRIVATE KEY", der)
    return _pem("RSA PRIVATE KEY", der)


# ---------------------------------------------------------------- Ed25519 / OpenSSH

_P = 2 ** 255 - 19
_L = 2 ** 252 + 27742317777372353535851937790883648493
_D = -121665 * pow(121666, _P - 2, _P) % _P
_GY = 4 * pow(5, _P - 2, _P) % _P


def _xrecover(y):
    xx = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P)
    x = pow(xx, (_P + 3) // 8, _P)
    if (x * x - xx) % _P != 0:
        x = x * pow(2, (_P - 1) // 4, _P) % _P
    if x % 2 != 0:
        x = _P - x
    return x


_G = (_xrecover(_GY), _GY, 1, _xrecover(_GY) * _GY % _P)


def _padd(a, b):
    x1, y1, z1, t1 = a
    x2, y2, z2, t2 = b
    A = (y1 - x1) * (y2 - x2) % _P
    B = (y1 + x1) * (y2 + x2) % _P
    C = t1 * 2 * _D * t2 % _P
    D = z1 * 2 * z2 % _P
    E, F, G, H = B - A, D - C, D + C, B + A
    return (E * F % _P, G * H % _P, F * G % _P, E * H % _P)


def _pmul(s, pt):
    q = (0, 1, 1, 0)
    while s:
        if s & 1:
            q = _padd(q, pt)
        pt = _padd(pt, pt)
        s >>= 1
    return q


def _penc(pt):
    x, y, z, _ = pt
    zi = pow(z, _P - 2, _P)
    x, y = x * zi % _P, y * zi % _P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def ed25519_keypair(r):
    seed = bytes(r.getrandbits(8) for _ in range(32))
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    pk = _penc(_pmul(a, _G))
    return seed, pk


def _sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def ssh_ed25519_public(pk, comment):
    blob = _sshstr("ssh-ed25519") + _sshstr(pk)
    return "ssh-ed25519 " + b64(blob) + (" " + comment if comment else "")


def openssh_ed25519_private(r, comment):
    seed, pk = ed25519_keypair(r)
    pub = _sshstr("ssh-ed25519") + _sshstr(pk)
    chk = r.getrandbits(32)
    priv = struct.pack(">II", chk, chk) + _sshstr("ssh-ed25519") + _sshstr(pk) + _sshstr(seed + pk) + _sshstr(comment)
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = b"openssh-key-v1\x00" + _sshstr("none") + _sshstr("none") + _sshstr(b"") + struct.pack(">I", 1)
    blob += _sshstr(pub) + _sshstr(priv)
    s = b64(blob)
    lines = [s[i:i + 70] for i in range(0, len(s), 70)]
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) +
            "\n-----END OPENSSH PRIVATE KEY-----\n"), ssh_ed25519_public(pk, comment)


def ed25519_public_line(r, comment):
    _, pk = ed25519_keypair(r)
    return ssh_ed25519_public(pk, comment)


def sha256_hex(r):
    return hashlib.sha256(bytes(r.getrandbits(8) for _ in range(64))).hexdigest()


def iban(country, bban):
    """IBAN with correct ISO 13616 mod-97 check digits."""
    def num(s):
        return "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num(bban + country + "00")) % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_group(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def rot13(s):
    import codecs
    return codecs.encode(s, "rot13")
