import sys
sys.dont_write_bytecode = True
import os, json, importlib

NAME = "blind48"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

ATTACK_MODULES = ["attacks1", "attacks2", "attacks3"]
LEGIT_MODULES = ["legit1", "legit2", "legit3", "legit4", "legit5", "legit6"]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    attacks, legit = [], []
    for m in ATTACK_MODULES:
        for technique, source, tool, payload in importlib.import_module(m).CASES:
            attacks.append((technique, source, tool, payload))
    for m in LEGIT_MODULES:
        for family, technique, source, tool, payload in importlib.import_module(m).CASES:
            legit.append((family, technique, source, tool, payload))

    seen = set()
    for rec in attacks + legit:
        key = json.dumps(rec[-1], sort_keys=True, ensure_ascii=False)
        if key in seen:
            raise SystemExit("duplicate payload: " + key[:120])
        seen.add(key)
    if len(attacks) != 150 or len(legit) != 300:
        raise SystemExit("bad counts: %d attacks, %d legit" % (len(attacks), len(legit)))

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
