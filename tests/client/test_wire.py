"""Requests leave in exactly the form Proxmox expects (checked on the wire with respx)."""

from __future__ import annotations

from urllib.parse import parse_qsl

import httpx
import pytest
import respx

from pvesdk import PveClient

from .conftest import SECRET


def ok(data: object = None) -> httpx.Response:
    return httpx.Response(200, json={"data": data})


def form(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.content.decode(), keep_blank_values=True)


def query(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.url.query.decode(), keep_blank_values=True)


def test_get_sends_booleans_as_1_and_0_in_the_query(
    api: respx.MockRouter, client: PveClient
) -> None:
    route = api.get("/nodes/pve1/qemu/100/config").mock(return_value=ok({"digest": "d"}))
    client.nodes.node("pve1").qemu.vmid(100).config.get(current=True)
    client.nodes.node("pve1").qemu.vmid(100).config.get(current=False)
    assert [query(call.request) for call in route.calls] == [[("current", "1")], [("current", "0")]]
    assert route.calls[0].request.content == b""


def test_post_sends_a_form_body_with_ints_and_booleans(
    api: respx.MockRouter, client: PveClient
) -> None:
    route = api.post("/nodes/pve1/qemu").mock(
        return_value=ok("UPID:pve1:1:2:3:qmcreate:101:root@pam:")
    )
    client.nodes.node("pve1").qemu.post(vmid=101, cores=2, onboot=True, start=False, name="web")
    request = route.calls.last.request
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert sorted(form(request)) == sorted(
        [("vmid", "101"), ("cores", "2"), ("onboot", "1"), ("start", "0"), ("name", "web")]
    )
    assert request.url.query == b""


def test_none_parameters_are_left_out(api: respx.MockRouter, client: PveClient) -> None:
    route = api.put("/nodes/pve1/qemu/100/config").mock(return_value=ok())
    client.nodes.node("pve1").qemu.vmid(100).config.put(cores=None, name="x", description=None)
    assert form(route.calls.last.request) == [("name", "x")]


def test_delete_sends_parameters_in_the_query(api: respx.MockRouter, client: PveClient) -> None:
    route = api.delete("/nodes/pve1/qemu/100").mock(
        return_value=ok("UPID:pve1:00000001:00000002:6745D2C3:qmcreate:101:root@pam:")
    )
    client.nodes.node("pve1").qemu.vmid(100).delete(purge=True, skiplock=False)
    assert sorted(query(route.calls.last.request)) == [("purge", "1"), ("skiplock", "0")]


@pytest.mark.parametrize(
    ("volume", "encoded"),
    [
        ("local:iso/debian 12.iso", "local%3Aiso%2Fdebian%2012.iso"),
        ("local-lvm:vm-100-disk-0", "local-lvm%3Avm-100-disk-0"),
        ("nfs:backup/vzdump-qemu-100.vma.zst", "nfs%3Abackup%2Fvzdump-qemu-100.vma.zst"),
        ("ünï:cödé/ä", "%C3%BCn%C3%AF%3Ac%C3%B6d%C3%A9%2F%C3%A4"),
    ],
)
def test_path_parameters_are_percent_encoded_as_one_segment(
    api: respx.MockRouter, client: PveClient, volume: str, encoded: str
) -> None:
    route = api.route(method="DELETE").mock(return_value=ok())
    client.nodes.node("pve1").storage.storage("local").content.volume(volume).delete()
    raw = route.calls.last.request.url.raw_path.decode()
    assert raw == f"/api2/json/nodes/pve1/storage/local/content/{encoded}"


def test_list_string_parameters_join_sequences_with_commas(
    api: respx.MockRouter, client: PveClient
) -> None:
    route = api.put("/nodes/pve1/qemu/100/config").mock(return_value=ok())
    config = client.nodes.node("pve1").qemu.vmid(100).config
    config.put(delete=["net1", "ide2"])
    config.put(delete="net1,ide2")
    assert [form(call.request) for call in route.calls] == [[("delete", "net1,ide2")]] * 2


def test_list_item_with_a_comma_is_rejected_before_sending(
    api: respx.MockRouter, client: PveClient
) -> None:
    route = api.put("/nodes/pve1/qemu/100/config").mock(return_value=ok())
    with pytest.raises(ValueError, match="without ','"):
        client.nodes.node("pve1").qemu.vmid(100).config.put(delete=["net1,net2"])
    assert not route.called


