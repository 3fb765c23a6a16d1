"""Assemble, shuffle, number and validate the blind7 corpus.

Written by a session that never saw the inspector; measured once as a
hold-out, then moved into the tuning corpus (tests/corpus/payloads/) when
blind8 replaced it. Regenerate the committed files (the output is the same
every run):

    OUT=tests/corpus/payloads python3 tests/corpus/gen/blind7/build.py
"""
import collections, json, os, random, sys

sys.path.insert(0, os.path.dirname(__file__))
import gen_path_traversal, gen_prompt_injection, gen_secret, gen_shell_injection
import gen_sql_injection, gen_ssrf, gen_template_injection
import legit_a, legit_b, legit_c

OUT = os.environ.get("OUT", "blind7-out")
KEYS = ["id", "label", "family", "technique", "source", "tool", "payload"]
FAMILIES = ["path_traversal", "prompt_injection", "secret", "shell_injection",
            "sql_injection", "ssrf", "template_injection"]
# write these attack lines with ASCII \uXXXX escapes at top level (obfuscation form)
ASCII_ESCAPED = ["indirect/calendar JA", "indirect/chat KO", "indirect/code-comment RU"]


def emit(path, rows, prefix):
    with open(path, "w", encoding="utf-8") as fh:
        for i, r in enumerate(rows, 1):
            ascii_flag = r.pop("_ascii", False)
            rec = {"id": f"{prefix}{i:03d}", **r}
            rec = {k: rec[k] for k in KEYS}
            fh.write(json.dumps(rec, ensure_ascii=ascii_flag) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    mods = [gen_path_traversal, gen_prompt_injection, gen_secret, gen_shell_injection,
            gen_sql_injection, gen_ssrf, gen_template_injection]
    attacks = []
    for m in mods:
        cs = m.cases()
        assert len(cs) == 30, (m.__name__, len(cs))
        attacks += cs
    for pfx in ASCII_ESCAPED:
        hits = [a for a in attacks if a["technique"].startswith(pfx)]
        assert len(hits) == 1, pfx
        hits[0]["_ascii"] = True
    for a in attacks:
        a["label"] = "attack"
    legit = legit_a.all_cases() + legit_b.all_cases() + legit_c.all_cases()
    for l in legit:
        l["label"] = "legit"
    rng = random.Random(7007)
    rng.shuffle(attacks)
    rng.shuffle(legit)
    emit(f"{OUT}/blind7-attacks.jsonl", attacks, "blind7-a-")
    emit(f"{OUT}/blind7-legit.jsonl", legit, "blind7-l-")
    validate()


def validate():
    ids = set()
    fam = collections.Counter()
    kinds = collections.Counter()
    for fname, label, n in (("blind7-attacks.jsonl", "attack", 210), ("blind7-legit.jsonl", "legit", 210)):
        lines = open(f"{OUT}/{fname}", encoding="utf-8").read().splitlines()
        assert len(lines) == n, (fname, len(lines))
        for ln in lines:
            o = json.loads(ln)
            assert list(o.keys()) == KEYS, o.keys()
            assert o["label"] == label
            assert isinstance(o["payload"], dict) and o["payload"]
            assert o["id"] not in ids, o["id"]
            ids.add(o["id"])
            for k in KEYS[:-1]:
                assert isinstance(o[k], str) and o[k], (o["id"], k)
            (fam if label == "attack" else kinds)[o["family"]] += 1
            # function-call arguments strings must themselves be valid JSON
            f = o["payload"].get("function")
            if isinstance(f, dict) and "arguments" in f:
                json.loads(f["arguments"])
    assert set(fam) == set(FAMILIES) and all(v == 30 for v in fam.values()), fam
    assert len(kinds) >= 21 and all(8 <= v <= 10 for v in kinds.values()), kinds
    # first 30 attack lines should not be a single family (shuffled)
    first = [json.loads(l)["family"] for l in open(f"{OUT}/blind7-attacks.jsonl").read().splitlines()[:30]]
    assert len(set(first)) >= 5
    print("attacks per family:", dict(sorted(fam.items())))
    print(f"legit kinds ({len(kinds)}):", dict(sorted(kinds.items())))
    print("OK: 420 unique ids, all lines valid JSON")


if __name__ == "__main__":
    main()
