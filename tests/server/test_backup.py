"""The mock's vzdump keeps Proxmox's archive naming, restores from it, and keeps backup jobs."""

from __future__ import annotations

import asyncio
import re

import pytest

import pvesdk
from pvesdk import PveClient


@pytest.fixture
def client() -> PveClient:
    return PveClient.mock()


def status(client: PveClient, upid: str) -> str:
    return client.nodes.node("pve1").tasks.upid(upid).status.get().exitstatus or ""


def backups(client: PveClient) -> list[str]:
    content = client.nodes.node("pve1").storage.storage("local").content.get(content="backup")
    return [c.volid for c in content]


def test_vzdump_makes_an_archive_with_proxmox_naming(client: PveClient) -> None:
    upid = client.nodes.node("pve1").vzdump.post(vmid="100", storage="local", compress="zstd")
    assert ":vzdump:100:" in upid and status(client, upid) == "OK"
    (volid,) = backups(client)
    assert re.fullmatch(
        r"local:backup/vzdump-qemu-100-\d{4}_\d\d_\d\d-\d\d_\d\d_\d\d\.vma\.zst", volid
    )


def test_container_archives_are_tars(client: PveClient) -> None:
    client.nodes.node("pve1").vzdump.post(vmid="200", storage="local", compress="gzip")
    (volid,) = backups(client)
    assert volid.startswith("local:backup/vzdump-lxc-200-") and volid.endswith(".tar.gz")


def test_notes_and_protection_are_listed(client: PveClient) -> None:
    client.nodes.node("pve1").vzdump.post(
        vmid="100", storage="local", notes_template="{{guestname}} on {{node}}", protected=True
    )
    (item,) = client.nodes.node("pve1").storage.storage("local").content.get(content="backup")
    assert (item.notes, item.protected, item.subtype, item.vmid) == (
        "demo on pve1",
        True,
        "qemu",
        100,
    )


def test_a_storage_without_backup_content_is_refused(client: PveClient) -> None:
    with pytest.raises(pvesdk.ServerError, match="can't use storage 'local-lvm' for backups"):
        client.nodes.node("pve1").vzdump.post(vmid="100", storage="local-lvm")


def test_a_node_without_the_guests_answers_ok(client: PveClient) -> None:
    answer = client.nodes.node("pve2").vzdump.post(vmid="100", storage="local")
    assert answer == "OK" and not isinstance(answer, pvesdk.Task)
    assert backups(client) == []


def test_a_vzdump_that_runs_answers_a_bound_task(client: PveClient) -> None:
    task = client.nodes.node("pve1").vzdump.post(vmid="100", storage="local")
    assert isinstance(task, pvesdk.Task)
    assert task.wait(interval=0.05, timeout=30).ok


def test_the_async_client_binds_vzdump_the_same_way() -> None:
    async def run() -> tuple[object, object]:
        async with pvesdk.AsyncPveClient.mock() as client:
            task = await client.nodes.node("pve1").vzdump.post(vmid="100", storage="local")
            answer = await client.nodes.node("pve2").vzdump.post(vmid="100", storage="local")
            return task, answer

    task, answer = asyncio.run(run())
    assert isinstance(task, pvesdk.AsyncTask)
    assert answer == "OK" and not isinstance(answer, pvesdk.AsyncTask)


def test_a_missing_guest_fails_the_job(client: PveClient) -> None:
    upid = client.nodes.node("pve1").vzdump.post(vmid="100,999", storage="local")
    assert status(client, upid) == "job errors"
    log = [line.t for line in client.nodes.node("pve1").tasks.upid(upid).log.get()]
    assert "ERROR: Backup of VM 999 failed - unable to find VM '999'" in log


def test_selections_exclude_each_other(client: PveClient) -> None:
    with pytest.raises(pvesdk.ParameterError) as err:
        client.nodes.node("pve1").vzdump.post(vmid="100", all=True, storage="local")
    assert err.value.errors == {"all": "option conflicts with option 'vmid'"}
    with pytest.raises(pvesdk.ParameterError) as err:
        client.nodes.node("pve1").vzdump.post(storage="local")
    assert err.value.errors == {"vmid": "property is missing"}


def test_restore_creates_the_guest_from_the_archive(client: PveClient) -> None:
    client.nodes.node("pve1").vzdump.post(vmid="100", storage="local")
    (volid,) = backups(client)
    upid = client.nodes.node("pve1").qemu.post(vmid=150, archive=volid, storage="local-lvm")
    assert ":qmrestore:150:" in upid and status(client, upid) == "OK"
    config = client.nodes.node("pve1").qemu.vmid(150).config.get()
    assert config.name == "demo" and config.scsi[0].file == "local-lvm:vm-150-disk-0"


def test_restore_over_an_existing_guest_needs_force(client: PveClient) -> None:
    client.nodes.node("pve1").vzdump.post(vmid="100", storage="local")
    (volid,) = backups(client)
    with pytest.raises(
        pvesdk.ServerError, match="unable to restore VM 100 - VM 100 already exists on node 'pve1'"
    ):
        client.nodes.node("pve1").qemu.post(vmid=100, archive=volid)
    upid = client.nodes.node("pve1").qemu.post(vmid=100, archive=volid, force=True)
    assert status(client, upid) == "OK"


