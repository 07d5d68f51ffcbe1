"""Named formats whose structure the schema does not carry, checked as qemu-server and
pve-ha-manager check them: ``cpu`` (``pve-vm-cpu-conf`` and ``validate_vm_cpu_conf``),
``hostpciN``, ``ipconfigN``, ``smbios1``, and HA resource IDs. A refused value is never stored."""

from __future__ import annotations

from typing import Any

import pytest

from pvesdk_server.engine import Engine, Reply

ROOT_TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"
CONFIG = "/nodes/pve1/qemu/100/config"


@pytest.fixture
def engine() -> Engine:
    return Engine(task_seconds=0)


def put(engine: Engine, **params: Any) -> Reply:
    wire = {k: [str(v)] for k, v in params.items()}
    return engine.handle("PUT", CONFIG, wire, authorization=ROOT_TOKEN)


def refused(engine: Engine, key: str, value: str) -> str:
    before = dict(engine.state.guests[100].config)
    reply = put(engine, **{key: value})
    assert reply.status == 400, reply.reason
    assert engine.state.guests[100].config == before
    return str((reply.errors or {})[key])


@pytest.mark.parametrize(
    "value",
    ["host", "cputype=host", "x86-64-v2-AES,flags=+aes;-pcid", "kvm64,hidden=1,phys-bits=host"],
)
def test_valid_cpu_values_are_stored_as_sent(engine: Engine, value: str) -> None:
    assert put(engine, cpu=value).status == 200
    assert engine.state.guests[100].config["cpu"] == value


def test_a_cpu_without_cputype_is_refused(engine: Engine) -> None:
    assert refused(engine, "cpu", "flags=+aes") == "invalid format - CPU is missing cputype\n"


def test_an_unknown_cpu_model_asks_for_the_custom_prefix(engine: Engine) -> None:
    assert refused(engine, "cpu", "Pentium9") == (
        "invalid format - Built-in cputype 'Pentium9' is not defined (missing 'custom-' prefix?)\n"
    )


def test_vm_cpu_flags_must_come_from_the_supported_set(engine: Engine) -> None:
    message = refused(engine, "cpu", "host,flags=+avx2")
    assert message.startswith("invalid format - VM-specific CPU flags must be a subset of: aes,")


def test_reported_model_is_not_allowed_in_a_vm_cpu(engine: Engine) -> None:
    assert refused(engine, "cpu", "host,reported-model=kvm64") == (
        "invalid format - Property 'reported-model' not allowed in VM-specific CPU config.\n"
    )


def test_an_unknown_cpu_key_is_refused(engine: Engine) -> None:
    assert refused(engine, "cpu", "host,turbo=1") == (
        "invalid format - invalid key in comma-separated list property: turbo\n"
    )


def test_cpu_level_is_bounded(engine: Engine) -> None:
    assert "cpu.level" in refused(engine, "cpu", "host,level=-1")


def test_a_hostpci_device_id_must_be_a_pci_address(engine: Engine) -> None:
    assert refused(engine, "hostpci0", "not-a-device") == (
        "invalid format - format error\nhostpci0.host: value does not match the regex pattern\n"
    )


def test_a_hostpci_vendor_id_is_four_hex_digits(engine: Engine) -> None:
    assert "hostpci1.vendor-id" in refused(engine, "hostpci1", "0000:01:00.0,vendor-id=1234")


def test_a_valid_hostpci_is_stored(engine: Engine) -> None:
    # root@pam itself: qemu-server's check_hostpci_perm refuses a host device to anyone else
    ticket, csrf = engine.issue_ticket("root@pam")
    wire = {"hostpci0": ["0000:01:00.0;0000:01:00.1,pcie=1,x-vga=1"]}
    assert engine.handle("PUT", CONFIG, wire, ticket=ticket, csrf=csrf).status == 200


def test_an_ipconfig_gateway_needs_its_address(engine: Engine) -> None:
    assert refused(engine, "ipconfig0", "gw=192.0.2.1") == (
        "invalid format - format error\nipconfig0.ip: missing property required by 'ipconfig0.gw'\n"
    )


