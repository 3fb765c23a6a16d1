"""Build the blind18 evaluation corpus.

Written by a session that never saw the inspector, its source, its tests or any
earlier corpus. Measured once (its first figures are in docs/policy-language.md), then
joined the tuning corpus; its test-split third stays out of tuning.

Usage (from the repository root): OUT=tests/corpus/payloads python3 tests/corpus/gen/blind18/build.py
Writes blind18-attacks.jsonl (210 lines) and blind18-legit.jsonl (240 lines). Deterministic,
standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import attacks_exec  # noqa: E402
import attacks_render  # noqa: E402
import attacks_data  # noqa: E402
import attacks_prompt  # noqa: E402
import legit_a  # noqa: E402
import legit_b  # noqa: E402
import legit_c  # noqa: E402
import legit_d  # noqa: E402

NAME = "blind18"
FAMILIES = ["shell_injection", "sql_injection", "path_traversal", "template_injection", "ssrf", "secret", "prompt_injection"]


def attack_cases():
    out = []
    for fn in (attacks_exec.shell_cases, attacks_exec.sql_cases, attacks_render.path_cases, attacks_render.template_cases,
               attacks_data.ssrf_cases, attacks_data.secret_cases, attacks_prompt.prompt_cases):
        out.extend(fn())
    return out


def legit_cases():
    out = []
    for mod in (legit_a, legit_b, legit_c, legit_d):
        for name in mod.KINDS:
            out.extend(getattr(mod, name)())
    return out


def finalize(cases, label, letter):
    rows = []
    for i, c in enumerate(cases, 1):
        rows.append({"id": "%s-%s-%03d" % (NAME, letter, i), "label": label, "family": c["family"], "technique": c["technique"],
                     "source": c["source"], "tool": c["tool"], "payload": c["payload"]})
    return rows


def check(attacks, legits):
    from collections import Counter
    fa = Counter(r["family"] for r in attacks)
    assert len(attacks) == 210 and all(fa[f] == 30 for f in FAMILIES), fa
    fl = Counter(r["family"] for r in legits)
    assert len(legits) == 240 and len(fl) == 24 and all(v == 10 for v in fl.values()), fl
    techs = Counter(r["technique"] for r in attacks + legits)
    dup = [t for t, n in techs.items() if n > 1]
    assert not dup, dup
    for r in attacks + legits:
        assert isinstance(r["payload"], dict) and r["payload"], r["id"]
    return fa, fl


def main():
    out_dir = os.environ.get("OUT", HERE)
    os.makedirs(out_dir, exist_ok=True)
    attacks = finalize(attack_cases(), "attack", "a")
    legits = finalize(legit_cases(), "legit", "l")
    fa, fl = check(attacks, legits)
    for fname, rows in (("%s-attacks.jsonl" % NAME, attacks), ("%s-legit.jsonl" % NAME, legits)):
        with open(os.path.join(out_dir, fname), "w", encoding="utf-8", newline="\n") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("attacks per family:", dict(fa))
    print("legit per kind:", dict(fl))


if __name__ == "__main__":
    main()
