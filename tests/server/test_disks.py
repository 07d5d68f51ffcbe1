"""The mock's templates, clones and disks keep qemu-server's and PVE::Storage's rules."""

from __future__ import annotations

import pytest

import pvesdk
from pvesdk import PveClient


@pytest.fixture
def client() -> PveClient:
    return PveClient.mock()


def vm(client: PveClient, vmid: int = 100) -> object:
    return client.nodes.node("pve1").qemu.vmid(vmid)


def task_exit(client: PveClient, upid: str) -> str:
    return client.nodes.node("pve1").tasks.upid(upid).status.get().exitstatus or ""


def volids(client: PveClient) -> set[str]:
    return {c.volid for c in client.nodes.node("pve1").storage.storage("local-lvm").content.get()}


def test_template_renames_disks_to_base_volumes(client: PveClient) -> None:
    client.nodes.node("pve1").qemu.vmid(100).template.post()
    config = client.nodes.node("pve1").qemu.vmid(100).config.get()
    assert config.template is True
    assert config.scsi[0].file == "local-lvm:base-100-disk-0"
    assert "local-lvm:base-100-disk-0" in volids(client)
    kinds = {r.vmid: r.template for r in client.cluster.resources.get(type="vm")}
    assert kinds[100] == 1


def test_a_template_is_not_converted_twice_nor_while_running(client: PveClient) -> None:
    qemu = client.nodes.node("pve1").qemu
    qemu.vmid(100).status.start.post()
    with pytest.raises(pvesdk.ServerError, match="if VM is running"):
        qemu.vmid(100).template.post()
    qemu.vmid(100).status.stop.post()
    qemu.vmid(100).template.post()
    with pytest.raises(pvesdk.ServerError, match="you can't convert a template to a template"):
        qemu.vmid(100).template.post()


def test_a_running_container_is_not_converted_in_pve_containers_words(client: PveClient) -> None:
    lxc = client.nodes.node("pve1").lxc
    lxc.vmid(200).status.start.post()
    with pytest.raises(pvesdk.ServerError) as refused:
        lxc.vmid(200).template.post()
    assert refused.value.message == "you can't convert a CT to template if the CT is running"


@pytest.mark.parametrize(("kind", "vmid", "what"), [("qemu", 100, "vm"), ("lxc", 200, "CT")])
def test_a_template_does_not_start(client: PveClient, kind: str, vmid: int, what: str) -> None:
    """qemu-server's ``vm_start`` and pve-container's start worker refuse a template: the task
    fails and the guest stays stopped."""
    guests = getattr(client.nodes.node("pve1"), kind)
    guests.vmid(vmid).template.post()
    upid = guests.vmid(vmid).status.start.post()
    assert task_exit(client, upid) == f"you can't start a {what} if it's a template"
    assert guests.vmid(vmid).status.current.get().status == "stopped"


def test_a_template_clones_linked_by_default(client: PveClient) -> None:
    qemu = client.nodes.node("pve1").qemu
    qemu.vmid(100).template.post()
    qemu.vmid(100).clone.post(newid=101, name="web1")
    config = qemu.vmid(101).config.get()
    assert config.scsi[0].file == "local-lvm:base-100-disk-0/vm-101-disk-0"
    assert config.template is None and config.name == "web1"
    assert config.net[0].macaddr != qemu.vmid(100).config.get().net[0].macaddr


def test_linked_clones_need_a_template(client: PveClient) -> None:
    with pytest.raises(pvesdk.ServerError, match="Linked clone feature is not supported"):
        client.nodes.node("pve1").qemu.vmid(100).clone.post(newid=101, full=False)
    assert 101 not in {r.vmid for r in client.cluster.resources.get(type="vm")}


def test_linked_clones_refuse_a_target_storage(client: PveClient) -> None:
    client.nodes.node("pve1").qemu.vmid(100).template.post()
    with pytest.raises(pvesdk.ServerError, match="parameter 'storage' not allowed for linked"):
        client.nodes.node("pve1").qemu.vmid(100).clone.post(newid=101, storage="local-lvm")


def test_a_full_clone_copies_the_disks(client: PveClient) -> None:
    client.nodes.node("pve1").qemu.vmid(100).clone.post(newid=101)
    config = client.nodes.node("pve1").qemu.vmid(101).config.get()
    assert config.scsi[0].file == "local-lvm:vm-101-disk-0" and config.name == "Copy-of-VM-demo"


def test_local_storage_keeps_clones_on_the_node(client: PveClient) -> None:
    with pytest.raises(pvesdk.ServerError, match="can't clone VM to node 'pve2'"):
        client.nodes.node("pve1").qemu.vmid(100).clone.post(newid=101, target="pve2")


