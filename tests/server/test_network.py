"""A node's network configuration, as pve-manager's ``PVE::API2::Network`` and pve-common's
``PVE::Network::Interfaces`` handle it: writes are pending in ``interfaces.new`` until a
``srvreload`` task applies them (or a revert drops them), reads show the pending file, the
list's envelope carries the ``changes`` diff, and the writer's checks refuse with Proxmox's
messages."""

from __future__ import annotations

from typing import Any

import pytest

from pvesdk_server.engine import Engine, Reply

from ..support.engine import ALICE, ROOT, engine_with_alice

NET = "/nodes/pve1/network"


@pytest.fixture
def engine() -> Engine:
    return engine_with_alice()


def call(engine: Engine, method: str, api_path: str, who: str = ROOT, **params: Any) -> Reply:
    wire = {k.replace("_", "-") if k.startswith("vlan") else k: [str(v)] for k, v in params.items()}
    return engine.handle(method, api_path, wire, authorization=who)


def ok(reply: Reply) -> Any:
    assert reply.status == 200, (reply.reason, reply.errors)
    return reply.data


def ifaces(engine: Engine, **params: Any) -> dict[str, dict[str, Any]]:
    return {item["iface"]: item for item in ok(call(engine, "GET", NET, **params))}


def apply(engine: Engine) -> str | None:
    upid = ok(call(engine, "PUT", NET))
    task = engine.state.tasks[upid]
    assert (task.type, task.id) == ("srvreload", "networking")
    return task.exitstatus


def grant(engine: Engine, path: str, role: str) -> None:
    engine.state.acls.append(
        {"path": path, "ugid": "alice@pve", "roleid": role, "type": "user", "propagate": 1}
    )


# -- reading


def test_the_default_node_has_a_physical_nic_bridged_into_vmbr0(engine: Engine) -> None:
    reply = call(engine, "GET", NET)
    found = {item["iface"]: item for item in ok(reply)}
    assert sorted(found) == ["eno1", "eno2", "vmbr0"]  # lo is not listed
    assert found["eno1"]["type"] == "eth" and found["eno1"]["exists"] == 1
    assert found["eno1"]["active"] == 1  # a port of the active bridge
    assert "active" not in found["eno2"]  # physical, not configured
    vmbr0 = found["vmbr0"]
    assert vmbr0["type"] == "bridge" and vmbr0["bridge_ports"] == "eno1"
    assert (vmbr0["cidr"], vmbr0["address"], vmbr0["netmask"]) == (
        "192.0.2.1/24",
        "192.0.2.1",
        "24",
    )
    assert vmbr0["gateway"] == "192.0.2.254" and vmbr0["method"] == "static"
    assert (vmbr0["bridge_stp"], vmbr0["bridge_fd"]) == ("off", "0")
    assert "changes" not in reply.envelope()  # nothing pending
    assert ifaces(engine)["vmbr0"]["autostart"] == 1


def test_the_type_filter(engine: Engine) -> None:
    assert sorted(ifaces(engine, type="eth")) == ["eno1", "eno2"]
    assert sorted(ifaces(engine, type="bridge")) == ["vmbr0"]
    assert sorted(ifaces(engine, type="any_bridge")) == ["vmbr0"]
    assert ifaces(engine, type="vlan") == {}


def test_reading_one_and_a_missing_one(engine: Engine) -> None:
    assert ok(call(engine, "GET", f"{NET}/vmbr0"))["bridge_ports"] == "eno1"
    reply = call(engine, "GET", f"{NET}/vmbr9")
    assert (reply.status, reply.errors) == (400, {"iface": "interface does not exist"})


