import sys
sys.dont_write_bytecode = True

import glob
import importlib
import json
import os

NAME = "blind66"
N_ATTACKS = 150
N_LEGIT = 300


def load(prefix):
    here = os.path.dirname(os.path.abspath(__file__))
    if here not in sys.path:
        sys.path.insert(0, here)
    cases = []
    files = sorted(glob.glob(os.path.join(here, prefix + "[0-9]*.py")),
                   key=lambda p: int(os.path.basename(p)[len(prefix):-3]))
    for path in files:
        mod = importlib.import_module(os.path.basename(path)[:-3])
        cases.extend(mod.CASES)
    return cases


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    os.makedirs(outdir, exist_ok=True)

    attacks = load("attacks")
    legit = load("legit")
    assert len(attacks) == N_ATTACKS, len(attacks)
    assert len(legit) == N_LEGIT, len(legit)

    seen = set()
    rows_a, rows_l = [], []
    for i, (technique, source, tool, payload) in enumerate(attacks, 1):
        rows_a.append({"id": "%s-a-%03d" % (NAME, i), "label": "attack", "family": "prompt_injection",
                       "technique": technique, "source": source, "tool": tool, "payload": payload})
    for i, (family, technique, source, tool, payload) in enumerate(legit, 1):
        rows_l.append({"id": "%s-l-%03d" % (NAME, i), "label": "legit", "family": family,
                       "technique": technique, "source": source, "tool": tool, "payload": payload})
    for row in rows_a + rows_l:
        assert isinstance(row["payload"], dict), row["id"]
        key = json.dumps(row["payload"], sort_keys=True, ensure_ascii=False)
        assert key not in seen, "duplicate payload: " + row["id"]
        seen.add(key)

    for fname, rows in (("%s-attacks.jsonl" % NAME, rows_a), ("%s-legit.jsonl" % NAME, rows_l)):
        with open(os.path.join(outdir, fname), "w", encoding="utf-8", newline="\n") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
