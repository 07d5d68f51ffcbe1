"""The mock's acceptance flows, unchanged, through the proxy (two real processes, TLS both
sides): proxmoxer and pvesdk, with a ticket (login and CSRF pass through) and with a token."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from proxmoxer import ProxmoxAPI

import pvesdk
from pvesdk import PveClient

from ..server.test_server import proxmoxer_flow
from .conftest import PASSWORD, TOKEN, Proc


def test_proxmoxer_with_ticket_auth_through_the_proxy(proxy: Proc) -> None:
    api = ProxmoxAPI("127.0.0.1", port=proxy.port, user="root@pam", password=PASSWORD,
                     verify_ssl=str(proxy.cert))  # fmt: skip
    proxmoxer_flow(api, 301)


def test_proxmoxer_with_a_token_through_the_proxy(proxy: Proc) -> None:
    api = ProxmoxAPI("127.0.0.1", port=proxy.port, user="root@pam", token_name="ci",
                     token_value=TOKEN, verify_ssl=str(proxy.cert))  # fmt: skip
    proxmoxer_flow(api, 302)


def pvesdk_flow(client: PveClient, vmid: int) -> None:
    qemu = client.nodes.node("pve1").qemu

    def wait(upid: str) -> str:
        for _ in range(300):
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


@pytest.mark.parametrize("how", ["token", "ticket", "pinned"])
def test_pvesdk_flow_through_the_proxy(proxy: Proc, how: str) -> None:
    common: dict[str, Any] = {"port": proxy.port, "user": "root@pam"}
    if how == "token":
        client = PveClient("127.0.0.1", token_name="ci", token_value=TOKEN,
                           verify_ssl=str(proxy.cert), **common)  # fmt: skip
    elif how == "ticket":
        client = PveClient("127.0.0.1", password=PASSWORD, verify_ssl=str(proxy.cert), **common)
    else:
        client = PveClient("127.0.0.1", token_name="ci", token_value=TOKEN,
                           fingerprint=proxy.fingerprint, **common)  # fmt: skip
    pvesdk_flow(client, {"token": 311, "ticket": 312, "pinned": 313}[how])


def test_upload_streams_through_the_proxy(proxy: Proc, tmp_path: Path) -> None:
    source = tmp_path / "alpine.iso"
    source.write_bytes(b"\x00\x01" * 3_000_000)  # 6 MB: many chunks on both hops
    client = PveClient("127.0.0.1", port=proxy.port, user="root@pam", token_name="ci",
                       token_value=TOKEN, verify_ssl=str(proxy.cert))  # fmt: skip
    upid = client.upload("pve1", "local", source, content="iso")
    for _ in range(300):
        if client.nodes.node("pve1").tasks.upid(upid).status.get().status == "stopped":
            break
        time.sleep(0.02)
    content = client.nodes.node("pve1").storage.storage("local").content.get(content="iso")
    assert ("local:iso/alpine.iso", 6_000_000) in {(c.volid, c.size) for c in content}
