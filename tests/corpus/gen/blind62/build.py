import sys
sys.dont_write_bytecode = True
import os
import re
import json
import importlib

NAME = "blind62"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def _mods(prefix):
    names = []
    for f in os.listdir(HERE):
        m = re.match(r"^%s(\d+)\.py$" % prefix, f)
        if m:
            names.append((int(m.group(1)), f[:-3]))
    return [importlib.import_module(n) for _, n in sorted(names)]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(out, exist_ok=True)
    seen = set()
    attacks, legit = [], []
    for mod in _mods("attacks"):
        for case in mod.CASES:
            assert len(case) == 4, (mod.__name__, case)
            technique, source, tool, payload = case
            assert isinstance(payload, dict)
            key = json.dumps(payload, sort_keys=True, ensure_ascii=False)
            assert key not in seen, ("duplicate payload", mod.__name__, technique)
            seen.add(key)
            attacks.append({
                "id": "%s-a-%03d" % (NAME, len(attacks) + 1),
                "label": "attack",
                "family": "prompt_injection",
                "technique": technique,
                "source": source,
                "tool": tool,
                "payload": payload,
            })
    for mod in _mods("legit"):
        for case in mod.CASES:
            assert len(case) == 5, (mod.__name__, case)
            family, technique, source, tool, payload = case
            assert isinstance(payload, dict)
            key = json.dumps(payload, sort_keys=True, ensure_ascii=False)
            assert key not in seen, ("duplicate payload", mod.__name__, technique)
            seen.add(key)
            legit.append({
                "id": "%s-l-%03d" % (NAME, len(legit) + 1),
                "label": "legit",
                "family": family,
                "technique": technique,
                "source": source,
                "tool": tool,
                "payload": payload,
            })
    assert len(attacks) == 150, len(attacks)
    assert len(legit) == 300, len(legit)
    for fname, rows in (("%s-attacks.jsonl" % NAME, attacks), ("%s-legit.jsonl" % NAME, legit)):
        with open(os.path.join(out, fname), "w", encoding="utf-8", newline="\n") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
