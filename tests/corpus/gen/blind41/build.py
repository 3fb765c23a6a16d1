import sys
sys.dont_write_bytecode = True
import os, json

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

NAME = "blind41"
import attacks1, attacks2, attacks3, legit1, legit2, legit3, legit4, legit5


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    attacks = attacks1.CASES + attacks2.CASES + attacks3.CASES
    legit = legit1.CASES + legit2.CASES + legit3.CASES + legit4.CASES + legit5.CASES
    seen = set()
    rows_a, rows_l = [], []
    for i, (tech, src, tool, payload) in enumerate(attacks, 1):
        rows_a.append({"id": "%s-a-%03d" % (NAME, i), "label": "attack", "family": "prompt_injection",
                       "technique": tech, "source": src, "tool": tool, "payload": payload})
    for i, (fam, tech, src, tool, payload) in enumerate(legit, 1):
        rows_l.append({"id": "%s-l-%03d" % (NAME, i), "label": "legit", "family": fam,
                       "technique": tech, "source": src, "tool": tool, "payload": payload})
    for r in rows_a + rows_l:
        k = json.dumps(r["payload"], sort_keys=True, ensure_ascii=False)
        if k in seen:
            raise SystemExit("duplicate payload: " + r["id"])
        seen.add(k)
    assert len(rows_a) == 150, len(rows_a)
    assert len(rows_l) == 300, len(rows_l)
    for fn, rows in (("%s-attacks.jsonl" % NAME, rows_a), ("%s-legit.jsonl" % NAME, rows_l)):
        with open(os.path.join(out, fn), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
