#!/usr/bin/env python3
"""Build the blind19 evaluation corpus.

    OUT=/tmp/blind19 python3 /tmp/blind19/build.py

Writes blind19-attacks.jsonl and blind19-legit.jsonl into $OUT (default: the
directory of this file). Standard library only, no clock, no network; every
random-looking value comes from random.Random seeded with fixed strings, so two
runs produce byte-identical files.
"""
import collections
import hashlib
import json
import os
import re
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import atk_shell     # noqa: E402
import atk_sql       # noqa: E402
import atk_path      # noqa: E402
import atk_template  # noqa: E402
import atk_ssrf      # noqa: E402
import atk_secret    # noqa: E402
import atk_prompt    # noqa: E402
import legit_data    # noqa: E402
import legit_ops     # noqa: E402
import legit_text    # noqa: E402
import legit_misc    # noqa: E402

NAME = "blind19"
FAMILIES = [
    ("shell_injection", atk_shell),
    ("sql_injection", atk_sql),
    ("path_traversal", atk_path),
    ("template_injection", atk_template),
    ("ssrf", atk_ssrf),
    ("secret", atk_secret),
    ("prompt_injection", atk_prompt),
]
LEGIT_KINDS = legit_data.KINDS + legit_ops.KINDS + legit_text.KINDS + legit_misc.KINDS
KEYS = ["id", "label", "family", "technique", "source", "tool", "payload"]

# words a "subtle" business-prose injection must never contain (any language used)
SUBTLE_BANNED = re.compile(
    r"(?i)(\b(ai|a\.i\.|llm|gpt|ki|ia|bot)\b|\b(chatbot|assistant|model|prompt|instruction|"
    r"modelo|modèle|modell|modello|anweisung|instructie|instrucci|istruzion|instruç|instruc|"
    r"polecenie|polecen|talimat|instruktion|asystent|assistente|asistente)\w*)")
SUBTLE_BANNED_CJK = ["人工智能", "指令", "指示", "模型", "AIエージェント", "プロンプト", "인공지능", "지시",
                     "инструкц", "нейросет", "модел", "الذكاء الاصطناعي", "تعليمات"]


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield k
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def generate():
    attacks, legit = [], []
    stats = {"obf": collections.Counter(), "subtle": 0}
    n = 0
    for family, mod in FAMILIES:
        items = mod.build()
        assert len(items) == 30, (family, len(items))
        techs = [i["technique"] for i in items]
        assert len(set(techs)) == 30, family
        for it in items:
            n += 1
            if it.get("obf"):
                stats["obf"][family] += 1
            if it.get("subtle"):
                stats["subtle"] += 1
                text = " ".join(_strings(it["payload"]))
                assert not SUBTLE_BANNED.search(text), (it["technique"], SUBTLE_BANNED.search(text).group(0))
                for w in SUBTLE_BANNED_CJK:
                    assert w not in text, (it["technique"], w)
            attacks.append({"id": "%s-a-%03d" % (NAME, n), "label": "attack", "family": family,
                            "technique": it["technique"], "source": it["source"], "tool": it["tool"],
                            "payload": it["payload"]})
    n = 0
    for kind, fn in LEGIT_KINDS:
        items = fn()
        assert len(items) == 10, (kind, len(items))
        for it in items:
            n += 1
            legit.append({"id": "%s-l-%03d" % (NAME, n), "label": "legit", "family": kind,
                          "technique": it["technique"], "source": it["source"], "tool": it["tool"],
                          "payload": it["payload"]})
    return attacks, legit, stats


def validate(attacks, legit, stats):
    assert len(attacks) == 210 and len(legit) == 240
    assert len(LEGIT_KINDS) == 24 and len({k for k, _ in LEGIT_KINDS}) == 24
    seen = set()
    for rec in attacks + legit:
        assert list(rec.keys()) == KEYS, rec["id"]
        assert isinstance(rec["payload"], dict) and rec["payload"], rec["id"]
        for k in ("technique", "source", "tool", "family"):
            assert isinstance(rec[k], str) and rec[k].strip(), (rec["id"], k)
        blob = json.dumps(rec["payload"], sort_keys=True, ensure_ascii=False)
        assert blob not in seen, rec["id"]
        seen.add(blob)
        for s in _strings(rec["payload"]):
            for bad in ("<payload>", "PLACEHOLDER", "TODO", "Lorem ipsum", "<your", "xxx-xxx", "<id>"):
                assert bad not in s, (rec["id"], bad)
    assert stats["subtle"] >= 13
    for fam, _ in FAMILIES:
        assert 8 <= stats["obf"][fam] <= 12, (fam, stats["obf"][fam])


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main():
    out = os.environ.get("OUT", HERE)
    os.makedirs(out, exist_ok=True)
    attacks, legit, stats = generate()
    validate(attacks, legit, stats)
    a_text, l_text = serialise(attacks), serialise(legit)

    # in-process determinism check: regenerate and compare
    a2, l2, _ = generate()
    assert serialise(a2) == a_text and serialise(l2) == l_text, "generator is not deterministic"

    pa = os.path.join(out, "%s-attacks.jsonl" % NAME)
    pl = os.path.join(out, "%s-legit.jsonl" % NAME)
    with open(pa, "w", encoding="utf-8", newline="\n") as f:
        f.write(a_text)
    with open(pl, "w", encoding="utf-8", newline="\n") as f:
        f.write(l_text)

    print("wrote %s (%d records, sha256 %s)" % (pa, len(attacks), hashlib.sha256(a_text.encode()).hexdigest()))
    print("wrote %s (%d records, sha256 %s)" % (pl, len(legit), hashlib.sha256(l_text.encode()).hexdigest()))
    print("\nattacks per family (obfuscated):")
    fam_counts = collections.Counter(r["family"] for r in attacks)
    for fam, _ in FAMILIES:
        print("  %-20s %3d  (%d obfuscated)" % (fam, fam_counts[fam], stats["obf"][fam]))
    print("  prompt_injection subtle business-prose cases: %d" % stats["subtle"])
    print("\nlegit per kind:")
    kind_counts = collections.Counter(r["family"] for r in legit)
    for kind, _ in LEGIT_KINDS:
        print("  %-26s %3d" % (kind, kind_counts[kind]))
    print("\ntotal: %d attacks, %d legit" % (len(attacks), len(legit)))


if __name__ == "__main__":
    main()