def test_bridges_are_listed_only_with_sdn_access_on_them(engine: Engine) -> None:
    assert sorted(ifaces(engine)) == ["eno1", "eno2", "vmbr0"]
    listed = {item["iface"] for item in ok(call(engine, "GET", NET, ALICE))}
    assert listed == {"eno1", "eno2"}
    grant(engine, "/sdn/zones/localnetwork/vmbr0/20", "PVESDNUser")  # a VLAN of the bridge
    listed = {item["iface"] for item in ok(call(engine, "GET", NET, ALICE))}
    assert listed == {"eno1", "eno2", "vmbr0"}


# -- pending changes, apply, revert


def test_a_new_bridge_is_pending_until_applied(engine: Engine) -> None:
    ok(call(engine, "POST", NET, iface="vmbr1", type="bridge", bridge_ports="eno2",
            autostart=1, cidr="10.1.0.1/24", comments="lab"))  # fmt: skip
    reply = call(engine, "GET", NET)
    vmbr1 = {item["iface"]: item for item in ok(reply)}["vmbr1"]
    assert (vmbr1["address"], vmbr1["netmask"], vmbr1["method"]) == ("10.1.0.1", "24", "static")
    assert vmbr1["comments"] == "lab\n" and "active" not in vmbr1  # not up before a reload
    diff = reply.envelope()["changes"]
    assert diff.startswith("--- /etc/network/interfaces\t")
    assert "+++ /etc/network/interfaces.new\t" in diff
    assert "+auto vmbr1\n+iface vmbr1 inet static\n+\taddress 10.1.0.1/24\n" in diff
    assert "+\tbridge-ports eno2\n" in diff and "+#lab\n" in diff
    assert engine.state.bridges == ["vmbr0"]
    assert ok(call(engine, "GET", f"{NET}/vmbr1"))["bridge_ports"] == "eno2"

    assert apply(engine) == "OK"
    reply = call(engine, "GET", NET)
    assert "changes" not in reply.envelope()
    assert {i["iface"]: i for i in ok(reply)}["vmbr1"]["active"] == 1
    assert engine.state.bridges == ["vmbr0", "vmbr1"]


def test_revert_drops_the_pending_changes(engine: Engine) -> None:
    ok(call(engine, "POST", NET, iface="vmbr1", type="bridge"))
    ok(call(engine, "DELETE", f"{NET}/vmbr0"))
    assert sorted(ifaces(engine)) == ["eno1", "eno2", "vmbr1"]
    assert ok(call(engine, "DELETE", NET)) is None
    reply = call(engine, "GET", NET)
    assert sorted(i["iface"] for i in ok(reply)) == ["eno1", "eno2", "vmbr0"]
    assert "changes" not in reply.envelope()


def test_update_and_delete_an_option(engine: Engine) -> None:
    ok(call(engine, "POST", NET, iface="vmbr1", type="bridge", mtu=9000, comments="a"))
    ok(call(engine, "PUT", f"{NET}/vmbr1", type="bridge", comments="b", bridge_vlan_aware=1,
            bridge_vids="10,20", delete="mtu"))  # fmt: skip
    vmbr1 = ok(call(engine, "GET", f"{NET}/vmbr1"))
    assert vmbr1["comments"] == "b\n" and "mtu" not in vmbr1
    assert (vmbr1["bridge_vlan_aware"], vmbr1["bridge_vids"]) == (1, "10,20")
    reply = call(engine, "PUT", f"{NET}/vmbr9", type="bridge")
    assert (reply.status, reply.errors) == (400, {"iface": "interface does not exist"})


def test_an_update_sets_the_address_family_from_what_it_sends(engine: Engine) -> None:
    # update_network: method and families follow the call's address only (the GUI sends all)
    ok(call(engine, "PUT", f"{NET}/vmbr0", type="bridge", comments="uplink"))
    vmbr0 = ok(call(engine, "GET", f"{NET}/vmbr0"))
    assert vmbr0["method"] == "manual" and vmbr0["address"] == "192.0.2.1"


