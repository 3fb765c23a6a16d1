"""Build the blind21 evaluation corpus.

Usage: OUT=/path/to/dir python3 build.py
Writes blind21-attacks.jsonl and blind21-legit.jsonl. Deterministic: no clock, no network,
all random-looking material comes from random.Random seeded with fixed strings.
"""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

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

NAME = "blind21"
FAMILIES = ["shell_injection", "sql_injection", "path_traversal", "template_injection", "ssrf", "secret",
            "prompt_injection"]
ATTACK_MODULES = [att_shell, att_sql, att_path, att_tmpl, att_ssrf, att_secret, att_prompt]


def records(items, label, prefix):
    out = []
    for i, it in enumerate(items, 1):
        rec = collections.OrderedDict()
        rec["id"] = "%s-%s-%03d" % (NAME, prefix, i)
        rec["label"] = label
        rec["family"] = it["family"]
        rec["technique"] = it["technique"]
        rec["source"] = it["source"]
        rec["tool"] = it["tool"]
        rec["payload"] = it["payload"]
        out.append(rec)
    return out


def validate(attacks, legit):
    fam = collections.Counter(a["family"] for a in attacks)
    assert set(fam) == set(FAMILIES), fam
    assert all(v == 30 for v in fam.values()), fam
    kinds = collections.Counter(l["family"] for l in legit)
    assert len(kinds) == 24 and all(v == 10 for v in kinds.values()), kinds
    seen = set()
    for rec in attacks + legit:
        assert isinstance(rec["payload"], dict) and rec["payload"], rec["id"]
        assert rec["tool"] and rec["technique"] and rec["source"], rec["id"]
        key = json.dumps(rec["payload"], sort_keys=True, ensure_ascii=False)
        assert key not in seen, "duplicate payload " + rec["id"]
        seen.add(key)
        assert "<payload>" not in key, rec["id"]
    techs = [a["technique"] for a in attacks]
    assert len(set(techs)) == len(techs), "duplicate attack technique"
    return fam, kinds


def write(path, recs):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main():
    out_dir = os.environ.get("OUT", HERE)
    os.makedirs(out_dir, exist_ok=True)
    attack_items = []
    for mod in ATTACK_MODULES:
        attack_items.extend(mod.build())
    legit_items = legit_a.build() + legit_b.build() + legit_c.build()
    attacks = records(attack_items, "attack", "a")
    legit = records(legit_items, "legit", "l")
    fam, kinds = validate(attacks, legit)
    write(os.path.join(out_dir, NAME + "-attacks.jsonl"), attacks)
    write(os.path.join(out_dir, NAME + "-legit.jsonl"), legit)
    print("attacks: %d" % len(attacks))
    for f in FAMILIES:
        print("  %-20s %d" % (f, fam[f]))
    print("legit: %d" % len(legit))
    for k in kinds:
        print("  %-28s %d" % (k, kinds[k]))


if __name__ == "__main__":
    main()
