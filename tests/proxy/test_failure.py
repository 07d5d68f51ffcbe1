"""An upstream killed in the middle of a write: the caller gets Proxmox's own 5xx for a broken
proxied connection, and the write is not sent to another host."""

from __future__ import annotations

import ssl
from pathlib import Path

import httpx

from pvesdk_server.tls import self_signed

from ..support.server import free_port
from .conftest import Proc, fake_upstream, server

VERSION = {"data": {"version": "9.2.0", "release": "9.2", "repoid": "fake"}}
AUTH = {"Authorization": "PVEAPIToken=root@pam!ci=secret"}


def client_for(proxy: Proc) -> httpx.Client:
    return httpx.Client(verify=ssl.create_default_context(cafile=str(proxy.cert)), timeout=60)


def test_upstream_killed_mid_write_gives_596_and_no_retry(tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path / "tls")
    table = {
        "GET /version": VERSION,
        "GET /nodes": {"data": []},
        "POST /nodes/pve1/qemu": {"data": "UPID"},
    }
    dies_on = "POST /nodes/pve1/qemu"
    with (
        fake_upstream(tmp_path / "a", table, cert, key, die_on=dies_on) as dying,
        fake_upstream(tmp_path / "b", table, cert, key) as spare,
        server(
            tmp_path / "proxy",
            "--upstream",
            dying.url,
            "--upstream",
            spare.url,
            "--upstream-ca",
            str(cert),
        ) as proxy,  # fmt: skip
        client_for(proxy) as client,
    ):
        answer = client.post(proxy.url + "/api2/json/nodes/pve1/qemu", data={"vmid": "150"},
                             headers=AUTH)  # fmt: skip
        assert answer.status_code == 596
        assert answer.json() == {"data": None}
        assert dying.process.wait(timeout=10) != 0
        assert dying.requests().count(dies_on) == 1
        assert dies_on not in spare.requests()
        # reads move on to the host that is still up
        assert client.get(proxy.url + "/api2/json/nodes", headers=AUTH).status_code == 200
        assert "GET /nodes" in spare.requests()


def test_no_upstream_reachable_gives_595(tmp_path: Path) -> None:
    with (
        server(tmp_path / "proxy", "--upstream", f"https://127.0.0.1:{free_port()}") as proxy,
        client_for(proxy) as client,
    ):
        answer = client.get(proxy.url + "/api2/json/nodes", headers=AUTH)
    assert (answer.status_code, answer.reason_phrase) == (595, "Connection refused")
