import sys
sys.dont_write_bytecode = True
import os, json

NAME = "blind42"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import attacks1, attacks2, attacks3
import legit1, legit2, legit3, legit4, legit5, legit6


def main(outdir):
    attacks = attacks1.CASES + attacks2.CASES + attacks3.CASES
    legit = legit1.CASES + legit2.CASES + legit3.CASES + legit4.CASES + legit5.CASES + legit6.CASES
    assert len(attacks) == 150, len(attacks)
    assert len(legit) == 300, len(legit)
    seen = set()
    rows_a, rows_l = [], []
    for i, (technique, source, tool, payload) in enumerate(attacks, 1):
        key = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        assert key not in seen, ("duplicate payload", technique)
        seen.add(key)
        rows_a.append({"id": "%s-a-%03d" % (NAME, i), "label": "attack", "family": "prompt_injection",
                       "technique": technique, "source": source, "tool": tool, "payload": payload})
    for i, (family, technique, source, tool, payload) in enumerate(legit, 1):
        key = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        assert key not in seen, ("duplicate payload", family, technique)
        seen.add(key)
        rows_l.append({"id": "%s-l-%03d" % (NAME, i), "label": "legit", "family": family,
                       "technique": technique, "source": source, "tool": tool, "payload": payload})
    for fname, rows in (("%s-attacks.jsonl" % NAME, rows_a), ("%s-legit.jsonl" % NAME, rows_l)):
        with open(os.path.join(outdir, fname), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE))
