#!/usr/bin/env python3
"""Build the blind36 corpus: personal and consumer assistant prompt-injection cases."""
import sys
sys.dont_write_bytecode = True
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import a1, a2, a3  # noqa: E402
import l1, l2, l3, l4, l5, l6  # noqa: E402


def rows(items, label, prefix):
    out = []
    for i, it in enumerate(items, 1):
        fam = "prompt_injection" if label == "attack" else it["family"]
        out.append({
            "id": "%s-%03d" % (prefix, i),
            "label": label,
            "family": fam,
            "technique": it["technique"],
            "source": it["source"],
            "tool": it["tool"],
            "payload": it["payload"],
        })
    return out


def write(path, rs):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "/tmp/blind36"
    os.makedirs(outdir, exist_ok=True)
    attacks = rows(a1.ITEMS + a2.ITEMS + a3.ITEMS, "attack", "blind36-a")
    legit = rows(l1.ITEMS + l2.ITEMS + l3.ITEMS + l4.ITEMS + l5.ITEMS + l6.ITEMS, "legit", "blind36-l")
    write(os.path.join(outdir, "blind36-attacks.jsonl"), attacks)
    write(os.path.join(outdir, "blind36-legit.jsonl"), legit)
    print("attacks=%d legit=%d" % (len(attacks), len(legit)))


if __name__ == "__main__":
    main()
