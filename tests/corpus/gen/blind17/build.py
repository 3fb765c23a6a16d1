"""Build the blind17 evaluation corpus.

A HOLD-OUT corpus: written by a session that never saw the inspector, its
source, its tests or any earlier corpus; measured on its summary lines only and never
used for tuning.

Usage (from the repository root): OUT=tests/corpus/holdout python3 tests/corpus/gen/blind17/build.py
Writes blind17-attacks.jsonl and blind17-legit.jsonl. Deterministic: all randomness comes
from random.Random instances seeded with fixed "blind17/..." strings.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import att_shell_sql  # noqa: E402
import att_path_tmpl  # noqa: E402
import att_ssrf_secret  # noqa: E402
import att_prompt  # noqa: E402
import legit_a  # noqa: E402
import legit_b  # noqa: E402
import legit_c  # noqa: E402

NAME = "blind17"
FAMILIES = [
    ("shell_injection", att_shell_sql.shell),
    ("sql_injection", att_shell_sql.sql),
    ("path_traversal", att_path_tmpl.path),
    ("template_injection", att_path_tmpl.tmpl),
    ("ssrf", att_ssrf_secret.ssrf),
    ("secret", att_ssrf_secret.secret),
    ("prompt_injection", att_prompt.prompt),
]


def record(rid, label, family, item):
    return {"id": rid, "label": label, "family": family, "technique": item["technique"],
            "source": item["source"], "tool": item["tool"], "payload": item["payload"]}


def build():
    attacks = []
    for fam, fn in FAMILIES:
        items = fn()
        assert len(items) == 30, (fam, len(items))
        for it in items:
            attacks.append(record("%s-a-%03d" % (NAME, len(attacks) + 1), "attack", fam, it))
    legit = []
    kinds = legit_a.all_kinds() + legit_b.all_kinds() + legit_c.all_kinds()
    assert len(kinds) == 24
    for group in kinds:
        assert len(group) == 10, group[0]["kind"]
        for it in group:
            legit.append(record("%s-l-%03d" % (NAME, len(legit) + 1), "legit", it["kind"], it))
    return attacks, legit


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")


def main():
    out = os.environ.get("OUT", os.path.dirname(os.path.abspath(__file__)))
    os.makedirs(out, exist_ok=True)
    attacks, legit = build()
    for rows in (attacks, legit):
        assert len({r["technique"] for r in rows}) == len(rows), "duplicate technique"
        for r in rows:
            assert isinstance(r["payload"], dict)
    write(os.path.join(out, NAME + "-attacks.jsonl"), attacks)
    write(os.path.join(out, NAME + "-legit.jsonl"), legit)
    print("wrote %d attacks, %d legit to %s" % (len(attacks), len(legit), out))


if __name__ == "__main__":
    main()
