"""API fuzzing of `aigos serve` with schemathesis against its own /openapi.json.

Starts the server (`aigos init` setup, plaintext on loopback: the fuzzing is
of the API, TLS is tested elsewhere), runs schemathesis with the checks that
must hold for every input: no 5xx, only documented status codes and content
types, every response matching its schema. The event streams never end, so
they are left out. Exits with schemathesis's status.

    python schemathesis_run.py AIGOS_BINARY [SECONDS]
"""

import json
import os
import pathlib
import subprocess
import sys
import tempfile


def main() -> int:
    binary = sys.argv[1]
    seconds = sys.argv[2] if len(sys.argv) > 2 else "60"
    with tempfile.TemporaryDirectory() as tmp:
        setup = pathlib.Path(tmp) / "setup"
        subprocess.run([binary, "init", str(setup)], check=True, capture_output=True)
        config = setup / "aigos.toml"
        lines = [l for l in config.read_text().splitlines(keepends=True)
                 if not l.startswith(('cert = "certs/server.pem"', 'key = "certs/server.key.pem"', 'client_ca = '))]
        config.write_text("".join(lines))
        server = subprocess.Popen([binary, "serve", "--config", str(config), "--listen", "127.0.0.1:0"],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            url = json.loads(server.stdout.readline())["listening"]
            token = (setup / "keys/operator.token").read_text().strip()
            st = pathlib.Path(sys.executable).with_name("st")
            run = subprocess.run([
                str(st), "run", url + "/openapi.json",
                "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
                "--exclude-path-regex", "/stream$|^/v1/events$",
                "-H", "Authorization: Bearer " + token,
                "--max-time", seconds,
                "--workers", "2",
                "--seed", os.environ.get("AIGOS_FUZZ_SEED", "20261202"),
            ])
            return run.returncode
        finally:
            server.terminate()
            if server.wait(timeout=30) != 0:
                print("aigos serve did not stop cleanly", file=sys.stderr)
                return 1


if __name__ == "__main__":
    sys.exit(main())
