"""The client: requests, tokens, approvals, and the calls to ``aigos serve``."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import ssl
import struct
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional

import jwt
import rfc8785
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

GOVERNANCE_TYP = "AIGOS-GOV+jwt"
APPROVAL_TYP = "aigos-approval/v1"
_ZERO_HASH = "sha256:" + "0" * 64


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def action_hash(request: Dict[str, Any]) -> str:
    """The action hash the Guard computes: base64url (no padding) of the
    SHA-256 of the request's RFC 8785 canonical JSON.

    ``request`` must be complete, as :meth:`Agent.request` builds it: the
    Guard hashes every field it reads, defaults included.
    """
    return _b64url(hashlib.sha256(rfc8785.dumps(request)).digest())


def _load_key(key_pem: bytes):
    key = serialization.load_pem_private_key(key_pem, password=None)
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return key, "EdDSA"
    if isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name == "secp256r1":
        return key, "ES256"
    raise ValueError("an aigos key is Ed25519 or ECDSA P-256")


def _raw_signature(key, algorithm: str, data: bytes) -> bytes:
    if algorithm == "EdDSA":
        return key.sign(data)
    r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hashes.SHA256())))
    return r.to_bytes(32, "big") + s.to_bytes(32, "big")


class Agent:
    """An agent: its id, its running instance, and the key registered to it."""

    def __init__(self, agent_id: str, instance_id: str, key_pem: bytes, kid: str, audience: str = "aigos-guard"):
        self.agent_id = agent_id
        self.instance_id = instance_id
        self.kid = kid
        self.audience = audience
        self._key, self.algorithm = _load_key(key_pem)

    def request(
        self,
        tool: str,
        *,
        action: str = "tool_call",
        resource: str = "",
        severity: str = "LOW",
        environment: str = "production",
        payload: Any = None,
        estimated_cost_usd: Optional[float] = None,
        timestamp: Optional[int] = None,
        lineage: Optional[Dict[str, Any]] = None,
    ) -> Dict[str, Any]:
        """The complete request (every field the Guard reads, in its JSON
        form), so that :func:`action_hash` agrees with the Guard's."""
        request: Dict[str, Any] = {
            "agent_id": self.agent_id,
            "instance_id": self.instance_id,
            "action": action,
            "tool": tool,
            "resource": resource,
            "severity": severity,
            "environment": environment,
            "payload": payload,
            "timestamp": int(time.time()) if timestamp is None else timestamp,
            "lineage": lineage
            or {"generation_depth": 0, "parent_instance_id": None, "root_instance_id": self.instance_id},
        }
        if estimated_cost_usd is not None:
            request["estimated_cost_usd"] = estimated_cost_usd
        return request

    def token(self, request: Optional[Dict[str, Any]] = None, *, ttl: int = 60, aigos: Optional[Dict[str, Any]] = None) -> str:
        """A fresh governance token (single use): bound to ``request`` by
        its action hash when one is given."""
        now = int(time.time())
        claims: Dict[str, Any] = {
            "sub": self.agent_id,
            "aud": [self.audience],
            "iat": now,
            "exp": now + ttl,
            "jti": str(uuid.uuid4()),
        }
        if request is not None:
            claims["ahash"] = action_hash(request)
        if aigos is not None:
            claims["aigos"] = aigos
        return jwt.encode(claims, self._key, algorithm=self.algorithm, headers={"typ": GOVERNANCE_TYP, "kid": self.kid})

    def heartbeat_token(self, tools: Optional[List[str]] = None) -> str:
        """A token whose AIGOS claims name this instance (``/v1/heartbeat``).
        The Guard takes only the instance from them and holds it against
        its own records."""
        aigos = {
            "version": "1.0",
            "identity": {"instance_id": self.instance_id, "asset_id": self.agent_id, "asset_name": self.agent_id, "asset_version": "1"},
            "governance": {"risk_level": "limited", "golden_thread": {"hash": _ZERO_HASH, "verified": True, "ticket_id": "heartbeat"}, "mode": "NORMAL"},
            "control": {"kill_switch": {"enabled": True, "channel": "sse"}, "paused": False, "termination_pending": False},
            "capabilities": {"hash": _ZERO_HASH, "tools": tools or [], "max_budget_usd": None, "can_spawn": False, "max_child_depth": 0},
            "lineage": {"generation_depth": 0, "parent_instance_id": None, "root_instance_id": self.instance_id},
        }
        return self.token(aigos=aigos)


