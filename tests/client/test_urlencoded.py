"""Fields whose schema format is ``urlencoded`` read back as plain text and write back unchanged:
cloud-init ``sshkeys`` in a VM config, and a drive's ``serial`` and ``model`` inside its property
string (qemu-server stores both percent-encoded)."""

from __future__ import annotations

import asyncio

from pvesdk import AsyncPveClient, PveClient
from pvesdk.propstr import Ide, Scsi

# Real public keys: the mock, like qemu-server, refuses lines ``ssh-keygen -l`` would not read.
KEYS = (
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJqBasrTwwB6QuSXeFVXopva8hMIyTTi1PilmGybr35w me@host\n"
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIN53LPetCjppErooKVcHdJZIH3gfEHticoUIaB8fBVUC other@host"
)


def test_sshkeys_read_from_a_config_are_plain_text() -> None:
    client = PveClient.mock()
    vm = client.nodes.node("pve1").qemu.vmid(100)
    vm.config.put(sshkeys=KEYS)
    assert vm.config.get().sshkeys == KEYS


def test_sshkeys_read_then_written_back_stay_the_same() -> None:
    client = PveClient.mock()
    vm = client.nodes.node("pve1").qemu.vmid(100)
    vm.config.put(sshkeys=KEYS)
    vm.config.put(sshkeys=vm.config.get().sshkeys)
    assert vm.config.get().sshkeys == KEYS


def test_sshkeys_read_from_pending_and_written_back_are_not_encoded_twice() -> None:
    client = PveClient.mock()
    vm = client.nodes.node("pve1").qemu.vmid(100)
    vm.config.put(sshkeys=KEYS)
    raw = next(item.value for item in vm.pending.get() if item.key == "sshkeys")
    assert raw != KEYS  # pending answers the stored, percent-encoded text
    vm.config.put(sshkeys=raw)
    assert vm.config.get().sshkeys == KEYS


def test_plain_text_with_a_percent_sign_is_still_encoded() -> None:
    client = PveClient.mock()
    vm = client.nodes.node("pve1").qemu.vmid(100)
    key = KEYS.splitlines()[0].replace("me@host", "100%@host")
    vm.config.put(sshkeys=key)
    assert vm.config.get().sshkeys == key


def test_the_server_holds_sshkeys_percent_encoded() -> None:
    client = PveClient.mock()
    vm = client.nodes.node("pve1").qemu.vmid(100)
    vm.config.put(sshkeys=KEYS)
    engine = client.transport.engine  # type: ignore[attr-defined]
    assert engine.state.guests[100].config["sshkeys"].startswith("ssh-ed25519%20AAAAC3Nz")


def test_async_sshkeys_round_trip() -> None:
    async def run() -> str | None:
        client = AsyncPveClient.mock()
        vm = client.nodes.node("pve1").qemu.vmid(100)
        await vm.config.put(sshkeys=KEYS)
        await vm.config.put(sshkeys=(await vm.config.get()).sshkeys)
        return (await vm.config.get()).sshkeys

    assert asyncio.run(run()) == KEYS


def test_a_drive_serial_is_read_percent_decoded() -> None:
    drive = Scsi.parse("local-lvm:vm-100-disk-0,serial=my%20disk%2F1")
    assert drive.serial == "my disk/1"


def test_a_drive_serial_given_plain_is_printed_percent_encoded() -> None:
    drive = Scsi(file="local-lvm:vm-100-disk-0", serial="my disk/1")
    assert str(drive) == "local-lvm:vm-100-disk-0,serial=my%20disk%2F1"


def test_a_drive_model_read_and_printed_again_is_the_same_text() -> None:
    text = "local:iso/x.iso,media=cdrom,model=QEMU%20DVD-ROM%20(1)"
    drive = Ide.parse(text)
    assert (drive.model, str(drive)) == ("QEMU DVD-ROM (1)", text)


def test_a_drive_serial_survives_a_config_round_trip() -> None:
    client = PveClient.mock()
    vm = client.nodes.node("pve1").qemu.vmid(100)
    vm.config.put(scsi={1: Scsi(file="local-lvm:vm-100-disk-1", serial="a b/c")})
    drive = vm.config.get().scsi[1]
    assert drive.serial == "a b/c"
    vm.config.put(scsi={1: drive})
    assert vm.config.get().scsi[1].serial == "a b/c"
