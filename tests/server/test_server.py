"""The real server over TLS, driven by real clients: proxmoxer (third party), pvesdk, raw HTTP."""

from __future__ import annotations

import http.client
import json
import ssl
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from proxmoxer import ProxmoxAPI
from proxmoxer.core import ResourceException

import pvesdk
from pvesdk import PveClient

from ..support.server import Server, pvesdk_server

TOKEN = "00000000-0000-4000-8000-000000000000"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with pvesdk_server(tmp_path_factory.mktemp("server")) as running:
        yield running


def proxmoxer_wait(api: Any, node: str, upid: str) -> str:
    for _ in range(200):
        status = api.nodes(node).tasks(upid).status.get()
        if status["status"] == "stopped":
            return str(status["exitstatus"])
        time.sleep(0.02)
    raise AssertionError("task did not finish")


def proxmoxer_flow(api: Any, vmid: int) -> None:
    assert {n["node"] for n in api.nodes.get()} == {"pve1", "pve2"}
    upid = api.nodes("pve1").qemu.post(
        vmid=vmid,
        name=f"web{vmid}",
        cores=2,
        memory=2048,
        net0="virtio,bridge=vmbr0",
        scsi0="local-lvm:32",
    )
    assert proxmoxer_wait(api, "pve1", upid) == "OK"
    config = api.nodes("pve1").qemu(vmid).config.get()
    assert config["net0"].startswith("virtio=") and config["scsi0"].startswith("local-lvm:vm-")
    upid = api.nodes("pve1").qemu(vmid).status.start.post()
    assert proxmoxer_wait(api, "pve1", upid) == "OK"
    assert api.nodes("pve1").qemu(vmid).status.current.get()["status"] == "running"
    assert proxmoxer_wait(api, "pve1", api.nodes("pve1").qemu(vmid).status.stop.post()) == "OK"
    assert proxmoxer_wait(api, "pve1", api.nodes("pve1").qemu(vmid).delete()) == "OK"
    assert vmid not in {vm["vmid"] for vm in api.nodes("pve1").qemu.get()}
    with pytest.raises(ResourceException) as bad:
        api.nodes("pve1").qemu.post(vmid="abc")
    assert bad.value.status_code == 400
    assert "type check ('integer') failed" in str(bad.value.errors)
    with pytest.raises(ResourceException) as unknown:
        api.nodes("pve1").nosuch.get()
    assert unknown.value.status_code == 501
    assert "Method 'GET /nodes/pve1/nosuch' not implemented" in str(unknown.value)


def test_proxmoxer_with_ticket_auth(server: Server) -> None:
    api = ProxmoxAPI(
        "127.0.0.1",
        port=server.port,
        user="root@pam",
        password="pvesdk",
        verify_ssl=str(server.cert),
    )
    proxmoxer_flow(api, 101)


def test_proxmoxer_with_a_token(server: Server) -> None:
    api = ProxmoxAPI(
        "127.0.0.1",
        port=server.port,
        user="root@pam",
        token_name="mock",
        token_value=TOKEN,
        verify_ssl=str(server.cert),
    )
    proxmoxer_flow(api, 102)


def test_proxmoxer_wrong_password_is_refused(server: Server) -> None:
    from proxmoxer import AuthenticationError as ProxmoxerAuthError

    with pytest.raises(ProxmoxerAuthError):
        ProxmoxAPI(
            "127.0.0.1",
            port=server.port,
            user="root@pam",
            password="wrong",
            verify_ssl=str(server.cert),
        )


@pytest.mark.parametrize("how", ["token", "ticket", "pinned"])
def test_pvesdk_flow_over_https(server: Server, how: str) -> None:
    common: dict[str, Any] = {"port": server.port, "user": "root@pam"}
    if how == "token":
        client = PveClient(
            "127.0.0.1", token_name="mock", token_value=TOKEN, verify_ssl=str(server.cert), **common
        )
    elif how == "ticket":
        client = PveClient("127.0.0.1", password="pvesdk", verify_ssl=str(server.cert), **common)
    else:
        client = PveClient(
            "127.0.0.1",
            token_name="mock",
            token_value=TOKEN,
            fingerprint=server.fingerprint,
            **common,
        )
    vmid = {"token": 111, "ticket": 112, "pinned": 113}[how]
    qemu = client.nodes.node("pve1").qemu

    def wait(upid: str) -> str:
        for _ in range(200):
            status = client.nodes.node("pve1").tasks.upid(upid).status.get()
            if status.status == "stopped":
                return status.exitstatus or ""
            time.sleep(0.02)
        raise AssertionError("task did not finish")

    assert (
        wait(qemu.post(vmid=vmid, net={0: "virtio,bridge=vmbr0"}, scsi={0: "local-lvm:8"})) == "OK"
    )
    assert qemu.vmid(vmid).config.get().scsi[0].file == f"local-lvm:vm-{vmid}-disk-0"
    assert wait(qemu.vmid(vmid).status.start.post()) == "OK"
    assert qemu.vmid(vmid).status.current.get().status == "running"
    assert wait(qemu.vmid(vmid).status.stop.post()) == "OK"
    assert wait(qemu.vmid(vmid).delete()) == "OK"
    with pytest.raises(pvesdk.ParameterError) as err:
        qemu.post(vmid=vmid, cores=0)
    assert err.value.errors == {"cores": "value must have a minimum value of 1"}
    with pytest.raises(pvesdk.ServerError, match="VM 100 already exists on node 'pve1'"):
        qemu.post(vmid=100)


