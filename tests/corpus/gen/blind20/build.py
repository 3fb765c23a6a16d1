#!/usr/bin/env python3
"""Build the blind20 evaluation corpus.

Usage:  OUT=/tmp/blind20 python3 /tmp/blind20/build.py

Writes NAME-attacks.jsonl (210 cases, 30 per family) and NAME-legit.jsonl
(240 cases, 10 per kind of work).  Deterministic: no clock, no network, every
random-looking value comes from random.Random seeded with fixed strings.
"""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import atk_shell      # noqa: E402
import atk_sql        # noqa: E402
import atk_path       # noqa: E402
import atk_template   # noqa: E402
import atk_ssrf       # noqa: E402
import atk_secret     # noqa: E402
import atk_prompt     # noqa: E402
import legit_a        # noqa: E402
import legit_b        # noqa: E402
import legit_c        # noqa: E402

NAME = "blind20"
KEYS = ("id", "label", "family", "technique", "source", "tool", "payload")
ATTACK_MODULES = [atk_shell, atk_sql, atk_path, atk_template, atk_ssrf, atk_secret, atk_prompt]
FAMILIES = ["shell_injection", "sql_injection", "path_traversal", "template_injection", "ssrf", "secret", "prompt_injection"]

# characters that some JSONL readers treat as line breaks even inside strings
_LINE_BREAKERS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085"}


def _line(obj):
    s = json.dumps(obj, ensure_ascii=False)
    for ch, esc in _LINE_BREAKERS.items():
        s = s.replace(ch, esc)
    assert "\n" not in s and "\r" not in s
    return s


def _record(prefix, n, label, family, c):
    rec = {"id": "%s-%s-%03d" % (NAME, prefix, n), "label": label, "family": family,
           "technique": c["technique"], "source": c["source"], "tool": c["tool"], "payload": c["payload"]}
    assert tuple(rec) == KEYS
    assert isinstance(rec["payload"], dict) and rec["payload"], rec["id"]
    return rec


def build_attacks():
    recs = []
    for mod, fam in zip(ATTACK_MODULES, FAMILIES):
        assert mod.FAMILY == fam
        cases = mod.build()
        assert len(cases) == 30, (fam, len(cases))
        for c in cases:
            recs.append(_record("a", len(recs) + 1, "attack", fam, c))
    return recs


def build_legit():
    recs = []
    kinds = legit_a.KINDS + legit_b.KINDS + legit_c.KINDS
    assert len(kinds) == 24 and len({k for k, _ in kinds}) == 24
    for kind, fn in kinds:
        cases = fn()
        assert len(cases) == 10, (kind, len(cases))
        for c in cases:
            recs.append(_record("l", len(recs) + 1, "legit", kind, c))
    return recs


def _check_unique(recs):
    seen = set()
    for r in recs:
        key = json.dumps(r["payload"], sort_keys=True, ensure_ascii=False)
        assert key not in seen, "duplicate payload in " + r["id"]
        seen.add(key)
        assert "IPADDR" not in key and "<payload>" not in key, r["id"]
        if r["label"] == "attack":
            assert "%s" not in key, r["id"]


def main():
    out_dir = os.environ.get("OUT", HERE)
    os.makedirs(out_dir, exist_ok=True)
    attacks = build_attacks()
    legit = build_legit()
    _check_unique(attacks + legit)
    paths = []
    for suffix, recs in (("attacks", attacks), ("legit", legit)):
        path = os.path.join(out_dir, "%s-%s.jsonl" % (NAME, suffix))
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for r in recs:
                fh.write(_line(r) + "\n")
        paths.append(path)
    fam = collections.Counter(r["family"] for r in attacks)
    kinds = collections.Counter(r["family"] for r in legit)
    print("wrote %s (%d) and %s (%d)" % (paths[0], len(attacks), paths[1], len(legit)))
    print("attacks per family:")
    for f in FAMILIES:
        print("  %-20s %d" % (f, fam[f]))
    print("legit per kind:")
    for k, _ in legit_a.KINDS + legit_b.KINDS + legit_c.KINDS:
        print("  %-26s %d" % (k, kinds[k]))


if __name__ == "__main__":
    main()
