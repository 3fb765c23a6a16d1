import sys
sys.dont_write_bytecode = True
import os
import json
import importlib

NAME = "blind68"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

ATTACK_MODULES = ["attacks1", "attacks2", "attacks3", "attacks4", "attacks5"]
LEGIT_MODULES = ["legit1", "legit2", "legit3", "legit4", "legit5", "legit6", "legit7"]


def load(names):
    out = []
    for n in names:
        out.extend(importlib.import_module(n).CASES)
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)
    attacks = load(ATTACK_MODULES)
    legit = load(LEGIT_MODULES)
    assert len(attacks) == 150, len(attacks)
    assert len(legit) == 300, len(legit)

    seen = set()
    rows_a, rows_l = [], []
    for i, (technique, source, tool, payload) in enumerate(attacks, 1):
        rows_a.append({"id": "%s-a-%03d" % (NAME, i), "label": "attack", "family": "prompt_injection",
                       "technique": technique, "source": source, "tool": tool, "payload": payload})
    for i, (family, technique, source, tool, payload) in enumerate(legit, 1):
        rows_l.append({"id": "%s-l-%03d" % (NAME, i), "label": "legit", "family": family,
                       "technique": technique, "source": source, "tool": tool, "payload": payload})
    for r in rows_a + rows_l:
        key = json.dumps(r["payload"], ensure_ascii=False, sort_keys=True)
        assert key not in seen, "duplicate payload: " + r["id"]
        seen.add(key)

    for fname, rows in (("%s-attacks.jsonl" % NAME, rows_a), ("%s-legit.jsonl" % NAME, rows_l)):
        with open(os.path.join(outdir, fname), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
