import sys
sys.dont_write_bytecode = True

import importlib
import json
import os

NAME = "blind60"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

ATTACK_MODULES = ["attacks1", "attacks2", "attacks3", "attacks4"]
LEGIT_MODULES = ["legit1", "legit2", "legit3", "legit4", "legit5"]
N_ATTACKS = 150
N_LEGIT = 300


def load(mods):
    out = []
    for m in mods:
        out.extend(importlib.import_module(m).CASES)
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)

    attacks = load(ATTACK_MODULES)
    legit = load(LEGIT_MODULES)
    assert len(attacks) == N_ATTACKS, len(attacks)
    assert len(legit) == N_LEGIT, len(legit)

    seen = set()
    rows_a, rows_l = [], []
    for i, (technique, source, tool, payload) in enumerate(attacks, 1):
        assert isinstance(payload, dict)
        rows_a.append({"id": "%s-a-%03d" % (NAME, i), "label": "attack", "family": "prompt_injection",
                       "technique": technique, "source": source, "tool": tool, "payload": payload})
    for i, (family, technique, source, tool, payload) in enumerate(legit, 1):
        assert isinstance(payload, dict)
        rows_l.append({"id": "%s-l-%03d" % (NAME, i), "label": "legit", "family": family,
                       "technique": technique, "source": source, "tool": tool, "payload": payload})
    for r in rows_a + rows_l:
        key = json.dumps(r["payload"], sort_keys=True, ensure_ascii=False)
        assert key not in seen, "duplicate payload: " + r["id"]
        seen.add(key)

    for fname, rows in (("%s-attacks.jsonl" % NAME, rows_a), ("%s-legit.jsonl" % NAME, rows_l)):
        with open(os.path.join(outdir, fname), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
