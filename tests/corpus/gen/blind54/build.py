import sys
sys.dont_write_bytecode = True

import importlib
import json
import os

NAME = "blind54"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

ATTACK_MODULES = ["attacks1", "attacks2", "attacks3", "attacks4", "attacks5", "attacks6"]
LEGIT_MODULES = ["legit1", "legit2", "legit3", "legit4", "legit5", "legit6"]
FAMILIES = ["shell_injection", "sql_injection", "path_traversal", "ssrf", "template_injection", "secret"]


def load(mods):
    out = []
    for m in mods:
        out.extend(importlib.import_module(m).CASES)
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)
    attacks = load(ATTACK_MODULES)
    legit = load(LEGIT_MODULES)

    seen = set()
    for case in attacks + legit:
        assert len(case) == 5, case
        key = json.dumps(case[4], sort_keys=True, ensure_ascii=False)
        assert key not in seen, "duplicate payload: %s" % key[:200]
        seen.add(key)
        assert isinstance(case[4], dict)

    counts = {}
    for c in attacks:
        assert c[0] in FAMILIES, c[0]
        counts[c[0]] = counts.get(c[0], 0) + 1
    assert all(counts.get(f) == 30 for f in FAMILIES), counts
    assert len(attacks) == 180, len(attacks)
    assert len(legit) == 300, len(legit)
    assert len({c[0] for c in legit}) >= 30

    def write(path, rows):
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    arows = []
    for i, (family, technique, source, tool, payload) in enumerate(attacks, 1):
        arows.append({"id": "%s-a-%03d" % (NAME, i), "label": "attack", "family": family, "technique": technique,
                      "source": source, "tool": tool, "payload": payload})
    lrows = []
    for i, (kind, technique, source, tool, payload) in enumerate(legit, 1):
        lrows.append({"id": "%s-l-%03d" % (NAME, i), "label": "legit", "family": kind, "technique": technique,
                      "source": source, "tool": tool, "payload": payload})
    write(os.path.join(outdir, NAME + "-attacks.jsonl"), arows)
    write(os.path.join(outdir, NAME + "-legit.jsonl"), lrows)


if __name__ == "__main__":
    main()