def test_keep_last_prunes_older_archives(client: PveClient) -> None:
    engine = client.transport.engine  # type: ignore[attr-defined]
    now = [1_800_000_000.0]
    engine.clock = lambda: now[0]
    for _ in range(3):
        client.nodes.node("pve1").vzdump.post(
            vmid="100", storage="local", prune_backups="keep-last=2"
        )
        now[0] += 60
    assert len(backups(client)) == 2


def test_backup_jobs_default_enabled_and_convert_starttime(client: PveClient) -> None:
    client.cluster.backup.post(
        id="nightly", starttime="02:30", dow="mon,tue", vmid="100", storage="local"
    )
    job = client.cluster.backup.id("nightly").get()
    assert (job.schedule, job.enabled) == ("mon,tue 02:30", True)
    with pytest.raises(pvesdk.ServerError, match="Job 'nightly' already exists"):
        client.cluster.backup.post(id="nightly", schedule="daily", all=True)


def test_a_job_needs_a_schedule(client: PveClient) -> None:
    with pytest.raises(pvesdk.ParameterError) as err:
        client.cluster.backup.post(id="j1", all=True)
    assert err.value.errors == {"schedule": "neither 'starttime' nor 'schedule' were set"}


def test_not_backed_up_lists_guests_no_job_covers(client: PveClient) -> None:
    client.cluster.backup.post(id="j1", schedule="daily", vmid="100", storage="local")
    missing = client.cluster.backup_info.not_backed_up.get()
    assert [m.vmid for m in missing] == [200]


def test_an_archive_restores_only_as_its_own_guest_type(client: PveClient) -> None:
    # qemu-server restore_tar_archive refuses a tar without qemu-server.conf; pve-container's
    # recover_config_from_tar finds no pct.conf in a VMA (extract_vzdump_config_tar).
    node = client.nodes.node("pve1")
    node.vzdump.post(vmid="200", storage="local")
    (ct_archive,) = backups(client)
    upid = node.qemu.post(vmid=150, archive=ct_archive)
    assert status(client, upid) == (
        f"ERROR: file '/var/lib/vz/dump/{ct_archive.split('/', 1)[1]}'"
        " does not look like a QemuServer vzdump backup"
    )
    node.vzdump.post(vmid="100", storage="local")
    (vm_archive,) = set(backups(client)) - {ct_archive}
    upid = node.lxc.post(vmid=250, ostemplate=vm_archive, restore=True)
    assert status(client, upid) == "ERROR: archive contains no configuration file"
    assert {150, 250}.isdisjoint(r.vmid for r in client.cluster.resources.get(type="vm"))


def test_a_unique_restore_renews_macs_and_the_smbios_uuid() -> None:
    # qemu-server restore_update_config_line: net MACs and smbios1 uuid with 'unique',
    # vmgenid always; disks with backup=0 are commented out. root@pam itself: no privilege
    # covers vmgenid (check_vm_modify_config_perm), so root's API tokens may not set it.
    from pvesdk.auth import TicketAuth
    from pvesdk.transports.mock import MockTransport

    transport = MockTransport(auth=TicketAuth("root@pam", "pvesdk"), task_seconds=0)
    client = PveClient(transport=transport)
    qemu = client.nodes.node("pve1").qemu
    qemu.vmid(100).config.put(
        smbios1="uuid=11111111-1111-4111-8111-111111111111",
        vmgenid="22222222-2222-4222-8222-222222222222",
        scsi={1: "local-lvm:1,backup=0"},
    )
    client.nodes.node("pve1").vzdump.post(vmid="100", storage="local")
    (volid,) = backups(client)
    qemu.post(vmid=150, archive=volid)
    same = qemu.vmid(150).config.get()
    source = qemu.vmid(100).config.get()
    assert same.net[0].macaddr == source.net[0].macaddr
    assert same.smbios1 is not None and source.smbios1 is not None
    assert same.smbios1.uuid == source.smbios1.uuid and same.vmgenid != source.vmgenid
    assert 1 not in same.scsi
    qemu.post(vmid=151, archive=volid, unique=True)
    renewed = qemu.vmid(151).config.get()
    assert renewed.net[0].macaddr != source.net[0].macaddr
    assert renewed.net[0].bridge == "vmbr0" and renewed.net[0].model == "virtio"
    assert renewed.smbios1 is not None and renewed.smbios1.uuid != source.smbios1.uuid


def test_a_unique_container_restore_renews_hwaddr(client: PveClient) -> None:
    # pve-container LXC/Create.pm sanitize_and_merge_config: net hwaddr with 'unique'
    node = client.nodes.node("pve1")
    node.vzdump.post(vmid="200", storage="local")
    (volid,) = backups(client)
    node.lxc.post(vmid=250, ostemplate=volid, restore=True, unique=True)
    source, copy = node.lxc.vmid(200).config.get(), node.lxc.vmid(250).config.get()
    assert copy.net[0].hwaddr != source.net[0].hwaddr and copy.net[0].name == "eth0"
