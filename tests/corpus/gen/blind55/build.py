import sys
sys.dont_write_bytecode = True
import json
import os

NAME = "blind55"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import attacks1, attacks2, attacks3, attacks4  # noqa: E402
import legit1, legit2, legit3, legit4, legit5  # noqa: E402


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    attacks = []
    for m in (attacks1, attacks2, attacks3, attacks4):
        attacks.extend(m.CASES)
    legit = []
    for m in (legit1, legit2, legit3, legit4, legit5):
        legit.extend(m.CASES)
    assert len(attacks) == 150, len(attacks)
    assert len(legit) == 300, len(legit)

    seen = set()
    def key(p):
        k = json.dumps(p, ensure_ascii=False, sort_keys=True)
        assert k not in seen, "duplicate payload: " + k[:120]
        seen.add(k)

    with open(os.path.join(outdir, NAME + "-attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (technique, source, tool, payload) in enumerate(attacks, 1):
            key(payload)
            row = {"id": "%s-a-%03d" % (NAME, i), "label": "attack", "family": "prompt_injection",
                   "technique": technique, "source": source, "tool": tool, "payload": payload}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, NAME + "-legit.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (family, technique, source, tool, payload) in enumerate(legit, 1):
            key(payload)
            row = {"id": "%s-l-%03d" % (NAME, i), "label": "legit", "family": family,
                   "technique": technique, "source": source, "tool": tool, "payload": payload}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
