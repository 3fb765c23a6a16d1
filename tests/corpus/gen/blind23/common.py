"""Shared helpers for the blind23 corpus generator (stdlib only, deterministic)."""
import base64
import binascii
import hashlib
import hmac
import json
import random
import string
import urllib.parse
import zlib

NAME = "blind23"

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
B64URL = string.ascii_letters + string.digits + "-_"
HEXL = "0123456789abcdef"

SRC_OWN = "own design (operational practice)"
SRC_PATT = "PayloadsAllTheThings"
SRC_OWASP = "OWASP"
SRC_SECL = "SecLists"
SRC_GTFO = "GTFOBins"
SRC_HT = "HackTricks"
SRC_PS = "PortSwigger Web Security Academy"


def rng(tag):
    """Deterministic RNG seeded with a fixed string."""
    return random.Random(f"{NAME}/{tag}")


def rand_str(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def E(tool, technique, source, payload):
    return {"tool": tool, "technique": technique, "source": source, "payload": payload}


# ---------------------------------------------------------------- encoders
def pct(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def pct_all(s):
    return "".join("%%%02x" % b for b in s.encode())


def dpct(s):
    return pct(pct(s))


def html_ent(s, hexa=False):
    if hexa:
        return "".join("&#x%x;" % ord(c) for c in s)
    return "".join("&#%d;" % ord(c) for c in s)


def u_esc(s):
    return "".join("\\u%04x" % ord(c) for c in s)


def x_esc(s):
    return "".join("\\x%02x" % b for b in s.encode())


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def b64url(b):
    if isinstance(b, str):
        b = b.encode()
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


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


def zwsp(s, every=1, ch="\u200b"):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if c.isalpha() and i % every == 0:
            out.append(ch)
    return "".join(out)


def tag_chars(s):
    """Unicode tag block smuggling (invisible ASCII)."""
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def ps_enc(cmd):
    """PowerShell -EncodedCommand (base64 of UTF-16LE)."""
    return base64.b64encode(cmd.encode("utf-16-le")).decode()


# ---------------------------------------------------------------- tokens
def base62(n, width=0):
    s = ""
    while n:
        n, rem = divmod(n, 62)
        s = B62[rem] + s
    return s.rjust(width, "0")


def gh_token(r, prefix="ghp_"):
    body = rand_str(r, 30)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def npm_token(r):
    return gh_token(r, "npm_")


def gh_fine_grained(r):
    return "github_pat_11" + rand_str(r, 20, string.ascii_uppercase + string.digits) + "_" + rand_str(r, 59)


def aws_key_id(r, account, prefix="AKIA"):
    """AKIA/ASIA id encoding the account number the way AWS does."""
    z = (int(account) << 7) | r.getrandbits(7)
    raw = z.to_bytes(6, "big") + bytes(r.getrandbits(8) for _ in range(4))
    return prefix + base64.b32encode(raw).decode()


def aws_secret(r):
    return rand_str(r, 40, ALNUM + "+/")


def jwt_hs256(header, claims, key):
    h = b64url(json.dumps(header, separators=(",", ":")))
    c = b64url(json.dumps(claims, separators=(",", ":")))
    sig = hmac.new(key.encode(), f"{h}.{c}".encode(), hashlib.sha256).digest()
    return f"{h}.{c}.{b64url(sig)}"


def pypi_token(r):
    ident = "%08x-%04x-%04x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), 0x4000 | r.getrandbits(12),
                                          0x8000 | r.getrandbits(14), r.getrandbits(48))
    cav = json.dumps({"version": 1, "permissions": {"projects": ["acme-sdk"]}}, separators=(",", ":")).encode()
    sig = bytes(r.getrandbits(8) for _ in range(32))
    raw = (b"\x02" + b"\x01\x08pypi.org" + b"\x02" + bytes([len(ident)]) + ident.encode() + b"\x00"
           + b"\x02" + bytes([len(cav)]) + cav + b"\x00\x00" + b"\x06\x20" + sig)
    return "pypi-" + b64url(raw)


def slack_bot(r):
    return "xoxb-%d-%d-%s" % (r.randint(10**10, 10**12), r.randint(10**11, 10**13), rand_str(r, 24))


def slack_user(r):
    return "xoxp-%d-%d-%d-%s" % (r.randint(10**10, 10**12), r.randint(10**10, 10**12),
                                 r.randint(10**11, 10**13), rand_str(r, 32, HEXL))


def slack_webhook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rand_str(r, 8, string.ascii_uppercase + string.digits),
        rand_str(r, 10, string.ascii_uppercase + string.digits), rand_str(r, 24))


