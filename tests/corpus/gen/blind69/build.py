import sys
sys.dont_write_bytecode = True

import json
import os

NAME = "blind69"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import attacks1, attacks2, attacks3  # noqa: E402
import legit1, legit2, legit3, legit4  # noqa: E402


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)

    attacks = attacks1.CASES + attacks2.CASES + attacks3.CASES
    legit = legit1.CASES + legit2.CASES + legit3.CASES + legit4.CASES
    assert len(attacks) == 150, len(attacks)
    assert len(legit) == 300, len(legit)

    seen = set()
    for case in attacks + legit:
        key = json.dumps(case[-1], ensure_ascii=False, sort_keys=True)
        assert key not in seen, "duplicate payload: " + key[:120]
        seen.add(key)
    assert len({c[0] for c in legit}) >= 40

    with open(os.path.join(outdir, NAME + "-attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (tech, src, tool, payload) in enumerate(attacks, 1):
            row = {"id": "%s-a-%03d" % (NAME, i), "label": "attack", "family": "prompt_injection",
                   "technique": tech, "source": src, "tool": tool, "payload": payload}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    with open(os.path.join(outdir, NAME + "-legit.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (family, tech, src, tool, payload) in enumerate(legit, 1):
            row = {"id": "%s-l-%03d" % (NAME, i), "label": "legit", "family": family,
                   "technique": tech, "source": src, "tool": tool, "payload": payload}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