def test_an_ipconfig_address_is_a_cidr_or_dhcp(engine: Engine) -> None:
    assert "ipconfig0.ip" in refused(engine, "ipconfig0", "ip=192.0.2.5")
    assert put(engine, ipconfig0="ip=192.0.2.5/24,gw=192.0.2.1,ip6=auto").status == 200


def test_smbios1_text_must_use_the_base64_alphabet(engine: Engine) -> None:
    assert "smbios1.manufacturer" in refused(engine, "smbios1", "manufacturer=Acme Inc.")
    assert put(engine, smbios1="base64=1,manufacturer=QWNtZSBJbmMu").status == 200


def test_smbios1_uuid_is_checked(engine: Engine) -> None:
    assert "smbios1.uuid" in refused(engine, "smbios1", "uuid=not-a-uuid")


def test_an_ha_resource_id_that_cannot_be_one_is_a_parameter_error(engine: Engine) -> None:
    reply = engine.handle("GET", "/cluster/ha/resources/x", {}, authorization=ROOT_TOKEN)
    assert (reply.status, reply.errors) == (
        400,
        {"sid": "invalid format - value does not look like a valid ha resource id\n"},
    )


def test_a_boot_order_names_boot_devices(engine: Engine) -> None:
    """qemu-server ``$boot_fmt``: ``order`` is a ``pve-qm-bootdev-list``; ``verify_bootdev``
    takes drives (not efidisk/tpmstate), NICs, USB and PCI devices."""
    assert refused(engine, "boot", "order=scsi0;efidisk0") == (
        "invalid format - format error\n"
        "boot.order: invalid format - invalid boot device 'efidisk0'\n\n"
    )


def test_a_boot_value_has_only_its_keys(engine: Engine) -> None:
    assert refused(engine, "boot", "order=scsi0,bogus=1") == (
        "invalid format - invalid key in comma-separated list property: bogus\n"
    )
    assert refused(engine, "boot", "cdx") == (
        "invalid format - format error\nboot.legacy: value does not match the regex pattern\n"
    )


def test_a_watchdog_model_is_an_enumeration(engine: Engine) -> None:
    """qemu-server ``$watchdog_fmt``."""
    assert refused(engine, "watchdog", "model=foo,action=reset") == (
        "invalid format - format error\n"
        "watchdog.model: value 'foo' does not have a value in the enumeration 'i6300esb, ib700'\n"
    )


def test_an_rng_needs_a_known_source(engine: Engine) -> None:
    """qemu-server ``PVE::QemuServer::RNG`` ``$rng_fmt``: ``source`` is not optional."""
    assert refused(engine, "rng0", "max_bytes=1024") == (
        "invalid format - format error\nrng0.source: property is missing and it is not optional\n"
    )


def test_cicustom_files_are_volume_ids(engine: Engine) -> None:
    """qemu-server ``$cicustom_fmt``: every key is a ``pve-volume-id``."""
    assert refused(engine, "cicustom", "user=user.yaml") == (
        "invalid format - format error\n"
        "cicustom.user: invalid format - unable to parse volume ID 'user.yaml'\n\n"
    )
    assert put(engine, cicustom="user=local:snippets/user.yaml").status == 200


@pytest.mark.parametrize("value", ["abc", "3-1", "0,,1"])
def test_an_affinity_is_a_cpu_set(engine: Engine, value: str) -> None:
    """qemu-server ``pve_verify_cpuset`` (pve-common ``PVE::CpuSet::parse_cpuset``)."""
    assert refused(engine, "affinity", value) == "invalid format - unable to parse cpuset option\n"


def test_a_container_device_is_under_dev(engine: Engine) -> None:
    """pve-container ``verify_lxc_dev_string``."""
    ticket, csrf = engine.issue_ticket("root@pam")
    wire = {"dev0": ["/etc/shadow"]}
    reply = engine.handle("PUT", "/nodes/pve1/lxc/200/config", wire, ticket=ticket, csrf=csrf)
    assert (reply.errors or {}).get("dev0") == (
        "invalid format - format error\n"
        "dev0.path: invalid format - /etc/shadow is not a valid device path\n\n"
    )