def test_a_taken_newid_is_refused(client: PveClient) -> None:
    with pytest.raises(pvesdk.ServerError, match="unable to create CT 100: config file already"):
        client.nodes.node("pve1").lxc.vmid(200).clone.post(newid=100)


def test_a_base_volume_in_use_cannot_be_freed(client: PveClient) -> None:
    qemu = client.nodes.node("pve1").qemu
    qemu.vmid(100).template.post()
    qemu.vmid(100).clone.post(newid=101)
    upid = qemu.vmid(100).delete()
    status = client.nodes.node("pve1").tasks.upid(upid).status.get()
    assert "is still in use" in (status.exitstatus or "")


def test_resize_grows_only(client: PveClient) -> None:
    # qemu-server API2/Qemu.pm resize_vm: every check runs in the 'resize' worker
    qemu = client.nodes.node("pve1").qemu
    upid = qemu.vmid(100).resize.put(disk="scsi0", size="+8G")
    assert ":resize:100:" in upid
    assert qemu.vmid(100).config.get().scsi[0].size == "40G"
    shrink = qemu.vmid(100).resize.put(disk="scsi0", size="10G")
    assert task_exit(client, shrink) == "shrinking disks is not supported"
    missing = qemu.vmid(100).resize.put(disk="scsi5", size="+1G")
    assert task_exit(client, missing) == "disk 'scsi5' does not exist"
    same = qemu.vmid(100).resize.put(disk="scsi0", size="40G")
    assert task_exit(client, same) == "OK"
    assert qemu.vmid(100).config.get().scsi[0].size == "40G"


def test_container_resize_checks_before_forking(client: PveClient) -> None:
    # pve-container API2/LXC.pm resize_vm: $load_and_check->() before fork_worker('resize')
    lxc = client.nodes.node("pve1").lxc
    with pytest.raises(pvesdk.ServerError, match="unable to shrink disk size"):
        lxc.vmid(200).resize.put(disk="rootfs", size="4G")
    with pytest.raises(pvesdk.ServerError, match="disk is already at specified size"):
        lxc.vmid(200).resize.put(disk="rootfs", size="8G")
    lxc.vmid(200).resize.put(disk="rootfs", size="+2G")
    assert lxc.vmid(200).config.get().rootfs.size == "10G"


def test_a_detached_disk_becomes_unused_and_deleting_that_frees_it(client: PveClient) -> None:
    qemu = client.nodes.node("pve1").qemu
    qemu.vmid(100).config.put(delete="scsi0")
    config = qemu.vmid(100).config.get()
    assert config.unused[0].file == "local-lvm:vm-100-disk-0"
    assert "local-lvm:vm-100-disk-0" in volids(client)
    qemu.vmid(100).config.put(delete="unused0")
    assert "local-lvm:vm-100-disk-0" not in volids(client)


def test_move_disk_keeps_the_source_as_unused(client: PveClient) -> None:
    engine = client.transport.engine  # type: ignore[attr-defined]
    engine.state.storages["fast"] = {
        "type": "lvmthin",
        "content": "images,rootdir",
        "total": 1 << 40,
    }
    qemu = client.nodes.node("pve1").qemu
    qemu.vmid(100).move_disk.post(disk="scsi0", storage="fast")
    config = qemu.vmid(100).config.get()
    assert config.scsi[0].file == "fast:vm-100-disk-0"
    assert config.unused[0].file == "local-lvm:vm-100-disk-0"
    with pytest.raises(pvesdk.ServerError, match="you can't move to the same storage"):
        qemu.vmid(100).move_disk.post(disk="scsi0", storage="fast")


def test_import_from_takes_the_source_size(client: PveClient) -> None:
    engine = client.transport.engine  # type: ignore[attr-defined]
    engine.state.volumes["local:import/disk.qcow2"] = {
        "size": 2 << 30,
        "format": "qcow2",
        "content": "import",
    }
    qemu = client.nodes.node("pve1").qemu
    qemu.vmid(100).config.put(scsi={1: "local-lvm:0,import-from=local:import/disk.qcow2"})
    disk = qemu.vmid(100).config.get().scsi[1]
    assert (disk.file, disk.size) == ("local-lvm:vm-100-disk-1", "2G")


