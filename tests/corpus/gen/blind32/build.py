#!/usr/bin/env python3
"""Entry point: python3 gen/build.py OUTDIR  -> OUTDIR/blind32-attacks.jsonl, OUTDIR/blind32-legit.jsonl"""
import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pi  # noqa: E402
import attacks1  # noqa: E402
import attacks2  # noqa: E402
import legit1, legit2, legit3, legit4, legit5  # noqa: E402,E401

ATTACK_FAMILIES = {"prompt_injection", "shell_injection", "sql_injection", "path_traversal", "template_injection", "ssrf", "secret"}
LEGIT_SOURCE = "own design (operational practice)"


def line(obj):
    return json.dumps(obj, ensure_ascii=False)


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "out")
    os.makedirs(outdir, exist_ok=True)
    attacks = pi.build() + attacks1.build() + attacks2.build()
    legit = legit1.build() + legit2.build() + legit3.build() + legit4.build() + legit5.build()
    assert len(attacks) == 220, len(attacks)
    assert len(legit) == 280, len(legit)
    rows = []
    for i, a in enumerate(attacks, 1):
        assert a["family"] in ATTACK_FAMILIES, a["family"]
        assert isinstance(a["payload"], dict)
        rows.append({"id": "blind32-a-%03d" % i, "label": "attack", "family": a["family"], "technique": a["technique"],
                     "source": a["source"], "tool": a["tool"], "payload": a["payload"]})
    with open(os.path.join(outdir, "blind32-attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(line(r) + "\n")
    rows = []
    for i, l in enumerate(legit, 1):
        assert isinstance(l["payload"], dict)
        rows.append({"id": "blind32-l-%03d" % i, "label": "legit", "family": l["family"], "technique": l["technique"],
                     "source": LEGIT_SOURCE, "tool": l["tool"], "payload": l["payload"]})
    with open(os.path.join(outdir, "blind32-legit.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(line(r) + "\n")


if __name__ == "__main__":
    main()
