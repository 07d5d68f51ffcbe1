"""Hostile values found by sweeping every modelled route (each parameter and path segment with
thousands of digits, blanks, control and non-BMP characters, repeated keys, …): each answered
as Proxmox answers it, never with a Python exception of the mock."""

from __future__ import annotations

import pytest
from litestar.testing import TestClient

from pvesdk.formats import split_list
from pvesdk_server.app import create_app
from pvesdk_server.engine import Engine, Reply

TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"
HUGE = "1" * 5000
RULES = [
    "/cluster/firewall/rules",
    "/nodes/pve1/firewall/rules",
    "/nodes/pve1/qemu/100/firewall/rules",
    "/nodes/pve1/lxc/200/firewall/rules",
]


@pytest.fixture
def engine() -> Engine:
    return Engine(task_seconds=0)


def call(engine: Engine, method: str, path: str, **params: str) -> Reply:
    return engine.handle(method, path, {k: [v] for k, v in params.items()}, authorization=TOKEN)


@pytest.mark.parametrize("base", RULES)
def test_moveto_of_thousands_of_digits_moves_the_rule_to_the_end(engine: Engine, base: str) -> None:
    # pve-firewall API2/Firewall/Rules.pm: 'push @$newrules, $rule if $moveto >= scalar(@$rules)'
    for comment in ("a", "b", "c"):  # each new rule goes first: c, b, a
        assert call(engine, "POST", base, action="ACCEPT", type="in", comment=comment).status == 200
    assert call(engine, "PUT", f"{base}/0", moveto=HUGE).status == 200
    rules = sorted(call(engine, "GET", base).data, key=lambda rule: rule["pos"])
    assert [rule["comment"] for rule in rules] == ["b", "a", "c"]


@pytest.mark.parametrize(
    ("vms", "members"),
    [("\n", []), ("100\n", [100]), ("100\t200", [100, 200]), ("100\x00", [100]), (" 100 ;", [100])],
)
def test_pool_members_are_split_as_split_list_splits(
    engine: Engine, vms: str, members: list[int]
) -> None:
    # pve-manager API2/Pool.pm: 'for my $vmid (PVE::Tools::split_list($param->{vms}))'
    assert call(engine, "POST", "/pools", poolid="p1").status == 200
    reply = call(engine, "PUT", "/pools/p1", vms=vms)
    assert reply.status == 200, (reply.reason, reply.errors)
    assert engine.snapshot()["pools"]["p1"]["members"] == members


def test_split_list_drops_trailing_empty_fields_as_perl_split_does() -> None:
    assert split_list("100\x00\x00") == ["100"]
    assert split_list("\x00100") == ["", "100"]  # leading empty fields stay
    assert split_list("a\x00\x00b") == ["a", "", "b"]


@pytest.mark.parametrize("kind", ["qemu", "lxc"])
def test_a_memory_of_thousands_of_digits_is_listed(engine: Engine, kind: str) -> None:
    # the schema has no maximum for memory; Perl's arithmetic makes the byte count a float
    params = {"vmid": "150", "memory": HUGE}
    if kind == "lxc":
        params["ostemplate"] = "local:vztmpl/debian-12-standard_12.12-1_amd64.tar.zst"
    assert call(engine, "POST", f"/nodes/pve1/{kind}", **params).status == 200
    for path in ("/cluster/resources", f"/nodes/pve1/{kind}"):
        reply = call(engine, "GET", path)
        assert reply.status == 200, reply.reason
        (item,) = [r for r in reply.data if r.get("vmid") == 150]
        assert item["maxmem"] == float("inf")
    assert call(engine, "PUT", f"/nodes/pve1/{kind}/150/config", memory="1" * 30).status == 200
    (item,) = [r for r in call(engine, "GET", "/cluster/resources").data if r.get("vmid") == 150]
    assert item["maxmem"] == float(int("1" * 30) << 20)