def test_a_container_clone_keeps_its_hostname_and_gets_a_new_mac(client: PveClient) -> None:
    # pve-container API2/LXC.pm clone_vm: net: "always change MAC!"; hostname only if given.
    lxc = client.nodes.node("pve1").lxc
    lxc.vmid(200).clone.post(newid=201)
    source, copy = lxc.vmid(200).config.get(), lxc.vmid(201).config.get()
    assert copy.hostname == source.hostname == "ct200"
    assert copy.net[0].hwaddr != source.net[0].hwaddr
    assert copy.net[0].bridge == "vmbr0"
    lxc.vmid(200).clone.post(newid=202, hostname="web2")
    assert lxc.vmid(202).config.get().hostname == "web2"


def test_a_vm_clone_gets_a_new_smbios_uuid_and_vmgenid() -> None:
    # qemu-server API2/Qemu.pm clone_vm: "auto generate a new uuid", a new vmgenid if set.
    # root@pam itself: no privilege covers vmgenid (check_vm_modify_config_perm).
    from pvesdk.auth import TicketAuth
    from pvesdk.transports.mock import MockTransport

    transport = MockTransport(auth=TicketAuth("root@pam", "pvesdk"), task_seconds=0)
    qemu = PveClient(transport=transport).nodes.node("pve1").qemu
    qemu.vmid(100).config.put(
        smbios1="uuid=11111111-1111-4111-8111-111111111111,serial=abc",
        vmgenid="22222222-2222-4222-8222-222222222222",
    )
    qemu.vmid(100).clone.post(newid=101)
    source, copy = qemu.vmid(100).config.get(), qemu.vmid(101).config.get()
    assert copy.smbios1 is not None and source.smbios1 is not None
    assert copy.smbios1.uuid != source.smbios1.uuid and copy.smbios1.serial == "abc"
    assert copy.vmgenid and copy.vmgenid != source.vmgenid


def test_a_clone_of_a_snapshot_copies_the_snapshot_config(client: PveClient) -> None:
    qemu = client.nodes.node("pve1").qemu
    qemu.vmid(100).snapshot.post(snapname="before")
    qemu.vmid(100).config.put(cores=8)
    qemu.vmid(100).clone.post(newid=101, snapname="before", name="old")
    assert qemu.vmid(101).config.get().cores == 2
    with pytest.raises(pvesdk.ServerError, match="snapshot 'nope' does not exist"):
        qemu.vmid(100).clone.post(newid=102, snapname="nope")


def test_shared_storage_clones_to_another_node(client: PveClient) -> None:
    # check_storage_access_clone: the source drives' storages decide (rbd is always shared).
    engine = client.transport.engine  # type: ignore[attr-defined]
    engine.state.storages["ceph"] = {"type": "rbd", "content": "images,rootdir", "total": 1 << 40}
    qemu = client.nodes.node("pve1").qemu
    qemu.vmid(100).move_disk.post(disk="scsi0", storage="ceph", delete=True)
    qemu.vmid(100).clone.post(newid=101, target="pve2", name="far")
    config = client.nodes.node("pve2").qemu.vmid(101).config.get()
    assert config.scsi[0].file == "ceph:vm-101-disk-0"
    qemu.vmid(100).config.put(ide={2: "local:iso/debian.iso,media=cdrom"})
    with pytest.raises(pvesdk.ServerError, match=r"can't clone VM to node 'pve2' \(VM uses local"):
        qemu.vmid(100).clone.post(newid=102, target="pve2")


def test_move_disk_with_delete_frees_the_source(client: PveClient) -> None:
    engine = client.transport.engine  # type: ignore[attr-defined]
    engine.state.storages["fast"] = {"type": "lvmthin", "content": "images", "total": 1 << 40}
    qemu = client.nodes.node("pve1").qemu
    qemu.vmid(100).move_disk.post(disk="scsi0", storage="fast", delete=True)
    config = qemu.vmid(100).config.get()
    assert config.scsi[0].file == "fast:vm-100-disk-0" and not config.unused
    assert "local-lvm:vm-100-disk-0" not in volids(client)


def test_file_storages_name_images_by_guest_directory_and_format(client: PveClient) -> None:
    # PVE::Storage::Plugin alloc_image/find_free_diskname: <vmid>/vm-<vmid>-disk-<n>.<fmt>
    client.storage.post(storage="nas", type="nfs", server="10.0.0.9", export="/vm", path="/mnt/nas")
    qemu = client.nodes.node("pve1").qemu
    qemu.vmid(100).config.put(scsi={1: "nas:4,format=qcow2", 2: "nas:1"})
    config = qemu.vmid(100).config.get()
    assert config.scsi[1].file == "nas:100/vm-100-disk-0.qcow2"
    # only images of the same format count on plugins without subvolumes (NFS)
    assert config.scsi[2].file == "nas:100/vm-100-disk-0.raw"
    qemu.vmid(100).move_disk.post(disk="scsi0", storage="nas", format="qcow2", delete=True)
    assert qemu.vmid(100).config.get().scsi[0].file == "nas:100/vm-100-disk-1.qcow2"


