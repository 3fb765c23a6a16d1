#!/usr/bin/env python3
"""Build the blind22 corpus.

Usage:  OUT=/tmp/blind22 python3 /tmp/blind22/gen/build.py
Writes OUT/blind22-attacks.jsonl and OUT/blind22-legit.jsonl (deterministic, stdlib only).
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import NAME, enrich  # noqa: E402
import att_shell, att_sql, att_path, att_template, att_ssrf, att_secret, att_prompt  # noqa: E402
import legit_a, legit_b, legit_c  # noqa: E402

SIZE_A = 30
FAMILIES = ["shell_injection", "sql_injection", "path_traversal", "template_injection",
            "ssrf", "secret", "prompt_injection"]
ATTACK_MODULES = [att_shell, att_sql, att_path, att_template, att_ssrf, att_secret, att_prompt]
LEGIT_MODULES = [legit_a, legit_b, legit_c]
LEGIT_KINDS = 24
PER_KIND = 10
KEYS = ["family", "technique", "source", "tool", "payload"]
TOOL_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
KIND_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def fail(msg):
    sys.stderr.write("build.py: validation failed: %s\n" % msg)
    sys.exit(1)


def finish(items, label, prefix):
    out = []
    for i, it in enumerate(items, 1):
        if sorted(it) != sorted(KEYS):
            fail("%s item %d has keys %s" % (label, i, sorted(it)))
        for k in ("family", "technique", "source", "tool"):
            if not isinstance(it[k], str) or not it[k].strip():
                fail("%s item %d: empty %s" % (label, i, k))
        if not TOOL_RE.match(it["tool"]):
            fail("%s item %d: bad tool name %r" % (label, i, it["tool"]))
        if not isinstance(it["payload"], dict) or len(enrich(it["tool"], it["payload"])) < 3:
            fail("%s item %d (%s): payload must be an object with several fields" % (label, i, it["technique"]))
        rec = collections.OrderedDict()
        it = dict(it, payload=enrich(it["tool"], it["payload"]))
        rec["id"] = "%s-%s-%03d" % (NAME, prefix, i)
        rec["label"] = label
        for k in KEYS:
            rec[k] = it[k]
        out.append(rec)
    return out


def main():
    outdir = os.environ.get("OUT")
    if not outdir:
        fail("set OUT=<output directory>")
    attacks = []
    for fam, mod in zip(FAMILIES, ATTACK_MODULES):
        its = mod.items()
        if len(its) != SIZE_A:
            fail("%s has %d items, expected %d" % (fam, len(its), SIZE_A))
        for it in its:
            if it["family"] != fam:
                fail("%s module produced family %r" % (fam, it["family"]))
        attacks.extend(its)
    legit = []
    for mod in LEGIT_MODULES:
        legit.extend(mod.items())

    fam_counts = collections.Counter(a["family"] for a in attacks)
    if set(fam_counts) != set(FAMILIES) or any(v != SIZE_A for v in fam_counts.values()):
        fail("attack family counts %s" % dict(fam_counts))
    kind_counts = collections.Counter(l["family"] for l in legit)
    if len(kind_counts) != LEGIT_KINDS or any(v != PER_KIND for v in kind_counts.values()):
        fail("legit kind counts %s" % dict(kind_counts))
    for kname in kind_counts:
        if not KIND_RE.match(kname) or kname in FAMILIES:
            fail("bad legit kind name %r" % kname)

    attacks = finish(attacks, "attack", "a")
    legit = finish(legit, "legit", "l")

    seen = {}
    for rec in attacks + legit:
        key = json.dumps(rec["payload"], sort_keys=True, ensure_ascii=False)
        if key in seen:
            fail("duplicate payload: %s and %s" % (seen[key], rec["id"]))
        seen[key] = rec["id"]
    ids = [r["id"] for r in attacks + legit]
    if len(set(ids)) != len(ids):
        fail("duplicate ids")

    os.makedirs(outdir, exist_ok=True)
    for fname, rows in (("%s-attacks.jsonl" % NAME, attacks), ("%s-legit.jsonl" % NAME, legit)):
        path = os.path.join(outdir, fname)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for rec in rows:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        # round-trip check
        with open(path, encoding="utf-8") as fh:
            back = [json.loads(line) for line in fh]
        if [list(b) for b in back] != [["id", "label", "family", "technique", "source", "tool", "payload"]] * len(rows):
            fail("key order check failed for %s" % fname)
    print("%s: %d attacks (%s), %d legit (%d kinds x %d) -> %s" % (
        NAME, len(attacks), ", ".join("%s=%d" % (f, fam_counts[f]) for f in FAMILIES),
        len(legit), len(kind_counts), PER_KIND, outdir))


if __name__ == "__main__":
    main()
