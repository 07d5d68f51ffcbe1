"""pvesdk.formats: Proxmox's named formats, their rules and messages (shared by the client's
pre-flight checks and the mock server)."""

from __future__ import annotations

import pytest

from pvesdk.formats import FORMATS, check, split_list, verify


@pytest.mark.parametrize(
    ("fmt", "value", "message"),
    [
        ("pve-vmid", "99", "value does not look like a valid VM ID"),
        ("pve-vmid", "1000000000", "value does not look like a valid VM ID"),
        ("pve-userid", "ab", "user name 'ab' is too short"),
        ("pve-userid", "alice", "value 'alice' does not look like a valid user name"),
        ("pve-poolid", "a/b/c/d", "pool name 'a/b/c/d' nested too deeply (max levels = 3)"),
        ("pve-poolid", "a b", "pool name 'a b' contains invalid characters"),
        ("pve-storage-id", "l", "storage ID 'l' cannot be shorter than 2 characters"),
        ("pve-storage-id", "1local", "storage ID '1local' contains illegal characters"),
        ("CIDRv4", "10.0.0.0/4", "value does not look like a valid IPv4 CIDR network"),
        ("CIDR", "10.0.0.5", "value does not look like a valid CIDR network"),
        ("ipv6", "2001:db8::g", "value does not look like a valid IPv6 address"),
        ("pve-vlan-id-or-range", "1", "invalid VLAN tag '1'"),
        ("pve-vlan-id-or-range", "20-10", "VLAN range must go from lower to higher tag '20-10'"),
        ("pve-startup-order", "0", "unable to parse startup options"),
        ("pve-volume-id", "vm-100-disk-0", "unable to parse volume ID 'vm-100-disk-0'"),
        ("pve-qm-bootdisk", "scsi31", "invalid boot disk 'scsi31'"),
        ("pve-phys-bits", "65", "value must be an integer between 8 and 64 or 'host'"),
        ("pve-tag-list", "ok;bad tag!", "invalid characters in tag"),
        ("pve-hotplug-features", "disk,gpu", "invalid hotplug feature 'gpu'"),
    ],
)
def test_a_value_breaking_a_format_gets_proxmox_message(fmt: str, value: str, message: str) -> None:
    assert verify(fmt, value) == message


@pytest.mark.parametrize(
    ("fmt", "value"),
    [
        ("pve-vmid", "100"),
        ("pve-userid", "root@pam"),
        ("pve-tokenid", "root@pam!ci"),
        ("pve-poolid", "prod/web/eu"),
        ("CIDRv4", "10.0.0.0/8"),
        ("CIDRv6", "2001:db8::/64"),
        ("ip", "::ffff:10.0.0.1"),
        ("mac-addr", "BC:24:11:00:00:01"),
        ("disk-size", "1.5TiB"),
        ("pve-startup-order", "order=1,up=30"),
        ("pve-volume-id-or-qm-path", "cdrom"),
        ("pve-configid-list", "net0, ide2;scsi1"),
        ("pve-ipv4-config", "dhcp"),
        ("urlencoded", "ssh-ed25519%20AAAA"),
    ],
)
def test_a_valid_value_passes(fmt: str, value: str) -> None:
    assert verify(fmt, value) is None


def test_an_opt_format_lets_an_empty_value_pass() -> None:
    assert verify("pve-vmid-opt", "") is None
    assert verify("pve-vmid-opt", "1") == "value does not look like a valid VM ID"


def test_a_format_not_modelled_passes() -> None:
    assert "pve-calendar-event" not in FORMATS
    assert verify("pve-calendar-event", "every tuesday") is None


def test_lists_split_like_proxmox() -> None:
    assert split_list(" a,b;c  d ") == ["a", "b", "c", "d"]
    assert split_list("a b\0c") == ["a b", "c"]


def test_client_check_names_the_parameter_and_gives_proxmox_message() -> None:
    with pytest.raises(ValueError, match=r"^cidr: '10\.0\.0\.0/4': value does not look like a"):
        check("CIDR", "cidr", "10.0.0.0/4")
