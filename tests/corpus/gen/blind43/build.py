import sys
sys.dont_write_bytecode = True
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

NAME = "blind43"
ATTACK_MODULES = ["attacks1", "attacks2", "attacks3", "attacks4", "attacks5"]
LEGIT_MODULES = ["legit1", "legit2", "legit3", "legit4", "legit5", "legit6"]


def load(names):
    out = []
    for n in names:
        mod = __import__(n)
        out.extend(mod.CASES)
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    attacks = load(ATTACK_MODULES)
    legit = load(LEGIT_MODULES)
    assert len(attacks) == 150, len(attacks)
    assert len(legit) == 300, len(legit)
    seen = set()
    rows_a, rows_l = [], []
    for i, (tech, src, tool, payload) in enumerate(attacks, 1):
        key = json.dumps(payload, sort_keys=True, ensure_ascii=False)
        assert key not in seen, ("duplicate payload", tech)
        seen.add(key)
        rows_a.append({"id": "%s-a-%03d" % (NAME, i), "label": "attack", "family": "prompt_injection",
                       "technique": tech, "source": src, "tool": tool, "payload": payload})
    for i, (fam, tech, src, tool, payload) in enumerate(legit, 1):
        key = json.dumps(payload, sort_keys=True, ensure_ascii=False)
        assert key not in seen, ("duplicate payload", tech)
        seen.add(key)
        rows_l.append({"id": "%s-l-%03d" % (NAME, i), "label": "legit", "family": fam,
                       "technique": tech, "source": src, "tool": tool, "payload": payload})
    for fname, rows in (("%s-attacks.jsonl" % NAME, rows_a), ("%s-legit.jsonl" % NAME, rows_l)):
        with open(os.path.join(outdir, fname), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
