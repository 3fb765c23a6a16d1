import sys
sys.dont_write_bytecode = True
import os, json, importlib

NAME = "blind47"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

def load(prefix):
    mods = sorted(f[:-3] for f in os.listdir(HERE) if f.startswith(prefix) and f.endswith(".py"))
    out = []
    for m in mods:
        out.extend(importlib.import_module(m).CASES)
    return out

def main(outdir):
    attacks = load("attacks")
    legit = load("legit")
    assert len(attacks) == 150, len(attacks)
    assert len(legit) == 300, len(legit)
    seen = set()
    for c in attacks + legit:
        k = json.dumps(c[-1], sort_keys=True, ensure_ascii=False)
        assert k not in seen, k[:200]
        seen.add(k)
    with open(os.path.join(outdir, NAME + "-attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (tech, src, tool, payload) in enumerate(attacks, 1):
            row = {"id": "%s-a-%03d" % (NAME, i), "label": "attack", "family": "prompt_injection",
                   "technique": tech, "source": src, "tool": tool, "payload": payload}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, NAME + "-legit.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (fam, tech, src, tool, payload) in enumerate(legit, 1):
            row = {"id": "%s-l-%03d" % (NAME, i), "label": "legit", "family": fam,
                   "technique": tech, "source": src, "tool": tool, "payload": payload}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE))
