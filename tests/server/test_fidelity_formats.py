"""Value formats on the server, as pve-common's ``check_prop`` applies them: named formats,
property-string keys with their own formats and patterns, unknown keys, Perl-anchored patterns;
each refusal is Proxmox's message, and a refused write changes nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest

from pvesdk_server.engine import Engine, Reply

TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"
CONFIG = "/nodes/pve1/qemu/100/config"


@pytest.fixture
def engine() -> Engine:
    return Engine(task_seconds=0)


def call(engine: Engine, method: str, path: str, **params: Any) -> Reply:
    wire = {k: [str(v)] for k, v in params.items()}
    return engine.handle(method, path, wire, authorization=TOKEN)


def refused(reply: Reply, name: str) -> str:
    assert reply.status == 400, (reply.status, reply.reason, reply.errors)
    assert reply.reason == "Parameter verification failed."
    assert reply.errors is not None
    return reply.errors[name]


@pytest.mark.parametrize("snapname", ["auto_2023-03-21T10:00:00", "2024-01-01", "x"])
def test_snapshot_names_are_configuration_ids(engine: Engine, snapname: str) -> None:
    reply = call(engine, "POST", "/nodes/pve1/qemu/100/snapshot", snapname=snapname)
    assert refused(reply, "snapname") == (
        f"invalid format - invalid configuration ID '{snapname}'\n"
    )


def test_a_valid_snapshot_name_is_taken(engine: Engine) -> None:
    reply = call(engine, "POST", "/nodes/pve1/qemu/100/snapshot", snapname="before-upgrade")
    assert reply.status == 200


def test_sshkeys_in_plain_text_are_not_urlencoded(engine: Engine) -> None:
    reply = call(engine, "PUT", CONFIG, sshkeys="ssh-ed25519 AAAAC3Nz me@host")
    assert refused(reply, "sshkeys") == (
        "invalid format - invalid urlencoded string: ssh-ed25519 AAAAC3Nz me@host\n"
    )


def test_a_guest_name_must_be_a_dns_name(engine: Engine) -> None:
    reply = call(engine, "PUT", CONFIG, name="bad name!")
    assert refused(reply, "name") == "invalid format - value does not look like a valid DNS name\n"


def test_a_property_string_key_is_type_checked(engine: Engine) -> None:
    reply = call(engine, "PUT", CONFIG, memory="abc")
    assert refused(reply, "memory") == (
        "invalid format - format error\nmemory.current: type check ('integer') failed - got 'abc'\n"
    )


def test_an_unknown_property_string_key_is_named(engine: Engine) -> None:
    reply = call(engine, "PUT", CONFIG, net0="virtio,bridge=vmbr0,bogus=1")
    assert refused(reply, "net0") == (
        "invalid format - invalid key in comma-separated list property: bogus\n"
    )


def test_a_property_string_key_format_is_checked(engine: Engine) -> None:
    reply = call(engine, "PUT", CONFIG, scsi1="local-lvm:vm-100-disk-9,size=notasize")
    assert refused(reply, "scsi1") == (
        "invalid format - format error\n"
        "scsi1.size: invalid format - value does not look like a valid disk size: notasize\n\n"
    )


def test_a_multicast_mac_is_refused_through_its_key_alias(engine: Engine) -> None:
    reply = call(engine, "PUT", CONFIG, net1="virtio=01:00:5E:00:00:01,bridge=vmbr0")
    assert "net1.macaddr: invalid format - value does not look like a valid unicast MAC" in (
        refused(reply, "net1")
    )


def test_a_duplicate_property_string_key_is_refused(engine: Engine) -> None:
    reply = call(engine, "PUT", CONFIG, net1="virtio,bridge=vmbr0,bridge=vmbr1")
    assert refused(reply, "net1") == (
        "invalid format - duplicate key in comma-separated list property: bridge\n"
    )


def test_two_bare_values_are_a_duplicate_default_key(engine: Engine) -> None:
    reply = call(engine, "PUT", CONFIG, net1="virtio,e1000")
    assert refused(reply, "net1") == (
        "invalid format - duplicate key in comma-separated list property: model\n"
    )


def test_every_list_entry_is_checked(engine: Engine) -> None:
    reply = call(engine, "PUT", CONFIG, delete="description,Bad!")
    assert refused(reply, "delete") == "invalid format - invalid configuration ID 'Bad!'\n"


def as_root(engine: Engine, method: str, path: str, **params: Any) -> Reply:
    """A call by root@pam itself (a ticket): only it may set options no privilege covers."""
    ticket, csrf = engine.issue_ticket("root@pam")
    wire = {k: [str(v)] for k, v in params.items()}
    return engine.handle(method, path, wire, ticket=ticket, csrf=csrf)


def test_a_pattern_is_anchored_as_perl_interpolates_it(engine: Engine) -> None:
    # ``m/^/dev/parport\d+|/dev/usb/lp\d+$/``: each branch is anchored on one side only.
    assert as_root(engine, "PUT", CONFIG, parallel0="/dev/parport0").status == 200
    assert as_root(engine, "PUT", CONFIG, parallel1="/dev/parport0-and-more").status == 200
    reply = as_root(engine, "PUT", CONFIG, parallel2="/dev/ttyS0")
    assert refused(reply, "parallel2") == "value does not match the regex pattern"


def test_a_maximum_is_reported_as_proxmox_words_it(engine: Engine) -> None:
    reply = call(engine, "PUT", CONFIG, cpuunits=262145)
    assert refused(reply, "cpuunits") == "value must have a maximum value of 262144"


def test_a_refused_write_changes_nothing(engine: Engine) -> None:
    before = json.dumps(engine.snapshot()["guests"], sort_keys=True)
    reply = call(engine, "PUT", CONFIG, name="ok-name", net0="virtio,bogus=1")
    assert reply.status == 400
    assert json.dumps(engine.snapshot()["guests"], sort_keys=True) == before


def test_path_parameters_are_checked_too(engine: Engine) -> None:
    reply = call(engine, "GET", "/nodes/pve1/network/x")
    assert refused(reply, "iface") == "invalid format - invalid network interface name 'x'\n"


def test_a_storage_map_entry_names_storage_ids(engine: Engine) -> None:
    """pve-common ``verify_storagepair`` → ``parse_idmap``: the ID's message wrapped in
    ``entry '…' contains invalid ID - …``, each of the two ``die``s adding a newline."""
    reply = call(
        engine, "POST", "/nodes/pve1/qemu/100/migrate", target="pve2", targetstorage="local:x!"
    )
    assert refused(reply, "targetstorage") == (
        "invalid format - entry 'local:x!' contains invalid ID - "
        "storage ID 'x!' contains illegal characters\n\n\n"
    )


def test_a_container_nameserver_may_be_a_scoped_link_local_address(engine: Engine) -> None:
    """pve-container ``verify_ip_with_ll_iface``: ``fe80::…%iface`` or any IP."""
    path = "/nodes/pve1/lxc/200/config"
    assert call(engine, "PUT", path, nameserver="fe80::1%eth0 192.0.2.53").status == 200
    reply = call(engine, "PUT", path, nameserver="192.0.2.53 ns1")
    assert refused(reply, "nameserver") == (
        "invalid format - value does not look like a valid IP address\n"
    )


@pytest.mark.parametrize("word", ["true", "yes", "on", "True"])
def test_a_boolean_parameter_is_0_or_1(engine: Engine, word: str) -> None:
    """pve-common ``check_type``: a boolean is exactly ``1`` or ``0`` (``parse_boolean`` runs
    only for property strings and the CLI); pve-http-server passes form values through."""
    reply = call(engine, "PUT", CONFIG, onboot=word)
    assert refused(reply, "onboot") == f"type check ('boolean') failed - got '{word}'"


def test_a_property_string_boolean_reads_words(engine: Engine) -> None:
    """``parse_property_string``: ``parse_boolean`` turns yes/on/true into 1."""
    assert call(engine, "PUT", CONFIG, net0="virtio,bridge=vmbr0,firewall=yes").status == 200
