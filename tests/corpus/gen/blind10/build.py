"""Build the blind10 evaluation corpus.

Written by a session that never saw the inspector or any earlier corpus,
to get past a filter (90 prompt injections, most of them business prose
that names no AI; 30 each of shell, SQL and path traversal; 180 hard
legitimate payloads). Measured once, then moved into the tuning corpus.
Regenerate the committed files (the output is the same every run):

    OUT=tests/corpus/payloads python3 tests/corpus/gen/blind10/build.py

Deterministic: fixed seeds, random.Random instances only, stdlib only.
"""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import legit_a  # noqa: E402
import legit_b  # noqa: E402
import path_cases  # noqa: E402
import pi_multi  # noqa: E402
import pi_obf  # noqa: E402
import pi_prose  # noqa: E402
import pi_struct  # noqa: E402
import shell_cases  # noqa: E402
import sql_cases  # noqa: E402

KEYS = ["id", "label", "family", "technique", "source", "tool", "payload"]
ATTACK_SEED = 1010_0001
LEGIT_SEED = 1010_0002
EXPECTED_ATTACKS = {"prompt_injection": 90, "shell_injection": 30, "sql_injection": 30, "path_traversal": 30}


def record(label, family, c):
    return {"label": label, "family": family, "technique": c["technique"],
            "source": c["source"], "tool": c["tool"], "payload": c["payload"]}


def collect_attacks():
    out = []
    for mod in (pi_prose, pi_multi, pi_struct, pi_obf, shell_cases, sql_cases, path_cases):
        for c in mod.cases():
            out.append(record("attack", mod.FAMILY, c))
    return out


def collect_legit():
    out = []
    for mod in (legit_a, legit_b):
        for kind, items in mod.all_kinds().items():
            for c in items:
                out.append(record("legit", kind, c))
    return out


def number(rows, prefix, seed):
    rng = random.Random(seed)
    rows = list(rows)
    rng.shuffle(rows)
    final = []
    for i, r in enumerate(rows, 1):
        d = {"id": "%s-%03d" % (prefix, i)}
        d.update(r)
        final.append({k: d[k] for k in KEYS})
    return final


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False)


def validate(attacks, legit):
    assert len(attacks) == 180, len(attacks)
    assert len(legit) == 180, len(legit)
    fam = collections.Counter(r["family"] for r in attacks)
    assert dict(fam) == EXPECTED_ATTACKS, fam
    kinds = collections.Counter(r["family"] for r in legit)
    assert len(kinds) >= 20, kinds
    for k, n in kinds.items():
        assert 6 <= n <= 12, (k, n)
    assert not set(kinds) & set(EXPECTED_ATTACKS)
    seen = set()
    for rows, label, prefix in ((attacks, "attack", "blind10-a"), (legit, "legit", "blind10-l")):
        for i, r in enumerate(rows, 1):
            assert list(r.keys()) == KEYS, r.keys()
            assert r["id"] == "%s-%03d" % (prefix, i)
            assert r["label"] == label
            for key in ("family", "technique", "source", "tool"):
                assert isinstance(r[key], str) and r[key].strip(), (r["id"], key)
            assert "." in r["tool"], r["tool"]
            assert isinstance(r["payload"], dict) and r["payload"], r["id"]
            p = dumps(r["payload"])
            assert "\n" not in dumps(r)
            canon = json.dumps(r["payload"], ensure_ascii=False, sort_keys=True)
            assert canon not in seen, ("duplicate payload", r["id"])
            seen.add(canon)
            assert json.loads(p) == r["payload"]


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(dumps(r) + "\n")


def main():
    out = os.environ.get("OUT")
    if not out:
        sys.exit("set OUT=<output dir>")
    os.makedirs(out, exist_ok=True)
    attacks = number(collect_attacks(), "blind10-a", ATTACK_SEED)
    legit = number(collect_legit(), "blind10-l", LEGIT_SEED)
    validate(attacks, legit)
    write(os.path.join(out, "blind10-attacks.jsonl"), attacks)
    write(os.path.join(out, "blind10-legit.jsonl"), legit)
    print("attacks:", dict(collections.Counter(r["family"] for r in attacks)))
    print("legit kinds:", len(set(r["family"] for r in legit)), dict(collections.Counter(r["family"] for r in legit)))


if __name__ == "__main__":
    main()
