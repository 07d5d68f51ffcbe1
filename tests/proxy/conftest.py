"""Real processes for the proxy tests: a pvesdk-server mock as the upstream (TLS), a proxy in
front of it (TLS), each on a free loopback port, their logs captured to files for scanning."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pvesdk_server.tls import fingerprint, self_signed

from ..support.server import free_port

# Distinctive secrets, so a scan of the logs can find any that leaked.
PASSWORD = "Upstream-Pa55-7f3c9e"
TOKEN = "5d1f0c2e-8a4b-4c3d-9e7f-a1b2c3d4e5f6"
SEED = {
    "users": {"root@pam": {"password": PASSWORD, "enable": 1, "comment": "Superuser"}},
    "tokens": {"root@pam!ci": {"value": TOKEN, "privsep": 0}},
}


@dataclass
class Proc:
    url: str
    port: int
    cert: Path
    fingerprint: str
    process: subprocess.Popen[bytes]
    log: Path
    extra: dict[str, str] = field(default_factory=dict)

    def logs(self) -> str:
        return self.log.read_text(errors="replace")


def wait_port(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                process.wait()
                raise RuntimeError(f"server did not start: {log.read_text()[-3000:]}") from None
            time.sleep(0.05)


@contextmanager
def server(tmp: Path, *args: str, env: dict[str, str] | None = None) -> Iterator[Proc]:
    """``pvesdk-server`` with ``args`` on a free port, its own certificate, logs to a file."""
    import os

    tmp.mkdir(parents=True, exist_ok=True)
    cert, key = self_signed(tmp / "tls")
    port = free_port()
    log = tmp / "server.log"
    cmd = [sys.executable, "-m", "pvesdk_server", "--port", str(port), "--cert", str(cert),
           "--key", str(key), "--task-seconds", "0.05", *args]  # fmt: skip
    full_env = {**os.environ, **(env or {})}
    with log.open("wb") as out:
        process = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=full_env)
    wait_port(port, process, log)
    try:
        yield Proc(f"https://127.0.0.1:{port}", port, cert, fingerprint(cert), process, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def mock_upstream(tmp: Path, *args: str) -> Iterator[Proc]:
    seed = tmp / "seed.json"
    tmp.mkdir(parents=True, exist_ok=True)
    seed.write_text(json.dumps(SEED))
    with server(tmp, "--seed", str(seed), "--log-level", "debug", *args) as running:
        yield running


@contextmanager
def proxy_for(
    tmp: Path, upstream: Proc, *args: str, env: dict[str, str] | None = None
) -> Iterator[Proc]:
    with server(
        tmp, "--upstream", upstream.url, "--upstream-ca", str(upstream.cert),
        "--log-level", "debug", *args, env=env,
    ) as running:  # fmt: skip
        yield running


@pytest.fixture(scope="module")
def upstream(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Proc]:
    with mock_upstream(tmp_path_factory.mktemp("upstream")) as running:
        yield running


@pytest.fixture(scope="module")
def proxy(tmp_path_factory: pytest.TempPathFactory, upstream: Proc) -> Iterator[Proc]:
    with proxy_for(tmp_path_factory.mktemp("proxy"), upstream) as running:
        yield running


@dataclass
class Fake:
    url: str
    process: subprocess.Popen[bytes]
    journal: Path

    def requests(self) -> list[str]:
        return self.journal.read_text().splitlines() if self.journal.exists() else []


@contextmanager
def fake_upstream(
    tmp: Path, table: dict[str, object], cert: Path, key: Path, die_on: str | None = None
) -> Iterator[Fake]:
    """tests/proxy/fake_upstream.py in its own process, with ``cert``/``key``."""
    tmp.mkdir(parents=True, exist_ok=True)
    table_path, journal, log = tmp / "table.json", tmp / "journal", tmp / "fake.log"
    table_path.write_text(json.dumps(table))
    port = free_port()
    script = Path(__file__).with_name("fake_upstream.py")
    cmd = [sys.executable, str(script), str(port), str(cert), str(key), str(table_path),
           str(journal)] + (["--die-on", die_on] if die_on else [])  # fmt: skip
    with log.open("wb") as out:
        process = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
    wait_port(port, process, log)
    try:
        yield Fake(f"https://127.0.0.1:{port}", process, journal)
    finally:
        process.kill()
        process.wait()
