"""Uploads and volumes as pve-storage answers them."""

from __future__ import annotations

import pytest

from pvesdk_server.engine import Engine, store_upload
from pvesdk_server.engine.core import ApiError, Caller

ROOT_TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"
ROOT = Caller(user="root@pam")


def test_a_wrong_checksum_ends_the_upload_task_in_an_error() -> None:
    engine = Engine(task_seconds=0)
    upid = store_upload(
        engine, ROOT, "pve1", "local", "iso", "a.iso", 3, checksum=("sha256", "00", "ab")
    )
    task = engine.state.tasks[upid]
    assert task.exitstatus == "checksum mismatch: got 'ab' != expect '00'"
    assert "local:iso/a.iso" not in engine.state.volumes


def test_a_matching_checksum_stores_the_volume() -> None:
    engine = Engine(task_seconds=0)
    store_upload(engine, ROOT, "pve1", "local", "iso", "a.iso", 3, checksum=("md5", "AB", "ab"))
    assert engine.state.volumes["local:iso/a.iso"]["size"] == 3


def test_backup_content_cannot_be_uploaded() -> None:
    with pytest.raises(ApiError) as err:
        store_upload(Engine(task_seconds=0), ROOT, "pve1", "local", "backup", "a.vma", 1)
    assert (err.value.status, err.value.errors) == (
        400,
        {"content": "upload content type 'backup' not allowed"},
    )


def test_an_iso_needs_an_iso_extension() -> None:
    with pytest.raises(ApiError) as err:
        store_upload(Engine(task_seconds=0), ROOT, "pve1", "local", "iso", "a.txt", 1)
    assert err.value.errors == {"filename": "wrong file extension"}


def test_a_storage_without_the_content_type_refuses_it() -> None:
    with pytest.raises(ApiError, match="storage 'local' does not support 'import' content"):
        store_upload(Engine(task_seconds=0), ROOT, "pve1", "local", "import", "disk.qcow2", 1)


def test_an_uploaded_file_name_is_normalized() -> None:
    engine = Engine(task_seconds=0)
    store_upload(engine, ROOT, "pve1", "local", "iso", "my disk (1).iso", 1)
    assert "local:iso/my_disk__1_.iso" in engine.state.volumes


def test_a_missing_volume_is_an_error_not_zero_filled_data() -> None:
    engine = Engine(task_seconds=0)
    path = "/nodes/pve1/storage/local/content/local%3Aiso%2Fnone.iso"
    reply = engine.handle("GET", path, {}, authorization=ROOT_TOKEN)
    assert (reply.status, reply.reason) == (
        500,
        "volume_size_info on 'local:iso/none.iso' failed - no format",
    )


def test_an_existing_volume_reports_its_size() -> None:
    engine = Engine(task_seconds=0)
    path = "/nodes/pve1/storage/local-lvm/content/local-lvm%3Avm-100-disk-0"
    reply = engine.handle("GET", path, {}, authorization=ROOT_TOKEN)
    assert reply.data["size"] == 32 << 30 and reply.data["format"] == "raw"


def test_a_block_storage_takes_no_upload() -> None:
    """pve-storage ``upload``: ``die "can't upload to storage type '$scfg->{type}'"`` when the
    storage has no ``path``, before the content type is looked at."""
    with pytest.raises(ApiError, match="can't upload to storage type 'lvmthin'"):
        store_upload(Engine(task_seconds=0), ROOT, "pve1", "local-lvm", "iso", "a.iso", 1)


def test_a_checksum_mismatch_ends_the_log_at_the_checksum_line() -> None:
    """The worker prints ``calculating checksum...`` then a bare newline before dying, so the
    error is the log's last line."""
    engine = Engine(task_seconds=0)
    upid = store_upload(
        engine, ROOT, "pve1", "local", "iso", "a.iso", 3, checksum=("sha256", "00", "ab")
    )
    log = engine.state.tasks[upid].log
    assert log[1:] == [
        "calculating checksum...",
        "TASK ERROR: checksum mismatch: got 'ab' != expect '00'",
    ]


