"""A tool-calling agent loop behind the aigos Guard.

The "model" proposes tool calls; each one is validated by the Guard before
it runs. An approved call comes with a permit that the executor checks once
with the Guard, then runs. A call that needs a human's second factor gets
the operator's TOTP code (read from the setup here; a person types it in
real life). A rejected call is reported back to the model instead of run.

    aigos init /tmp/aigos && aigos serve --config /tmp/aigos/aigos.toml &
    python examples/agent_loop.py --url https://127.0.0.1:8443 --setup /tmp/aigos
"""

import argparse
import json
import pathlib
import sys

from aigos_client import Agent, GuardClient, PermitRefused, totp

# What a model might propose: tool, action kind, severity, arguments.
PROPOSED = [
    ("config.update", "config_change", "LOW", {"key": "log_level", "value": "info"}),
    ("system.maintenance", "system_maintenance", "CRITICAL", {"window": "02:00-03:00"}),
    ("data.read", "data_access", "LOW", {"query": "SELECT name FROM users WHERE id = '1' OR '1'='1'; DROP TABLE users; --"}),
]

# The executor's tools: they run only with a permit the Guard accepted.
TOOLS = {
    "config.update": lambda args: f"set {args['key']}={args['value']}",
    "system.maintenance": lambda args: f"maintenance window {args['window']} scheduled",
    "data.read": lambda args: "rows: []",
}


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--url", required=True)
    p.add_argument("--setup", required=True, help="the aigos init directory (keys, CA, approvers)")
    a = p.parse_args()
    setup = pathlib.Path(a.setup)
    agent = Agent("demo-agent", "demo-agent-1", (setup / "keys/demo-agent.key.pem").read_bytes(), "demo-agent-key-1")
    guard = GuardClient(a.url, cafile=str(setup / "certs/ca.pem"))
    approvers = json.loads((setup / "approvers.json").read_text())
    operator = next(x for x in approvers if x["id"] == "operator")

    def approve(outcome, ahash):
        if outcome.status == "REQUIRES_MFA":
            challenge = (outcome.challenge or {}).get("id")
            return [{"type": "totp", "approver": "operator", "code": totp(operator["totp"]["secret_base32"]), "challenge": challenge}]
        return []  # a coalition of experts is not at hand in this example

    print("lease:", guard.heartbeat(agent))
    results = []
    for tool, action, severity, args in PROPOSED:
        request = agent.request(tool, action=action, severity=severity, payload=args)
        outcome = guard.validate_with_approval(agent, request, approve)
        if not outcome.approved:
            print(f"{tool}: {outcome.status}: {'; '.join(outcome.reasons)}")
            results.append((tool, outcome.status))
            continue
        try:
            guard.verify_permit(outcome.permit, request)  # the executor's check, once
        except PermitRefused as e:
            print(f"{tool}: permit refused ({e.code})")
            results.append((tool, "PERMIT_REFUSED"))
            continue
        print(f"{tool}: APPROVED -> {TOOLS[tool](args)}")
        results.append((tool, "APPROVED"))
    print(json.dumps({"results": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
