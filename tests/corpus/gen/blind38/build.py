#!/usr/bin/env python3
"""Deterministic builder for the blind38 multilingual prompt-injection corpus."""
import sys
sys.dont_write_bytecode = True
import os, json, importlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

ATTACK_MODULES = ["att1", "att2", "att3", "att4", "att5", "att6"]
LEGIT_MODULES = ["leg1", "leg2", "leg3", "leg4", "leg5", "leg6", "leg7", "leg8", "leg9"]


def collect(mods):
    out = []
    for m in mods:
        mod = importlib.import_module(m)
        out.extend(mod.CASES)
    return out


def write(path, prefix, label, cases):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for i, c in enumerate(cases, 1):
            rec = {
                "id": "%s%03d" % (prefix, i),
                "label": label,
                "family": c["family"] if label == "legit" else "prompt_injection",
                "technique": c["technique"],
                "source": c["source"],
                "tool": c["tool"],
                "payload": c["payload"],
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "/tmp/blind38"
    os.makedirs(outdir, exist_ok=True)
    att = collect(ATTACK_MODULES)
    leg = collect(LEGIT_MODULES)
    write(os.path.join(outdir, "blind38-attacks.jsonl"), "blind38-a-", "attack", att)
    write(os.path.join(outdir, "blind38-legit.jsonl"), "blind38-l-", "legit", leg)
    print("attacks=%d legit=%d" % (len(att), len(leg)))


if __name__ == "__main__":
    main()
