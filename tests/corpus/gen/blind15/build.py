#!/usr/bin/env python3
"""Deterministic generator for the blind15 evaluation corpus.

Written by a session that never saw the inspector or any earlier corpus.
It was measured once (its first figures are in docs/policy-language.md),
then joined the tuning corpus; its test-split third stays out of tuning.

Usage:  OUT=tests/corpus/payloads python3 tests/corpus/gen/blind15/build.py
Writes blind15-attacks.jsonl (210 lines) and blind15-legit.jsonl (240 lines).
Standard library only; all random-looking material comes from seeded random.Random streams.
"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import a_shell, a_sql, a_path, a_tmpl, a_ssrf, a_secret, a_pi  # noqa: E402
import legit_a, legit_b, legit_c  # noqa: E402

ATTACK_FAMILIES = [
    ("shell_injection", a_shell),
    ("sql_injection", a_sql),
    ("path_traversal", a_path),
    ("template_injection", a_tmpl),
    ("ssrf", a_ssrf),
    ("secret", a_secret),
    ("prompt_injection", a_pi),
]


def row(idx, prefix, label, family, e):
    return {"id": "blind15-%s-%03d" % (prefix, idx), "label": label, "family": family,
            "technique": e["technique"], "source": e["source"], "tool": e["tool"], "payload": e["payload"]}


def dump(rows):
    return "".join(json.dumps(x, ensure_ascii=False, separators=(", ", ": ")) + "\n" for x in rows)


def main():
    out = os.environ.get("OUT", "/tmp/blind15/out")
    os.makedirs(out, exist_ok=True)

    attacks = []
    for fam, mod in ATTACK_FAMILIES:
        items = mod.build()
        if len(items) != 30:
            raise SystemExit("%s has %d items, expected 30" % (fam, len(items)))
        for e in items:
            attacks.append(row(len(attacks) + 1, "a", "attack", fam, e))

    legit = []
    kinds = []
    for mod in (legit_a, legit_b, legit_c):
        for kind, items in mod.build():
            if len(items) != 10:
                raise SystemExit("%s has %d items, expected 10" % (kind, len(items)))
            kinds.append(kind)
            for e in items:
                legit.append(row(len(legit) + 1, "l", "legit", kind, e))
    if len(kinds) != len(set(kinds)) or len(kinds) < 24:
        raise SystemExit("bad kinds: %r" % kinds)

    with open(os.path.join(out, "blind15-attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(dump(attacks))
    with open(os.path.join(out, "blind15-legit.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(dump(legit))
    print("wrote %d attacks, %d legit (%d kinds) to %s" % (len(attacks), len(legit), len(kinds), out))


if __name__ == "__main__":
    main()
