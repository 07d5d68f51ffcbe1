"""Destroying a guest cleans up after it as qemu-server's and pve-container's destroy do."""

from __future__ import annotations

import pytest

import pvesdk
from pvesdk import PveClient


@pytest.fixture
def client() -> PveClient:
    return PveClient.mock()


def exitstatus(client: PveClient, upid: str) -> str:
    return client.nodes.node("pve1").tasks.upid(upid).status.get().exitstatus or ""


def test_acls_pool_and_firewall_go_with_the_guest(client: PveClient) -> None:
    # API2/Qemu.pm destroy_vm worker: remove_vm_access and remove_vmfw_conf, purge or not
    client.pools.post(poolid="lab")
    client.pools.put(poolid="lab", vms="100")
    client.access.acl.put(path="/vms/100", roles="PVEAuditor", users="root@pam")
    client.nodes.node("pve1").qemu.vmid(100).firewall.rules.post(type="in", action="DROP")
    client.nodes.node("pve1").qemu.vmid(100).delete()
    assert "/vms/100" not in {a.path for a in client.access.acl.get()}
    assert client.pools.get(poolid="lab")[0].members == []
    client.nodes.node("pve1").qemu.post(vmid=100)
    assert client.nodes.node("pve1").qemu.vmid(100).firewall.rules.get() == []


def test_purge_takes_the_guest_out_of_backup_jobs_and_ha(client: PveClient) -> None:
    # pve-guest-common remove_vmid_from_backup_jobs: a job left without guests is deleted
    client.cluster.backup.post(id="both", schedule="daily", storage="local", vmid="100,200")
    client.cluster.backup.post(id="one", schedule="daily", storage="local", vmid="200")
    backup = client.cluster.backup
    backup.post(id="most", schedule="daily", storage="local", all=True, exclude="200")
    client.cluster.ha.resources.post(sid="ct:200", state="stopped")
    with pytest.raises(
        pvesdk.ServerError,
        match="unable to remove CT 200 - used in HA resources and purge parameter not set",
    ):
        client.nodes.node("pve1").lxc.vmid(200).delete()
    client.nodes.node("pve1").lxc.vmid(200).delete(purge=True)
    jobs = {j.id: j for j in client.cluster.backup.get()}
    assert set(jobs) == {"both", "most"}
    assert jobs["both"].vmid == "100" and jobs["most"].exclude is None
    assert client.cluster.ha.resources.get() == []


def test_protection_and_locks_refuse_as_proxmox_does(client: PveClient) -> None:
    qemu, lxc = client.nodes.node("pve1").qemu, client.nodes.node("pve1").lxc
    qemu.vmid(100).config.put(protection=True)
    with pytest.raises(pvesdk.ServerError, match="can't remove VM 100 - protection mode enabled"):
        qemu.vmid(100).delete()
    qemu.vmid(100).config.put(protection=False)
    engine = client.transport.engine  # type: ignore[attr-defined]
    engine.state.guests[100].lock = "backup"
    engine.state.guests[200].lock = "backup"
    # qemu checks the lock in the worker; pve-container before forking
    assert exitstatus(client, qemu.vmid(100).delete()) == "VM is locked (backup)"
    with pytest.raises(pvesdk.ServerError, match=r"CT is locked \(backup\)"):
        lxc.vmid(200).delete()


def test_a_running_container_needs_force(client: PveClient) -> None:
    lxc = client.nodes.node("pve1").lxc
    lxc.vmid(200).status.start.post()
    with pytest.raises(pvesdk.ServerError, match="unable to destroy CT 200 - container is running"):
        lxc.vmid(200).delete()
    lxc.vmid(200).delete(force=True)
    assert 200 not in {r.vmid for r in client.cluster.resources.get(type="vm")}
