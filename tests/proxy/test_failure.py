"""An upstream killed in the middle of a write: the caller gets Proxmox's own 5xx for a broken
proxied connection, and the write is not sent to another host."""

from __future__ import annotations

import ssl
from pathlib import Path

import httpx
import pytest

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


def test_an_uploads_deadline_grows_with_its_size() -> None:
    from pvesdk_server.proxy.forward import upload_deadline

    four_gib = 4 * 1024**3
    assert upload_deadline(60.0, 0) == 60.0
    assert upload_deadline(60.0, four_gib) >= 60.0 + four_gib / (1024**2)  # even at 1 MiB/s


def test_an_upload_through_the_proxy_carries_its_own_deadline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The request the proxy sends upstream for an upload is not held to the 60 s of a call."""
    import asyncio

    from pvesdk.transport import Request
    from pvesdk_server.app import ServerSettings, create_app
    from pvesdk_server.proxy.settings import ProxySettings

    sent: list[Request] = []

    async def send(self: object, request: Request) -> object:
        sent.append(request)
        from pvesdk_server.engine import Reply

        return Reply(595, "Connection refused")

    monkeypatch.setattr("pvesdk_server.proxy.forward.Upstream.send", send)
    app = create_app(ServerSettings(proxy=ProxySettings(upstreams=("https://pve1:8006",))))
    length = 64 * 1024**2
    body = iter([b"--b\r\n", b"\0" * 1024])

    async def call() -> None:
        scope = {
            "type": "http", "method": "POST", "path": "/api2/json/nodes/pve1/storage/local/upload",
            "raw_path": b"/api2/json/nodes/pve1/storage/local/upload", "query_string": b"",
            "headers": [(b"authorization", b"PVEAPIToken=root@pam!ci=x"),
                        (b"content-type", b"multipart/form-data; boundary=b"),
                        (b"content-length", str(length).encode())],
        }  # fmt: skip

        async def receive() -> dict[str, object]:
            return {"type": "http.request", "body": next(body, b""), "more_body": False}

        async def send_asgi(message: object) -> None:
            pass

        await app(scope, receive, send_asgi)  # type: ignore[arg-type]

    asyncio.run(call())
    uploads = [r for r in sent if r.path.endswith("/upload")]
    assert uploads and (uploads[0].timeout or 0) > 60.0 + length / (1024**2)
