"""The mock's SDN keeps pve-network's pending configuration, lock token and object rules."""

from __future__ import annotations

import pytest

import pvesdk
from pvesdk import PveClient


@pytest.fixture
def client() -> PveClient:
    return PveClient.mock()


def test_changes_stay_pending_until_applied(client: PveClient) -> None:
    sdn = client.cluster.sdn
    sdn.zones.post(zone="zone1", type="simple")
    pending = sdn.zones.get(pending=True)
    assert [(z.zone, z.state) for z in pending] == [("zone1", "new")]
    assert sdn.zones.get(running=True) == []
    upid = sdn.put()
    assert ":reloadnetworkall:" in upid
    assert [z.zone for z in sdn.zones.get(running=True)] == ["zone1"]
    assert [z.state for z in sdn.zones.get(pending=True)] == [None]


def test_rollback_returns_to_the_running_config(client: PveClient) -> None:
    sdn = client.cluster.sdn
    sdn.zones.post(zone="zone1", type="simple")
    sdn.put()
    sdn.vnets.post(vnet="vnet1", zone="zone1")
    sdn.rollback.post()
    assert sdn.vnets.get() == []


def test_the_lock_token_guards_every_write(client: PveClient) -> None:
    sdn = client.cluster.sdn
    token = sdn.lock.post()
    with pytest.raises(pvesdk.ServerError, match="invalid lock token provided!"):
        sdn.zones.post(zone="zone1", type="simple")
    sdn.zones.post(zone="zone1", type="simple", lock_token=token)
    sdn.put(lock_token=token)
    sdn.zones.post(zone="zone2", type="simple")  # applying released the lock


def test_no_lock_while_changes_are_pending(client: PveClient) -> None:
    client.cluster.sdn.zones.post(zone="zone1", type="simple")
    with pytest.raises(pvesdk.ServerError, match="configuration has pending changes"):
        client.cluster.sdn.lock.post()
    assert client.cluster.sdn.lock.post(allow_pending=True)


def test_a_zone_used_by_a_vnet_cannot_go(client: PveClient) -> None:
    sdn = client.cluster.sdn
    sdn.zones.post(zone="zone1", type="simple")
    sdn.vnets.post(vnet="vnet1", zone="zone1")
    with pytest.raises(pvesdk.ServerError, match="zone zone1 is used by vnet vnet1"):
        sdn.zones.zone("zone1").delete()


def test_vlan_zones_need_tags_simple_zones_refuse_them(client: PveClient) -> None:
    sdn = client.cluster.sdn
    sdn.zones.post(zone="simple1", type="simple")
    sdn.zones.post(zone="vlan1", type="vlan", bridge="vmbr0")
    with pytest.raises(pvesdk.ParameterError) as err:
        sdn.vnets.post(vnet="v1", zone="simple1", tag=5)
    assert err.value.errors == {"tag": "vlan tag is not allowed on simple zone"}
    with pytest.raises(pvesdk.ParameterError) as err:
        sdn.vnets.post(vnet="v1", zone="vlan1")
    assert err.value.errors == {"tag": "missing vlan tag"}
    sdn.vnets.post(vnet="v1", zone="vlan1", tag=5)
    with pytest.raises(pvesdk.ParameterError) as err:
        sdn.vnets.post(vnet="v2", zone="vlan1", tag=5)
    assert err.value.errors == {"tag": "tag 5 already exist in vnet v1"}


def test_a_vlan_zone_needs_a_bridge(client: PveClient) -> None:
    with pytest.raises(pvesdk.ParameterError) as err:
        client.cluster.sdn.zones.post(zone="vlan1", type="vlan")
    assert err.value.errors == {"bridge": "property is missing and it is not optional"}


def test_subnet_ids_and_fields_follow_proxmox(client: PveClient) -> None:
    sdn = client.cluster.sdn
    sdn.zones.post(zone="zone1", type="simple")
    sdn.vnets.post(vnet="vnet1", zone="zone1")
    sdn.vnets.vnet("vnet1").subnets.post(
        subnet="10.8.0.0/24",
        type="subnet",
        gateway="10.8.0.1",
        dhcp_range=["start-address=10.8.0.100,end-address=10.8.0.200"],
    )
    (raw,) = sdn.vnets.vnet("vnet1").subnets.get()  # Proxmox's schema leaves items untyped
    assert (raw["subnet"], raw["id"], raw["type"], raw["vnet"]) == (
        "zone1-10.8.0.0-24",
        "zone1-10.8.0.0-24",
        "subnet",
        "vnet1",
    )
    assert (raw["cidr"], raw["network"], raw["mask"], raw["zone"]) == (
        "10.8.0.0/24",
        "10.8.0.0",
        "24",
        "zone1",
    )
    assert raw["dhcp-range"] == [{"start-address": "10.8.0.100", "end-address": "10.8.0.200"}]


def test_a_gateway_outside_the_subnet_is_refused(client: PveClient) -> None:
    sdn = client.cluster.sdn
    sdn.zones.post(zone="zone1", type="simple")
    sdn.vnets.post(vnet="vnet1", zone="zone1")
    with pytest.raises(pvesdk.ParameterError) as err:
        sdn.vnets.vnet("vnet1").subnets.post(
            subnet="10.8.0.0/24", type="subnet", gateway="10.9.0.1"
        )
    assert err.value.errors == {"gateway": "10.9.0.1 is not in subnet 10.8.0.0/24"}


def test_a_vnet_with_subnets_cannot_go(client: PveClient) -> None:
    sdn = client.cluster.sdn
    sdn.zones.post(zone="zone1", type="simple")
    sdn.vnets.post(vnet="vnet1", zone="zone1")
    sdn.vnets.vnet("vnet1").subnets.post(subnet="10.8.0.0/24", type="subnet")
    with pytest.raises(pvesdk.ParameterError) as err:
        sdn.vnets.vnet("vnet1").delete()
    assert err.value.errors == {"vnet": "Can't delete vnet if subnets exists"}


def test_duplicate_zone_ids_are_refused(client: PveClient) -> None:
    client.cluster.sdn.zones.post(zone="zone1", type="simple")
    with pytest.raises(pvesdk.ServerError, match="sdn zone object ID 'zone1' already defined"):
        client.cluster.sdn.zones.post(zone="zone1", type="simple")
