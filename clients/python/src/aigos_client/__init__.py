"""Python client of ``aigos serve``: the aigos Guard over HTTPS.

An agent builds the canonical request of each action it wants to take, signs
a governance token bound to it (the token's ``ahash`` is the base64url
SHA-256 of the request's RFC 8785 form), and asks the Guard. An approved
action comes back with a permit; the tool executor checks the permit once
with the Guard before running the action.

>>> from aigos_client import Agent, GuardClient            # doctest: +SKIP
>>> agent = Agent("demo-agent", "demo-agent-1", open("keys/demo-agent.key.pem", "rb").read(), "demo-agent-key-1")
>>> guard = GuardClient("https://127.0.0.1:8443", cafile="certs/ca.pem")
>>> request = agent.request("config.update", action="config_change", payload={"key": "log_level", "value": "info"})
>>> outcome = guard.validate(agent, request)
>>> outcome.status
'APPROVED'
>>> guard.verify_permit(outcome.permit, request)["ok"]
True
"""

from .client import (
    Agent,
    GuardClient,
    GuardError,
    Outcome,
    PermitRefused,
    action_hash,
    sign_approval,
    totp,
)

__all__ = [
    "Agent",
    "GuardClient",
    "GuardError",
    "Outcome",
    "PermitRefused",
    "action_hash",
    "sign_approval",
    "totp",
]
