#!/usr/bin/env python3
"""Build blind35-attacks.jsonl and blind35-legit.jsonl deterministically (stdlib only)."""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)

import common  # noqa: E402
import attacks_mcp, attacks_docs, attacks_misc, attacks_special  # noqa: E402,F401
import legit_tools, legit_agents, legit_collab, legit_code, legit_media, legit_multi, legit_extra  # noqa: E402,F401


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    attacks = []
    for i, c in enumerate(common.ATTACKS, 1):
        attacks.append({"id": "blind35-a-%03d" % i, "label": "attack", "family": "prompt_injection",
                        "technique": c["technique"], "source": c["source"], "tool": c["tool"], "payload": c["payload"]})
    legit = []
    for i, c in enumerate(common.LEGIT, 1):
        legit.append({"id": "blind35-l-%03d" % i, "label": "legit", "family": c["family"],
                      "technique": c["technique"], "source": c["source"], "tool": c["tool"], "payload": c["payload"]})
    dump(os.path.join(OUT, "blind35-attacks.jsonl"), attacks)
    dump(os.path.join(OUT, "blind35-legit.jsonl"), legit)
    print("attacks=%d legit=%d" % (len(attacks), len(legit)))


if __name__ == "__main__":
    main()
