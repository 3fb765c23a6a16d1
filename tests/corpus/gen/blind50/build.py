import sys
sys.dont_write_bytecode = True

import json
import os

NAME = "blind50"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import attacks1, attacks2, attacks3  # noqa: E402
import legit1, legit2, legit3, legit4  # noqa: E402

FAMILIES = ["shell_injection", "sql_injection", "path_traversal", "ssrf", "template_injection", "secret"]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)

    attacks = attacks1.CASES + attacks2.CASES + attacks3.CASES
    legit = legit1.CASES + legit2.CASES + legit3.CASES + legit4.CASES

    counts = {f: 0 for f in FAMILIES}
    for c in attacks:
        assert len(c) == 5 and isinstance(c[4], dict), c[:2]
        assert c[0] in counts, c[0]
        counts[c[0]] += 1
    assert all(v == 30 for v in counts.values()), counts
    assert len(attacks) == 180, len(attacks)
    assert len(legit) == 300, len(legit)
    assert len({c[0] for c in legit}) >= 30
    for c in legit:
        assert len(c) == 5 and isinstance(c[4], dict), c[:2]

    seen = set()
    for c in attacks + legit:
        key = json.dumps(c[4], sort_keys=True, ensure_ascii=False)
        assert key not in seen, ("duplicate payload", c[:2])
        seen.add(key)

    def write(fname, rows, label, prefix):
        with open(os.path.join(outdir, fname), "w", encoding="utf-8", newline="\n") as fh:
            for i, (fam, tech, src, tool, payload) in enumerate(rows, 1):
                row = {"id": "%s-%s-%03d" % (NAME, prefix, i), "label": label, "family": fam,
                       "technique": tech, "source": src, "tool": tool, "payload": payload}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    write(NAME + "-attacks.jsonl", attacks, "attack", "a")
    write(NAME + "-legit.jsonl", legit, "legit", "l")
    print("attacks:", counts, "legit:", len(legit), "kinds:", len({c[0] for c in legit}))


if __name__ == "__main__":
    main()
