import sys
sys.dont_write_bytecode = True

import importlib
import json
import os
from collections import Counter

NAME = "blind63"
FAMILIES = ["shell_injection", "sql_injection", "path_traversal", "ssrf", "template_injection", "secret"]
HERE = os.path.dirname(os.path.abspath(__file__))


def load(prefix):
    mods = sorted(f[:-3] for f in os.listdir(HERE) if f.startswith(prefix) and f.endswith(".py"))
    mods.sort(key=lambda m: int(m[len(prefix):]))
    rows = []
    for m in mods:
        rows.extend(importlib.import_module(m).CASES)
    return rows


def canon(p):
    return json.dumps(p, sort_keys=True, ensure_ascii=False)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build.py OUTDIR")
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    sys.path.insert(0, HERE)
    attacks = load("attacks")
    legit = load("legit")

    fam = Counter(a[0] for a in attacks)
    assert set(fam) == set(FAMILIES), fam
    assert all(fam[f] == 30 for f in FAMILIES), fam
    assert len(attacks) == 180 and len(legit) == 300, (len(attacks), len(legit))
    kinds = Counter(l[0] for l in legit)
    assert len(kinds) >= 30, len(kinds)
    seen = set()
    for case in attacks + legit:
        assert len(case) == 5 and isinstance(case[4], dict), case
        c = canon(case[4])
        assert c not in seen, "duplicate payload: " + c[:120]
        seen.add(c)

    order = {f: i for i, f in enumerate(FAMILIES)}
    attacks = sorted(attacks, key=lambda a: order[a[0]])  # stable within family

    def write(path, rows, tag, label):
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for i, (family, technique, source, tool, payload) in enumerate(rows, 1):
                row = {"id": "%s-%s-%03d" % (NAME, tag, i), "label": label, "family": family,
                       "technique": technique, "source": source, "tool": tool, "payload": payload}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    write(os.path.join(outdir, NAME + "-attacks.jsonl"), attacks, "a", "attack")
    write(os.path.join(outdir, NAME + "-legit.jsonl"), legit, "l", "legit")
    print("attacks:", dict(fam))
    print("legit: %d cases, %d kinds" % (len(legit), len(kinds)))


if __name__ == "__main__":
    main()
