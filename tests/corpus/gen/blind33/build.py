#!/usr/bin/env python3
"""python3 build.py [OUTDIR] -> OUTDIR/blind33-attacks.jsonl, OUTDIR/blind33-legit.jsonl (deterministic)."""
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)

import pi_indirect, pi_direct, pi_hidden, pi_multi, pi_social, shell_sql  # noqa: E402
import legit1, legit2, legit3, legit4  # noqa: E402

KEYS = ["id", "label", "family", "technique", "source", "tool", "payload"]


def write(path, prefix, cases):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for i, c in enumerate(cases, 1):
            rec = {"id": "%s-%03d" % (prefix, i)}
            for k in KEYS[1:]:
                rec[k] = c[k]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main():
    attacks = (pi_indirect.CASES + pi_direct.CASES + pi_hidden.CASES +
               pi_multi.CASES + pi_social.CASES + shell_sql.CASES)
    legit = legit1.CASES + legit2.CASES + legit3.CASES + legit4.CASES
    write(os.path.join(OUT, "blind33-attacks.jsonl"), "blind33-a", attacks)
    write(os.path.join(OUT, "blind33-legit.jsonl"), "blind33-l", legit)
    print("attacks=%d legit=%d" % (len(attacks), len(legit)))


if __name__ == "__main__":
    main()