def test_an_upload_log_names_the_target_file() -> None:
    engine = Engine(task_seconds=0)
    upid = store_upload(
        engine, ROOT, "pve1", "local", "iso", "a.iso", 3, checksum=("md5", "a", "A")
    )
    log = engine.state.tasks[upid].log
    assert log[1:4] == [
        "calculating checksum...OK, checksum verified",
        "target node: pve1",
        "target file: /var/lib/vz/template/iso/a.iso",
    ]
    assert log[-2:] == ["finished file import successfully", "TASK OK"]


def test_deleting_a_volume_needs_datastore_allocate() -> None:
    """pve-storage ``PVE::API2::Storage::Content`` ``delete``: the schema lets every user in,
    the code then checks Datastore.Allocate (Datastore.AllocateSpace + VM.Backup for a guest's
    backup); the task's id is ``<vmid>@<storage>`` or the storage."""
    engine = Engine(task_seconds=0)
    engine.state.users["alice@pve"] = {"enable": 1}
    engine.state.tokens["alice@pve!t"] = {"value": "s1", "privsep": 0}
    engine.state.acls.append(
        {"path": "/", "ugid": "alice@pve", "roleid": "PVEAuditor", "type": "user", "propagate": 1}
    )
    engine.state.volumes["local:iso/a.iso"] = {"size": 1, "format": "iso", "content": "iso"}
    path = "/nodes/pve1/storage/local/content/local%3Aiso%2Fa.iso"
    reply = engine.handle("DELETE", path, {}, authorization="PVEAPIToken=alice@pve!t=s1")
    assert (reply.status, reply.reason) == (
        403,
        "Permission check failed (/storage/local, Datastore.Allocate)",
    )
    assert "local:iso/a.iso" in engine.state.volumes
    reply = engine.handle("DELETE", path, {}, authorization=ROOT_TOKEN)
    assert reply.data.split(":")[5:7] == ["imgdel", "local"]


def test_access_to_a_volume_is_checked_before_it_is_looked_up() -> None:
    """pve-storage ``Content`` ``info``: ``check_volume_access`` (from the volume's name, via
    ``parse_volname``) runs before ``volume_size_info``, so a caller without access learns
    nothing about whether a volume exists."""
    engine = Engine(task_seconds=0)
    engine.state.users["bob@pve"] = {"enable": 1}
    engine.state.tokens["bob@pve!t"] = {"value": "s", "privsep": 0}
    path = "/nodes/pve1/storage/local/content/local%3Aiso%2Fnone.iso"
    reply = engine.handle("GET", path, {}, authorization="PVEAPIToken=bob@pve!t=s")
    assert (reply.status, reply.reason) == (
        403,
        "Permission check failed (/storage/local, Datastore.AllocateSpace|Datastore.Audit)",
    )


@pytest.mark.parametrize(
    ("content", "filename", "volume_format"),
    [
        ("vztmpl", "alpine-3.20-default_20240908_amd64.tar.xz", "txz"),
        ("vztmpl", "debian-12-standard_12.12-1_amd64.tar.zst", "tzst"),
        ("vztmpl", "centos-9-default.tar.gz", "tgz"),
        ("iso", "debian-12.img", "iso"),
    ],
)
def test_an_uploaded_files_format_is_what_a_content_listing_shows(
    content: str, filename: str, volume_format: str
) -> None:
    # pve-storage Plugin.pm get_subdir_files: templates are t<compression>, ISO images 'iso'
    engine = Engine(task_seconds=0)
    store_upload(engine, ROOT, "pve1", "local", content, filename, 1)
    assert engine.state.volumes[f"local:{content}/{filename}"]["format"] == volume_format


def test_the_default_cluster_has_a_container_template_to_create_from() -> None:
    engine = Engine(task_seconds=0)
    path = "/nodes/pve1/storage/local/content"
    listed = engine.handle("GET", path, {"content": ["vztmpl"]}, authorization=ROOT_TOKEN)
    (template,) = listed.data
    assert (template["volid"], template["format"]) == (
        "local:vztmpl/debian-12-standard_12.12-1_amd64.tar.zst",
        "tzst",
    )
    params = {"vmid": ["210"], "ostemplate": [template["volid"]], "storage": ["local-lvm"]}
    created = engine.handle("POST", "/nodes/pve1/lxc", params, authorization=ROOT_TOKEN)
    assert created.status == 200
    assert engine.state.tasks[created.data].exitstatus == "OK"
    assert engine.state.guests[210].kind == "lxc"
