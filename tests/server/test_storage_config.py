"""Storage definitions as pve-storage's PVE/API2/Storage/Config.pm keeps them."""

from __future__ import annotations

import pytest

import pvesdk
from pvesdk import PveClient


@pytest.fixture
def client() -> PveClient:
    return PveClient.mock()


def test_a_new_storage_is_listed_and_takes_disks(client: PveClient) -> None:
    created = client.storage.post(storage="fast", type="lvmthin", vgname="pve", thinpool="fast")
    assert (created.storage, created.type) == ("fast", "lvmthin")
    # LvmThinPlugin's default content: images,rootdir (PVE::Storage::Plugin::parse_config)
    assert client.storage.storage("fast").get()["content"] == "images,rootdir"
    assert "fast" in {s.storage for s in client.nodes.node("pve1").storage.get()}
    qemu = client.nodes.node("pve1").qemu
    qemu.vmid(100).move_disk.post(disk="scsi0", storage="fast", delete=True)
    assert qemu.vmid(100).config.get().scsi[0].file == "fast:vm-100-disk-0"


def test_an_id_is_defined_once(client: PveClient) -> None:
    with pytest.raises(
        pvesdk.ServerError, match="create storage failed: storage ID 'local' already defined"
    ):
        client.storage.post(storage="local", type="dir", path="/srv/x")


def test_required_options_are_required_and_kept(client: PveClient) -> None:
    # pve-common SectionConfig::check_config; DirPlugin options: path => { fixed => 1 }
    with pytest.raises(pvesdk.ServerError, match="missing value for required option 'path'"):
        client.storage.post(storage="data", type="dir")
    client.storage.post(storage="data", type="dir", path="/srv/data", content="backup,iso")
    with pytest.raises(pvesdk.ServerError, match="unable to delete required option 'path'"):
        client.storage.storage("data").put(delete="path")


def test_content_keeps_what_the_plugin_supports(client: PveClient) -> None:
    # Plugin::decode_value: unsupported types are dropped with a warning; 'none' stands alone
    client.storage.post(storage="vg", type="lvm", vgname="vg0", content="images,backup")
    assert client.storage.storage("vg").get()["content"] == "images"
    with pytest.raises(pvesdk.ServerError, match="storage does not support content type 'none'"):
        client.storage.storage("vg").put(content="backup")


def test_a_stale_digest_is_refused(client: PveClient) -> None:
    digest = client.storage.storage("local").get()["digest"]
    client.storage.storage("local").put(content="iso,vztmpl,backup,snippets", digest=digest)
    with pytest.raises(pvesdk.ServerError, match="detected modified configuration"):
        client.storage.storage("local").put(content="iso", digest=digest)


def test_removing_a_storage_leaves_pools_and_acls(client: PveClient) -> None:
    # PVE::AccessControl::remove_storage_access after the definition is gone
    client.storage.post(storage="scratch", type="dir", path="/srv/scratch")
    client.pools.post(poolid="lab")
    client.pools.put(poolid="lab", storage="scratch")
    client.access.acl.put(path="/storage/scratch", roles="PVEDatastoreUser", users="root@pam")
    client.storage.storage("scratch").delete()
    assert "scratch" not in {s.storage for s in client.storage.get()}
    assert not [m for m in client.pools.get(poolid="lab")[0].members if m.type == "storage"]
    assert "/storage/scratch" not in {a.path for a in client.access.acl.get()}
    with pytest.raises(pvesdk.ServerError, match="storage 'scratch' does not exist"):
        client.storage.storage("scratch").get()


def test_a_repeated_list_parameter_is_joined_as_proxmox_does() -> None:
    # pve-common RESTHandler normalize_legacy_param_formats: an array given for a string with a
    # '-list' format is joined with ','; proxmoxer sends a Python list as repeated form keys.
    from pvesdk_server.engine import Engine

    engine = Engine(task_seconds=0)
    auth = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"
    params = {
        "storage": ["zfs"],
        "type": ["zfspool"],
        "pool": ["rpool/data"],
        "content": ["images", "rootdir"],
        "nodes": ["pve1", "pve2"],
    }
    assert engine.handle("POST", "/storage", params, authorization=auth).status == 200
    stored = engine.handle("GET", "/storage/zfs", authorization=auth).data
    assert (stored["content"], stored["nodes"]) == ("images,rootdir", "pve1,pve2")
    repeated = {"storage": ["a", "b"], "type": ["dir"], "path": ["/x"]}
    assert engine.handle("POST", "/storage", repeated, authorization=auth).status == 400


def test_resources_follow_the_definition_nodes_and_sharing(client: PveClient) -> None:
    # pve-manager API2/Cluster.pm resources: storage_check_enabled per node; extract_storage_stats
    # shared => $scfg->{shared} (set for @SHARED_STORAGE types by Plugin::parse_config)
    client.storage.post(storage="nas", type="nfs", server="10.0.0.9", export="/e", path="/mnt/n")
    client.storage.post(storage="only1", type="dir", path="/srv/one", nodes="pve1")
    rows = {(r.storage, r.node): r for r in client.cluster.resources.get(type="storage")}
    assert rows[("nas", "pve1")].shared == 1 and rows[("nas", "pve2")].shared == 1
    assert ("only1", "pve1") in rows and ("only1", "pve2") not in rows
    assert rows[("local", "pve1")].shared == 0
    client.storage.storage("only1").put(disable=True)
    assert "only1" not in {r.storage for r in client.cluster.resources.get(type="storage")}


def test_the_list_filters_by_type_and_carries_the_digest(client: PveClient) -> None:
    # Config.pm index: api_storage_config for each (digest), 'type' filter
    client.storage.post(storage="nas", type="nfs", server="10.0.0.9", export="/e", path="/mnt/n")
    listed = client.storage.get(type="nfs")
    assert [s.storage for s in listed] == ["nas"]
    digest = client.storage.storage("nas").get()["digest"]
    assert listed[0]["digest"] == digest and listed[0]["shared"] == 1


def test_a_node_lists_a_storage_limited_to_others_as_disabled(client: PveClient) -> None:
    # PVE::Storage::storage_info: enabled 0, no usage; left out for a content query
    client.storage.post(storage="only1", type="dir", path="/srv/one", nodes="pve1")
    on2 = {s.storage: s for s in client.nodes.node("pve2").storage.get()}
    assert (on2["only1"].enabled, on2["only1"].active, on2["only1"].total) == (0, 0, 0)
    assert "only1" not in {s.storage for s in client.nodes.node("pve2").storage.get(enabled=True)}
    content = client.nodes.node("pve2").storage.get(content="images")
    assert "only1" not in {s.storage for s in content}
    assert client.nodes.node("pve1").storage.get(content="images")[0].storage == "local-lvm"