def stripe_key(r, kind="sk_live_"):
    return kind + rand_str(r, 99 if kind.startswith(("sk", "rk")) else 24)


def google_api_key(r):
    return "AIza" + rand_str(r, 35, B64URL)


def openai_key(r):
    return "sk-proj-" + rand_str(r, 74, B64URL) + "T3BlbkFJ" + rand_str(r, 74, B64URL)


def anthropic_key(r):
    return "sk-ant-api03-" + rand_str(r, 93, B64URL) + "AA"


def twilio_sid(r, p="AC"):
    return p + rand_str(r, 32, HEXL)


def sendgrid_key(r):
    return "SG." + rand_str(r, 22, B64URL) + "." + rand_str(r, 43, B64URL)


def discord_bot_token(r):
    uid = str(r.randint(10**17, 2 * 10**18))
    return b64url(uid) + "." + rand_str(r, 6, B64URL) + "." + rand_str(r, 38, B64URL)


def telegram_token(r):
    return "%d:AA%s" % (r.randint(10**9, 8 * 10**9), rand_str(r, 33, B64URL))


def gitlab_pat(r):
    return "glpat-" + rand_str(r, 20, B64URL)


def azure_storage_key(r):
    return b64(bytes(r.getrandbits(8) for _ in range(64)))


def azure_client_secret(r):
    return rand_str(r, 3) + "8Q~" + rand_str(r, 34, ALNUM + "~._-")


def hf_token(r):
    return "hf_" + rand_str(r, 34, string.ascii_letters)


def rand_hex(r, n):
    return rand_str(r, n, HEXL)


# ---------------------------------------------------------------- DER / RSA
def _len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + _len(len(body)) + body


def der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return der(0x02, b)


def der_seq(*items):
    return der(0x30, b"".join(items))


def der_oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    body = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        body += bytes(reversed(enc))
    return der(0x06, body)


def _is_probable_prime(n, r):
    if n < 2:
        return False
    for sp in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47):
        if n % sp == 0:
            return n == sp
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


