"""Interoperability of `aigos` keys and tokens with PyJWT + cryptography.

Run by `cargo xtask ci` inside a virtualenv it creates:
    python pyjwt_interop.py path/to/aigos
Prints one line per check and a closing `N passed, M failed`.
"""

import base64
import hashlib
import hmac
import json
import subprocess
import sys
import tempfile
import time
import uuid

import jwt
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from jwt import PyJWKSet

AIGOS = sys.argv[1]
results = {"passed": 0, "failed": 0}


def check(name, ok, detail=""):
    results["passed" if ok else "failed"] += 1
    print(("ok      " if ok else "FAILED  ") + name + (f": {detail}" if detail and not ok else ""))


def aigos(*args, stdin=""):
    return subprocess.run([AIGOS, *args], input=stdin, capture_output=True, text=True)


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def hs256_by_hand(claims, kid, secret):
    # PyJWT (rightly) refuses to HMAC with a JWK, so the attacker's token is
    # assembled by hand.
    header = b64url(json.dumps({"alg": "HS256", "typ": "AIGOS-GOV+jwt", "kid": kid}).encode())
    payload = b64url(json.dumps(claims).encode())
    mac = hmac.new(secret, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{b64url(mac)}"


def verify_with_aigos(jwks_path, token):
    out = aigos("token", "verify", "--jwks", jwks_path, "--aud", "svc", stdin=token + "\n")
    lines = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    return out.returncode, lines


with tempfile.TemporaryDirectory() as d:
    jwks_path = f"{d}/jwks.json"
    for alg, jose in (("es256", "ES256"), ("eddsa", "EdDSA")):
        kid = f"k-{alg}"
        r = aigos("keygen", "--alg", alg, "--kid", kid, "--out", d)
        check(f"{jose}: aigos keygen", r.returncode == 0, r.stderr)

        with open(f"{d}/{kid}.key.pem", "rb") as fh:
            private = load_pem_private_key(fh.read(), password=None)
        check(f"{jose}: keygen PKCS#8 PEM loads in cryptography", private is not None)
        with open(jwks_path) as fh:
            jwks = PyJWKSet.from_dict(json.load(fh))
        check(f"{jose}: keygen jwks.json loads in PyJWT", jwks[kid] is not None)

        token = aigos("token", "issue", "--key", f"{d}/{kid}.key.pem", "--kid", kid, "--aud", "svc", "--sub", "agent-1").stdout.strip()
        header = jwt.get_unverified_header(token)
        check(f"{jose}: header", header == {"alg": jose, "typ": "AIGOS-GOV+jwt", "kid": kid}, str(header))
        try:
            claims = jwt.decode(token, key=jwks[kid], algorithms=[jose], audience="svc")
            check(f"{jose}: aigos token verifies in PyJWT (JWKS)", claims["sub"] == "agent-1", str(claims))
            jwt.decode(token, key=private.public_key(), algorithms=[jose], audience="svc")
            check(f"{jose}: aigos token verifies in PyJWT (PEM key)", True)
        except Exception as e:  # noqa: BLE001 - report any failure as a failed check
            check(f"{jose}: aigos token verifies in PyJWT", False, repr(e))

        now = int(time.time())
        claims = {"sub": "agent-2", "aud": "svc", "iat": now, "nbf": now, "exp": now + 120, "jti": str(uuid.uuid4())}
        pyjwt_token = jwt.encode(claims, private, algorithm=jose, headers={"typ": "AIGOS-GOV+jwt", "kid": kid})
        code, lines = verify_with_aigos(jwks_path, pyjwt_token)
        check(f"{jose}: PyJWT token verifies with aigos", code == 0 and lines and lines[0]["ok"] is True, str(lines))

        # Negative controls: PyJWT's default typ, and an HS256 token keyed with
        # the public JWK (the classic algorithm-confusion attack).
        plain = jwt.encode(dict(claims, jti=str(uuid.uuid4())), private, algorithm=jose, headers={"kid": kid})
        code, lines = verify_with_aigos(jwks_path, plain)
        check(f"{jose}: PyJWT token with typ JWT rejected", code == 1 and lines[0]["ok"] is False, str(lines))
        confused = hs256_by_hand(dict(claims, jti=str(uuid.uuid4())), kid, json.dumps(jwks[kid]._jwk_data).encode())
        code, lines = verify_with_aigos(jwks_path, confused)
        check(f"{jose}: HS256 token keyed with the public JWK rejected", code == 1 and "INVALID_SIGNATURE" in lines[0]["error"], str(lines))

print(f"{results['passed']} passed, {results['failed']} failed")
sys.exit(1 if results["failed"] else 0)
