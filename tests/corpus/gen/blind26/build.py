"""Build the blind26 corpus: OUT=/tmp/b26 python3 build.py"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import att_path, att_pi, att_secret, att_shell, att_sql, att_ssrf, att_tpl  # noqa: E402
import legit_a, legit_b, legit_c  # noqa: E402

FAMILIES = [("shell_injection", att_shell), ("sql_injection", att_sql), ("path_traversal", att_path),
            ("template_injection", att_tpl), ("ssrf", att_ssrf), ("secret", att_secret), ("prompt_injection", att_pi)]
PER_FAMILY = 30
LEGIT_KINDS = 24
PER_KIND = 10
KEYS = ["id", "label", "family", "technique", "source", "tool", "payload"]


def fail(msg):
    sys.stderr.write("validation error: " + msg + "\n")
    sys.exit(1)


def record(prefix, n, label, family, it):
    return {"id": "blind26-%s-%03d" % (prefix, n), "label": label, "family": family, "technique": it["technique"],
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
        if "." not in r["tool"]:
            fail("%s: tool should look like tool.name" % r["id"])
        p = r["payload"]
        if not isinstance(p, dict) or len(p) < 1:
            fail("%s: payload must be a non-empty object" % r["id"])


def main():
    out_dir = os.environ.get("OUT", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    attacks, legit = [], []
    n = 0
    for fam, mod in FAMILIES:
        items = mod.items()
        if len(items) != PER_FAMILY:
            fail("%s has %d items, expected %d" % (fam, len(items), PER_FAMILY))
        for it in items:
            n += 1
            attacks.append(record("a", n, "attack", fam, it))
    kinds = legit_a.KINDS + legit_b.KINDS + legit_c.KINDS
    if len(kinds) != LEGIT_KINDS or len({k for k, _ in kinds}) != LEGIT_KINDS:
        fail("expected %d distinct legit kinds, got %d" % (LEGIT_KINDS, len(kinds)))
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
    ids = [r["id"] for r in attacks + legit]
    if len(set(ids)) != len(ids):
        fail("duplicate ids")
    for name, rows in (("blind26-attacks.jsonl", attacks), ("blind26-legit.jsonl", legit)):
        with open(os.path.join(out_dir, name), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    fams = {}
    for r in attacks:
        fams[r["family"]] = fams.get(r["family"], 0) + 1
    print("attacks: %d %s" % (len(attacks), fams))
    print("legit: %d across %d kinds" % (len(legit), len(kinds)))


if __name__ == "__main__":
    main()
