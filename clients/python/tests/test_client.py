"""The Python client against a real ``aigos serve``: each attack next to its
positive control, approvals resubmitted with evidence, permits checked once,
and the example agent loop run end to end."""

import json
import pathlib
import subprocess
import sys
import time

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from aigos_client import Agent, GuardClient, GuardError, PermitRefused, action_hash, sign_approval, totp

EXAMPLE = pathlib.Path(__file__).resolve().parents[1] / "examples/agent_loop.py"


def agent(setup, key_pem=None):
    key = key_pem or (setup / "keys/demo-agent.key.pem").read_bytes()
    return Agent("demo-agent", "demo-agent-1", key, "demo-agent-key-1")


def client(server, **kw):
    return GuardClient(server.url, cafile=str(server.setup / "certs/ca.pem"), **kw)


def stranger_key():
    return ed25519.Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def test_action_hash_is_rfc8785_over_the_whole_request():
    a = {"b": 1, "a": [1.0, 1e21, 0.1], "c": "é"}
    b = {"c": "é", "a": [1, 1e21, 0.1], "b": 1.0}
    assert action_hash(a) == action_hash(b), "key order and number spelling do not change the hash"
    assert action_hash(a) != action_hash({**a, "b": 2})
    assert len(action_hash(a)) == 43


def test_totp_matches_rfc6238_vectors():
    # RFC 6238 appendix B, SHA-1, secret "12345678901234567890".
    secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
    assert totp(secret, at=59, digits=8) == "94287082"
    assert totp(secret, at=1111111109, digits=8) == "07081804"
    assert totp(secret, at=20000000000, digits=8) == "65353130"


def test_an_approved_action_runs_once_with_its_permit(server):
    g, a = client(server), agent(server.setup)
    request = a.request(
        "config.update",
        action="config_change",
        payload={"key": "log_level", "value": "info", "ratio": 0.1, "amount": 2.0, "tiny": 1e-7, "zero": -0.0},
        estimated_cost_usd=5.0,
    )
    outcome = g.validate(a, request)
    assert outcome.status == "APPROVED", outcome.reasons
    assert g.verify_permit(outcome.permit, request)["ok"] is True
    # Attack: the executor asked twice (a second executor, a retry, a replay).
    with pytest.raises(PermitRefused) as e:
        g.verify_permit(outcome.permit, request)
    assert e.value.code == "PERMIT_USED"
    # Attack: the permit presented for another action.
    other = a.request("config.update", action="config_change", payload={"key": "log_level", "value": "debug"})
    second = g.validate(a, other)
    with pytest.raises(PermitRefused) as e:
        g.verify_permit(second.permit, request)
    assert e.value.code == "PERMIT_ACTION_MISMATCH"
    assert g.jwks()["keys"][0]["kid"] == "guard-1"


def test_a_token_of_another_key_or_another_action_is_rejected(server):
    g, a = client(server), agent(server.setup)
    request = a.request("config.update", action="config_change", payload={"key": "log_level", "value": "info"})
    # Attack: the agent's kid, an attacker's key.
    outcome = g.validate(agent(server.setup, stranger_key()), request)
    assert outcome.status == "REJECTED" and outcome.permit is None
    # Attack: a token bound to one action sent with another.
    body = dict(request)
    body["token"] = a.token(a.request("config.update", action="config_change", payload={"key": "x", "value": "y"}))
    status, answer = g._call("POST", "/v1/validate", body)
    assert status == 200 and answer["status"] == "REJECTED", answer
    # Not a request at all.
    status, answer = g._call("POST", "/v1/validate", {"agent_id": "demo-agent"})
    assert (status, answer["code"]) == (400, "REQUEST_MALFORMED")


def test_mfa_is_answered_with_the_operators_code_for_the_challenge(server):
    g, a = client(server), agent(server.setup)
    secret = next(x for x in json.loads((server.setup / "approvers.json").read_text()) if x["id"] == "operator")["totp"]["secret_base32"]
    request = a.request("system.maintenance", action="system_maintenance", severity="CRITICAL", payload={"window": "02:00-03:00"})
    seen = []

    def approve(outcome, ahash):
        seen.append(outcome.status)
        return [{"type": "totp", "approver": "operator", "code": totp(secret), "challenge": outcome.challenge["id"]}]

    outcome = g.validate_with_approval(a, request, approve)
    assert seen == ["REQUIRES_MFA"]
    assert outcome.status == "APPROVED", outcome.reasons
    # Attack: a wrong code is not an approval.
    request = a.request("system.maintenance", action="system_maintenance", severity="CRITICAL", payload={"window": "04:00-05:00"})
    first = g.validate(a, request)
    wrong = "000000" if totp(secret) != "000000" else "111111"
    again = g.validate(a, request, [{"type": "totp", "approver": "operator", "code": wrong, "challenge": first.challenge["id"]}])
    assert again.status != "APPROVED"


def test_a_coalition_of_experts_signs_the_action_hash(server):
    g, a = client(server), agent(server.setup)
    request = a.request("incident.respond", action="emergency_response", severity="EMERGENCY", payload={"incident": "INC-42", "action": "failover"})
    expires = int(time.time()) + 600

    def experts(names):
        return [
            sign_approval((server.setup / f"keys/{n}.key.pem").read_bytes(), f"{n}-key", n, action_hash(request), "outage confirmed", expires)
            for n in names
        ]

    first = g.validate(a, request)
    assert first.status == "REQUIRES_COE"
    # Attack: one expert signing twice is not two experts.
    assert g.validate(a, request, experts(["expert-1", "expert-1"])).status != "APPROVED"
    # Attack: a signature over another action.
    other = sign_approval((server.setup / "keys/expert-2.key.pem").read_bytes(), "expert-2-key", "expert-2", action_hash({"x": 1}), "r", expires)
    assert g.validate(a, request, experts(["expert-1"]) + [other]).status != "APPROVED"
    assert g.validate(a, request, experts(["expert-1", "expert-2"])).status == "APPROVED"


def test_heartbeat_and_operator_endpoints(server):
    g, a = client(server), agent(server.setup)
    lease = g.heartbeat(a)
    assert lease["instance_id"] == "demo-agent-1" and lease["lease_secs"] > 0
    # Attack: the operator's dashboard without, then with a wrong, credential.
    with pytest.raises(GuardError) as e:
        g.dashboard()
    assert e.value.status == 401
    with pytest.raises(GuardError) as e:
        client(server, operator_token="guess").dashboard()
    assert e.value.status == 401
    token = (server.setup / "keys/operator.token").read_text().strip()
    assert client(server, operator_token=token).dashboard()["overall_status"] == "OPERATIONAL"
    # mTLS with the operator's client certificate.
    pem = server.setup / "operator-client.pem"
    pem.write_bytes((server.setup / "certs/operator.pem").read_bytes() + (server.setup / "certs/operator.key.pem").read_bytes())
    assert client(server, client_cert=str(pem)).dashboard()["overall_status"] == "OPERATIONAL"


def test_the_example_agent_loop_runs(server):
    out = subprocess.run(
        [sys.executable, str(EXAMPLE), "--url", server.url, "--setup", str(server.setup)],
        capture_output=True, text=True, timeout=60,
    )
    assert out.returncode == 0, out.stderr
    results = dict(json.loads(out.stdout.strip().splitlines()[-1])["results"])
    assert results["config.update"] == "APPROVED"
    assert results["system.maintenance"] == "APPROVED", "MFA answered with the operator's code"
    assert results["data.read"] == "REJECTED", "the injection payload is stopped before it runs"
