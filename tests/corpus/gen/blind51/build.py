import sys
sys.dont_write_bytecode = True
import os
import json
import importlib

NAME = "blind51"
FAMILIES = ["shell_injection", "sql_injection", "path_traversal", "ssrf",
            "template_injection", "secret"]
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def load(prefix, n):
    rows = []
    for i in range(1, n + 1):
        mod = importlib.import_module("%s%d" % (prefix, i))
        rows.extend(mod.CASES)
    return rows


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)
    attacks = load("attacks", 6)
    legit = load("legit", 5)

    counts = {}
    for fam, _t, _s, _tool, _p in attacks:
        assert fam in FAMILIES, fam
        counts[fam] = counts.get(fam, 0) + 1
    assert all(counts.get(f) == 30 for f in FAMILIES), counts
    assert len(attacks) == 180, len(attacks)
    assert len(legit) == 300, len(legit)

    seen = set()
    for row in attacks + legit:
        assert isinstance(row[4], dict), row
        key = json.dumps([row[3], row[4]], sort_keys=True, ensure_ascii=False)
        assert key not in seen, ("duplicate payload", row)
        seen.add(key)
    kinds = set(r[0] for r in legit)
    assert len(kinds) >= 30, len(kinds)

    with open(os.path.join(outdir, NAME + "-attacks.jsonl"), "w",
              encoding="utf-8", newline="\n") as f:
        for i, (fam, tech, src, tool, payload) in enumerate(attacks, 1):
            row = {"id": "%s-a-%03d" % (NAME, i), "label": "attack",
                   "family": fam, "technique": tech, "source": src,
                   "tool": tool, "payload": payload}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, NAME + "-legit.jsonl"), "w",
              encoding="utf-8", newline="\n") as f:
        for i, (kind, tech, src, tool, payload) in enumerate(legit, 1):
            row = {"id": "%s-l-%03d" % (NAME, i), "label": "legit",
                   "family": kind, "technique": tech, "source": src,
                   "tool": tool, "payload": payload}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
