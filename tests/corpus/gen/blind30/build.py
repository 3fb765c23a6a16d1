"""Build the blind30 corpus: OUT=/tmp/b30 python3 build.py

Stdlib only and deterministic: writes blind30-attacks.jsonl and blind30-legit.jsonl.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import att_path, att_pi_a, att_pi_b, att_pi_c, att_secret, att_shell, att_sql, att_ssrf, att_tpl  # noqa: E402
import legit_a, legit_b, legit_c  # noqa: E402

class _PI:
    @staticmethod
    def items():
        return att_pi_a.items() + att_pi_b.items() + att_pi_c.items()


FAMILIES = [("prompt_injection", _PI, 100), ("shell_injection", att_shell, 15), ("sql_injection", att_sql, 15),
            ("path_traversal", att_path, 15), ("template_injection", att_tpl, 15), ("ssrf", att_ssrf, 15),
            ("secret", att_secret, 15)]
TOTAL_ATTACKS = 190
LEGIT_KINDS = 24
PER_KIND = 10
KEYS = ["id", "label", "family", "technique", "source", "tool", "payload"]
MIN_BYTES, MAX_BYTES = 40, 4600


def fail(msg):
    sys.stderr.write("validation error: " + msg + "\n")
    sys.exit(1)


def record(prefix, n, label, family, it):
    if sorted(it) != ["payload", "source", "technique", "tool"]:
        fail("item %s-%d has keys %s" % (prefix, n, sorted(it)))
    return {"id": "blind30-%s-%03d" % (prefix, n), "label": label, "family": family, "technique": it["technique"],
            "source": it["source"], "tool": it["tool"], "payload": it["payload"]}


def validate(rows, label):
    for r in rows:
        if list(r) != KEYS:
            fail("%s: bad key order %s" % (r.get("id"), list(r)))
        for k in ("technique", "source", "tool", "family"):
            if not isinstance(r[k], str) or not r[k].strip():
                fail("%s: empty %s" % (r["id"], k))
        if r["label"] != label:
            fail("%s: wrong label" % r["id"])
        if "." not in r["tool"] or " " in r["tool"]:
            fail("%s: tool should look like tool.name" % r["id"])
        p = r["payload"]
        if not isinstance(p, dict) or len(p) < 1:
            fail("%s: payload must be a non-empty object" % r["id"])
        line = json.dumps(r, ensure_ascii=False)
        if json.loads(line) != r:
            fail("%s: JSON round trip differs" % r["id"])
        size = len(json.dumps(p, ensure_ascii=False).encode("utf-8"))
        if not MIN_BYTES <= size <= MAX_BYTES:
            fail("%s: payload size %d outside [%d, %d]" % (r["id"], size, MIN_BYTES, MAX_BYTES))


def main():
    out_dir = os.environ.get("OUT", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    attacks, legit = [], []
    n = 0
    for fam, mod, want in FAMILIES:
        items = mod.items()
        if len(items) != want:
            fail("%s has %d items, expected %d" % (fam, len(items), want))
        for it in items:
            n += 1
            attacks.append(record("a", n, "attack", fam, it))
    if len(attacks) != TOTAL_ATTACKS:
        fail("expected %d attacks, got %d" % (TOTAL_ATTACKS, len(attacks)))
    kinds = legit_a.KINDS + legit_b.KINDS + legit_c.KINDS
    if len(kinds) != LEGIT_KINDS or len({k for k, _ in kinds}) != LEGIT_KINDS:
        fail("expected %d distinct legit kinds, got %d" % (LEGIT_KINDS, len(kinds)))
    if {k for k, _ in kinds} & {f for f, _, _ in FAMILIES}:
        fail("legit kind names must not reuse attack family names")
    n = 0
    for kind, fn in kinds:
        items = fn()
        if len(items) != PER_KIND:
            fail("%s has %d items, expected %d" % (kind, len(items), PER_KIND))
        for it in items:
            n += 1
            legit.append(record("l", n, "legit", kind, it))
    validate(attacks, "attack")
    validate(legit, "legit")
    seen = {}
    for r in attacks + legit:
        key = json.dumps(r["payload"], sort_keys=True, ensure_ascii=False)
        if key in seen:
            fail("duplicate payload: %s and %s" % (seen[key], r["id"]))
        seen[key] = r["id"]
    techs = {}
    for r in attacks + legit:
        t = (r["label"], r["family"], r["technique"].lower())
        if t in techs:
            fail("duplicate technique text: %s and %s" % (techs[t], r["id"]))
        techs[t] = r["id"]
    ids = [r["id"] for r in attacks + legit]
    if len(set(ids)) != len(ids):
        fail("duplicate ids")
    for name, rows in (("blind30-attacks.jsonl", attacks), ("blind30-legit.jsonl", legit)):
        with open(os.path.join(out_dir, name), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    fams = {}
    for r in attacks:
        fams[r["family"]] = fams.get(r["family"], 0) + 1
    sizes = sorted(len(json.dumps(r["payload"], ensure_ascii=False).encode("utf-8")) for r in attacks + legit)
    print("attacks: %d %s" % (len(attacks), fams))
    print("legit: %d across %d kinds" % (len(legit), len(kinds)))
    print("payload bytes: min %d, median %d, max %d" % (sizes[0], sizes[len(sizes) // 2], sizes[-1]))


if __name__ == "__main__":
    main()
