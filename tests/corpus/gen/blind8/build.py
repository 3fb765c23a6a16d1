#!/usr/bin/env python3
"""Build the blind8 payload-inspector evaluation corpus.

Written by a session that never saw the inspector or any earlier corpus;
measured once as a hold-out, then moved into the tuning corpus
(tests/corpus/payloads/) when blind9 replaced it. Regenerate the committed
files (the output is the same every run):

    OUT=tests/corpus/payloads python3 tests/corpus/gen/blind8/build.py

Writes $OUT/blind8-attacks.jsonl and $OUT/blind8-legit.jsonl. Standard
library only.
"""
import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import att_path  # noqa: E402
import att_prompt  # noqa: E402
import att_secret  # noqa: E402
import att_shell  # noqa: E402
import att_sql  # noqa: E402
import att_ssrf  # noqa: E402
import att_tmpl  # noqa: E402
import legit_a  # noqa: E402
import legit_b  # noqa: E402
import legit_c  # noqa: E402

FAMILIES = [
    ("path_traversal", att_path),
    ("prompt_injection", att_prompt),
    ("secret", att_secret),
    ("shell_injection", att_shell),
    ("sql_injection", att_sql),
    ("ssrf", att_ssrf),
    ("template_injection", att_tmpl),
]
SHUFFLE_SEED = 0xB1D8


def record(rid, label, family, c):
    # exact key order required by the corpus format
    return {"id": rid, "label": label, "family": family, "technique": c["technique"],
            "source": c["source"], "tool": c["tool"], "payload": c["payload"]}


def build_attacks():
    items = []
    for fam, mod in FAMILIES:
        cs = mod.cases()
        if len(cs) != 30:
            raise SystemExit("family %s has %d cases, expected 30" % (fam, len(cs)))
        items.extend((fam, c) for c in cs)
    random.Random(SHUFFLE_SEED).shuffle(items)
    return [record("blind8-a-%03d" % (i + 1), "attack", fam, c) for i, (fam, c) in enumerate(items)]


def build_legit():
    items = []
    for mod in (legit_a, legit_b, legit_c):
        for kind, cs in mod.all_kinds():
            if not 8 <= len(cs) <= 10:
                raise SystemExit("legit kind %s has %d cases, expected 8-10" % (kind, len(cs)))
            items.extend((kind, c) for c in cs)
    random.Random(SHUFFLE_SEED + 1).shuffle(items)
    return [record("blind8-l-%03d" % (i + 1), "legit", kind, c) for i, (kind, c) in enumerate(items)]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def check(path, label, expected_total, per_group):
    ids, payloads = set(), set()
    groups = collections.Counter()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            obj = json.loads(line)
            assert list(obj) == ["id", "label", "family", "technique", "source", "tool", "payload"], (path, n)
            assert obj["label"] == label, (path, n)
            assert obj["id"] == "blind8-%s-%03d" % (label[0], n), (path, n, obj["id"])
            assert obj["id"] not in ids
            ids.add(obj["id"])
            assert isinstance(obj["payload"], dict) and obj["payload"], (path, n)
            assert obj["technique"] and obj["source"] and obj["tool"], (path, n)
            key = json.dumps(obj["payload"], sort_keys=True, ensure_ascii=False)
            assert key not in payloads, ("duplicate payload", path, n)
            payloads.add(key)
            groups[obj["family"]] += 1
    assert len(ids) == expected_total, (path, len(ids))
    per_group(groups)
    return groups


def main():
    out = os.environ.get("OUT", "blind8-out")
    os.makedirs(out, exist_ok=True)
    attacks, legit = build_attacks(), build_legit()
    pa, pl = os.path.join(out, "blind8-attacks.jsonl"), os.path.join(out, "blind8-legit.jsonl")
    write_jsonl(pa, attacks)
    write_jsonl(pl, legit)

    def att_ok(g):
        assert set(g) == {f for f, _ in FAMILIES} and all(v == 30 for v in g.values()), g

    def leg_ok(g):
        assert len(g) >= 22 and all(8 <= v <= 10 for v in g.values()), g

    ga = check(pa, "attack", 210, att_ok)
    gl = check(pl, "legit", 210, leg_ok)
    print("wrote %s (%d) and %s (%d)" % (pa, sum(ga.values()), pl, sum(gl.values())))
    for k in sorted(ga):
        print("  attack %-20s %d" % (k, ga[k]))
    for k in sorted(gl):
        print("  legit  %-22s %d" % (k, gl[k]))


if __name__ == "__main__":
    main()