def rsa_key(tag, bits=2048):
    r = rng("rsa/" + tag)
    e = 65537
    while True:
        p, q = _prime(r, bits // 2), _prime(r, bits // 2)
        phi = (p - 1) * (q - 1)
        if p != q and phi % e:
            break
    n = p * q
    d = pow(e, -1, phi)
    return {"n": n, "e": e, "d": d, "p": p, "q": q}


def pem(label, der_bytes, width=64):
    b = base64.b64encode(der_bytes).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----\n"


def rsa_private_pem(k):
    body = der_seq(der_int(0), der_int(k["n"]), der_int(k["e"]), der_int(k["d"]), der_int(k["p"]),
                   der_int(k["q"]), der_int(k["d"] % (k["p"] - 1)), der_int(k["d"] % (k["q"] - 1)),
                   der_int(pow(k["q"], -1, k["p"])))
    return pem("RSA PRIVATE KEY", body)


def rsa_pkcs8_pem(k):
    pkcs1 = der_seq(der_int(0), der_int(k["n"]), der_int(k["e"]), der_int(k["d"]), der_int(k["p"]),
                    der_int(k["q"]), der_int(k["d"] % (k["p"] - 1)), der_int(k["d"] % (k["q"] - 1)),
                    der_int(pow(k["q"], -1, k["p"])))
    alg = der_seq(der_oid("1.2.840.113549.1.1.1"), b"\x05\x00")
    return pem("PRIVATE KEY", der_seq(der_int(0), alg, der(0x04, pkcs1)))


def _spki(k):
    alg = der_seq(der_oid("1.2.840.113549.1.1.1"), b"\x05\x00")
    pub = der_seq(der_int(k["n"]), der_int(k["e"]))
    return der_seq(alg, der(0x03, b"\x00" + pub))


def rsa_public_pem(k):
    return pem("PUBLIC KEY", _spki(k))


def _ssh_str(b):
    if isinstance(b, str):
        b = b.encode()
    return len(b).to_bytes(4, "big") + b


def _mpint(v):
    b = v.to_bytes((v.bit_length() + 8) // 8, "big")
    return _ssh_str(b)


def ssh_rsa_pub(k, comment):
    blob = _ssh_str("ssh-rsa") + _mpint(k["e"]) + _mpint(k["n"])
    return "ssh-rsa " + base64.b64encode(blob).decode() + " " + comment


def _name(cn, org, c):
    def rdn(oid, val, tag=0x0C):
        return der(0x31, der_seq(der_oid(oid), der(tag, val.encode())))
    return der_seq(rdn("2.5.4.6", c, 0x13), rdn("2.5.4.10", org), rdn("2.5.4.3", cn))


def self_signed_cert(k, cn, org, c, serial, not_before, not_after):
    alg = der_seq(der_oid("1.2.840.113549.1.1.11"), b"\x05\x00")
    name = _name(cn, org, c)
    validity = der_seq(der(0x17, not_before.encode()), der(0x17, not_after.encode()))
    tbs = der_seq(der(0xA0, der_int(2)), der_int(serial), alg, name, validity, name, _spki(k))
    digest_info = der_seq(der_seq(der_oid("2.16.840.1.101.3.4.2.1"), b"\x05\x00"),
                          der(0x04, hashlib.sha256(tbs).digest()))
    klen = (k["n"].bit_length() + 7) // 8
    em = b"\x00\x01" + b"\xff" * (klen - len(digest_info) - 3) + b"\x00" + digest_info
    sig = pow(int.from_bytes(em, "big"), k["d"], k["n"]).to_bytes(klen, "big")
    cert = der_seq(tbs, alg, der(0x03, b"\x00" + sig))
    return pem("CERTIFICATE", cert)


# ---------------------------------------------------------------- Ed25519
_P = 2 ** 255 - 19
_D = -121665 * pow(121666, _P - 2, _P) % _P
_I = pow(2, (_P - 1) // 4, _P)


def _xrecover(y):
    xx = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P)
    x = pow(xx, (_P + 3) // 8, _P)
    if (x * x - xx) % _P:
        x = x * _I % _P
    if x % 2:
        x = _P - x
    return x


_BY = 4 * pow(5, _P - 2, _P) % _P
_BX = _xrecover(_BY)
_B = (_BX, _BY, 1, _BX * _BY % _P)


def _add(P, Q):
    X1, Y1, Z1, T1 = P
    X2, Y2, Z2, T2 = Q
    A = (Y1 - X1) * (Y2 - X2) % _P
    B = (Y1 + X1) * (Y2 + X2) % _P
    C = T1 * 2 * _D * T2 % _P
    Dd = Z1 * 2 * Z2 % _P
    Ee, F, G, H = B - A, Dd - C, Dd + C, B + A
    return (Ee * F % _P, G * H % _P, F * G % _P, Ee * H % _P)


def _mul(s, P):
    Q = (0, 1, 1, 0)
    while s:
        if s & 1:
            Q = _add(Q, P)
        P = _add(P, P)
        s >>= 1
    return Q


def ed25519_pub(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    X, Y, Z, _ = _mul(a, _B)
    zi = pow(Z, _P - 2, _P)
    x, y = X * zi % _P, Y * zi % _P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def ed25519_keypair(tag):
    r = rng("ed25519/" + tag)
    seed = bytes(r.getrandbits(8) for _ in range(32))
    return seed, ed25519_pub(seed), r


def ssh_ed25519_pub(tag, comment):
    _, pk, _ = ed25519_keypair(tag)
    blob = _ssh_str("ssh-ed25519") + _ssh_str(pk)
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def openssh_ed25519_private(tag, comment):
    seed, pk, r = ed25519_keypair(tag)
    pub_blob = _ssh_str("ssh-ed25519") + _ssh_str(pk)
    check = r.getrandbits(32).to_bytes(4, "big")
    priv = check + check + _ssh_str("ssh-ed25519") + _ssh_str(pk) + _ssh_str(seed + pk) + _ssh_str(comment)
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + _ssh_str("none") + _ssh_str("none") + _ssh_str(b"")
            + (1).to_bytes(4, "big") + _ssh_str(pub_blob) + _ssh_str(priv))
    return pem("OPENSSH PRIVATE KEY", blob, width=70)


def sha256_hex(s):
    return hashlib.sha256(s.encode()).hexdigest()
