"""A real ``aigos serve`` for the tests: ``aigos init`` in a temporary
directory, served over TLS on an ephemeral loopback port. The binary is
``$AIGOS_BIN`` (``cargo xtask ci`` sets it) or the workspace's debug build."""

import json
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]


def aigos_bin() -> str:
    path = os.environ.get("AIGOS_BIN") or str(ROOT / "target/debug/aigos")
    if not pathlib.Path(path).is_file():
        pytest.fail(f"no aigos binary at {path}: build it (cargo build -p aigos-cli) or set AIGOS_BIN")
    return path


class Server:
    def __init__(self, setup: pathlib.Path):
        self.setup = setup
        self.proc = subprocess.Popen(
            [aigos_bin(), "serve", "--config", str(setup / "aigos.toml"), "--listen", "127.0.0.1:0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("aigos serve did not start: " + self.proc.stderr.read())
        self.url = json.loads(line)["listening"]

    def stop(self) -> int:
        self.proc.terminate()
        try:
            return self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise


@pytest.fixture()
def server(tmp_path):
    setup = tmp_path / "setup"
    subprocess.run([aigos_bin(), "init", str(setup)], check=True, capture_output=True)
    s = Server(setup)
    yield s
    assert s.stop() == 0, "aigos serve did not drain and exit cleanly on SIGTERM"
