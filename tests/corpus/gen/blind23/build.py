#!/usr/bin/env python3
"""Build the blind23 evaluation corpus.

Usage: OUT=/tmp/blind23 python3 /tmp/blind23/gen/build.py
Writes $OUT/blind23-attacks.jsonl and $OUT/blind23-legit.jsonl (deterministic, stdlib only).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import att_path  # noqa: E402
import att_prompt  # noqa: E402
import att_secret  # noqa: E402
import att_shell  # noqa: E402
import att_sql  # noqa: E402
import att_ssrf  # noqa: E402
import att_template  # noqa: E402
import legit_a  # noqa: E402
import legit_b  # noqa: E402
import legit_c  # noqa: E402
from common import NAME  # noqa: E402

SIZE_A = 30
LEGIT_KINDS = 24
LEGIT_PER_KIND = 10
KEYS = ["id", "label", "family", "technique", "source", "tool", "payload"]
ATTACK_FAMILIES = [
    ("shell_injection", att_shell),
    ("sql_injection", att_sql),
    ("path_traversal", att_path),
    ("template_injection", att_template),
    ("ssrf", att_ssrf),
    ("secret", att_secret),
    ("prompt_injection", att_prompt),
]
TOOL_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
FAMILY_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def record(idx, label, family, e):
    prefix = "a" if label == "attack" else "l"
    return {"id": "%s-%s-%03d" % (NAME, prefix, idx), "label": label, "family": family,
            "technique": e["technique"], "source": e["source"], "tool": e["tool"], "payload": e["payload"]}


def build_attacks():
    out = []
    for family, mod in ATTACK_FAMILIES:
        entries = mod.build()
        if len(entries) != SIZE_A:
            raise SystemExit("family %s has %d entries, expected %d" % (family, len(entries), SIZE_A))
        for e in entries:
            out.append(record(len(out) + 1, "attack", family, e))
    return out


def build_legit():
    out = []
    kinds = legit_a.KINDS + legit_b.KINDS + legit_c.KINDS
    names = [k for k, _ in kinds]
    if len(kinds) != LEGIT_KINDS or len(set(names)) != LEGIT_KINDS:
        raise SystemExit("expected %d distinct legit kinds, got %d (%d distinct)" % (LEGIT_KINDS, len(names), len(set(names))))
    for kind, fn in kinds:
        if not FAMILY_RE.match(kind):
            raise SystemExit("legit kind not snake_case: %r" % kind)
        entries = fn()
        if len(entries) != LEGIT_PER_KIND:
            raise SystemExit("kind %s has %d entries, expected %d" % (kind, len(entries), LEGIT_PER_KIND))
        for e in entries:
            out.append(record(len(out) + 1, "legit", kind, e))
    return out


def validate(attacks, legit):
    errors = []
    seen_payloads = {}
    seen_ids = set()
    for rec in attacks + legit:
        rid = rec.get("id")
        if list(rec.keys()) != KEYS:
            errors.append("%s: keys/order %r" % (rid, list(rec.keys())))
        if rid in seen_ids:
            errors.append("duplicate id %s" % rid)
        seen_ids.add(rid)
        for k in ("technique", "source", "tool", "family"):
            if not isinstance(rec[k], str) or not rec[k].strip():
                errors.append("%s: empty %s" % (rid, k))
        if not TOOL_RE.match(rec["tool"]):
            errors.append("%s: bad tool name %r" % (rid, rec["tool"]))
        p = rec["payload"]
        if not isinstance(p, dict) or len(p) < 2:
            errors.append("%s: payload must be an object with several fields" % rid)
        canon = json.dumps(p, sort_keys=True, ensure_ascii=False)
        if canon in seen_payloads:
            errors.append("%s: duplicate payload of %s" % (rid, seen_payloads[canon]))
        seen_payloads[canon] = rid
    fams = {}
    for rec in attacks:
        if rec["label"] != "attack":
            errors.append("%s: label" % rec["id"])
        fams[rec["family"]] = fams.get(rec["family"], 0) + 1
    for family, _ in ATTACK_FAMILIES:
        if fams.get(family) != SIZE_A:
            errors.append("family %s count %s" % (family, fams.get(family)))
    if set(fams) != {f for f, _ in ATTACK_FAMILIES}:
        errors.append("unexpected attack families %r" % sorted(fams))
    kinds = {}
    for rec in legit:
        if rec["label"] != "legit":
            errors.append("%s: label" % rec["id"])
        kinds[rec["family"]] = kinds.get(rec["family"], 0) + 1
    if len(kinds) != LEGIT_KINDS or any(v != LEGIT_PER_KIND for v in kinds.values()):
        errors.append("legit kind counts %r" % kinds)
    if len(attacks) != SIZE_A * len(ATTACK_FAMILIES) or len(legit) != LEGIT_KINDS * LEGIT_PER_KIND:
        errors.append("totals %d/%d" % (len(attacks), len(legit)))
    if errors:
        raise SystemExit("validation failed:\n  " + "\n  ".join(errors))


def write(path, recs):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main():
    out_dir = os.environ.get("OUT") or os.path.dirname(HERE)
    os.makedirs(out_dir, exist_ok=True)
    attacks = build_attacks()
    legit = build_legit()
    validate(attacks, legit)
    pa = os.path.join(out_dir, "%s-attacks.jsonl" % NAME)
    pl = os.path.join(out_dir, "%s-legit.jsonl" % NAME)
    write(pa, attacks)
    write(pl, legit)
    # re-read to confirm the files parse back to the same records
    for path, recs in ((pa, attacks), (pl, legit)):
        with open(path, encoding="utf-8") as f:
            back = [json.loads(line) for line in f]
        if back != recs:
            raise SystemExit("round-trip mismatch in %s" % path)
    print("wrote %s (%d attacks) and %s (%d legit, %d kinds)" % (pa, len(attacks), pl, len(legit), LEGIT_KINDS))


if __name__ == "__main__":
    main()
