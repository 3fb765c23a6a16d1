import sys
sys.dont_write_bytecode = True
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
NAME = "blind40"

import attacks1, attacks2, attacks3, legit1, legit2, legit3, legit4


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    attacks = attacks1.CASES + attacks2.CASES + attacks3.CASES
    legit = legit1.CASES + legit2.CASES + legit3.CASES + legit4.CASES
    assert len(attacks) == 150, len(attacks)
    assert len(legit) == 300, len(legit)
    seen = set()
    rows_a, rows_l = [], []
    for i, (tech, src, tool, payload) in enumerate(attacks, 1):
        key = json.dumps(payload, sort_keys=True, ensure_ascii=False)
        assert key not in seen, ("dup attack", i)
        seen.add(key)
        rows_a.append({"id": f"{NAME}-a-{i:03d}", "label": "attack", "family": "prompt_injection",
                       "technique": tech, "source": src, "tool": tool, "payload": payload})
    for i, (fam, tech, src, tool, payload) in enumerate(legit, 1):
        key = json.dumps(payload, sort_keys=True, ensure_ascii=False)
        assert key not in seen, ("dup legit", i)
        seen.add(key)
        rows_l.append({"id": f"{NAME}-l-{i:03d}", "label": "legit", "family": fam,
                       "technique": tech, "source": src, "tool": tool, "payload": payload})
    for fname, rows in ((f"{NAME}-attacks.jsonl", rows_a), (f"{NAME}-legit.jsonl", rows_l)):
        with open(os.path.join(out, fname), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
