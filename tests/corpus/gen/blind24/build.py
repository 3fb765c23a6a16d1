#!/usr/bin/env python3
"""Build the blind24 corpus.

Usage:  OUT=/tmp/blind24 python3 /tmp/blind24/gen/build.py
Writes  $OUT/blind24-attacks.jsonl and $OUT/blind24-legit.jsonl (deterministic, byte-identical on rerun).
"""
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import NAME, SIZE_A, ATTACK_FAMILIES, LEGIT_KINDS, LEGIT_PER_KIND  # noqa: E402
import att_shell, att_sql, att_path, att_template, att_ssrf, att_secret, att_prompt  # noqa: E402
import legit_a, legit_b, legit_c  # noqa: E402

KEYS = ["id", "label", "family", "technique", "source", "tool", "payload"]
ATTACK_MODULES = [att_shell, att_sql, att_path, att_template, att_ssrf, att_secret, att_prompt]
LEGIT_MODULES = [legit_a, legit_b, legit_c]
TOOL_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
SNAKE_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def fail(msg):
    sys.exit(f"build.py: validation failed: {msg}")


def finalize(items, label, prefix):
    rows = []
    for n, it in enumerate(items, 1):
        row = {"id": f"{NAME}-{prefix}-{n:03d}", "label": label, "family": it["family"],
               "technique": it["technique"], "source": it["source"], "tool": it["tool"],
               "payload": it["payload"]}
        rows.append(row)
    return rows


def validate(rows, label):
    for row in rows:
        if list(row.keys()) != KEYS:
            fail(f"{row.get('id')}: keys {list(row.keys())}")
        for key in ("id", "family", "technique", "source", "tool"):
            if not isinstance(row[key], str) or not row[key].strip():
                fail(f"{row['id']}: empty or non-string {key}")
        if row["label"] != label:
            fail(f"{row['id']}: label {row['label']}")
        if not SNAKE_RE.match(row["family"]):
            fail(f"{row['id']}: family not snake_case: {row['family']}")
        if not TOOL_RE.match(row["tool"]):
            fail(f"{row['id']}: bad tool name {row['tool']}")
        p = row["payload"]
        if not isinstance(p, dict) or len(p) < 2:
            fail(f"{row['id']}: payload must be an object with several fields")
        # round-trip check (JSON-serialisable, no NaN)
        json.loads(json.dumps(p, allow_nan=False))


def main():
    out_dir = os.environ.get("OUT") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    attacks = []
    for mod in ATTACK_MODULES:
        attacks.extend(mod.build())
    legit = []
    for mod in LEGIT_MODULES:
        legit.extend(mod.build())

    # order attacks by the canonical family order (stable within family)
    order = {f: i for i, f in enumerate(ATTACK_FAMILIES)}
    for it in attacks:
        if it["family"] not in order:
            fail(f"unknown attack family {it['family']}")
    attacks.sort(key=lambda it: order[it["family"]])

    a_rows = finalize(attacks, "attack", "a")
    l_rows = finalize(legit, "legit", "l")
    validate(a_rows, "attack")
    validate(l_rows, "legit")

    ca = collections.Counter(r["family"] for r in a_rows)
    for f in ATTACK_FAMILIES:
        if ca[f] != SIZE_A:
            fail(f"attack family {f} has {ca[f]} rows, expected {SIZE_A}")
    if set(ca) != set(ATTACK_FAMILIES):
        fail(f"unexpected attack families {set(ca) - set(ATTACK_FAMILIES)}")
    cl = collections.Counter(r["family"] for r in l_rows)
    if len(cl) != LEGIT_KINDS:
        fail(f"{len(cl)} legit kinds, expected {LEGIT_KINDS}")
    for kind, n in cl.items():
        if n != LEGIT_PER_KIND:
            fail(f"legit kind {kind} has {n} rows, expected {LEGIT_PER_KIND}")
    if set(cl) & set(ATTACK_FAMILIES):
        fail("legit kind name collides with an attack family")

    seen = {}
    for row in a_rows + l_rows:
        key = json.dumps(row["payload"], sort_keys=True, ensure_ascii=False)
        if key in seen:
            fail(f"duplicate payload: {row['id']} == {seen[key]}")
        seen[key] = row["id"]
    ids = [r["id"] for r in a_rows + l_rows]
    if len(ids) != len(set(ids)):
        fail("duplicate ids")

    os.makedirs(out_dir, exist_ok=True)
    for rows, suffix in ((a_rows, "attacks"), (l_rows, "legit")):
        path = os.path.join(out_dir, f"{NAME}-{suffix}.jsonl")
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False, allow_nan=False) + "\n")
        print(f"wrote {path} ({len(rows)} rows)")
    print("attacks per family: " + ", ".join(f"{f}={ca[f]}" for f in ATTACK_FAMILIES))
    print(f"legit kinds: {len(cl)} x {LEGIT_PER_KIND} = {len(l_rows)}")


if __name__ == "__main__":
    main()
