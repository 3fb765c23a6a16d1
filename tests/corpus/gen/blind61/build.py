import sys
sys.dont_write_bytecode = True

import importlib
import json
import os

NAME = "blind61"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def modules(prefix):
    names = sorted(f[:-3] for f in os.listdir(HERE)
                   if f.startswith(prefix) and f.endswith(".py") and f[len(prefix):-3].isdigit())
    names.sort(key=lambda n: int(n[len(prefix):]))
    return [importlib.import_module(n) for n in names]


def canon(payload):
    return json.dumps(payload, ensure_ascii=False, sort_keys=True)


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)

    attacks = []
    for m in modules("attacks"):
        for technique, source, tool, payload in m.CASES:
            attacks.append(("prompt_injection", technique, source, tool, payload))
    legit = []
    for m in modules("legit"):
        for family, technique, source, tool, payload in m.CASES:
            legit.append((family, technique, source, tool, payload))

    assert len(attacks) == 150, len(attacks)
    assert len(legit) == 300, len(legit)
    seen = set()
    for row in attacks + legit:
        assert isinstance(row[4], dict)
        key = canon(row[4])
        assert key not in seen, "duplicate payload: " + key[:120]
        seen.add(key)

    for label, rows, tag, fname in (("attack", attacks, "a", NAME + "-attacks.jsonl"),
                                    ("legit", legit, "l", NAME + "-legit.jsonl")):
        with open(os.path.join(outdir, fname), "w", encoding="utf-8", newline="\n") as fh:
            for i, (family, technique, source, tool, payload) in enumerate(rows, 1):
                row = {"id": "%s-%s-%03d" % (NAME, tag, i), "label": label, "family": family,
                       "technique": technique, "source": source, "tool": tool, "payload": payload}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("attacks=%d legit=%d -> %s" % (len(attacks), len(legit), outdir))


if __name__ == "__main__":
    main()
