#!/usr/bin/env python3
"""Build the blind9 evaluation corpus.

Written by a session that never saw the inspector or any earlier corpus;
kept in tests/corpus/holdout/ and never tuned on. Regenerate the committed
files (the output is the same every run):

    OUT=tests/corpus/holdout python3 tests/corpus/gen/blind9/build.py

Deterministic: every random choice comes from random.Random instances with fixed seeds.
"""
import collections
import json
import os
import random
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import atk_path  # noqa: E402
import atk_ssrf  # noqa: E402
import atk_shell  # noqa: E402
import atk_sql  # noqa: E402
import atk_tpl  # noqa: E402
import atk_secret  # noqa: E402
import atk_pi  # noqa: E402
import legit_a  # noqa: E402
import legit_b  # noqa: E402
import legit_c  # noqa: E402

KEYS = ["id", "label", "family", "technique", "source", "tool", "payload"]
ATTACK_FAMILIES = {
    "path_traversal": atk_path.build,
    "prompt_injection": atk_pi.build,
    "secret": atk_secret.build,
    "shell_injection": atk_shell.build,
    "sql_injection": atk_sql.build,
    "ssrf": atk_ssrf.build,
    "template_injection": atk_tpl.build,
}
SEED_BASE = 0xB1D9


def seed_for(name):
    return SEED_BASE ^ zlib.crc32(name.encode("utf-8"))


def make_rows(label, groups, prefix, shuffle_seed):
    rows = []
    for fam in sorted(groups):
        rng = random.Random(seed_for(label + ":" + fam))
        for case in groups[fam](rng):
            rows.append((fam, case))
    random.Random(shuffle_seed).shuffle(rows)
    out = []
    for i, (fam, case) in enumerate(rows, 1):
        rec = collections.OrderedDict()
        rec["id"] = "%s%03d" % (prefix, i)
        rec["label"] = label
        rec["family"] = fam
        rec["technique"] = case["technique"]
        rec["source"] = case["source"]
        rec["tool"] = case["tool"]
        rec["payload"] = case["payload"]
        out.append(rec)
    return out


def validate(rows, label, prefix, total):
    assert len(rows) == total, (label, len(rows))
    for i, r in enumerate(rows, 1):
        assert list(r.keys()) == KEYS, r.keys()
        assert r["id"] == "%s%03d" % (prefix, i)
        assert r["label"] == label
        for k in ("family", "technique", "source", "tool"):
            assert isinstance(r[k], str) and r[k].strip(), (r["id"], k)
        assert "." in r["tool"] or "_" in r["tool"], r["tool"]
        assert isinstance(r["payload"], dict) and r["payload"], r["id"]
        # must be JSON-serialisable and round-trip
        s = json.dumps(r["payload"], ensure_ascii=False)
        assert json.loads(s) == r["payload"]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    out_dir = os.environ.get("OUT")
    if not out_dir:
        sys.exit("set OUT=<output dir>")
    os.makedirs(out_dir, exist_ok=True)

    attacks = make_rows("attack", ATTACK_FAMILIES, "blind9-a-", 9001)
    legit_groups = {}
    for mod in (legit_a, legit_b, legit_c):
        for k, fn in mod.KINDS.items():
            assert k not in legit_groups and k not in ATTACK_FAMILIES, k
            legit_groups[k] = fn
    legit = make_rows("legit", legit_groups, "blind9-l-", 9002)

    validate(attacks, "attack", "blind9-a-", 210)
    validate(legit, "legit", "blind9-l-", 210)

    fa = collections.Counter(r["family"] for r in attacks)
    assert set(fa) == set(ATTACK_FAMILIES), fa
    assert all(v == 30 for v in fa.values()), fa
    fl = collections.Counter(r["family"] for r in legit)
    assert len(fl) >= 22, fl
    assert all(8 <= v <= 10 for v in fl.values()), fl

    seen = {}
    for r in attacks + legit:
        key = json.dumps(r["payload"], sort_keys=True, ensure_ascii=False)
        assert key not in seen, ("duplicate payload", r["id"], seen.get(key))
        seen[key] = r["id"]
    ids = [r["id"] for r in attacks + legit]
    assert len(set(ids)) == len(ids)

    # prompt-injection language coverage
    langs = sorted({r["technique"].rsplit("[", 1)[1].rstrip("]") for r in attacks if r["family"] == "prompt_injection"})
    assert len(langs) >= 8, langs

    write_jsonl(os.path.join(out_dir, "blind9-attacks.jsonl"), attacks)
    write_jsonl(os.path.join(out_dir, "blind9-legit.jsonl"), legit)

    # re-read and check the files
    for name, n in (("blind9-attacks.jsonl", 210), ("blind9-legit.jsonl", 210)):
        with open(os.path.join(out_dir, name), "rb") as f:
            data = f.read()
        assert b"\r" not in data.replace(b"\\r", b"")
        lines = data.decode("utf-8").split("\n")
        assert lines[-1] == "" and len(lines) == n + 1
        for ln in lines[:-1]:
            assert list(json.loads(ln).keys()) == KEYS

    sys.stderr.write("attacks: %s\nlegit: %s\npi languages (%d): %s\n" % (
        dict(sorted(fa.items())), dict(sorted(fl.items())), len(langs), ", ".join(langs)))


if __name__ == "__main__":
    main()
