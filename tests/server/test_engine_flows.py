"""The mock cluster through pvesdk's in-process transport: the acceptance flow and PVE errors."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

import pvesdk
from pvesdk import AsyncPveClient, PveClient, TicketAuth, TokenAuth
from pvesdk.transports.mock import MockTransport
from pvesdk_server.engine import Engine


@pytest.fixture
def client() -> PveClient:
    return PveClient.mock()


def wait(client: PveClient, node: str, upid: str) -> str:
    status = client.nodes.node(node).tasks.upid(upid).status
    for _ in range(200):
        result = status.get()
        if result.status == "stopped":
            return result.exitstatus or ""
        time.sleep(0.01)
    raise AssertionError(f"task {upid} did not finish")


def test_default_seed_is_the_documented_cluster(client: PveClient) -> None:
    assert [n.node for n in client.nodes.get()] == ["pve1", "pve2"]
    assert {s.storage for s in client.nodes.node("pve1").storage.get()} == {"local", "local-lvm"}
    vm = client.nodes.node("pve1").qemu.vmid(100).config.get()
    assert vm.name == "demo" and vm.net[0].model == "virtio" and vm.net[0].bridge == "vmbr0"
    ct = client.nodes.node("pve1").lxc.vmid(200).status.current.get()
    assert ct.status == "stopped"
    assert client.cluster.nextid.get() == 101


def test_vm_lifecycle(client: PveClient) -> None:
    qemu = client.nodes.node("pve1").qemu
    upid = qemu.post(vmid=101, name="web", cores=2, memory="2048",
                     net={0: "virtio,bridge=vmbr0"}, scsi={0: "local-lvm:32"})  # fmt: skip
    assert (
        upid.startswith("UPID:pve1:") and ":qmcreate:101:root@pam!mock:" in upid
    )  # a token's tasks carry its id
    assert wait(client, "pve1", upid) == "OK"
    cfg = qemu.vmid(101).config.get()
    assert cfg.cores == 2 and cfg.name == "web"
    nic = cfg.net[0]
    assert nic.model == "virtio" and nic.bridge == "vmbr0"
    assert nic.macaddr is not None and nic.macaddr.startswith("BC:24:11:")
    assert nic.raw == f"virtio={nic.macaddr},bridge=vmbr0"
    assert (cfg.scsi[0].file, cfg.scsi[0].size) == ("local-lvm:vm-101-disk-0", "32G")
    content = client.nodes.node("pve1").storage.storage("local-lvm").content.get()
    assert "local-lvm:vm-101-disk-0" in {c.volid for c in content}
    assert wait(client, "pve1", qemu.vmid(101).status.start.post()) == "OK"
    assert qemu.vmid(101).status.current.get().status == "running"
    assert any(
        r.vmid == 101 and r.status == "running" for r in client.cluster.resources.get(type="vm")
    )
    with pytest.raises(pvesdk.ServerError, match="VM 101 is running - destroy failed"):
        qemu.vmid(101).delete()
    assert wait(client, "pve1", qemu.vmid(101).status.stop.post()) == "OK"
    assert wait(client, "pve1", qemu.vmid(101).delete()) == "OK"
    assert 101 not in {vm.vmid for vm in qemu.get()}
    content = client.nodes.node("pve1").storage.storage("local-lvm").content.get()
    assert "local-lvm:vm-101-disk-0" not in {c.volid for c in content}


def test_config_delete_and_digest(client: PveClient) -> None:
    config = client.nodes.node("pve1").qemu.vmid(100).config
    before = config.get()
    config.put(description="hello", delete=["net0"], digest=before.digest)
    after = config.get()
    assert after.description == "hello" and after.net == {} and after.digest != before.digest
    with pytest.raises(
        pvesdk.ServerError, match=r"checksum mismatch \(file change by other user\?\)"
    ):
        config.put(cores=4, digest=before.digest)


def test_tasks_run_running_then_stopped_and_log_pages() -> None:
    client = PveClient.mock(task_seconds=0.2)
    vm = client.nodes.node("pve1").qemu.vmid(100)
    upid = vm.status.start.post()
    status = client.nodes.node("pve1").tasks.upid(upid).status
    assert status.get().status == "running"
    assert vm.status.current.get().status == "stopped"  # takes effect when the task ends
    assert wait(client, "pve1", upid) == "OK"
    assert vm.status.current.get().status == "running"
    log = client.nodes.node("pve1").tasks.upid(upid).log.get(start=0, limit=1)
    assert log[0].n == 1 and len(log) == 1
    listed = client.nodes.node("pve1").tasks.get(vmid=100)
    assert listed[0].upid == upid and listed[0].status == "OK"


def test_failed_task_reports_its_error(client: PveClient) -> None:
    vm = client.nodes.node("pve1").qemu.vmid(100)
    wait(client, "pve1", vm.status.start.post())
    assert wait(client, "pve1", vm.status.start.post()) == "VM 100 already running"


def test_pve_shaped_errors(client: PveClient) -> None:
    with pytest.raises(pvesdk.ParameterError) as err:
        client.nodes.node("pve1").qemu.post(vmid=101, cores=0)
    assert err.value.errors == {"cores": "value must have a minimum value of 1"}
    with pytest.raises(pvesdk.ServerError, match="VM 100 already exists on node 'pve1'"):
        client.nodes.node("pve1").qemu.post(vmid=100)
    with pytest.raises(
        pvesdk.ServerError,
        match=r"Configuration file 'nodes/pve1/qemu-server/999\.conf' does not exist",
    ):
        client.nodes.node("pve1").qemu.vmid(999).config.get()
    transport = client.transport
    response = transport.handle_request(pvesdk.Request("GET", "/nodes/pve1/nosuch"))
    assert (response.status, response.reason) == (
        501,
        "Method 'GET /nodes/pve1/nosuch' not implemented",
    )
    bad = transport.handle_request(pvesdk.Request("GET", "/nodes/pve1/qemu", [("bogus", "1")]))
    assert bad.status == 400 and b"property is not defined in schema" in bad.content


def test_invalid_upid_is_a_parameter_error(client: PveClient) -> None:
    with pytest.raises(pvesdk.ParameterError) as err:
        client.nodes.node("pve1").tasks.upid("UPID:not-valid").status.get()
    assert "unable to parse worker upid" in err.value.errors["upid"]


def test_snapshots_and_rollback(client: PveClient) -> None:
    vm = client.nodes.node("pve1").qemu.vmid(100)
    wait(client, "pve1", vm.snapshot.post(snapname="before", description="clean"))
    vm.config.put(cores=8)
    assert {s.name for s in vm.snapshot.get()} == {"before", "current"}
    wait(client, "pve1", vm.snapshot.snapname("before").rollback.post())
    assert vm.config.get().cores == 2


def test_everything_else_stores_what_is_written(client: PveClient) -> None:
    options = client.cluster.options
    options.put(keyboard="de", description="lab")
    got: Any = options.get()
    assert got["keyboard"] == "de" and got["description"] == "lab"


def test_users_tokens_and_acls(client: PveClient) -> None:
    client.access.users.post(userid="alice@pve", password="alice-pw", comment="dev")
    token = client.access.users.userid("alice@pve").token.tokenid("ci").post(privsep=False)
    assert token.full_tokenid == "alice@pve!ci" and token.value
    engine = client.transport.engine  # type: ignore[attr-defined]
    alice = PveClient(
        transport=MockTransport(engine, auth=TokenAuth("alice@pve", "ci", token.value))
    )
    with pytest.raises(
        pvesdk.PermissionDeniedError, match=r"Permission check failed \(/vms/100, VM.Audit"
    ):
        alice.nodes.node("pve1").qemu.vmid(100).config.get()
    client.access.acl.put(path="/vms/100", roles="PVEVMAdmin", users="alice@pve")
    assert alice.nodes.node("pve1").qemu.vmid(100).config.get().name == "demo"


def test_ticket_auth_needs_csrf_for_writes() -> None:
    engine = Engine(task_seconds=0)
    client = PveClient(transport=MockTransport(engine, auth=TicketAuth("root@pam", "pvesdk")))
    assert client.version.get().release == "9.2"
    client.nodes.node("pve1").qemu.vmid(100).config.put(cores=3)
    reply = engine.handle("PUT", "/nodes/pve1/qemu/100/config", {"cores": ["4"]},
                          ticket=engine.issue_ticket("root@pam")[0])  # fmt: skip
    assert (reply.status, reply.reason) == (401, "Permission denied - invalid csrf token")
    assert engine.handle("GET", "/version").reason == "No ticket"


def test_wrong_password_is_refused() -> None:
    client = PveClient(transport=MockTransport(Engine(), auth=TicketAuth("root@pam", "nope")))
    with pytest.raises(pvesdk.AuthenticationError, match="authentication failure"):
        client.version.get()


def test_upload_makes_a_volume(client: PveClient, tmp_path: Any) -> None:
    source = tmp_path / "debian.iso"
    source.write_bytes(b"iso" * 1000)
    upid = client.upload("pve1", "local", source, content="iso")
    assert wait(client, "pve1", upid) == "OK"
    content = client.nodes.node("pve1").storage.storage("local").content.get(content="iso")
    assert [(c.volid, c.size) for c in content] == [("local:iso/debian.iso", 3000)]


def test_async_mock_client() -> None:
    async def run() -> list[str]:
        client = AsyncPveClient.mock()
        return [n.node for n in await client.nodes.get()]

    assert asyncio.run(run()) == ["pve1", "pve2"]


def test_seed_replaces_the_default_cluster() -> None:
    client = PveClient.mock(
        seed={"nodes": {"lab1": {"status": "online"}}, "guests": {}, "volumes": {}}
    )
    assert [n.node for n in client.nodes.get()] == ["lab1"]
    assert client.cluster.nextid.get() == 100


def test_snapshot_round_trips_into_a_new_engine(client: PveClient) -> None:
    client.nodes.node("pve1").qemu.post(vmid=150, name="saved")
    engine = client.transport.engine  # type: ignore[attr-defined]
    clone = PveClient(transport=MockTransport(Engine(seed=engine.snapshot(), task_seconds=0)))
    assert clone.nodes.node("pve1").qemu.vmid(150).config.get().name == "saved"
