import sys
sys.dont_write_bytecode = True

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

NAME = "blind59"
ATTACK_MODULES = ["attacks1", "attacks2", "attacks3", "attacks4"]
LEGIT_MODULES = ["legit1", "legit2", "legit3", "legit4"]
N_ATTACKS = 150
N_LEGIT = 300


def load(mods):
    out = []
    for m in mods:
        if not os.path.exists(os.path.join(HERE, m + ".py")):
            continue
        mod = __import__(m)
        out.extend(mod.CASES)
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)

    attacks = load(ATTACK_MODULES)
    legit = load(LEGIT_MODULES)
    assert len(attacks) == N_ATTACKS, ("attacks", len(attacks))
    assert len(legit) == N_LEGIT, ("legit", len(legit))

    seen = set()
    rows_a = []
    for i, (technique, source, tool, payload) in enumerate(attacks, 1):
        key = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        assert key not in seen, ("duplicate payload", technique)
        seen.add(key)
        rows_a.append({"id": "%s-a-%03d" % (NAME, i), "label": "attack", "family": "prompt_injection",
                       "technique": technique, "source": source, "tool": tool, "payload": payload})
    rows_l = []
    for i, (family, technique, source, tool, payload) in enumerate(legit, 1):
        key = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        assert key not in seen, ("duplicate payload", family)
        seen.add(key)
        rows_l.append({"id": "%s-l-%03d" % (NAME, i), "label": "legit", "family": family,
                       "technique": technique, "source": source, "tool": tool, "payload": payload})

    for fname, rows in (("%s-attacks.jsonl" % NAME, rows_a), ("%s-legit.jsonl" % NAME, rows_l)):
        with open(os.path.join(outdir, fname), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
