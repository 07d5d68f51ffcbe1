"""ACLs lent by pools (``PVE::RPCEnvironment::compile_acl_path``: a role on ``/pool/P`` applies
to P's guests and storages, a pool's NoAccess trumps, the path's own NoAccess is not trumped)
and the storage content list filtered by pve-storage's ``check_volume_access``."""

from __future__ import annotations

from typing import Any

import pytest

from pvesdk_server.engine import Engine, Reply

ALICE = "PVEAPIToken=alice@pve!t=s"


@pytest.fixture
def engine() -> Engine:
    engine = Engine(task_seconds=0)
    engine.state.users["alice@pve"] = {"enable": 1}
    engine.state.tokens["alice@pve!t"] = {"value": "s", "privsep": 0}
    engine.state.pools["team"] = {"members": [100], "storage": ["local"]}
    engine.state.volumes["local:iso/debian.iso"] = {
        "size": 1,
        "format": "iso",
        "content": "iso",
    }
    engine.state.volumes["local:backup/vzdump-qemu-100-2024_01_01-00_00_00.vma.zst"] = {
        "size": 1,
        "format": "vma.zst",
        "content": "backup",
        "vmid": 100,
    }
    return engine


def grant(engine: Engine, path: str, role: str, ugid: str = "alice@pve") -> None:
    engine.state.acls.append(
        {"path": path, "ugid": ugid, "roleid": role, "type": "user", "propagate": 1}
    )


def call(engine: Engine, method: str, url: str, **params: Any) -> Reply:
    wire = {k: [str(v)] for k, v in params.items()}
    return engine.handle(method, url, wire, authorization=ALICE)


def volids(reply: Reply) -> set[str]:
    assert reply.status == 200, reply.reason
    return {v["volid"] for v in reply.data}


# -- pool-derived ACLs


def test_a_pool_acl_applies_to_its_guests(engine: Engine) -> None:
    grant(engine, "/pool/team", "PVEVMUser")
    assert call(engine, "POST", "/nodes/pve1/qemu/100/status/start").status == 200


def test_a_pool_acl_does_not_reach_guests_outside_the_pool(engine: Engine) -> None:
    grant(engine, "/pool/team", "PVEVMUser")
    reply = call(engine, "POST", "/nodes/pve1/lxc/200/status/start")
    assert (reply.status, reply.reason) == (403, "Permission check failed (/vms/200, VM.PowerMgmt)")


def test_a_pool_acl_applies_to_its_storages(engine: Engine) -> None:
    grant(engine, "/pool/team", "PVEDatastoreUser")
    assert call(engine, "GET", "/nodes/pve1/storage/local/content").status == 200
    assert call(engine, "GET", "/nodes/pve1/storage/local-lvm/content").status == 403


def test_noaccess_on_the_guest_is_not_trumped_by_the_pool(engine: Engine) -> None:
    grant(engine, "/pool/team", "PVEVMAdmin")
    grant(engine, "/vms/100", "NoAccess")
    assert call(engine, "POST", "/nodes/pve1/qemu/100/status/start").status == 403


def test_noaccess_on_the_pool_trumps_the_guests_own_acl(engine: Engine) -> None:
    grant(engine, "/vms/100", "PVEVMAdmin")
    grant(engine, "/pool/team", "NoAccess")
    assert call(engine, "POST", "/nodes/pve1/qemu/100/status/start").status == 403


def test_a_guest_leaving_the_pool_loses_the_pools_rights(engine: Engine) -> None:
    grant(engine, "/pool/team", "PVEVMUser")
    engine.state.pools["team"]["members"] = []
    assert call(engine, "POST", "/nodes/pve1/qemu/100/status/start").status == 403


# -- storage content as check_volume_access filters it


def test_datastore_audit_alone_lists_isos_but_no_guest_volumes(engine: Engine) -> None:
    grant(engine, "/storage/local", "PVEAuditor")
    assert volids(call(engine, "GET", "/nodes/pve1/storage/local/content")) == {
        "local:iso/debian.iso",
        "local:vztmpl/debian-12-standard_12.12-1_amd64.tar.zst",  # templates: the same rule
    }


def test_guest_disks_need_vm_config_disk_on_their_owner(engine: Engine) -> None:
    grant(engine, "/storage/local-lvm", "PVEAuditor")
    grant(engine, "/vms/100", "PVEVMAdmin")
    assert volids(call(engine, "GET", "/nodes/pve1/storage/local-lvm/content")) == {
        "local-lvm:vm-100-disk-0"
    }


def test_backups_need_allocate_space_and_vm_backup(engine: Engine) -> None:
    grant(engine, "/storage/local", "PVEDatastoreUser")
    assert "vzdump" not in " ".join(
        volids(call(engine, "GET", "/nodes/pve1/storage/local/content"))
    )
    grant(engine, "/vms/100", "PVEVMUser")
    assert any(
        "vzdump-qemu-100" in v
        for v in volids(call(engine, "GET", "/nodes/pve1/storage/local/content"))
    )


def test_datastore_allocate_sees_every_volume(engine: Engine) -> None:
    grant(engine, "/storage", "PVEDatastoreAdmin")
    assert volids(call(engine, "GET", "/nodes/pve1/storage/local-lvm/content")) == {
        "local-lvm:vm-100-disk-0",
        "local-lvm:vm-200-disk-0",
    }


def test_reading_a_guest_volume_without_its_owner_rights_is_refused(engine: Engine) -> None:
    grant(engine, "/storage/local-lvm", "PVEAuditor")
    reply = call(engine, "GET", "/nodes/pve1/storage/local-lvm/content/local-lvm:vm-100-disk-0")
    assert (reply.status, reply.reason) == (
        403,
        "Permission check failed (/vms/100, VM.Config.Disk)",
    )


def test_effective_permissions_list_the_pools_members(engine: Engine) -> None:
    grant(engine, "/pool/team", "PVEVMUser")
    reply = call(engine, "GET", "/access/permissions")
    assert reply.status == 200
    assert reply.data["/vms/100"]["VM.PowerMgmt"] == 1
    assert "/vms/200" not in reply.data
