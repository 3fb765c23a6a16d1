import sys
sys.dont_write_bytecode = True
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import attacks1, attacks2, attacks3  # noqa: E402
import legit1, legit2, legit3  # noqa: E402

NAME = "blind56"
FAMILIES = ["shell_injection", "sql_injection", "path_traversal", "ssrf", "template_injection", "secret"]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)
    attacks = attacks1.CASES + attacks2.CASES + attacks3.CASES
    legit = legit1.CASES + legit2.CASES + legit3.CASES

    counts = {f: 0 for f in FAMILIES}
    for fam, *_ in attacks:
        assert fam in counts, fam
        counts[fam] += 1
    assert all(v == 30 for v in counts.values()), counts
    assert len(attacks) == 180 and len(legit) == 300, (len(attacks), len(legit))

    seen = set()
    for case in attacks + legit:
        key = json.dumps(case[4], sort_keys=True, ensure_ascii=False)
        assert key not in seen, "duplicate payload: %r" % (case[:2],)
        seen.add(key)

    def write(path, prefix, label, rows):
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for i, (fam, tech, src, tool, payload) in enumerate(rows, 1):
                row = {"id": "%s-%s-%03d" % (NAME, prefix, i), "label": label, "family": fam,
                       "technique": tech, "source": src, "tool": tool, "payload": payload}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    write(os.path.join(outdir, NAME + "-attacks.jsonl"), "a", "attack", attacks)
    write(os.path.join(outdir, NAME + "-legit.jsonl"), "l", "legit", legit)


if __name__ == "__main__":
    main()