@pytest.mark.parametrize(
    ("kind", "vmid", "disk", "volid"),
    [
        ("qemu", "100", "scsi0", "local-lvm:vm-100-disk-0"),
        ("lxc", "200", "rootfs", "local-lvm:vm-200-disk-0"),
    ],
)
@pytest.mark.parametrize("size", [HUGE, "+" + "9" * 400 + "T", "18446744073709551616"])
def test_a_size_no_storage_takes_fails_the_resize_task(
    engine: Engine, kind: str, vmid: str, disk: str, volid: str, size: str
) -> None:
    # qemu-server / pve-container resize: the size is a Perl number (infinite for hundreds of
    # digits), grows the disk, and PVE::Storage::volume_resize fails in the worker
    before = engine.snapshot()["volumes"][volid]
    reply = call(engine, "PUT", f"/nodes/pve1/{kind}/{vmid}/resize", disk=disk, size=size)
    assert reply.status == 200, reply.reason
    task = engine.snapshot()["tasks"][reply.data]
    assert task["exitstatus"] == f"error resizing volume '{volid}'"
    assert engine.snapshot()["volumes"][volid] == before


def test_an_ordinary_resize_keeps_whole_sizes(engine: Engine) -> None:
    reply = call(engine, "PUT", "/nodes/pve1/qemu/100/resize", disk="scsi0", size="+1G")
    assert engine.snapshot()["tasks"][reply.data]["exitstatus"] == "OK"
    assert engine.snapshot()["guests"]["100"]["config"]["scsi0"].endswith(",size=33G")


@pytest.mark.parametrize("escape", ["\\udcff", "\\ud800", "\\ud800x"])
def test_an_unpaired_surrogate_escape_is_a_malformed_body(escape: str) -> None:
    # JSON::XS (pve-http-server decode_json) refuses an unpaired \uD800-\uDFFF escape; Python
    # read it as a lone surrogate, stored it, and every later answer naming it failed to encode
    headers = {"Authorization": TOKEN, "Content-Type": "application/json"}
    body = ('{"description": "a' + escape + '"}').encode()
    with TestClient(create_app()) as client:
        reply = client.put("/api2/json/nodes/pve1/qemu/100/config", content=body, headers=headers)
        assert reply.status_code == 400
        assert "surrogate" in reply.json()["errors"]["body"]
        after = client.get("/api2/json/nodes/pve1/qemu/100/config", headers=headers)
        assert after.status_code == 200
        paired = client.put(
            "/api2/json/nodes/pve1/qemu/100/config",
            content=b'{"description": "\\ud83d\\ude00"}',
            headers=headers,
        )
        assert paired.status_code == 200


@pytest.mark.parametrize(
    ("method", "path", "key", "extra"),
    [
        ("POST", "/nodes/pve1/qemu", "scsi1", {"vmid": "150"}),
        ("POST", "/nodes/pve1/qemu", "efidisk0", {"vmid": "150"}),
        ("PUT", "/nodes/pve1/qemu/100/config", "virtio5", {}),
        ("POST", "/nodes/pve1/qemu/100/config", "sata1", {}),
        (
            "POST",
            "/nodes/pve1/lxc",
            "rootfs",
            {"vmid": "150", "ostemplate": "local:vztmpl/debian-12-standard_12.12-1_amd64.tar.zst"},
        ),
        ("PUT", "/nodes/pve1/lxc/200/config", "mp0", {}),
    ],
)
@pytest.mark.parametrize("storage", ["local-lvm", "local"])
def test_a_new_disk_of_thousands_of_digits_is_refused_without_a_trace(
    engine: Engine, method: str, path: str, key: str, extra: dict[str, str], storage: str
) -> None:
    # STORAGE:SIZE allocates SIZE GiB; Perl's size is infinite and the storage refuses it (an
    # OverflowError escaped the engine)
    before = engine.snapshot()
    value = f"{storage}:{HUGE}" + (",mp=/mnt/x" if key == "mp0" else "")
    reply = call(engine, method, path, **{key: value}, **extra)
    assert (reply.status, reply.reason) == (
        500,
        f"unable to allocate an image on storage '{storage}': size too large",
    )
    assert engine.snapshot() == before
