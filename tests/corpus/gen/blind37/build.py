#!/usr/bin/env python3
"""Build the blind37 corpus deterministically.

Usage: python3 gen/build.py [OUTDIR]   (OUTDIR defaults to /tmp/blind37)
Writes OUTDIR/blind37-attacks.jsonl and OUTDIR/blind37-legit.jsonl.
"""
import sys
sys.dont_write_bytecode = True
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import attacks_a, attacks_b, attacks_c  # noqa: E402
import legit_a, legit_b, legit_c, legit_d, legit_e, legit_f, legit_g  # noqa: E402
import lengthen  # noqa: E402

N_ATTACKS = 150
N_LEGIT = 300


def attack_rows():
    cases = attacks_a.CASES + attacks_b.CASES + attacks_c.CASES
    rows = []
    for i, (technique, source, tool, payload) in enumerate(cases, 1):
        rows.append({"id": "blind37-a-%03d" % i, "label": "attack", "family": "prompt_injection",
                     "technique": technique, "source": source, "tool": tool, "payload": payload})
    return rows


def legit_rows():
    cases = (legit_a.CASES + legit_b.CASES + legit_c.CASES + legit_d.CASES +
             legit_e.CASES + legit_f.CASES + legit_g.CASES)
    rows = []
    for i, (family, technique, source, tool, payload) in enumerate(cases, 1):
        rows.append({"id": "blind37-l-%03d" % i, "label": "legit", "family": family,
                     "technique": technique, "source": source, "tool": tool, "payload": payload})
    return rows


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def _lengthen(a, l):
    by_tech = {}
    for r in a + l:
        assert r["technique"] not in by_tech, "duplicate technique: " + r["technique"]
        by_tech[r["technique"]] = r["payload"]
    lengthen.apply(by_tech)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/blind37"
    os.makedirs(out, exist_ok=True)
    a, l = attack_rows(), legit_rows()
    _lengthen(a, l)
    if len(a) != N_ATTACKS or len(l) != N_LEGIT:
        sys.exit("count mismatch: %d attacks, %d legit" % (len(a), len(l)))
    write(os.path.join(out, "blind37-attacks.jsonl"), a)
    write(os.path.join(out, "blind37-legit.jsonl"), l)
    print("wrote %d attacks and %d legit to %s" % (len(a), len(l), out))


if __name__ == "__main__":
    main()
