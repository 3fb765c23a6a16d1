import sys
sys.dont_write_bytecode = True
import os, json, importlib

NAME = "blind46"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

ATTACK_MODS = ["attacks1", "attacks2", "attacks3"]
LEGIT_MODS = ["legit1", "legit2", "legit3", "legit4", "legit5"]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    attacks, legit = [], []
    for m in ATTACK_MODS:
        attacks.extend(importlib.import_module(m).CASES)
    for m in LEGIT_MODS:
        legit.extend(importlib.import_module(m).CASES)
    assert len(attacks) == 150, len(attacks)
    assert len(legit) == 300, len(legit)
    seen = set()
    rows_a, rows_l = [], []
    for i, (tech, src, tool, payload) in enumerate(attacks, 1):
        key = json.dumps(payload, sort_keys=True, ensure_ascii=False)
        assert key not in seen, ("dup attack", i)
        seen.add(key)
        rows_a.append({"id": "%s-a-%03d" % (NAME, i), "label": "attack", "family": "prompt_injection",
                       "technique": tech, "source": src, "tool": tool, "payload": payload})
    for i, (fam, tech, src, tool, payload) in enumerate(legit, 1):
        key = json.dumps(payload, sort_keys=True, ensure_ascii=False)
        assert key not in seen, ("dup legit", i)
        seen.add(key)
        rows_l.append({"id": "%s-l-%03d" % (NAME, i), "label": "legit", "family": fam,
                       "technique": tech, "source": src, "tool": tool, "payload": payload})
    for fn, rows in (("%s-attacks.jsonl" % NAME, rows_a), ("%s-legit.jsonl" % NAME, rows_l)):
        with open(os.path.join(out, fn), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
