import sys
sys.dont_write_bytecode = True

import importlib
import json
import os

NAME = "blind65"
N_ATTACKS = 150
N_LEGIT = 300

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)


def _modules(prefix):
    names = sorted(f[:-3] for f in os.listdir(HERE)
                   if f.startswith(prefix) and f.endswith(".py") and f[len(prefix):-3].isdigit())
    names.sort(key=lambda n: int(n[len(prefix):]))
    return [importlib.import_module(n) for n in names]


def _key(payload):
    return json.dumps(payload, sort_keys=True, ensure_ascii=False)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build.py OUTDIR")
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)

    attacks = [c for m in _modules("attacks") for c in m.CASES]
    legit = [c for m in _modules("legit") for c in m.CASES]
    assert len(attacks) == N_ATTACKS, len(attacks)
    assert len(legit) == N_LEGIT, len(legit)

    seen = set()
    for c in attacks:
        assert len(c) == 4 and isinstance(c[3], dict), c[:3]
        k = _key(c[3])
        assert k not in seen, ("duplicate payload", c[:3])
        seen.add(k)
    for c in legit:
        assert len(c) == 5 and isinstance(c[4], dict), c[:4]
        k = _key(c[4])
        assert k not in seen, ("duplicate payload", c[:4])
        seen.add(k)

    with open(os.path.join(outdir, NAME + "-attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (technique, source, tool, payload) in enumerate(attacks, 1):
            row = {"id": "%s-a-%03d" % (NAME, i), "label": "attack", "family": "prompt_injection",
                   "technique": technique, "source": source, "tool": tool, "payload": payload}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    with open(os.path.join(outdir, NAME + "-legit.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (family, technique, source, tool, payload) in enumerate(legit, 1):
            row = {"id": "%s-l-%03d" % (NAME, i), "label": "legit", "family": family,
                   "technique": technique, "source": source, "tool": tool, "payload": payload}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
