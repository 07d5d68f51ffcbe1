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
