"""Shared helpers for the blind22 corpus generator (stdlib only, deterministic)."""
import base64
import hashlib
import hmac
import json
import random
import string
import urllib.parse
import zlib

NAME = "blind22"

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"


def rng(tag):
    """Deterministic RNG seeded with a fixed string 'blind22/<tag>'."""
    return random.Random(NAME + "/" + tag)


def rand_str(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def b62(n, width=6):
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


def gh_style_token(r, prefix):
    """GitHub / npm style token: 30 random base62 chars + base62(crc32) padded to 6."""
    body = rand_str(r, 30, B62)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def b64url(b):
    if isinstance(b, str):
        b = b.encode()
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def ps_enc(cmd):
    """PowerShell -EncodedCommand (UTF-16LE base64)."""
    return base64.b64encode(cmd.encode("utf-16-le")).decode()


def pct(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode())


def dpct(s):
    """Double percent-encoding of every byte."""
    return "".join("%%25%02X" % b for b in s.encode())


def html_ent(s):
    return "".join("&#%d;" % ord(c) for c in s)


def html_hex_ent(s):
    return "".join("&#x%x;" % ord(c) for c in s)


def u_esc(s):
    return "".join("\\u%04x" % ord(c) for c in s)


def x_esc(s):
    return "".join("\\x%02x" % b for b in s.encode())


def fullwidth(s):
    out = []
    for c in s:
        o = ord(c)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif c == " ":
            out.append("\u3000")
        else:
            out.append(c)
    return "".join(out)


def zw(s, every=1, ch="\u200b"):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if i % every == every - 1 and i != len(s) - 1:
            out.append(ch)
    return "".join(out)


def tag_chars(s):
    """Invisible Unicode tag characters (U+E0000 block) mirroring ASCII."""
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def jwt_hs256(header, claims, key):
    h = b64url(json.dumps(header, separators=(",", ":")))
    p = b64url(json.dumps(claims, separators=(",", ":")))
    sig = hmac.new(key.encode(), (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url(sig)


def pem_body(r, nbytes, first=b""):
    raw = first + bytes(r.getrandbits(8) for _ in range(nbytes - len(first)))
    s = base64.b64encode(raw).decode()
    return "\n".join(s[i:i + 64] for i in range(0, len(s), 64))


def rec(family, technique, source, tool, payload):
    return {"family": family, "technique": technique, "source": source,
            "tool": tool, "payload": payload}


def fn_args(name, args):
    """OpenAI-style function call whose `arguments` is a JSON string (JSON-in-JSON)."""
    return {"name": name, "arguments": json.dumps(args)}


# Natural optional arguments that real tool schemas carry; used to bring sparse payloads up to
# at least three fields. Applied identically to attacks and legit items (keyed on tool only), never
# overwriting a field the item already sets.
_DEFAULTS = [
    (("fs.write_file", "editor.save"), [("encoding", "utf-8"), ("create_dirs", True), ("overwrite", False)]),
    (("fs.read_file", "fs.read_many"), [("max_bytes", 1048576), ("follow_symlinks", True)]),
    (("fs.", "archive."), [("workspace", "/workspace"), ("dry_run", False)]),
    (("shell.exec", "code.run"), [("timeout", 120), ("capture_output", True)]),
    (("windows.",), [("timeout", 300), ("capture_output", True)]),
    (("db.", "sqlite.", "mssql.", "oracle.", "bigquery.", "athena.", "analytics.", "orm.", "erp.", "hr.",
      "tickets.", "notes.search", "inventory.", "catalog.", "reports.", "users.", "crm.", "api.list",
      "mobile.", "odata.", "graphql.", "search."), [("max_rows", 1000), ("timeout_s", 60)]),
    (("http.", "web.", "link_preview.", "webhook.", "image.", "crawler.", "browser."), [("timeout", 30), ("verify_tls", True)]),
    (("git.", "vcs.", "github.", "repo."), [("dry_run", False), ("author", "agent-bot <agent-bot@acme.example>")]),
    (("k8s.",), [("field_manager", "agent"), ("server_side", True)]),
    (("llm.", "rag.", "kb.", "docs.", "chat.", "mcp.", "agent.", "memory."), [("trace_id", None), ("locale", "auto")]),
]


def enrich(tool, payload):
    if len(payload) >= 3:
        return payload
    digest = hashlib.sha1((tool + json.dumps(payload, sort_keys=True, ensure_ascii=False)).encode()).hexdigest()
    extras = None
    for prefixes, defaults in _DEFAULTS:
        if any(tool == p or (p.endswith(".") and tool.startswith(p)) for p in prefixes):
            extras = defaults
            break
    if extras is None:
        extras = [("request_id", None), ("idempotency_key", None)]
    out = dict(payload)
    for key, val in extras + [("request_id", None)]:
        if len(out) >= 3:
            break
        if key in out:
            continue
        if val is None:
            val = ("req-" if key in ("request_id", "trace_id") else "idem-") + digest[:12]
        out[key] = val
    return out
