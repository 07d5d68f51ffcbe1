"""The mock's HA manager keeps pve-ha-manager's resources, groups, rules and status."""

from __future__ import annotations

import pytest

import pvesdk
from pvesdk import PveClient


@pytest.fixture
def client() -> PveClient:
    return PveClient.mock()


def test_a_bare_vmid_becomes_its_sid(client: PveClient) -> None:
    client.cluster.ha.resources.post(sid="100", max_restart=2)
    listed = client.cluster.ha.resources.get()
    assert [(r.sid, r.type, r.max_restart) for r in listed] == [("vm:100", "vm", 2)]


def test_a_resource_is_defined_once(client: PveClient) -> None:
    client.cluster.ha.resources.post(sid="ct:200")
    with pytest.raises(pvesdk.ServerError, match="resource ID 'ct:200' already defined"):
        client.cluster.ha.resources.post(sid="200")


def test_the_guest_must_exist_and_be_of_that_kind(client: PveClient) -> None:
    resources = client.cluster.ha.resources
    with pytest.raises(pvesdk.ServerError, match="resource 'vm:999' does not exist in cluster"):
        resources.post(sid="vm:999")
    with pytest.raises(pvesdk.ServerError, match="guest with ID 200 is not a VM"):
        resources.post(sid="vm:200")
    with pytest.raises(pvesdk.ServerError, match="VM/CT 999 does not exist"):
        resources.post(sid="999")


def test_requested_state_started_starts_the_guest(client: PveClient) -> None:
    client.cluster.ha.resources.post(sid="vm:100", state="started")
    assert client.nodes.node("pve1").qemu.vmid(100).status.current.get().status == "running"
    client.cluster.ha.resources.sid("vm:100").put(state="stopped")
    assert client.nodes.node("pve1").qemu.vmid(100).status.current.get().status == "stopped"


def test_status_current_lists_each_service(client: PveClient) -> None:
    client.cluster.ha.resources.post(sid="vm:100", state="stopped")
    status = client.cluster.ha.status.current.get()
    kinds = [s.type for s in status]
    assert kinds[:2] == ["quorum", "master"] and kinds.count("lrm") == 2
    service = [s for s in status if s.type == "service"]
    assert [(s.sid, s.state, s.request_state) for s in service] == [
        ("vm:100", "stopped", "stopped")
    ]


def test_deleting_an_unmanaged_resource_is_refused(client: PveClient) -> None:
    with pytest.raises(pvesdk.ServerError, match="cannot delete service 'vm:100', not HA managed"):
        client.cluster.ha.resources.sid("vm:100").delete()


def test_groups_are_migrated_to_rules_on_pve9(client: PveClient) -> None:
    with pytest.raises(
        pvesdk.ServerError, match="cannot create group: ha groups have been migrated to rules"
    ):
        client.cluster.ha.groups.post(group="g1", nodes="pve1")


def test_seeded_groups_block_rules_until_migrated() -> None:
    client = PveClient.mock(seed={"ha": {"groups": {"g1": {"nodes": "pve1"}}}})
    assert [g.group for g in client.cluster.ha.groups.get()] == ["g1"]
    with pytest.raises(pvesdk.ServerError, match="ha groups have not been migrated yet"):
        client.cluster.ha.rules.post(
            rule="r1", type="node-affinity", resources="vm:100", nodes="pve1"
        )


def test_rules_need_managed_resources_and_real_nodes(client: PveClient) -> None:
    rules = client.cluster.ha.rules
    with pytest.raises(pvesdk.ServerError, match=r"cannot use unmanaged resource\(s\) vm:100\."):
        rules.post(rule="r1", type="node-affinity", resources="vm:100", nodes="pve1")
    client.cluster.ha.resources.post(sid="vm:100")
    with pytest.raises(pvesdk.ServerError, match=r"cannot use non-existent node\(s\) pve9\."):
        rules.post(rule="r1", type="node-affinity", resources="vm:100", nodes="pve9")
    rules.post(rule="r1", type="node-affinity", resources="vm:100", nodes="pve2:2,pve1")
    assert [(r.rule, r.type) for r in rules.get()] == [("r1", "node-affinity")]


def test_deleting_a_resource_purges_it_from_rules(client: PveClient) -> None:
    client.cluster.ha.resources.post(sid="vm:100")
    client.cluster.ha.rules.post(rule="r1", type="node-affinity", resources="vm:100", nodes="pve1")
    client.cluster.ha.resources.sid("vm:100").delete()
    assert client.cluster.ha.rules.get() == []


def test_guest_status_reports_ha_management(client: PveClient) -> None:
    client.cluster.ha.resources.post(sid="vm:100", state="stopped")
    engine = client.transport.engine  # type: ignore[attr-defined]
    from pvesdk_server.engine.ha import ha_managed

    assert ha_managed(engine, 100)["managed"] == 1
    assert ha_managed(engine, 200) == {"managed": 0}
