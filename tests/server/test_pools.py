"""The mock's pools keep pve-manager's membership rules."""

from __future__ import annotations

import pytest

import pvesdk
from pvesdk import PveClient


@pytest.fixture
def client() -> PveClient:
    client = PveClient.mock()
    client.pools.post(poolid="web", comment="Web")
    client.pools.post(poolid="db")
    return client


def members(client: PveClient, pool: str) -> list[tuple[str, object]]:
    got = client.pools.poolid(pool).get()
    return [(m.type, m.vmid if m.type != "storage" else m.storage) for m in got.members]


def test_guests_and_storages_become_members(client: PveClient) -> None:
    client.pools.poolid("web").put(vms="100,200", storage="local")
    assert members(client, "web") == [("qemu", 100), ("lxc", 200), ("storage", "local")]


def test_the_list_has_no_members(client: PveClient) -> None:
    client.pools.poolid("web").put(vms="100")
    listed = client.pools.get()
    assert [(p.poolid, p.comment) for p in listed] == [("db", None), ("web", "Web")]
    assert all(not getattr(p, "members", None) for p in listed)


def test_a_guest_is_in_one_pool_unless_moved(client: PveClient) -> None:
    client.pools.poolid("web").put(vms="100")
    with pytest.raises(pvesdk.ServerError, match="belongs already to pool 'web'"):
        client.pools.poolid("db").put(vms="100")
    client.pools.poolid("db").put(vms="100", allow_move=True)
    assert members(client, "web") == [] and members(client, "db") == [("qemu", 100)]


def test_members_are_removed_with_delete(client: PveClient) -> None:
    client.pools.poolid("web").put(vms="100")
    client.pools.poolid("web").put(vms="100", delete=True)
    assert members(client, "web") == []
    with pytest.raises(pvesdk.ServerError, match="VM 100 is not a pool member"):
        client.pools.poolid("web").put(vms="100", delete=True)


def test_only_empty_pools_can_be_deleted(client: PveClient) -> None:
    client.pools.poolid("web").put(vms="100")
    with pytest.raises(pvesdk.ServerError, match=r"pool 'web' is not empty \(contains VM 100\)"):
        client.pools.delete(poolid="web")
    client.pools.delete(poolid="db")
    assert [p.poolid for p in client.pools.get()] == ["web"]


def test_destroying_a_guest_leaves_its_pool(client: PveClient) -> None:
    client.pools.poolid("web").put(vms="200")
    client.nodes.node("pve1").lxc.vmid(200).delete()
    assert members(client, "web") == []


def test_create_into_a_missing_pool_is_refused(client: PveClient) -> None:
    """qemu-server ``create_vm``: ``check_pool_exist`` (pve-access-control RPCEnvironment) raises
    a permission exception before anything is created."""
    with pytest.raises(
        pvesdk.PermissionDeniedError,
        match=r"Permission check failed \(pool 'nosuch' does not exist\)",
    ):
        client.nodes.node("pve1").qemu.post(vmid=150, pool="nosuch")
    assert 150 not in [vm.vmid for vm in client.nodes.node("pve1").qemu.get()]


def test_resources_list_pools_and_name_each_guests_pool(client: PveClient) -> None:
    client.pools.poolid("web").put(vms="100")
    listed = client.cluster.resources.get()
    pools = [r.pool for r in listed if r.type == "pool"]
    assert pools == ["db", "web"]
    by_vmid = {r.vmid: r.pool for r in listed if r.type in ("qemu", "lxc")}
    assert by_vmid == {100: "web", 200: None}
