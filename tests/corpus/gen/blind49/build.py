import sys
sys.dont_write_bytecode = True
import json
import os
from collections import Counter

NAME = "blind49"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import attacks1, attacks2, attacks3, attacks4, attacks5, attacks6  # noqa: E402
import legit1, legit2, legit3, legit4, legit5  # noqa: E402

FAMILIES = ["shell_injection", "sql_injection", "path_traversal", "ssrf", "template_injection", "secret"]


def rows(mods, label, prefix):
    out = []
    for m in mods:
        for fam, tech, src, tool, payload in m.CASES:
            out.append({"id": "%s-%s-%03d" % (NAME, prefix, len(out) + 1), "label": label, "family": fam,
                        "technique": tech, "source": src, "tool": tool, "payload": payload})
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)
    att = rows([attacks1, attacks2, attacks3, attacks4, attacks5, attacks6], "attack", "a")
    leg = rows([legit1, legit2, legit3, legit4, legit5], "legit", "l")
    c = Counter(r["family"] for r in att)
    assert len(att) == 180 and all(c[f] == 30 for f in FAMILIES) and set(c) == set(FAMILIES), c
    assert len(leg) == 300, len(leg)
    assert len({r["family"] for r in leg}) >= 30
    seen = set()
    for r in att + leg:
        k = json.dumps(r["payload"], sort_keys=True, ensure_ascii=False)
        assert k not in seen, r["id"]
        seen.add(k)
    for fname, data in (("%s-attacks.jsonl" % NAME, att), ("%s-legit.jsonl" % NAME, leg)):
        with open(os.path.join(outdir, fname), "w", encoding="utf-8", newline="\n") as f:
            for r in data:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
