#!/usr/bin/env python3
"""Deterministic, stdlib-only generator for the blind27 evaluation corpus.

Usage: OUT=/tmp/b27out python3 /tmp/b27gen/build.py
Writes blind27-attacks.jsonl and blind27-legit.jsonl into $OUT (default /tmp/b27out).
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import a_path  # noqa: E402
import a_pi  # noqa: E402
import a_secret  # noqa: E402
import a_shell  # noqa: E402
import a_sql  # noqa: E402
import a_ssrf  # noqa: E402
import a_tpl  # noqa: E402
import l_1  # noqa: E402
import l_2  # noqa: E402
import l_3  # noqa: E402

KEYS = ["id", "label", "family", "technique", "source", "tool", "payload"]
ATTACK_FAMILIES = ["shell_injection", "sql_injection", "path_traversal", "template_injection", "ssrf", "secret",
                   "prompt_injection"]
N_ATTACK, N_LEGIT, PER_ATTACK, PER_KIND, N_KINDS = 210, 240, 30, 10, 24


def assemble(rows, label, prefix):
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%03d" % (prefix, i), "label": label, "family": r["family"], "technique": r["technique"],
                    "source": r["source"], "tool": r["tool"], "payload": r["payload"]})
    return out


def validate(attacks, legit):
    errs = []
    if len(attacks) != N_ATTACK:
        errs.append("attack count %d != %d" % (len(attacks), N_ATTACK))
    if len(legit) != N_LEGIT:
        errs.append("legit count %d != %d" % (len(legit), N_LEGIT))
    ac = collections.Counter(r["family"] for r in attacks)
    for f in ATTACK_FAMILIES:
        if ac.get(f) != PER_ATTACK:
            errs.append("attack family %s has %s rows" % (f, ac.get(f)))
    if set(ac) - set(ATTACK_FAMILIES):
        errs.append("unknown attack families: %s" % sorted(set(ac) - set(ATTACK_FAMILIES)))
    lc = collections.Counter(r["family"] for r in legit)
    if len(lc) != N_KINDS:
        errs.append("legit kinds %d != %d" % (len(lc), N_KINDS))
    for k, n in lc.items():
        if n != PER_KIND:
            errs.append("legit kind %s has %d rows" % (k, n))
    if set(lc) & set(ATTACK_FAMILIES):
        errs.append("legit kinds overlap attack families")
    seen_payloads = {}
    for rows, label, prefix, n in ((attacks, "attack", "blind27-a", N_ATTACK), (legit, "legit", "blind27-l", N_LEGIT)):
        for i, r in enumerate(rows, 1):
            if list(r.keys()) != KEYS:
                errs.append("%s: bad key order %s" % (r.get("id"), list(r.keys())))
            if r["id"] != "%s-%03d" % (prefix, i):
                errs.append("bad id %s" % r["id"])
            if r["label"] != label:
                errs.append("%s: bad label" % r["id"])
            for k in ("family", "technique", "source", "tool"):
                if not isinstance(r[k], str) or not r[k].strip():
                    errs.append("%s: empty %s" % (r["id"], k))
            if "." not in r["tool"]:
                errs.append("%s: tool without dot" % r["id"])
            if not isinstance(r["payload"], dict) or not r["payload"]:
                errs.append("%s: payload must be a non-empty object" % r["id"])
            key = json.dumps(r["payload"], sort_keys=True, ensure_ascii=False)
            if key in seen_payloads:
                errs.append("%s: duplicate payload of %s" % (r["id"], seen_payloads[key]))
            seen_payloads[key] = r["id"]
    techs = collections.Counter(r["technique"] for r in attacks + legit)
    for t, n in techs.items():
        if n > 1:
            errs.append("duplicate technique text: %s" % t)
    return errs


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n")


def main():
    out_dir = os.environ.get("OUT", "/tmp/b27out")
    attack_rows = (a_shell.ROWS + a_sql.ROWS + a_path.ROWS + a_tpl.ROWS + a_ssrf.ROWS + a_secret.ROWS + a_pi.ROWS)
    legit_rows = l_1.ROWS + l_2.ROWS + l_3.ROWS
    attacks = assemble(attack_rows, "attack", "blind27-a")
    legit = assemble(legit_rows, "legit", "blind27-l")
    errs = validate(attacks, legit)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    os.makedirs(out_dir, exist_ok=True)
    pa = os.path.join(out_dir, "blind27-attacks.jsonl")
    pl = os.path.join(out_dir, "blind27-legit.jsonl")
    dump(pa, attacks)
    dump(pl, legit)
    # re-read and verify what was written
    for p, n in ((pa, N_ATTACK), (pl, N_LEGIT)):
        with open(p, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
        if len(lines) != n or any(list(json.loads(x).keys()) != KEYS for x in lines):
            print("ERROR: verification of %s failed" % p, file=sys.stderr)
            sys.exit(1)
    print("wrote %s (%d rows)" % (pa, len(attacks)))
    for f, n in collections.Counter(r["family"] for r in attacks).items():
        print("  attack %-20s %d" % (f, n))
    print("wrote %s (%d rows)" % (pl, len(legit)))
    for f, n in collections.Counter(r["family"] for r in legit).items():
        print("  legit  %-34s %d" % (f, n))


if __name__ == "__main__":
    main()
