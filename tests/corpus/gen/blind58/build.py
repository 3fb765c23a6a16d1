import sys
sys.dont_write_bytecode = True

import json
import os

NAME = "blind58"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import attacks1, attacks2, attacks3  # noqa: E402
import legit1, legit2, legit3, legit4  # noqa: E402

N_ATTACKS = 150
N_LEGIT = 300


def _key(payload):
    return json.dumps(payload, ensure_ascii=False, sort_keys=True)


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)

    attacks = []
    for mod in (attacks1, attacks2, attacks3):
        for technique, source, tool, payload in mod.CASES:
            attacks.append((technique, source, tool, payload))
    legit = []
    for mod in (legit1, legit2, legit3, legit4):
        for family, technique, source, tool, payload in mod.CASES:
            legit.append((family, technique, source, tool, payload))

    assert len(attacks) == N_ATTACKS, len(attacks)
    assert len(legit) == N_LEGIT, len(legit)
    seen = set()
    for row in attacks + legit:
        k = _key(row[-1])
        assert k not in seen, "duplicate payload: " + k[:120]
        seen.add(k)
        assert isinstance(row[-1], dict)

    with open(os.path.join(outdir, NAME + "-attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (technique, source, tool, payload) in enumerate(attacks, 1):
            row = {"id": f"{NAME}-a-{i:03d}", "label": "attack", "family": "prompt_injection",
                   "technique": technique, "source": source, "tool": tool, "payload": payload}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    with open(os.path.join(outdir, NAME + "-legit.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (family, technique, source, tool, payload) in enumerate(legit, 1):
            row = {"id": f"{NAME}-l-{i:03d}", "label": "legit", "family": family,
                   "technique": technique, "source": source, "tool": tool, "payload": payload}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
