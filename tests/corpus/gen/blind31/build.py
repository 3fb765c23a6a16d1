#!/usr/bin/env python3
"""Build the blind31 corpus: OUT=/path python3 build.py -> blind31-attacks.jsonl, blind31-legit.jsonl."""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import attacks_other  # noqa: E402
import legit_a  # noqa: E402
import legit_b  # noqa: E402
import legit_c  # noqa: E402
import pi_colleague  # noqa: E402
import pi_indirect  # noqa: E402
import pi_multilingual  # noqa: E402
import pi_technical  # noqa: E402
from common import ATTACK_FAMILIES, KEYS, LEGIT_SOURCE, payload_size  # noqa: E402

EXPECTED_ATTACK = {"prompt_injection": 120, "shell_injection": 14, "sql_injection": 14,
                   "path_traversal": 13, "template_injection": 13, "ssrf": 13, "secret": 13}
N_LEGIT_KINDS, N_PER_KIND = 26, 10


def finalize(items, label, prefix):
    rows = []
    for i, c in enumerate(items, 1):
        rows.append({"id": "%s-%03d" % (prefix, i), "label": label, "family": c["family"],
                     "technique": c["technique"], "source": c["source"], "tool": c["tool"],
                     "payload": c["payload"]})
    return rows


def validate(attacks, legit):
    errs = []
    if len(attacks) != 200:
        errs.append("attack count %d != 200" % len(attacks))
    if len(legit) != N_LEGIT_KINDS * N_PER_KIND:
        errs.append("legit count %d != 260" % len(legit))
    fam = collections.Counter(r["family"] for r in attacks)
    if dict(fam) != EXPECTED_ATTACK:
        errs.append("attack family counts %s" % dict(fam))
    kinds = collections.Counter(r["family"] for r in legit)
    if len(kinds) != N_LEGIT_KINDS or any(v != N_PER_KIND for v in kinds.values()):
        errs.append("legit kinds %s" % dict(kinds))
    langs = {r["technique"][1:r["technique"].index("]")] for r in attacks
             if r["family"] == "prompt_injection" and r["technique"].startswith("[")}
    n_ml = sum(1 for r in attacks if r["family"] == "prompt_injection" and r["technique"].startswith("["))
    if n_ml < 40 or len(langs) < 15:
        errs.append("multilingual PI %d in %d languages" % (n_ml, len(langs)))
    seen_ids, seen_payloads, seen_tech = set(), set(), set()
    for r in attacks + legit:
        if tuple(r.keys()) != KEYS:
            errs.append("%s: key order %s" % (r.get("id"), list(r.keys())))
        if r["id"] in seen_ids:
            errs.append("duplicate id %s" % r["id"])
        seen_ids.add(r["id"])
        if not isinstance(r["payload"], dict):
            errs.append("%s: payload not object" % r["id"])
        size = payload_size(r["payload"])
        if not 40 <= size <= 4600:
            errs.append("%s: payload size %d" % (r["id"], size))
        pk = json.dumps(r["payload"], sort_keys=True, ensure_ascii=False)
        if pk in seen_payloads:
            errs.append("%s: duplicate payload" % r["id"])
        seen_payloads.add(pk)
        tk = (r["family"], r["technique"])
        if tk in seen_tech:
            errs.append("%s: duplicate technique %s" % (r["id"], tk))
        seen_tech.add(tk)
        for key in ("technique", "source", "tool"):
            if not isinstance(r[key], str) or not r[key].strip() or "\n" in r[key]:
                errs.append("%s: bad %s" % (r["id"], key))
        fam_ = r["family"]
        if not fam_ or fam_ != fam_.lower() or " " in fam_:
            errs.append("%s: family not snake_case" % r["id"])
    for r in attacks:
        if r["label"] != "attack" or r["family"] not in ATTACK_FAMILIES or not r["id"].startswith("blind31-a-"):
            errs.append("%s: bad attack row" % r["id"])
    for r in legit:
        if r["label"] != "legit" or r["family"] in ATTACK_FAMILIES or r["source"] != LEGIT_SOURCE \
                or not r["id"].startswith("blind31-l-"):
            errs.append("%s: bad legit row" % r["id"])
    return errs


def write(path, rows):
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def main():
    out = os.environ.get("OUT")
    if not out:
        print("error: set OUT to the output directory", file=sys.stderr)
        return 2
    attack_items = (pi_indirect.cases() + pi_colleague.cases() + pi_multilingual.cases()
                    + pi_technical.cases() + attacks_other.cases())
    legit_items = legit_a.cases() + legit_b.cases() + legit_c.cases()
    attacks = finalize(attack_items, "attack", "blind31-a")
    legit = finalize(legit_items, "legit", "blind31-l")
    errs = validate(attacks, legit)
    if errs:
        for e in errs:
            print("validation error: " + e, file=sys.stderr)
        return 1
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "blind31-attacks.jsonl"), attacks)
    write(os.path.join(out, "blind31-legit.jsonl"), legit)
    print("wrote %d attacks, %d legit to %s" % (len(attacks), len(legit), out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
