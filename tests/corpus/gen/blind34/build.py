#!/usr/bin/env python3
"""Deterministically build blind34-attacks.jsonl and blind34-legit.jsonl."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import a_indirect1, a_indirect2, a_indirect3, a_indirect4, a_long, a_multilang, a_hidden, a_direct
import l_health, l_legal, l_finance, l_commerce_hr, l_logistics_re, l_devops, l_travel_academic, l_multilang, l_security, l_mixed1, l_mixed2, l_extra, l_long

ATTACK_MODULES = [a_indirect1, a_indirect2, a_indirect3, a_indirect4, a_long, a_multilang, a_hidden, a_direct]
LEGIT_MODULES = [l_health, l_legal, l_finance, l_commerce_hr, l_logistics_re, l_devops, l_travel_academic, l_multilang, l_security, l_mixed1, l_mixed2, l_extra, l_long]

KEYS = ["id", "label", "family", "technique", "source", "tool", "payload"]


def rows(modules, prefix):
    out = []
    n = 0
    for m in modules:
        for c in m.CASES:
            n += 1
            rec = {"id": "%s-%03d" % (prefix, n)}
            for k in KEYS[1:]:
                rec[k] = c[k]
            out.append(rec)
    return out


def write(path, recs):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n")


def main():
    attacks = rows(ATTACK_MODULES, "blind34-a")
    legit = rows(LEGIT_MODULES, "blind34-l")
    write(os.path.join(OUT, "blind34-attacks.jsonl"), attacks)
    write(os.path.join(OUT, "blind34-legit.jsonl"), legit)
    print("attacks:", len(attacks), "legit:", len(legit))


if __name__ == "__main__":
    main()
