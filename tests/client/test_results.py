"""Results are typed and lenient: new keys, new enum values and stringly numbers all parse."""

from __future__ import annotations

import httpx
import respx

from pvesdk import PveClient
from pvesdk.models import NodesGetResultItem, NodesQemuConfigGetResult


def ok(data: object) -> httpx.Response:
    return httpx.Response(200, json={"data": data})


def test_list_result_is_a_list_of_models(api: respx.MockRouter, client: PveClient) -> None:
    api.get("/nodes").mock(return_value=ok([{"node": "pve1", "status": "online", "maxcpu": 8}]))
    (node,) = client.nodes.get()
    assert isinstance(node, NodesGetResultItem)
    assert (node.node, node.status, node.maxcpu, node.cpu) == ("pve1", "online", 8, None)


def test_unknown_keys_are_kept(api: respx.MockRouter, client: PveClient) -> None:
    data = {"node": "pve1", "status": "online", "brand-new": {"x": 1}}
    api.get("/nodes").mock(return_value=ok([data]))
    (node,) = client.nodes.get()
    assert node.model_extra == {"brand-new": {"x": 1}}
    assert node["brand-new"] == {"x": 1}


def test_unknown_enum_value_is_accepted(api: respx.MockRouter, client: PveClient) -> None:
    api.get("/nodes").mock(return_value=ok([{"node": "pve3", "status": "maintenance"}]))
    assert client.nodes.get()[0].status == "maintenance"


def test_numbers_and_flags_sent_as_strings_are_coerced(
    api: respx.MockRouter, client: PveClient
) -> None:
    config = {"digest": "abc", "cores": "4", "sockets": 2, "onboot": "1", "balloon": "0"}
    api.get("/nodes/pve1/qemu/100/config").mock(return_value=ok(config))
    cfg = client.nodes.node("pve1").qemu.vmid(100).config.get()
    assert isinstance(cfg, NodesQemuConfigGetResult)
    assert (cfg.cores, cfg.sockets, cfg.onboot, cfg.balloon) == (4, 2, True, 0)


def test_hyphenated_keys_are_reachable_by_python_and_wire_name(
    api: respx.MockRouter, client: PveClient
) -> None:
    api.get("/nodes/pve1/qemu/100/config").mock(return_value=ok({"digest": "d", "allow-ksm": 0}))
    cfg = client.nodes.node("pve1").qemu.vmid(100).config.get()
    assert cfg.allow_ksm is False
    assert cfg["allow-ksm"] is False


def test_indexed_families_are_grouped_and_flat_keys_stay(
    api: respx.MockRouter, client: PveClient
) -> None:
    data = {
        "digest": "d",
        "net0": "virtio=BC:24:11:00:00:01,bridge=vmbr0",
        "net3": "e1000=BC:24:11:00:00:02,bridge=vmbr1",
        "scsi0": "local-lvm:vm-100-disk-0,size=32G",
        "numa": 1,
        "numa0": "cpus=0-3,memory=2048",
    }
    api.get("/nodes/pve1/qemu/100/config").mock(return_value=ok(data))
    cfg = client.nodes.node("pve1").qemu.vmid(100).config.get()
    assert {i: nic.raw for i, nic in cfg.net.items()} == {0: data["net0"], 3: data["net3"]}
    assert (cfg.net[0].model, cfg.net[0].macaddr, cfg.net[3].bridge) == (
        "virtio", "BC:24:11:00:00:01", "vmbr1",
    )  # fmt: skip
    assert cfg.scsi[0].raw == data["scsi0"] and cfg.scsi[0].size == "32G"
    assert cfg.numa is True and cfg.numa_n[0].raw == data["numa0"]
    assert (cfg.numa_n[0].cpus, cfg.numa_n[0].memory) == ("0-3", 2048)
    assert cfg["net3"] == data["net3"]
    assert cfg.virtio == {}


def test_primitive_and_null_results(api: respx.MockRouter, client: PveClient) -> None:
    api.get("/cluster/nextid").mock(return_value=ok("105"))
    api.delete("/nodes/pve1/storage/local/content/local%3Aiso%2Fx.iso").mock(return_value=ok(None))
    assert client.cluster.nextid.get() == 105
    volume = client.nodes.node("pve1").storage.storage("local").content.volume("local:iso/x.iso")
    assert volume.delete() is None