def test_delete_and_apply_removes_the_bridge(engine: Engine) -> None:
    ok(call(engine, "POST", NET, iface="vmbr1", type="bridge"))
    assert apply(engine) == "OK"
    ok(call(engine, "DELETE", f"{NET}/vmbr1"))
    assert "vmbr1" not in ifaces(engine) and engine.state.bridges == ["vmbr0", "vmbr1"]
    assert apply(engine) == "OK"
    assert engine.state.bridges == ["vmbr0"]
    reply = call(engine, "DELETE", f"{NET}/vmbr1")
    assert (reply.status, reply.errors) == (400, {"iface": "interface does not exist"})


def test_vlans_by_dotted_name_and_by_raw_device(engine: Engine) -> None:
    ok(call(engine, "POST", NET, iface="vmbr0.10", type="vlan"))
    ok(call(engine, "POST", NET, iface="lab", type="vlan", vlan_raw_device="eno2", vlan_id=30))
    found = ifaces(engine, type="vlan")
    assert (found["vmbr0.10"]["vlan-raw-device"], found["vmbr0.10"]["vlan-id"]) == ("vmbr0", "10")
    assert (found["lab"]["vlan-raw-device"], found["lab"]["vlan-id"]) == ("eno2", "30")
    assert found["lab"]["exists"] == 1  # its raw device is a physical NIC


def test_the_pending_state_survives_a_snapshot_and_reset_forgets_it(engine: Engine) -> None:
    ok(call(engine, "POST", NET, iface="vmbr1", type="bridge"))
    before = call(engine, "GET", NET).envelope()
    restored = Engine(engine.snapshot(), task_seconds=0)
    assert call(restored, "GET", NET).envelope() == before
    engine.reset()
    assert "vmbr1" not in ifaces(engine)


def test_reads_do_not_change_the_snapshot(engine: Engine) -> None:
    before = engine.snapshot()
    ifaces(engine)
    call(engine, "GET", f"{NET}/vmbr0")
    assert engine.snapshot() == before and before["network"] == {}


# -- refusals


@pytest.mark.parametrize(
    ("params", "status", "expected"),
    [
        ({"iface": "vmbr0", "type": "bridge"}, 400, {"iface": "interface already exists"}),
        ({"iface": "1bad", "type": "bridge"}, 400,
         {"iface": "invalid format - invalid network interface name '1bad'\n"}),
        ({"iface": "vmbr1", "type": "bridge", "bridge_ports": "eno1"}, 400,
         {"bridge_ports": "eno1 is already used on interface 'vmbr0'."}),
        ({"iface": "vmbr1", "type": "bridge", "gateway": "10.0.0.1"}, 400,
         {"gateway": "Default gateway already exists on interface 'vmbr0'."}),
        ({"iface": "vmbr1", "type": "bridge", "cidr": "10.0.0.2/24", "address": "10.0.0.2",
          "netmask": "255.255.255.0"}, 400, {"address": "address conflicts with cidr"}),
        ({"iface": "vmbr1", "type": "bridge", "cidr6": "2001:db8::1/64"}, 400,
         {"address": "2001:db8::1 with type 'DOCUMENTATION', cannot be used as host IPv6 "
          "address."}),
        ({"iface": "vmbr1", "type": "bridge", "bridge_vlan_aware": 1, "bridge_vids": ","},
         400, None),
        ({"iface": "vmbr1", "type": "bridge", "bridge_ports": "eno9"}, 500,
         "bridge 'vmbr1' - unable to find bridge port 'eno9'"),
        ({"iface": "lab", "type": "vlan"}, 500,
         "missing vlan-raw-device option at /usr/share/perl5/PVE/Network/Interfaces.pm line 954."),
        ({"iface": "lab", "type": "vlan", "vlan_raw_device": "eno2"}, 500,
         "missing vlan-id option at /usr/share/perl5/PVE/Network/Interfaces.pm line 962."),
        ({"iface": "eno9.5", "type": "vlan"}, 500, "vlan 'eno9.5' - unable to find parent 'eno9'"),
        ({"iface": "bond0", "type": "bond", "slaves": "eno2", "bond_mode": "active-backup",
          "bond-primary": "eno1"}, 500, "bond 'bond0' - bond-primary interface is not a slave at "
         "/usr/share/perl5/PVE/Network/Interfaces.pm line 908."),
        # Interfaces.pm autovivifies the missing slave before its `die ... if !$n`: the type
        # check refuses it, with an empty type
        ({"iface": "bond0", "type": "bond", "slaves": "eno3"}, 500,
         "bond 'bond0' - wrong interface type on slave 'eno3' ('' != 'eth or bond')"),
        ({"iface": "vmbr1", "type": "bridge", "bridge_ports": "eno2", "mtu": 9000}, 500,
         "interface 'eno2' - mtu 1500 is lower than 'vmbr1' - mtu 9000"),
        ({"iface": "vmbr1", "type": "OVSBridge"}, 500,
         "Open VSwitch is not installed (need package 'openvswitch-switch')"),
    ],
)  # fmt: skip
def test_create_refusals(
    engine: Engine, params: dict[str, Any], status: int, expected: Any
) -> None:
    before = engine.snapshot()
    reply = call(engine, "POST", NET, **params)
    assert reply.status == status
    if status == 400 and expected is not None:
        assert reply.errors == expected
    elif status == 500:
        assert reply.reason == expected
    assert engine.snapshot() == before


