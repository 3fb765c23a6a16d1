import sys
sys.dont_write_bytecode = True

import json
import os

NAME = "blind71"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import attacks1, attacks2, attacks3  # noqa: E402
import legit1, legit2, legit3, legit4, legit5  # noqa: E402


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)

    attacks = attacks1.CASES + attacks2.CASES + attacks3.CASES
    legit = legit1.CASES + legit2.CASES + legit3.CASES + legit4.CASES + legit5.CASES
    assert len(attacks) == 150, len(attacks)
    assert len(legit) == 300, len(legit)

    seen = set()
    for case in attacks + legit:
        key = json.dumps(case[-1], sort_keys=True, ensure_ascii=False)
        assert key not in seen, "duplicate payload: " + key[:120]
        seen.add(key)

    rows_a = []
    for i, (technique, source, tool, payload) in enumerate(attacks, 1):
        rows_a.append({"id": "%s-a-%03d" % (NAME, i), "label": "attack", "family": "prompt_injection",
                       "technique": technique, "source": source, "tool": tool, "payload": payload})
    rows_l = []
    for i, (family, technique, source, tool, payload) in enumerate(legit, 1):
        rows_l.append({"id": "%s-l-%03d" % (NAME, i), "label": "legit", "family": family,
                       "technique": technique, "source": source, "tool": tool, "payload": payload})

    for fname, rows in (("%s-attacks.jsonl" % NAME, rows_a), ("%s-legit.jsonl" % NAME, rows_l)):
        with open(os.path.join(outdir, fname), "w", encoding="utf-8", newline="\n") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
