"""Shared helpers for the blind37 corpus generator (standard library only)."""
import random

_CI = [
    "npm WARN deprecated inflight@1.0.6: This module is not supported",
    "added {n} packages, and audited {m} packages in {s}s",
    "Downloading https://registry.npmjs.org/{pkg}/-/{pkg}-{v}.tgz",
    "Collecting {pkg}=={v}",
    "  Using cached {pkg}-{v}-py3-none-any.whl ({k} kB)",
    "Step {n}/{m} : RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates",
    "PASS src/{mod}/{mod}.test.ts ({s} s)",
    "ok  \tgithub.com/acme/{mod}\t{s}s",
    "test {mod}::tests::roundtrip_{n} ... ok",
    "[INFO] Building jar: /builds/target/{mod}-{v}.jar",
    "{mod}/handlers.py::test_case_{n} PASSED",
    "Compiling {pkg} v{v}",
    "   Finished dev [unoptimized + debuginfo] target(s) in {s}s",
    "##[group]Run actions/cache@v4",
    "Cache restored from key: Linux-{mod}-{k}",
    "time=\"2026-11-{d}T0{h}:1{n}:0{s}Z\" level=info msg=\"reconciling {mod}\"",
]
_PKG = ["lodash", "axios", "requests", "urllib3", "serde", "tokio", "chalk", "pyyaml",
        "express", "zod", "click", "rich", "anyhow", "jinja2", "semver", "debug"]
_MOD = ["billing", "auth", "ingest", "router", "ledger", "search", "notify", "export",
        "gateway", "scheduler", "catalog", "metrics"]


def filler_log(seed, n):
    """Deterministic, realistic-looking build/log noise lines."""
    r = random.Random(seed)
    out = []
    for _ in range(n):
        t = r.choice(_CI)
        out.append(t.format(n=r.randint(1, 40), m=r.randint(41, 900), s=r.randint(1, 59),
                            pkg=r.choice(_PKG), v="%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 20)),
                            k=r.randint(10, 999), mod=r.choice(_MOD), d=r.randint(10, 28), h=r.randint(0, 9)))
    return "\n".join(out)