def test_a_bridged_port_may_not_hold_an_address(engine: Engine) -> None:
    ok(call(engine, "PUT", f"{NET}/eno2", type="eth", cidr="10.9.0.1/24"))
    reply = call(engine, "POST", NET, iface="vmbr1", type="bridge", bridge_ports="eno2")
    assert (reply.status, reply.reason) == (
        500,
        "iface eno2 - ip address can't be set on interface if bridged in vmbr1",
    )


def test_writes_need_sys_modify_on_the_node(engine: Engine) -> None:
    reply = call(engine, "POST", NET, ALICE, iface="vmbr1", type="bridge")
    assert (reply.status, reply.reason) == (
        403,
        "Permission check failed (/nodes/pve1, Sys.Modify)",
    )
    reply = call(engine, "PUT", NET, ALICE)
    assert reply.status == 403
    reply = call(engine, "GET", f"{NET}/vmbr0", ALICE)
    assert (reply.status, reply.reason) == (403, "Permission check failed (/nodes/pve1, Sys.Audit)")
    grant(engine, "/nodes/pve1", "Administrator")
    ok(call(engine, "POST", NET, ALICE, iface="vmbr1", type="bridge"))


# -- guests


def test_a_vm_starts_on_a_new_bridge_only_once_it_is_applied(engine: Engine) -> None:
    ok(call(engine, "POST", NET, iface="vmbr1", type="bridge", autostart=1))
    # the config takes any bridge name; qemu-server reads the bridge when the VM starts
    ok(call(engine, "PUT", "/nodes/pve1/qemu/100/config", net1="virtio,bridge=vmbr1"))
    upid = ok(call(engine, "POST", "/nodes/pve1/qemu/100/status/start"))
    assert engine.state.tasks[upid].exitstatus == "bridge 'vmbr1' does not exist"
    assert engine.state.guests[100].status == "stopped"
    assert apply(engine) == "OK"
    upid = ok(call(engine, "POST", "/nodes/pve1/qemu/100/status/start"))
    assert engine.state.tasks[upid].exitstatus == "OK"
    assert engine.state.guests[100].status == "running"


