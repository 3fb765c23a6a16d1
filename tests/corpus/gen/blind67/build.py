#!/usr/bin/env python3
"""Build the blind67 prompt-injection evaluation corpus.

Usage: python3 build.py OUTDIR
Writes OUTDIR/blind67-attacks.jsonl and OUTDIR/blind67-legit.jsonl.
Deterministic: no randomness, modules are loaded in sorted order.
"""
import sys
sys.dont_write_bytecode = True

import importlib.util
import json
import os

NAME = "blind67"
HERE = os.path.dirname(os.path.abspath(__file__))
N_ATTACKS = 150
N_LEGIT = 300


def load(prefix):
    mods = []
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith(prefix) and fn.endswith(".py"):
            modname = fn[:-3]
            spec = importlib.util.spec_from_file_location(modname, os.path.join(HERE, fn))
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            mods.append(mod)
    return mods


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build.py OUTDIR")
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)

    attacks = []
    for mod in load("attacks"):
        for technique, source, tool, payload in mod.CASES:
            attacks.append(("prompt_injection", technique, source, tool, payload))
    legit = []
    for mod in load("legit"):
        for family, technique, source, tool, payload in mod.CASES:
            legit.append((family, technique, source, tool, payload))

    assert len(attacks) == N_ATTACKS, len(attacks)
    assert len(legit) == N_LEGIT, len(legit)

    seen = {}
    for kind, rows in (("attack", attacks), ("legit", legit)):
        for i, r in enumerate(rows):
            assert isinstance(r[4], dict), (kind, i)
            key = json.dumps(r[4], ensure_ascii=False, sort_keys=True)
            assert key not in seen, ("duplicate payload", kind, i, seen.get(key))
            seen[key] = (kind, i)

    def write(path, rows, label, letter):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for i, (family, technique, source, tool, payload) in enumerate(rows, 1):
                row = {
                    "id": "%s-%s-%03d" % (NAME, letter, i),
                    "label": label,
                    "family": family,
                    "technique": technique,
                    "source": source,
                    "tool": tool,
                    "payload": payload,
                }
                f.write(json.dumps(row, ensure_ascii=False) + "\n")

    write(os.path.join(outdir, NAME + "-attacks.jsonl"), attacks, "attack", "a")
    write(os.path.join(outdir, NAME + "-legit.jsonl"), legit, "legit", "l")
    print("wrote %d attacks, %d legit to %s" % (len(attacks), len(legit), outdir))


if __name__ == "__main__":
    main()