def totp(secret_base32: str, at: Optional[float] = None, step: int = 30, digits: int = 6) -> str:
    """An RFC 6238 TOTP code (HMAC-SHA1), as a human approver's
    authenticator shows it."""
    secret = base64.b32decode(secret_base32 + "=" * (-len(secret_base32) % 8), casefold=True)
    counter = int((time.time() if at is None else at) // step)
    mac = hmac.new(secret, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    code = (struct.unpack(">I", mac[offset : offset + 4])[0] & 0x7FFFFFFF) % (10**digits)
    return str(code).zfill(digits)


def sign_approval(key_pem: bytes, kid: str, approver: str, ahash: str, rationale: str, expires_at: int) -> Dict[str, Any]:
    """A signed approval of one action (an expert's for a coalition, or a
    human's for MFA), as approval evidence."""
    key, algorithm = _load_key(key_pem)
    signed = {"typ": APPROVAL_TYP, "approver": approver, "kid": kid, "ahash": ahash, "rationale": rationale, "expires_at": expires_at}
    signature = _raw_signature(key, algorithm, rfc8785.dumps(signed))
    evidence = {k: v for k, v in signed.items() if k != "typ"}
    evidence.update({"type": "signed", "signature": _b64url(signature)})
    return evidence


class GuardError(Exception):
    """The Guard answered with an error status (not a decision)."""

    def __init__(self, status: int, body: Any):
        self.status = status
        self.body = body
        self.code = body.get("code") if isinstance(body, dict) else None
        super().__init__(f"HTTP {status}: {body}")


class PermitRefused(GuardError):
    """The permit was refused (``code`` says why: PERMIT_USED, PERMIT_ACTION_MISMATCH, ...)."""


@dataclass
class Outcome:
    """The Guard's decision on one request."""

    status: str
    validation_id: str
    permit: Optional[str]
    reasons: List[str]
    challenge: Optional[Dict[str, Any]]
    raw: Dict[str, Any] = field(repr=False)

    @property
    def approved(self) -> bool:
        return self.status == "APPROVED"


class GuardClient:
    """The calls to one ``aigos serve``. TLS is verified against ``cafile``
    (the deployment's CA) or the system's roots; ``client_cert`` is a PEM
    file holding a client certificate and its key (mTLS);
    ``operator_token`` authorizes the operator endpoints."""

    def __init__(
        self,
        base_url: str,
        *,
        cafile: Optional[str] = None,
        client_cert: Optional[str] = None,
        operator_token: Optional[str] = None,
        timeout: float = 10.0,
    ):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.operator_token = operator_token
        self._context = None
        if self.base_url.startswith("https://"):
            self._context = ssl.create_default_context(cafile=cafile)
            if client_cert:
                self._context.load_cert_chain(client_cert)

    def _call(self, method: str, path: str, body: Any = None, operator: bool = False) -> tuple:
        # RFC 8785 on the wire too: the Guard reads numbers as I-JSON and
        # refuses a spelling (5.0, 1e16) other than the canonical one.
        data = None if body is None else rfc8785.dumps(body)
        req = urllib.request.Request(self.base_url + path, data=data, method=method)
        req.add_header("Accept", "application/json")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if operator and self.operator_token:
            req.add_header("Authorization", "Bearer " + self.operator_token)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout, context=self._context) as r:
                return r.status, json.loads(r.read() or b"null")
        except urllib.error.HTTPError as e:
            raw = e.read()
            try:
                return e.code, json.loads(raw)
            except ValueError:
                return e.code, {"error": raw.decode(errors="replace")}

    def validate(self, agent: Agent, request: Dict[str, Any], approvals: Optional[List[Dict[str, Any]]] = None) -> Outcome:
        """Asks for one action with a fresh token; returns the decision
        (APPROVED, REQUIRES_MFA, REQUIRES_COE or REJECTED)."""
        body = dict(request)
        body["token"] = agent.token(request)
        if approvals:
            body["approvals"] = approvals
        status, answer = self._call("POST", "/v1/validate", body)
        if status != 200:
            raise GuardError(status, answer)
        return Outcome(
            status=answer["status"],
            validation_id=answer.get("validation_id", ""),
            permit=answer.get("permit"),
            reasons=answer.get("reasons", []),
            challenge=answer.get("challenge"),
            raw=answer,
        )

    def validate_with_approval(
        self,
        agent: Agent,
        request: Dict[str, Any],
        approve: Callable[[Outcome, str], List[Dict[str, Any]]],
    ) -> Outcome:
        """As :meth:`validate`; a REQUIRES_MFA or REQUIRES_COE decision is
        handed to ``approve(outcome, ahash)``, which returns the evidence
        (TOTP codes with the challenge id, signed approvals), and the same
        request is resubmitted once with it and a fresh token."""
        outcome = self.validate(agent, request)
        if outcome.status in ("REQUIRES_MFA", "REQUIRES_COE"):
            evidence = approve(outcome, action_hash(request))
            if evidence:
                outcome = self.validate(agent, request, evidence)
        return outcome

    def verify_permit(self, permit: str, request: Dict[str, Any]) -> Dict[str, Any]:
        """An executor's check, once, of the permit for exactly ``request``;
        raises :class:`PermitRefused` when the Guard refuses it."""
        status, answer = self._call("POST", "/v1/permits/verify", {"permit": permit, "request": request})
        if status == 200 and answer.get("ok") is True:
            return answer
        if status == 403:
            raise PermitRefused(status, answer)
        raise GuardError(status, answer)

    def heartbeat(self, agent: Agent) -> Dict[str, Any]:
        """Renews the agent instance's lease."""
        status, answer = self._call("POST", "/v1/heartbeat", {"token": agent.heartbeat_token()})
        if status != 200:
            raise GuardError(status, answer)
        return answer

    def kill(self, command: Dict[str, Any]) -> Dict[str, Any]:
        """Posts a signed kill command (``aigos killswitch sign`` prints one)."""
        status, answer = self._call("POST", "/v1/kill", command)
        if status != 200:
            raise GuardError(status, answer)
        return answer

    def dashboard(self) -> Dict[str, Any]:
        """The operator's dashboard (needs ``operator_token`` or an operator certificate)."""
        status, answer = self._call("GET", "/v1/dashboard", operator=True)
        if status != 200:
            raise GuardError(status, answer)
        return answer

    def jwks(self) -> Dict[str, Any]:
        """The permit verification keys."""
        status, answer = self._call("GET", "/.well-known/jwks.json")
        if status != 200:
            raise GuardError(status, answer)
        return answer
