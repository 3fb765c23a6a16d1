import sys
sys.dont_write_bytecode = True
import importlib
import json
import os

NAME = "blind52"
FAMILIES = ["shell_injection", "sql_injection", "path_traversal", "ssrf", "template_injection", "secret"]
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def load(prefix):
    mods = sorted(f[:-3] for f in os.listdir(HERE) if f.startswith(prefix) and f.endswith(".py"))
    mods.sort(key=lambda m: int(m[len(prefix):]))
    out = []
    for m in mods:
        out.extend(importlib.import_module(m).CASES)
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)
    attacks = load("attacks")
    legit = load("legit")
    seen = set()
    for c in attacks + legit:
        assert len(c) == 5 and isinstance(c[4], dict), c
        k = json.dumps(c[4], sort_keys=True, ensure_ascii=False)
        assert k not in seen, "duplicate payload: " + k[:120]
        seen.add(k)
    counts = {f: 0 for f in FAMILIES}
    for c in attacks:
        assert c[0] in counts, c[0]
        counts[c[0]] += 1
    assert all(v == 30 for v in counts.values()), counts
    assert len(attacks) == 180 and len(legit) == 300, (len(attacks), len(legit))
    assert len({c[0] for c in legit}) >= 30
    for fname, rows, tag, label in ((NAME + "-attacks.jsonl", attacks, "a", "attack"),
                                    (NAME + "-legit.jsonl", legit, "l", "legit")):
        with open(os.path.join(outdir, fname), "w", encoding="utf-8", newline="\n") as fh:
            for i, (fam, tech, src, tool, payload) in enumerate(rows, 1):
                row = {"id": "%s-%s-%03d" % (NAME, tag, i), "label": label, "family": fam,
                       "technique": tech, "source": src, "tool": tool, "payload": payload}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
