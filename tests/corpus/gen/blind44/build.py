import sys
sys.dont_write_bytecode = True
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import attacks1, attacks2, attacks3
import legit1, legit2, legit3, legit4, legit5

NAME = "blind44"

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    attacks = attacks1.CASES + attacks2.CASES + attacks3.CASES
    legit = legit1.CASES + legit2.CASES + legit3.CASES + legit4.CASES + legit5.CASES
    assert len(attacks) == 150, len(attacks)
    assert len(legit) == 300, len(legit)
    seen = set()
    arows, lrows = [], []
    for i, (tech, src, tool, payload) in enumerate(attacks, 1):
        key = json.dumps(payload, sort_keys=True, ensure_ascii=False)
        assert key not in seen, ("dup", tech)
        seen.add(key)
        arows.append({"id": f"{NAME}-a-{i:03d}", "label": "attack", "family": "prompt_injection",
                      "technique": tech, "source": src, "tool": tool, "payload": payload})
    for i, (fam, tech, src, tool, payload) in enumerate(legit, 1):
        key = json.dumps(payload, sort_keys=True, ensure_ascii=False)
        assert key not in seen, ("dup", fam, tech)
        seen.add(key)
        lrows.append({"id": f"{NAME}-l-{i:03d}", "label": "legit", "family": fam,
                      "technique": tech, "source": src, "tool": tool, "payload": payload})
    for fn, rows in ((f"{NAME}-attacks.jsonl", arows), (f"{NAME}-legit.jsonl", lrows)):
        with open(os.path.join(out, fn), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
