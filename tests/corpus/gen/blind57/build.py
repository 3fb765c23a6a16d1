import sys
sys.dont_write_bytecode = True

import importlib
import json
import os

NAME = "blind57"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

ATTACK_MODULES = ["attacks1", "attacks2", "attacks3", "attacks4"]
LEGIT_MODULES = ["legit1", "legit2", "legit3", "legit4"]


def _load(names):
    out = []
    for n in names:
        out.extend(importlib.import_module(n).CASES)
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)

    attacks = _load(ATTACK_MODULES)
    legit = _load(LEGIT_MODULES)
    assert len(attacks) == 150, len(attacks)
    assert len(legit) == 300, len(legit)

    seen = set()
    a_rows, l_rows = [], []
    for i, (technique, source, tool, payload) in enumerate(attacks, 1):
        a_rows.append({"id": "%s-a-%03d" % (NAME, i), "label": "attack", "family": "prompt_injection",
                       "technique": technique, "source": source, "tool": tool, "payload": payload})
    for i, (family, technique, source, tool, payload) in enumerate(legit, 1):
        l_rows.append({"id": "%s-l-%03d" % (NAME, i), "label": "legit", "family": family,
                       "technique": technique, "source": source, "tool": tool, "payload": payload})

    for row in a_rows + l_rows:
        assert isinstance(row["payload"], dict), row["id"]
        key = json.dumps(row["payload"], ensure_ascii=False, sort_keys=True)
        assert key not in seen, "duplicate payload: " + row["id"]
        seen.add(key)

    for suffix, rows in (("attacks", a_rows), ("legit", l_rows)):
        path = os.path.join(outdir, "%s-%s.jsonl" % (NAME, suffix))
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