def test_a_base_image_counts_when_numbering_new_disks(client: PveClient) -> None:
    # get_next_vm_diskname: (vm|base)-<vmid>-disk-<n> are all taken
    qemu = client.nodes.node("pve1").qemu
    qemu.vmid(100).template.post()
    qemu.vmid(100).config.put(scsi={1: "local-lvm:1"})
    assert qemu.vmid(100).config.get().scsi[1].file == "local-lvm:vm-100-disk-1"


def test_a_linked_clone_on_a_file_storage_is_a_qcow2_over_the_base(client: PveClient) -> None:
    # Plugin.pm volume_has_feature: clone of a raw base; clone_image creates a backed qcow2
    client.storage.post(storage="data", type="dir", path="/srv/data")
    qemu = client.nodes.node("pve1").qemu
    qemu.vmid(100).move_disk.post(disk="scsi0", storage="data", delete=True)
    assert qemu.vmid(100).config.get().scsi[0].file == "data:100/vm-100-disk-0.raw"
    qemu.vmid(100).template.post()
    assert qemu.vmid(100).config.get().scsi[0].file == "data:100/base-100-disk-0.raw"
    qemu.vmid(100).clone.post(newid=101, name="linked")
    linked = qemu.vmid(101).config.get().scsi[0].file
    assert linked == "data:100/base-100-disk-0.raw/101/vm-101-disk-0.qcow2"


def test_a_container_template_runs_a_vztemplate_task_and_answers_null(client: PveClient) -> None:
    # pve-container API2/LXC.pm template: fork_worker('vztemplate', …); returns undef
    lxc = client.nodes.node("pve1").lxc
    assert lxc.vmid(200).template.post() is None
    assert lxc.vmid(200).config.get().template is True
    assert lxc.vmid(200).config.get().rootfs.volume == "local-lvm:base-200-disk-0"
    types = [t.type for t in client.nodes.node("pve1").tasks.get(vmid=200)]
    assert "vztemplate" in types


def test_a_template_converts_a_further_disk_when_named(client: PveClient) -> None:
    # qemu-server template: "you can't convert a template to a template" only without 'disk'
    qemu = client.nodes.node("pve1").qemu
    qemu.vmid(100).template.post()
    qemu.vmid(100).config.put(scsi={1: "local-lvm:1"})
    qemu.vmid(100).template.post(disk="scsi1")
    assert qemu.vmid(100).config.get().scsi[1].file == "local-lvm:base-100-disk-1"


def test_a_template_disk_moves_and_stays_a_base_image(client: PveClient) -> None:
    # qemu-server move_vm_disk: "convert moved disk to base if part of template"; the
    # "Can't move disks from or to template VMs" refusal is for reassigning to another VM
    client.storage.post(storage="fast", type="zfspool", pool="rpool/fast")
    qemu = client.nodes.node("pve1").qemu
    qemu.vmid(100).template.post()
    qemu.vmid(100).move_disk.post(disk="scsi0", storage="fast", delete=True)
    assert qemu.vmid(100).config.get().scsi[0].file == "fast:base-100-disk-0"


def test_move_checks_as_each_plugin_does(client: PveClient) -> None:
    qemu, lxc = client.nodes.node("pve1").qemu, client.nodes.node("pve1").lxc
    with pytest.raises(pvesdk.ParameterError) as refused:
        qemu.vmid(100).move_disk.post(disk="scsi0", storage="local")
    assert refused.value.errors == {"storage": "storage 'local' does not support vm images"}
    qemu.vmid(100).snapshot.post(snapname="s1")
    client.storage.post(storage="fast", type="lvmthin", vgname="pve", thinpool="fast")
    with pytest.raises(pvesdk.ServerError, match="you can't move a disk with snapshots and delete"):
        qemu.vmid(100).move_disk.post(disk="scsi0", storage="fast", delete=True)
    lxc.vmid(200).status.start.post()
    with pytest.raises(pvesdk.ServerError, match="cannot move volumes of a running container"):
        lxc.vmid(200).move_volume.post(volume="rootfs", storage="fast")
    lxc.vmid(200).status.stop.post()
    # pve-container has no same-storage refusal: a copy on the same storage
    lxc.vmid(200).move_volume.post(volume="rootfs", storage="local-lvm")
    config = lxc.vmid(200).config.get()
    assert config.rootfs.volume == "local-lvm:vm-200-disk-1"
    assert config.unused[0].volume == "local-lvm:vm-200-disk-0"