def test_array_parameters_repeat_the_key(api: respx.MockRouter, client: PveClient) -> None:
    route = api.put("/cluster/sdn/prefix-lists/pl1").mock(return_value=ok())
    client.cluster.sdn.prefix_lists.id("pl1").put(delete=["entries"], entries=["a", "b"])
    assert form(route.calls.last.request) == [
        ("delete", "entries"),
        ("entries", "a"),
        ("entries", "b"),
    ]


def test_indexed_family_expands_to_numbered_keys(api: respx.MockRouter, client: PveClient) -> None:
    route = api.post("/nodes/pve1/qemu").mock(
        return_value=ok("UPID:pve1:00000001:00000002:6745D2C3:qmcreate:101:root@pam:")
    )
    client.nodes.node("pve1").qemu.post(
        vmid=101, net={3: "e1000,bridge=vmbr1", 0: "virtio,bridge=vmbr0"}, scsi={0: "local-lvm:32"}
    )
    sent = form(route.calls.last.request)
    assert ("net0", "virtio,bridge=vmbr0") in sent and ("net3", "e1000,bridge=vmbr1") in sent
    assert ("scsi0", "local-lvm:32") in sent
    assert [k for k, _ in sent if k.startswith("net")] == ["net0", "net3"]


def test_flag_and_family_of_the_same_name_are_both_sent(
    api: respx.MockRouter, client: PveClient
) -> None:
    route = api.post("/nodes/pve1/qemu").mock(
        return_value=ok("UPID:pve1:00000001:00000002:6745D2C3:qmcreate:101:root@pam:")
    )
    client.nodes.node("pve1").qemu.post(vmid=101, numa=True, numa_n={0: "cpus=0-1,memory=1024"})
    sent = form(route.calls.last.request)
    assert ("numa", "1") in sent and ("numa0", "cpus=0-1,memory=1024") in sent


def test_family_index_out_of_range_fails_before_sending(
    api: respx.MockRouter, client: PveClient
) -> None:
    route = api.post("/nodes/pve1/qemu").mock(
        return_value=ok("UPID:pve1:00000001:00000002:6745D2C3:qmcreate:101:root@pam:")
    )
    with pytest.raises(ValueError, match=r"net32: index out of range \(net0…net31\)"):
        client.nodes.node("pve1").qemu.post(vmid=101, net={32: "virtio"})
    assert not route.called


def test_token_header_has_proxmox_form(api: respx.MockRouter, client: PveClient) -> None:
    route = api.get("/version").mock(
        return_value=ok({"version": "9.2", "release": "9.2", "repoid": "x"})
    )
    client.version.get()
    header = route.calls.last.request.headers["authorization"]
    assert header == f"PVEAPIToken=root@pam!ci={SECRET}"


def test_envelope_is_unwrapped(api: respx.MockRouter, client: PveClient) -> None:
    upid = "UPID:pve1:0000A1B2:0012C3D4:6745D2C3:qmstart:100:root@pam:"
    api.post("/nodes/pve1/qemu/100/status/start").mock(return_value=ok(upid))
    api.put("/nodes/pve1/qemu/100/config").mock(return_value=ok(None))
    vm = client.nodes.node("pve1").qemu.vmid(100)
    assert vm.status.start.post() == upid
    assert vm.config.put(cores=2) is None


def test_per_call_timeout_travels_with_the_request(
    api: respx.MockRouter, client: PveClient
) -> None:
    route = api.get("/version").mock(
        return_value=ok({"version": "9.2", "release": "9.2", "repoid": "x"})
    )
    client.with_options(timeout=7.5).version.get()
    client.version.get()
    first, second = (call.request.extensions["timeout"] for call in route.calls)
    assert first == {"connect": 7.5, "read": 7.5, "write": 7.5, "pool": 7.5}
    assert second["read"] == 30.0


def test_cloud_init_ssh_keys_are_percent_encoded_as_a_whole(
    api: respx.MockRouter, client: PveClient
) -> None:
    from urllib.parse import quote

    keys = "ssh-ed25519 AAAAC3Nza+/= alice@laptop\nssh-rsa AAAAB3Nza bob@desk"
    route = api.put("/nodes/pve1/qemu/100/config").mock(return_value=ok())
    client.nodes.node("pve1").qemu.vmid(100).config.put(sshkeys=keys)
    (sent,) = form(route.calls.last.request)
    assert sent == ("sshkeys", quote(keys, safe=""))
    assert b"ssh-ed25519%2520AAAAC3Nza%252B%252F%253D" in route.calls.last.request.content
