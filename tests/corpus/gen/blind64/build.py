import sys
sys.dont_write_bytecode = True

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

NAME = "blind64"
ATTACK_MODULES = ["attacks1", "attacks2", "attacks3"]
LEGIT_MODULES = ["legit1", "legit2", "legit3", "legit4", "legit5", "legit6", "legit7"]
N_ATTACKS = 150
N_LEGIT = 300


def load(mods):
    out = []
    for m in mods:
        mod = __import__(m)
        out.extend(mod.CASES)
    return out


def canon(p):
    return json.dumps(p, ensure_ascii=False, sort_keys=True)


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)

    attacks = load(ATTACK_MODULES)
    legit = load(LEGIT_MODULES)
    assert len(attacks) == N_ATTACKS, f"attacks: {len(attacks)}"
    assert len(legit) == N_LEGIT, f"legit: {len(legit)}"

    seen = set()
    a_rows, l_rows = [], []
    for i, (technique, source, tool, payload) in enumerate(attacks, 1):
        assert isinstance(payload, dict)
        c = canon(payload)
        assert c not in seen, f"duplicate attack payload {i}"
        seen.add(c)
        a_rows.append({"id": f"{NAME}-a-{i:03d}", "label": "attack", "family": "prompt_injection",
                       "technique": technique, "source": source, "tool": tool, "payload": payload})
    for i, (family, technique, source, tool, payload) in enumerate(legit, 1):
        assert isinstance(payload, dict)
        c = canon(payload)
        assert c not in seen, f"duplicate legit payload {i}"
        seen.add(c)
        l_rows.append({"id": f"{NAME}-l-{i:03d}", "label": "legit", "family": family,
                       "technique": technique, "source": source, "tool": tool, "payload": payload})

    for fname, rows in ((f"{NAME}-attacks.jsonl", a_rows), (f"{NAME}-legit.jsonl", l_rows)):
        with open(os.path.join(outdir, fname), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