def test_pvesdk_upload_over_https(server: Server, tmp_path: Path) -> None:
    source = tmp_path / "alpine.iso"
    source.write_bytes(b"\x00\x01" * 50_000)
    client = PveClient(
        "127.0.0.1",
        port=server.port,
        user="root@pam",
        token_name="mock",
        token_value=TOKEN,
        verify_ssl=str(server.cert),
    )
    upid = client.upload("pve1", "local", source, content="iso")
    for _ in range(200):
        if client.nodes.node("pve1").tasks.upid(upid).status.get().status == "stopped":
            break
        time.sleep(0.02)
    content = client.nodes.node("pve1").storage.storage("local").content.get(content="iso")
    assert ("local:iso/alpine.iso", 100_000) in {(c.volid, c.size) for c in content}


def raw(
    server: Server,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, str, dict[str, str], bytes]:
    context = ssl.create_default_context(cafile=str(server.cert))
    conn = http.client.HTTPSConnection("127.0.0.1", server.port, context=context)
    conn.request(method, "/api2/json" + path, body=body, headers=headers or {})
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, response.reason, {k.lower(): v for k, v in response.getheaders()}, data


def test_missing_auth_is_401_with_the_reason_in_the_status_line(server: Server) -> None:
    status, reason, headers, body = raw(server, "GET", "/nodes")
    assert (status, reason, body) == (401, "No ticket", b"")
    assert "x-pve-reason" not in headers


def test_envelope_and_content_type_are_exact(server: Server) -> None:
    auth = {"Authorization": f"PVEAPIToken=root@pam!mock={TOKEN}"}
    status, _, headers, body = raw(server, "GET", "/version", headers=auth)
    assert status == 200 and headers["content-type"] == "application/json;charset=UTF-8"
    assert json.loads(body)["data"]["release"] == "9.2"
    assert headers.get("server") == "pve-api-daemon/3.0"


def test_unknown_path_is_501_not_404(server: Server) -> None:
    auth = {"Authorization": f"PVEAPIToken=root@pam!mock={TOKEN}"}
    status, reason, _, body = raw(server, "GET", "/nodes/pve1/nosuch", headers=auth)
    assert (status, reason) == (501, "Method 'GET /nodes/pve1/nosuch' not implemented")
    assert json.loads(body) == {"data": None}


def test_json_bodies_are_accepted(server: Server) -> None:
    auth = {
        "Authorization": f"PVEAPIToken=root@pam!mock={TOKEN}",
        "Content-Type": "application/json",
    }
    body = json.dumps({"description": "from json", "onboot": True}).encode()
    status, _, _, _ = raw(server, "PUT", "/nodes/pve1/qemu/100/config", body, auth)
    assert status == 200
    _, _, _, data = raw(server, "GET", "/nodes/pve1/qemu/100/config", headers=auth)
    config = json.loads(data)["data"]
    assert config["description"] == "from json" and config["onboot"] == "1"


def test_malformed_bodies_get_pve_shaped_errors(server: Server) -> None:
    auth = {
        "Authorization": f"PVEAPIToken=root@pam!mock={TOKEN}",
        "Content-Type": "application/json",
    }
    status, reason, _, body = raw(server, "PUT", "/nodes/pve1/qemu/100/config", b"{not json", auth)
    assert (status, reason) == (400, "Parameter verification failed.")
    assert "body" in json.loads(body)["errors"]


def test_path_traversal_in_a_volume_id_is_refused(server: Server) -> None:
    auth = {"Authorization": f"PVEAPIToken=root@pam!mock={TOKEN}"}
    volume = "local%3Aiso%2F..%2F..%2Fetc%2Fpasswd"
    status, _, _, _ = raw(
        server, "DELETE", f"/nodes/pve1/storage/local/content/{volume}", headers=auth
    )
    assert status in (400, 500)


def test_truncated_upload_is_a_pve_error_not_a_crash(server: Server) -> None:
    auth = {
        "Authorization": f"PVEAPIToken=root@pam!mock={TOKEN}",
        "Content-Type": "multipart/form-data; boundary=XYZ",
    }
    body = b'--XYZ\r\nContent-Disposition: form-data; name="content"\r\n\r\niso\r\n--XYZ\r\n' + (
        b'Content-Disposition: form-data; name="filename"; filename="a.iso"\r\n\r\nabc'
    )
    status, reason, _, data = raw(server, "POST", "/nodes/pve1/storage/local/upload", body, auth)
    assert (status, reason) == (400, "Parameter verification failed.")
    assert "body" in json.loads(data)["errors"]


def test_upload_to_a_block_storage_is_refused(server: Server, tmp_path: Path) -> None:
    """pve-storage ``upload``: a storage without a ``path`` (lvmthin) takes no upload at all."""
    source = tmp_path / "x.iso"
    source.write_bytes(b"x" * 10)
    client = PveClient(
        "127.0.0.1",
        port=server.port,
        user="root@pam",
        token_name="mock",
        token_value=TOKEN,
        verify_ssl=str(server.cert),
    )
    with pytest.raises(pvesdk.ServerError, match="can't upload to storage type 'lvmthin'"):
        client.upload("pve1", "local-lvm", source, content="iso")
