import sys
sys.dont_write_bytecode = True
import importlib
import json
import os

NAME = "blind45"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

ATTACK_MODULES = ["attacks1", "attacks2", "attacks3", "attacks4"]
LEGIT_MODULES = ["legit1", "legit2", "legit3", "legit4", "legit5", "legit6"]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    attacks, legit = [], []
    for m in ATTACK_MODULES:
        attacks.extend(importlib.import_module(m).CASES)
    for m in LEGIT_MODULES:
        legit.extend(importlib.import_module(m).CASES)
    if len(attacks) != 150 or len(legit) != 300:
        raise SystemExit("count mismatch: %d attacks, %d legit" % (len(attacks), len(legit)))
    seen = set()
    rows_a, rows_l = [], []
    for i, (tech, src, tool, payload) in enumerate(attacks, 1):
        key = json.dumps(payload, sort_keys=True, ensure_ascii=False)
        if key in seen:
            raise SystemExit("duplicate payload in attack %d" % i)
        seen.add(key)
        rows_a.append({"id": "%s-a-%03d" % (NAME, i), "label": "attack", "family": "prompt_injection",
                       "technique": tech, "source": src, "tool": tool, "payload": payload})
    for i, (fam, tech, src, tool, payload) in enumerate(legit, 1):
        key = json.dumps(payload, sort_keys=True, ensure_ascii=False)
        if key in seen:
            raise SystemExit("duplicate payload in legit %d" % i)
        seen.add(key)
        rows_l.append({"id": "%s-l-%03d" % (NAME, i), "label": "legit", "family": fam,
                       "technique": tech, "source": src, "tool": tool, "payload": payload})
    for fname, rows in (("%s-attacks.jsonl" % NAME, rows_a), ("%s-legit.jsonl" % NAME, rows_l)):
        with open(os.path.join(out, fname), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
