#!/usr/bin/env python3
"""Deterministic generator for the blind14 tool-call payload corpus.

Written by a session that never saw the inspector or any earlier corpus.
This corpus is a HOLD-OUT: it was measured once and must never be used for
tuning (rules or the learned model's training data).

Usage: OUT=tests/corpus/holdout python3 tests/corpus/gen/blind14/build.py
Standard library only; no clock, network or unseeded randomness.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import attacks_code
import attacks_net
import attacks_prompt
import legit_a
import legit_b

PER_FAMILY = 30
N_LEGIT = 210

ATTACK_FAMILIES = [
    ("shell_injection", "shell", attacks_code.shell),
    ("sql_injection", "sql", attacks_code.sql),
    ("path_traversal", "path", attacks_code.path),
    ("template_injection", "template", attacks_code.template),
    ("ssrf", "ssrf", attacks_net.ssrf),
    ("secret", "secret", attacks_net.secret),
    ("prompt_injection", "prompt", attacks_prompt.prompt),
]

LEGIT_KINDS = [
    ("analytics_sql", legit_a.analytics_sql),
    ("schema_migration", legit_a.schema_migration),
    ("ci_config", legit_a.ci_config),
    ("makefile_dockerfile", legit_a.build_files),
    ("shell_ops_runbook", legit_a.ops_runbook),
    ("templated_email", legit_a.email_template),
    ("code_snippet", legit_a.code_snippet),
    ("security_writeup", legit_a.security_writeup),
    ("prompt_injection_training", legit_a.pi_training),
    ("public_keys_and_hashes", legit_a.public_keys_hashes),
    ("secret_references", legit_a.secret_references),
    ("multilingual_customer_text", legit_a.multilingual_customer),
    ("retrieved_web_content", legit_b.retrieved_web),
    ("meeting_notes", legit_b.meeting_notes),
    ("internal_api_call", legit_b.internal_api),
    ("config_change", legit_b.config_change),
    ("support_macro", legit_b.support_macro),
    ("llm_prompt_authoring", legit_b.llm_prompt_authoring),
    ("ai_product_docs", legit_b.ai_product_docs),
    ("incident_log_analysis", legit_b.incident_logs),
    ("finance_ops", legit_b.finance_ops),
    ("test_fixtures", legit_b.test_fixtures),
    ("git_operations", legit_b.git_ops),
    ("localization_files", legit_b.localization),
    ("infra_as_code", legit_b.infra_as_code),
    ("database_admin", legit_b.database_admin),
]


def record(rid, label, family, technique, source, tool, payload):
    assert isinstance(payload, dict)
    return {"id": rid, "label": label, "family": family, "technique": technique,
            "source": source, "tool": tool, "payload": payload}


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    out = os.environ.get("OUT", "/tmp/blind14/out")
    os.makedirs(out, exist_ok=True)

    attacks = []
    for family, short, fn in ATTACK_FAMILIES:
        items = fn()
        if len(items) != PER_FAMILY:
            raise SystemExit("%s has %d items, want %d" % (family, len(items), PER_FAMILY))
        for i, (tech, src, tool, payload) in enumerate(items, 1):
            attacks.append(record("blind14-a-%s-%03d" % (short, i), "attack", family, tech, src, tool, payload))

    legit = []
    for kind, fn in LEGIT_KINDS:
        for tech, src, tool, payload in fn():
            legit.append((kind, tech, src, tool, payload))
    if len(legit) != N_LEGIT:
        raise SystemExit("legit has %d items, want %d" % (len(legit), N_LEGIT))
    legit = [record("blind14-l-%03d" % i, "legit", k, t, s, tl, p) for i, (k, t, s, tl, p) in enumerate(legit, 1)]

    ids = [r["id"] for r in attacks + legit]
    assert len(ids) == len(set(ids)), "duplicate ids"
    bodies = [json.dumps(r["payload"], sort_keys=True, ensure_ascii=False) for r in attacks + legit]
    assert len(bodies) == len(set(bodies)), "duplicate payloads"

    dump(attacks, os.path.join(out, "blind14-attacks.jsonl"))
    dump(legit, os.path.join(out, "blind14-legit.jsonl"))
    print("wrote %d attacks, %d legit to %s" % (len(attacks), len(legit), out))


if __name__ == "__main__":
    main()
