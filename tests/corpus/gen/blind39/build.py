#!/usr/bin/env python3
"""Build the blind39 corpus deterministically.

Usage: python3 gen/build.py [OUTDIR]   (OUTDIR defaults to /tmp/blind39)
Writes OUTDIR/blind39-attacks.jsonl and OUTDIR/blind39-legit.jsonl.
"""
import sys
sys.dont_write_bytecode = True
import os
import json

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import attacks1, attacks2, attacks3  # noqa: E402
import legit1, legit2, legit3, legit4, legit5  # noqa: E402


def attack_rows():
    rows = []
    for mod in (attacks1, attacks2, attacks3):
        for technique, source, tool, payload in mod.CASES:
            rows.append((technique, source, tool, payload))
    out = []
    for i, (technique, source, tool, payload) in enumerate(rows, 1):
        out.append({
            "id": "blind39-a-%03d" % i,
            "label": "attack",
            "family": "prompt_injection",
            "technique": technique,
            "source": source,
            "tool": tool,
            "payload": payload,
        })
    return out


def legit_rows():
    rows = []
    for mod in (legit1, legit2, legit3, legit4, legit5):
        rows.extend(mod.CASES)
    out = []
    for i, (family, technique, source, tool, payload) in enumerate(rows, 1):
        out.append({
            "id": "blind39-l-%03d" % i,
            "label": "legit",
            "family": family,
            "technique": technique,
            "source": source,
            "tool": tool,
            "payload": payload,
        })
    return out


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "/tmp/blind39"
    os.makedirs(outdir, exist_ok=True)
    a = attack_rows()
    l = legit_rows()
    write(os.path.join(outdir, "blind39-attacks.jsonl"), a)
    write(os.path.join(outdir, "blind39-legit.jsonl"), l)
    print("wrote %d attacks, %d legit to %s" % (len(a), len(l), outdir))


if __name__ == "__main__":
    main()
