"""Property-string models: generated round trips over every format, and real-world strings."""

from __future__ import annotations

import typing
from typing import Any

import pytest

import pvesdk.propstr as propstr
from pvesdk import PveClient
from pvesdk._propstr import PropertyString

CLASSES = [getattr(propstr, name) for name in propstr.__all__]


def sample(annotation: Any) -> Any:
    """A valid value for a field, built from its type (enum → its first value)."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    target = args[0] if args and typing.get_origin(annotation) is not typing.Literal else annotation
    if typing.get_origin(target) is typing.Literal:
        return typing.get_args(target)[0]
    return {int: 7, float: 1.5, bool: True}.get(target, "value-1")


FORMAT_SAMPLES = {
    "mac-addr": "BC:24:11:00:00:01",
    "disk-size": "32G",
    "pve-storage-id": "local-lvm",
    "pve-volume-id": "local-lvm:vm-100-disk-0",
    "pve-volume-id-or-qm-path": "local-lvm:vm-100-disk-0",
    "pve-volume-id-or-absolute-path": "local-lvm:vm-100-disk-0",
    "CIDR": "10.0.0.5/24",
    "CIDRv4": "10.0.0.5/24",
    "CIDRv6": "2001:db8::5/64",
    "ip": "10.0.0.1",
    "ipv4": "10.0.0.1",
    "ipv6": "2001:db8::1",
    "pve-acme-domain": "pve.example.com",
    "pve-acme-domain-list": "pve.example.com;www.example.com",
    "pve-acme-alias": "_acme-challenge.example.org",
    # Held as plain text, printed percent-encoded: a comma or `=` must not split the string.
    "urlencoded": "QEMU HARDDISK, 1/2 (x)=y%",
}


@pytest.mark.parametrize("cls", CLASSES, ids=[c.__name__ for c in CLASSES])
def test_every_format_round_trips(cls: type[PropertyString]) -> None:
    values = {name: sample(info.annotation) for name, info in cls.model_fields.items()}
    for name, fmt in cls.__pve_formats__.items():
        values[name] = FORMAT_SAMPLES[fmt]
    model = cls.model_validate(values)
    text = str(model)
    again = cls.parse(text)
    assert again == model, text
    assert str(again) == text


def test_there_are_many_formats() -> None:
    assert len(CLASSES) >= 65  # inline formats plus named ones read from their typetext


# Strings as Proxmox writes them: default key bare and first, required keys next, the rest sorted.
CANONICAL = [
    (propstr.QemuNet, "virtio=BC:24:11:00:00:01,bridge=vmbr0,firewall=1"),
    (propstr.QemuNet, "e1000=BC:24:11:AA:BB:CC,bridge=vmbr1,tag=20,trunks=10;20;30"),
    (propstr.QemuNet, "virtio,bridge=vmbr0"),
    (propstr.Scsi, "local-lvm:vm-100-disk-0,iothread=1,size=32G"),
    (propstr.Scsi, "nfs:100/vm-100-disk-0.qcow2,cache=writeback,discard=on,size=64G"),
    (propstr.Ide, "local:iso/debian-12.8.0-amd64-netinst.iso,media=cdrom"),
    (propstr.Mp, "local-lvm:subvol-200-disk-1,mp=/mnt/data,backup=1,size=8G"),
    (propstr.LxcNet, "name=eth0,bridge=vmbr0,hwaddr=BC:24:11:00:02:00,ip=dhcp,type=veth"),
    (propstr.LxcNet, "name=eth1,bridge=vmbr0,gw6=2001:db8::1,ip6=2001:db8::5/64"),
    (propstr.Ipconfig, "gw=10.0.0.1,ip=10.0.0.5/24"),
    (propstr.Ipconfig, "gw6=2001:db8::1,ip=dhcp,ip6=2001:db8::5/64"),
    (propstr.Hostpci, "0000:01:00.0,pcie=1,x-vga=1"),
    (propstr.Boot, "order=scsi0;ide2;net0"),
    (propstr.Cpu, "x86-64-v2-AES,flags=+aes;-pcid"),
]


@pytest.mark.parametrize(("cls", "text"), CANONICAL)
def test_real_world_strings_print_back_exactly(cls: type[PropertyString], text: str) -> None:
    model = cls.parse(text)
    assert str(model) == text
    assert model.raw == text and cls.parse(str(model)) == model


def test_a_string_in_another_order_reads_the_same() -> None:
    a = propstr.LxcNet.parse("type=veth,ip=dhcp,bridge=vmbr0,name=eth0")
    assert str(a) == "name=eth0,bridge=vmbr0,ip=dhcp,type=veth"
    assert a == propstr.LxcNet.parse(str(a))


def test_key_alias_fills_model_and_mac() -> None:
    net = propstr.QemuNet.parse("virtio=BC:24:11:00:00:01,bridge=vmbr0")
    assert (net.model, net.macaddr, net.bridge) == ("virtio", "BC:24:11:00:00:01", "vmbr0")


def test_default_key_is_given_bare() -> None:
    disk = propstr.Scsi(file="local-lvm:vm-101-disk-0", size="32G", ssd=True)
    assert str(disk) == "local-lvm:vm-101-disk-0,size=32G,ssd=1"


def test_unknown_keys_are_kept() -> None:
    net = propstr.QemuNet.parse("virtio,bridge=vmbr0,future-option=on")
    assert net.model_extra == {"future-option": "on"}
    assert "future-option=on" in str(net)


def test_bare_value_where_none_is_allowed_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="has no key"):
        propstr.QemuNet.parse("virtio,oops")


def test_parameters_take_the_model_or_a_string() -> None:
    client = PveClient.mock()
    vm = client.nodes.node("pve1").qemu.vmid(100)
    vm.config.put(net={1: propstr.QemuNet(model="e1000", bridge="vmbr1")}, scsi={1: "local-lvm:4"})
    config = vm.config.get()
    assert config.net[1].model == "e1000" and config.net[1].bridge == "vmbr1"
    assert config.scsi[1].file == "local-lvm:vm-100-disk-1"


def test_none_in_a_family_deletes_the_member() -> None:
    client = PveClient.mock()
    config = client.nodes.node("pve1").qemu.vmid(100).config
    config.put(net={1: propstr.QemuNet(model="e1000", bridge="vmbr1")})
    assert set(config.get().net) == {0, 1}
    config.put(net={0: None})
    assert set(config.get().net) == {1}


def test_result_families_add_at_the_lowest_free_index() -> None:
    from pvesdk.indexed import IndexedMap

    client = PveClient.mock()
    vm = client.nodes.node("pve1").qemu.vmid(100)
    cfg = vm.config.get()
    assert isinstance(cfg.net, IndexedMap) and (cfg.net.low, cfg.net.high) == (0, 31)
    index = cfg.net.add(propstr.QemuNet(model="virtio", bridge="vmbr1"))
    assert index == 1
    vm.config.put(net={index: cfg.net[index]})
    assert vm.config.get().net[1].bridge == "vmbr1"
    with pytest.raises(ValueError, match=r"net32: index out of range \(net0…net31\)"):
        cfg.net[32] = propstr.QemuNet(model="virtio")


def test_a_full_family_says_so() -> None:
    from pvesdk.indexed import IndexedMap

    full: IndexedMap[str] = IndexedMap({0: "a", 1: "b"}).bounded("serial", 0, 1)
    with pytest.raises(ValueError, match="all 2 slots are in use"):
        full.add("c")


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: propstr.QemuNet(model="virtio", macaddr="01:00:5E:00:00:01"), "unicast MAC"),
        (lambda: propstr.QemuNet(model="virtio", macaddr="BC:24:11"), "valid unicast MAC"),
        (lambda: propstr.Scsi(file="local:iso/../../etc/passwd"), "contains '..'"),
        (lambda: propstr.Scsi(file="local-lvm:vm-100-disk-0", size="32GB"), "disk size"),
    ],
)
def test_format_checks_fail_before_sending(build: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build()


def test_parameter_format_checks_name_the_parameter() -> None:
    client = PveClient.mock()
    with pytest.raises(
        ValueError, match=r"migration_network: '10\.0\.0\.0': value does not look like a valid CIDR"
    ):
        client.nodes.node("pve1").qemu.vmid(100).status.start.post(migration_network="10.0.0.0")


def test_results_with_odd_values_still_parse() -> None:
    net = propstr.QemuNet.model_validate("virtio=not-a-mac,bridge=vmbr0")
    assert net.macaddr == "not-a-mac" and net.raw == "virtio=not-a-mac,bridge=vmbr0"


def test_family_members_are_parsed_on_first_use() -> None:
    from pvesdk.models import NodesQemuConfigGetResult

    cfg = NodesQemuConfigGetResult.model_validate(
        {
            "digest": "d",
            "net0": "virtio=BC:24:11:00:00:01,bridge=vmbr0",
            "net2": "e1000,bridge=vmbr1",
        }
    )
    assert isinstance(dict.__getitem__(cfg.net, 0), str)  # nothing parsed yet
    assert sorted(cfg.net) == [0, 2] and len(cfg.net) == 2
    assert cfg.net[2].model == "e1000"
    assert all(isinstance(nic, propstr.QemuNet) for nic in cfg.net.values())
    assert cfg.net[0].raw == "virtio=BC:24:11:00:00:01,bridge=vmbr0"


def test_changing_a_parsed_value_forgets_its_raw_text() -> None:
    nic = propstr.QemuNet.parse("virtio=BC:24:11:00:00:01,bridge=vmbr0")
    nic.bridge = "vmbr2"
    assert nic.raw == "virtio=BC:24:11:00:00:01,bridge=vmbr2"
    copy = nic.model_copy(update={"firewall": True})
    assert copy.raw.endswith("firewall=1")


# Options Proxmox parses and prints again when it stores them (NICs, disks);
# the rest it stores as sent.
REWRITTEN = frozenset({"net", "scsi", "ide", "sata", "virtio", "rootfs", "mp", "unused"})


def test_every_property_string_the_mock_holds_round_trips() -> None:
    client = PveClient.mock()
    engine = client.transport.engine  # type: ignore[attr-defined]
    template = {"content": "vztmpl", "format": "zst", "size": 1}
    engine.state.volumes["local:vztmpl/debian-12.tar.zst"] = template  # the CT unpacks it
    node = client.nodes.node("pve1")
    node.qemu.post(
        vmid=101,
        net={0: "bridge=vmbr0,firewall=1,virtio", 1: propstr.QemuNet(model="e1000", tag=5)},
        scsi={0: "local-lvm:32,ssd=1,iothread=1"},
        ipconfig={0: "ip=10.0.0.5/24,gw=10.0.0.1", 1: "ip6=2001:db8::5/64,gw6=2001:db8::1"},
        ide={2: "local:iso/debian.iso,media=cdrom"},
    )
    node.lxc.post(
        vmid=201,
        ostemplate="local:vztmpl/debian-12.tar.zst",
        rootfs="local-lvm:8",
        net={0: "type=veth,ip=dhcp,bridge=vmbr0,name=eth0"},
        mp={0: "local-lvm:4,mp=/srv,backup=1"},
    )
    checked = 0
    for config in (
        node.qemu.vmid(100).config.get(),
        node.qemu.vmid(101).config.get(),
        node.lxc.vmid(200).config.get(),
        node.lxc.vmid(201).config.get(),
    ):
        for field in type(config).model_fields:
            value = getattr(config, field)
            members = list(value.values()) if isinstance(value, dict) else [value]
            for member in members:
                if isinstance(member, PropertyString):
                    if field in REWRITTEN:  # qemu-server/pve-container print these again
                        assert str(member) == member.raw, member.raw
                    assert type(member).parse(member.raw) == member
                    checked += 1
    assert checked >= 12
