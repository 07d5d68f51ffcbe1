"""Several proxy processes sharing one Redis (a real ``redis-server`` started here): keys issued
by one are accepted by the other, drift recorded by one is reported by the other, and a client's
rate limit counts its requests to both."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx
import pytest

from pvesdk_server.tls import self_signed

from ..support.server import free_port
from .conftest import Fake, Proc, fake_upstream, server

VERSION = {"data": {"version": "9.2.0", "release": "9.2", "repoid": "fake"}}
NODES = {"data": [{"node": "pve1", "status": "online", "maxcpu": "many"}]}
TABLE = {"GET /version": VERSION, "GET /nodes": NODES}
ADMIN = "admin-key-5e8a1c"


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (scripts/test installs Debian's redis-server)")
    tmp = tmp_path_factory.mktemp("redis")
    port = free_port()
    cmd = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
           "no", "--dir", str(tmp), "--protected-mode", "yes"]  # fmt: skip
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("redis-server did not start") from None
            time.sleep(0.05)
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextmanager
def pair(tmp: Path, redis: str, *extra: str) -> Iterator[tuple[Fake, Proc, Proc]]:
    """A fake upstream and two proxies in front of it sharing the Redis store ``redis``."""
    cert, key = self_signed(tmp / "upstream-tls")
    with ExitStack() as stack:
        fake = stack.enter_context(fake_upstream(tmp / "fake", TABLE, cert, key))
        args = ["--upstream", fake.url, "--upstream-ca", str(cert), "--store", redis,
                "--upstream-token-name", "root@pam!ci", "--upstream-token-value", "upstream-secret",
                *extra]  # fmt: skip
        env = {"PVESDK_ADMIN_KEY": ADMIN}
        first = stack.enter_context(server(tmp / "a", *args, env=env))
        second = stack.enter_context(server(tmp / "b", *args, env=env))
        yield fake, first, second


@pytest.fixture(scope="module")
def shared(
    tmp_path_factory: pytest.TempPathFactory, redis_url: str
) -> Iterator[tuple[Fake, Proc, Proc]]:
    with pair(tmp_path_factory.mktemp("shared"), redis_url, "--rate-limit", "off") as running:
        yield running


def client_for(proc: Proc) -> httpx.Client:
    return httpx.Client(verify=ssl.create_default_context(cafile=str(proc.cert)), timeout=60)


def test_a_key_issued_by_one_proxy_is_accepted_by_the_other(
    shared: tuple[Fake, Proc, Proc],
) -> None:
    _, first, second = shared
    with client_for(first) as client:
        answer = client.post(f"{first.url}/pvesdk/keys/shared",
                             headers={"Authorization": f"Bearer {ADMIN}"})  # fmt: skip
    secret = answer.json()["data"]["value"]
    with client_for(second) as client:
        auth = {"Authorization": f"PVEAPIToken=proxy@pvesdk!shared={secret}"}
        assert client.get(second.url + "/api2/json/nodes", headers=auth).status_code == 200
        auth = {"Authorization": "PVEAPIToken=proxy@pvesdk!shared=wrong"}
        assert client.get(second.url + "/api2/json/nodes", headers=auth).status_code == 401


def test_drift_recorded_by_one_proxy_is_reported_by_the_other(
    shared: tuple[Fake, Proc, Proc],
) -> None:
    _, first, second = shared
    with client_for(first) as client:
        admin = {"Authorization": f"Bearer {ADMIN}"}
        issued = client.post(f"{first.url}/pvesdk/keys/drift", headers=admin)
        secret = issued.json()["data"]["value"]
        auth = {"Authorization": f"PVEAPIToken=proxy@pvesdk!drift={secret}"}
        assert client.get(first.url + "/api2/json/nodes", headers=auth).status_code == 200
    deadline = time.monotonic() + 20
    with client_for(second) as client:
        while True:
            records = client.get(second.url + "/pvesdk/drift").json()["data"]
            fields = {(r["operation"], r["field"], r["expected"], r["seen"]) for r in records}
            if fields or time.monotonic() > deadline:
                break
            time.sleep(0.1)
    assert ("GET /nodes", "[].maxcpu", "integer", "string") in fields


def test_a_clients_rate_limit_counts_requests_to_both_proxies(
    tmp_path: Path, redis_url: str
) -> None:
    other_db = redis_url.removesuffix("/0") + "/1"
    with (
        pair(tmp_path, other_db, "--rate-limit", "6/minute") as (_, first, second),
        client_for(first) as one,
        client_for(second) as two,
    ):
        statuses = []
        for index in range(8):
            client, proc = (one, first) if index % 2 == 0 else (two, second)
            statuses.append(client.get(proc.url + "/versions").status_code)
    assert statuses == [200] * 6 + [429, 429]
