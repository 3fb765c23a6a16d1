import sys
sys.dont_write_bytecode = True
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import attacks1, attacks2, attacks3
import legit1, legit2, legit3, legit4

NAME = "blind53"


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    attacks = attacks1.CASES + attacks2.CASES + attacks3.CASES
    legit = legit1.CASES + legit2.CASES + legit3.CASES + legit4.CASES
    assert len(attacks) == 150, len(attacks)
    assert len(legit) == 300, len(legit)

    seen = set()
    a_rows, l_rows = [], []
    for i, (technique, source, tool, payload) in enumerate(attacks, 1):
        row = {"id": "%s-a-%03d" % (NAME, i), "label": "attack", "family": "prompt_injection",
               "technique": technique, "source": source, "tool": tool, "payload": payload}
        key = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        assert key not in seen, row["id"]
        seen.add(key)
        a_rows.append(row)
    for i, (family, technique, source, tool, payload) in enumerate(legit, 1):
        row = {"id": "%s-l-%03d" % (NAME, i), "label": "legit", "family": family,
               "technique": technique, "source": source, "tool": tool, "payload": payload}
        key = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        assert key not in seen, row["id"]
        seen.add(key)
        l_rows.append(row)

    for fname, rows in (("%s-attacks.jsonl" % NAME, a_rows), ("%s-legit.jsonl" % NAME, l_rows)):
        with open(os.path.join(outdir, fname), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
