import sys
sys.dont_write_bytecode = True
import os, json

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

NAME = "blind70"
ATTACK_MODULES = ["attacks1", "attacks2", "attacks3", "attacks4", "attacks5"]
LEGIT_MODULES = ["legit1", "legit2", "legit3", "legit4", "legit5", "legit6"]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)
    attacks, legit = [], []
    for m in ATTACK_MODULES:
        attacks.extend(__import__(m).CASES)
    for m in LEGIT_MODULES:
        legit.extend(__import__(m).CASES)
    assert len(attacks) == 150, len(attacks)
    assert len(legit) == 300, len(legit)
    seen = set()
    rows_a, rows_l = [], []
    for i, (tech, src, tool, payload) in enumerate(attacks, 1):
        rows_a.append({"id": "%s-a-%03d" % (NAME, i), "label": "attack", "family": "prompt_injection",
                       "technique": tech, "source": src, "tool": tool, "payload": payload})
    for i, (fam, tech, src, tool, payload) in enumerate(legit, 1):
        rows_l.append({"id": "%s-l-%03d" % (NAME, i), "label": "legit", "family": fam,
                       "technique": tech, "source": src, "tool": tool, "payload": payload})
    for r in rows_a + rows_l:
        key = json.dumps(r["payload"], ensure_ascii=False, sort_keys=True)
        assert key not in seen, "duplicate payload: " + r["id"]
        seen.add(key)
    for fn, rows in (("%s-attacks.jsonl" % NAME, rows_a), ("%s-legit.jsonl" % NAME, rows_l)):
        with open(os.path.join(outdir, fn), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
