#!/usr/bin/env python3
"""Generate the blind11 evaluation corpus.

Written by a session that never saw the inspector or any earlier corpus.
Measured once at first sight, then moved into the tuning corpus.
Regenerate the committed files (the output is the same every run):

    OUT=tests/corpus/payloads python3 tests/corpus/gen/blind11/build.py

Usage: OUT=/some/dir python3 build.py
Writes $OUT/blind11-attacks.jsonl (210 attacks, 30 per family) and
$OUT/blind11-legit.jsonl (210 hard legitimate payloads across 23 kinds).
Deterministic: standard library only, all "random" token bodies come from a
SHA-256 counter stream with a fixed seed (see common.py); no clocks.
"""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import atk_shell, atk_sql, atk_path, atk_tpl, atk_ssrf, atk_secret, atk_prompt  # noqa: E402
import legit1, legit2, legit3  # noqa: E402

FAMILIES = ["shell_injection", "sql_injection", "path_traversal", "template_injection",
            "ssrf", "secret", "prompt_injection"]
KEYS = ["id", "label", "family", "technique", "source", "tool", "payload"]


def finalize(records, prefix):
    out = []
    for i, r in enumerate(records, 1):
        rec = {"id": "%s-%03d" % (prefix, i)}
        for k in KEYS[1:]:
            rec[k] = r[k]
        out.append(rec)
    return out


def dump_line(rec):
    s = json.dumps(rec, ensure_ascii=False, separators=(", ", ": "))
    # keep every record on exactly one physical line for any JSONL reader
    return s.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def check(attacks, legit):
    assert len(attacks) == 210, len(attacks)
    assert len(legit) == 210, len(legit)
    fam = collections.Counter(a["family"] for a in attacks)
    assert set(fam) == set(FAMILIES) and all(v == 30 for v in fam.values()), fam
    kinds = collections.Counter(l["family"] for l in legit)
    assert len(kinds) >= 22, kinds
    assert max(kinds.values()) - min(kinds.values()) <= 1, kinds
    ids = [r["id"] for r in attacks + legit]
    assert len(ids) == len(set(ids))
    for r in attacks + legit:
        assert list(r.keys()) == KEYS, r["id"]
        assert isinstance(r["payload"], dict) and r["payload"], r["id"]
        for k in KEYS[:-1]:
            assert isinstance(r[k], str) and r[k], (r["id"], k)
        assert r["label"] == ("attack" if r["id"].startswith("blind11-a-") else "legit")
    # no duplicated payloads
    seen = set()
    for r in attacks + legit:
        key = json.dumps(r["payload"], sort_keys=True)
        assert key not in seen, r["id"]
        seen.add(key)
    # attack secrets must not be placeholder-looking
    for r in attacks:
        if r["family"] == "secret":
            blob = json.dumps(r["payload"])
            assert "EXAMPLE" not in blob and "xxxxxxxx" not in blob, r["id"]
    return fam, kinds


def main():
    out_dir = os.environ.get("OUT")
    if not out_dir:
        sys.exit("set OUT=/path/to/output/dir")
    os.makedirs(out_dir, exist_ok=True)

    attack_records = []
    for mod in (atk_shell, atk_sql, atk_path, atk_tpl, atk_ssrf, atk_secret, atk_prompt):
        attack_records.extend(mod.items())
    legit_records = legit1.items() + legit2.items() + legit3.items()

    attacks = finalize(attack_records, "blind11-a")
    legit = finalize(legit_records, "blind11-l")
    fam, kinds = check(attacks, legit)

    for name, recs in (("blind11-attacks.jsonl", attacks), ("blind11-legit.jsonl", legit)):
        path = os.path.join(out_dir, name)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for rec in recs:
                fh.write(dump_line(rec) + "\n")

    print("attacks:", dict(sorted(fam.items())))
    print("legit kinds (%d):" % len(kinds), dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