def test_a_bridge_applied_on_one_node_is_not_on_the_other(engine: Engine) -> None:
    ok(call(engine, "POST", "/nodes/pve2/network", iface="vmbr1", type="bridge"))
    assert apply(engine) == "OK"  # pve1's reload: pve2's change stays pending
    assert "vmbr1" not in ifaces(engine) and engine.state.bridges == ["vmbr0"]
    upid = ok(call(engine, "PUT", "/nodes/pve2/network"))
    assert engine.state.tasks[upid].exitstatus == "OK"
    assert engine.state.bridges == ["vmbr0", "vmbr1"]  # the union of the nodes' bridges
    ok(call(engine, "PUT", "/nodes/pve1/qemu/100/config", net1="virtio,bridge=vmbr1"))
    upid = ok(call(engine, "POST", "/nodes/pve1/qemu/100/status/start"))
    assert engine.state.tasks[upid].exitstatus == "bridge 'vmbr1' does not exist"


def test_running_sdn_vnets_are_listed_as_bridges_and_usable(engine: Engine) -> None:
    ok(call(engine, "POST", "/cluster/sdn/zones", zone="zone1", type="simple"))
    ok(call(engine, "POST", "/cluster/sdn/zones", zone="zone2", type="simple", nodes="pve2"))
    ok(call(engine, "POST", "/cluster/sdn/vnets", vnet="vnet1", zone="zone1", alias="lab"))
    ok(call(engine, "POST", "/cluster/sdn/vnets", vnet="vnet2", zone="zone2"))
    assert "vnet1" not in ifaces(engine, type="any_bridge")  # not before the SDN apply
    ok(call(engine, "PUT", "/cluster/sdn"))
    vnets = ifaces(engine, type="vnet")
    assert vnets == {
        "vnet1": {"iface": "vnet1", "type": "vnet", "active": "1", "ipam": 0, "vlanaware": 0,
                  "comments": "lab"},
    }  # fmt: skip
    assert sorted(ifaces(engine, type="any_bridge")) == ["vmbr0", "vnet1"]
    assert sorted(ifaces(engine, type="any_local_bridge")) == ["vmbr0"]
    assert "vnet1" not in ifaces(engine)
    ok(call(engine, "PUT", "/nodes/pve1/qemu/100/config", net1="virtio,bridge=vnet2"))
    upid = ok(call(engine, "POST", "/nodes/pve1/qemu/100/status/start"))
    assert engine.state.tasks[upid].exitstatus == "bridge 'vnet2' does not exist"  # pve2 only
    ok(call(engine, "PUT", "/nodes/pve1/qemu/100/config", net1="virtio,bridge=vnet1"))
    upid = ok(call(engine, "POST", "/nodes/pve1/qemu/100/status/start"))
    assert engine.state.tasks[upid].exitstatus == "OK"


@pytest.mark.parametrize(
    ("params", "why"),
    [
        ({"iface": "vmbr12345678901234", "type": "bridge", "autostart": 1},
         "name longer than 15 characters"),
        ({"iface": "vmbr5", "type": "bridge", "bridge_ports": "vmbr5", "autostart": 1},
         "cannot enslave a bridge to itself"),
    ],
)  # fmt: skip
def test_an_apply_fails_for_what_ifreload_cannot_bring_up(
    engine: Engine, params: dict[str, Any], why: str
) -> None:
    # pve-iface allows 22 characters and the writer lets a bridge list itself; the kernel
    # (IFNAMSIZ) and ifupdown2 do not: the srvreload task fails, the device never exists
    assert call(engine, "POST", "/nodes/pve1/network", **params).status == 200
    reply = call(engine, "PUT", "/nodes/pve1/network")
    task = engine.state.tasks[reply.data]
    assert task.exitstatus == "command 'ifreload -a' failed: exit code 1"
    name = params["iface"]
    assert f"{name} : error: {name}: {why}" in task.log
    assert name not in engine.state.bridges and "vmbr0" in engine.state.bridges
    listed = {i["iface"]: i for i in call(engine, "GET", "/nodes/pve1/network").data}
    assert listed[name].get("active") is None and listed["vmbr0"]["active"] == 1
