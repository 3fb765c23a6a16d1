#!/usr/bin/env python3
"""Build the pi25 prompt-injection corpus.

Usage: OUT=/tmp/pi25 python3 /tmp/pi25/gen/build.py
Writes $OUT/pi25-attacks.jsonl and $OUT/pi25-legit.jsonl (deterministic, stdlib only).
"""
import collections
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import NAME, rng  # noqa: E402
import att_en1, att_en2, att_de, att_fr, att_es, att_pt_it  # noqa: E402
import att_nl_pl_cs_sv_el, att_ru_uk_tr, att_ar_he_hi, att_ja_ko_zh, att_sea_misc  # noqa: E402
import legit_a, legit_b, legit_c  # noqa: E402

SIZE_A = 240
LEGIT_KINDS = 24
PER_KIND = 10
MIN_LANGS = 16

ATTACK_MODULES = [att_en1, att_en2, att_de, att_fr, att_es, att_pt_it, att_nl_pl_cs_sv_el,
                  att_ru_uk_tr, att_ar_he_hi, att_ja_ko_zh, att_sea_misc]
LEGIT_MODULES = [legit_a, legit_b, legit_c]

TOOL_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
SNAKE_RE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")
KEYS = ["id", "label", "family", "technique", "source", "tool", "payload"]


def fail(msg):
    sys.stderr.write("VALIDATION ERROR: " + msg + "\n")
    sys.exit(1)


def canon(p):
    return json.dumps(p, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def leaves(o):
    if isinstance(o, dict):
        return sum(leaves(v) for v in o.values())
    if isinstance(o, list):
        return sum(leaves(v) for v in o)
    return 1


def check_entry(e, where):
    if not TOOL_RE.match(e["tool"]):
        fail("%s: bad tool name %r" % (where, e["tool"]))
    if not SNAKE_RE.match(e["technique"]):
        fail("%s: technique not snake_case ascii: %r" % (where, e["technique"]))
    if not isinstance(e["source"], str) or not e["source"].strip():
        fail("%s: empty source" % where)
    p = e["payload"]
    if not isinstance(p, dict) or leaves(p) < 3:
        fail("%s: payload must be an object with several fields" % where)


def main():
    out = os.environ.get("OUT")
    if not out:
        fail("set OUT to the output directory")
    os.makedirs(out, exist_ok=True)

    attacks = []
    for m in ATTACK_MODULES:
        for i, e in enumerate(m.ATTACKS):
            check_entry(e, "%s[%d]" % (m.__name__, i))
            attacks.append(e)
    legit = []
    for m in LEGIT_MODULES:
        for i, e in enumerate(m.LEGIT):
            check_entry(e, "%s[%d]" % (m.__name__, i))
            if not SNAKE_RE.match(e["kind"]):
                fail("%s[%d]: kind not snake_case" % (m.__name__, i))
            legit.append(e)

    # ---- counts ----
    if len(attacks) != SIZE_A:
        fail("expected %d attacks, got %d" % (SIZE_A, len(attacks)))
    kinds = collections.Counter(e["kind"] for e in legit)
    if len(kinds) != LEGIT_KINDS or any(v != PER_KIND for v in kinds.values()):
        fail("legit kinds must be %d x %d, got %r" % (LEGIT_KINDS, PER_KIND, dict(kinds)))

    langs = collections.Counter(e["lang"] for e in attacks)
    real_langs = [l for l in langs if l != "mixed"]
    if len(real_langs) < MIN_LANGS:
        fail("only %d attack languages" % len(real_langs))
    if langs.get("en", 0) * 3 > SIZE_A:
        fail("English attacks exceed a third: %d" % langs["en"])

    # ---- duplicates (payloads and attack texts) ----
    seen = {}
    for e in attacks + legit:
        c = canon(e["payload"])
        if c in seen:
            fail("duplicate payload: %s" % c[:120])
        seen[c] = True
    tech = collections.Counter(e["technique"] for e in attacks)
    dups = [t for t, n in tech.items() if n > 1]
    if dups:
        fail("attack techniques reused verbatim: %r" % dups)

    # ---- deterministic interleaving (no positional cues) ----
    order_a = list(range(len(attacks)))
    rng("order/attacks").shuffle(order_a)
    order_l = list(range(len(legit)))
    rng("order/legit").shuffle(order_l)

    def rows(items, order, label, prefix):
        res = []
        for n, idx in enumerate(order, 1):
            e = items[idx]
            fam = "prompt_injection" if label == "attack" else e["kind"]
            row = collections.OrderedDict()
            row["id"] = "%s-%s-%03d" % (NAME, prefix, n)
            row["label"] = label
            row["family"] = fam
            row["technique"] = e["technique"]
            row["source"] = e["source"]
            row["tool"] = e["tool"]
            row["payload"] = e["payload"]
            if list(row.keys()) != KEYS:
                fail("key order")
            res.append(row)
        return res

    a_rows = rows(attacks, order_a, "attack", "a")
    l_rows = rows(legit, order_l, "legit", "l")

    for fname, rws in (("%s-attacks.jsonl" % NAME, a_rows), ("%s-legit.jsonl" % NAME, l_rows)):
        path = os.path.join(out, fname)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for row in rws:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    # ---- re-read and validate written files ----
    for fname, label, n in (("%s-attacks.jsonl" % NAME, "attack", SIZE_A),
                            ("%s-legit.jsonl" % NAME, "legit", LEGIT_KINDS * PER_KIND)):
        with open(os.path.join(out, fname), encoding="utf-8") as fh:
            lines = fh.read().splitlines()
        if len(lines) != n:
            fail("%s: %d lines" % (fname, len(lines)))
        for ln in lines:
            obj = json.loads(ln)
            if list(obj.keys()) != KEYS or obj["label"] != label:
                fail("%s: bad row %s" % (fname, ln[:80]))
            if label == "attack" and obj["family"] != "prompt_injection":
                fail("attack family")

    print("attacks: %d   legit: %d (%d kinds x %d)" % (len(a_rows), len(l_rows), len(kinds), PER_KIND))
    print("attack languages (%d incl. mixed): %s" % (len(langs), ", ".join("%s=%d" % (k, v) for k, v in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])))))
    ll = collections.Counter(e["lang"] for e in legit)
    print("legit languages: %s" % ", ".join("%s=%d" % (k, v) for k, v in sorted(ll.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("legit kinds: %s" % ", ".join(sorted(kinds)))
    print("attack tools: %d distinct; legit tools: %d distinct" % (len({e['tool'] for e in attacks}), len({e['tool'] for e in legit})))


if __name__ == "__main__":
    main()
