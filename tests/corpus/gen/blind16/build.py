"""blind16 hold-out corpus generator.

Written by a session that never saw the payload inspector's source, its tests, or any earlier
corpus. The output is a HOLD-OUT evaluation set: it must NEVER be used for tuning rules,
thresholds, allow-lists or models. Use it only to measure.

Deterministic: standard library only, no clock, no network, seeded random.Random for all
random-looking material; two runs produce byte-identical files.

Regenerate (from the repository root):
    OUT=tests/corpus/holdout python3 tests/corpus/gen/blind16/build.py

Writes $OUT/blind16-attacks.jsonl (210 lines, 30 per family) and
$OUT/blind16-legit.jsonl (210 lines, 21 kinds x 10).
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import a_path  # noqa: E402
import a_pi  # noqa: E402
import a_secret  # noqa: E402
import a_shell  # noqa: E402
import a_sql  # noqa: E402
import a_ssrf  # noqa: E402
import a_tmpl  # noqa: E402
import legit_a  # noqa: E402
import legit_b  # noqa: E402
import legit_c  # noqa: E402

FAMILIES = [
    ("shell_injection", a_shell),
    ("sql_injection", a_sql),
    ("path_traversal", a_path),
    ("template_injection", a_tmpl),
    ("ssrf", a_ssrf),
    ("secret", a_secret),
    ("prompt_injection", a_pi),
]


def _record(rid, label, family, item):
    return {"id": rid, "label": label, "family": family, "technique": item["technique"],
            "source": item["source"], "tool": item["tool"], "payload": item["payload"]}


def attacks():
    items = []
    for fam, mod in FAMILIES:
        got = mod.build()
        if len(got) != 30:
            raise SystemExit("%s produced %d attacks" % (fam, len(got)))
        items.extend((fam, it) for it in got)
    random.Random("blind16/order/attacks").shuffle(items)
    return [_record("blind16-a-%03d" % (i + 1), "attack", fam, it) for i, (fam, it) in enumerate(items)]


def legit():
    items = []
    for mod in (legit_a, legit_b, legit_c):
        for kind, got in mod.build():
            if len(got) != 10:
                raise SystemExit("%s produced %d legit items" % (kind, len(got)))
            items.extend((kind, it) for it in got)
    random.Random("blind16/order/legit").shuffle(items)
    return [_record("blind16-l-%03d" % (i + 1), "legit", kind, it) for i, (kind, it) in enumerate(items)]


def write(path, records):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False, separators=(", ", ": ")) + "\n")


def main():
    out = os.environ.get("OUT")
    if not out:
        raise SystemExit("set OUT to the output directory")
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "blind16-attacks.jsonl"), attacks())
    write(os.path.join(out, "blind16-legit.jsonl"), legit())


if __name__ == "__main__":
    main()
