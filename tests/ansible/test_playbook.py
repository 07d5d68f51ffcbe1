"""Ansible's community.proxmox modules against pvesdk-server: a realistic playbook runs green,
its second run changes nothing (idempotence), and the cluster holds what it manages."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from pvesdk import PveClient
from pvesdk_server.pytest_plugin import MockServer

pytest.importorskip("ansible_collections.community.proxmox", reason="needs the ansible package")

PLAYBOOK = Path(__file__).with_name("site.yml")
# The modules issue 18 names: what automation manages on a cluster.
MANAGED = {
    "proxmox_pool",
    "proxmox_pool_member",
    "proxmox_user",
    "proxmox_group",
    "proxmox_access_acl",
    "proxmox_kvm",
    "proxmox_disk",
    "proxmox_nic",
    "proxmox_firewall",
    "proxmox_cluster_ha_resources",
    "proxmox_cluster_ha_rules",
    "proxmox_backup",
    "proxmox_template",
    "proxmox_snap",
    "proxmox_storage",
    "proxmox_zone",
    "proxmox_vnet",
    "proxmox_subnet",
}


def run_playbook(server: MockServer, home: Path) -> dict[str, Any]:
    env = {
        **os.environ,
        "ANSIBLE_HOME": str(home),
        "ANSIBLE_LOCAL_TEMP": str(home / "tmp"),
        "ANSIBLE_REMOTE_TEMP": str(home / "tmp"),
        "ANSIBLE_STDOUT_CALLBACK": "ansible.posix.json",
        "ANSIBLE_PYTHON_INTERPRETER": sys.executable,
        "ANSIBLE_NOCOLOR": "1",
        "ANSIBLE_RETRY_FILES_ENABLED": "0",
        "ANSIBLE_DEPRECATION_WARNINGS": "0",
        "ANSIBLE_INVENTORY_UNPARSED_WARNING": "0",
        "ANSIBLE_LOCALHOST_WARNING": "0",
    }
    extra = json.dumps({"pve_port": server.port, "pve_password": server.password})
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "ansible.cli.playbook",
            "-i",
            "localhost,",
            "-e",
            extra,
            str(PLAYBOOK),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    try:
        report: dict[str, Any] = json.loads(proc.stdout[proc.stdout.index("{") :])
    except ValueError:
        detail = f"{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
        raise AssertionError(f"no JSON report:\n{detail}") from None
    return report


def outcomes(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for play in report["plays"]:
        for task in play["tasks"]:
            out[task["task"]["name"]] = task["hosts"]["localhost"]
    return out


def failures(report: dict[str, Any]) -> dict[str, str]:
    return {
        name: str(result.get("msg"))
        for name, result in outcomes(report).items()
        if result.get("failed") or result.get("unreachable")
    }


@pytest.fixture(scope="module")
def runs(
    pve_mock_server: MockServer, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, Any], dict[str, Any]]:
    home = tmp_path_factory.mktemp("ansible-home")
    first = run_playbook(pve_mock_server, home)
    second = run_playbook(pve_mock_server, home)
    return first, second


@pytest.fixture(scope="module")
def pve_mock_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    """A real pvesdk-server over TLS on a free loopback port, for the whole module."""
    from pvesdk_server.tls import fingerprint, self_signed

    tmp = tmp_path_factory.mktemp("pvesdk-server")
    cert, key = self_signed(tmp)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "pvesdk_server", "--port", str(port)),
            *("--cert", str(cert), "--key", str(key), "--task-seconds", "0.05"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("pvesdk-server did not start") from None
                time.sleep(0.05)
        yield MockServer(f"https://127.0.0.1:{port}", port, cert, fingerprint(cert))
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def test_the_playbook_uses_every_managed_module() -> None:
    (play,) = yaml.safe_load(PLAYBOOK.read_text())
    used = {
        key.rsplit(".", 1)[1]
        for task in play["tasks"]
        for key in task
        if key.startswith("community.proxmox.")
    }
    assert used >= MANAGED, sorted(MANAGED - used)


def test_every_task_succeeds(runs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    first, _ = runs
    assert failures(first) == {}
    assert first["stats"]["localhost"]["failures"] == 0
    skipped = {name for name, result in outcomes(first).items() if result.get("skipped")}
    assert skipped == set()


def test_the_first_run_changes_what_it_manages(runs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    first, _ = runs
    changed = {name for name, result in outcomes(first).items() if result.get("changed")}
    tasks = yaml.safe_load(PLAYBOOK.read_text())[0]["tasks"]
    managing = {
        t["name"]
        for t in tasks
        if any(k.startswith("community.proxmox.") and not k.endswith("_info") for k in t)
    }
    assert managing - changed == set()


def test_the_second_run_changes_nothing(runs: tuple[dict[str, Any], dict[str, Any]]) -> None:
    _, second = runs
    assert failures(second) == {}
    changed = sorted(name for name, result in outcomes(second).items() if result.get("changed"))
    assert changed == []
    assert second["stats"]["localhost"]["changed"] == 0


@pytest.fixture(scope="module")
def cluster(
    runs: tuple[dict[str, Any], dict[str, Any]], pve_mock_server: MockServer
) -> Iterator[PveClient]:
    """A pvesdk client on the server after both runs."""
    client = PveClient(
        "127.0.0.1",
        port=pve_mock_server.port,
        user=pve_mock_server.user,
        password=pve_mock_server.password,
        verify_ssl=str(pve_mock_server.cert),
    )
    yield client
    client.close()


def test_the_clone_pool_and_storage_are_kept(cluster: PveClient) -> None:
    web = {m.id for m in cluster.pools.get(poolid="web")[0].members}
    assert web == {"qemu/101", "storage/pve1/fast"}
    config = cluster.nodes.node("pve1").qemu.vmid(101).config.get()
    assert config.scsi[0].file == "local-lvm:base-9000-disk-0/vm-101-disk-0"
    assert config.scsi[1].file.startswith("fast:") and config.scsi[1].size == "6G"
    assert not config.unused
    assert cluster.storage.storage("fast").get()["content"] == "images,rootdir"
    snapshots = {s.name for s in cluster.nodes.node("pve1").qemu.vmid(101).snapshot.get()}
    assert snapshots == {"pre_upgrade", "current"}


def test_access_is_kept(cluster: PveClient) -> None:
    assert cluster.access.groups.groupid("ops").get().members == ["alice@pve"]
    acl = {(a.path, a.ugid, a.roleid) for a in cluster.access.acl.get()}
    assert ("/pool/web", "ops", "PVEVMAdmin") in acl


def test_the_firewall_keeps_positions_groups_and_sets(cluster: PveClient) -> None:
    rules = cluster.nodes.node("pve1").qemu.vmid(101).firewall.rules.get()
    assert [(r.pos, r.type, r.action) for r in rules] == [
        (0, "in", "ACCEPT"),
        (1, "group", "webserver"),
        (2, "in", "DROP"),
    ]
    assert rules[0].source == "office" and rules[0].dport == "443"
    assert len({r.digest for r in rules}) == 1
    group = cluster.cluster.firewall.groups.group("webserver").get()
    assert [r.macro for r in group] == ["HTTPS", "HTTP"]
    (ssh,) = cluster.cluster.firewall.rules.get()
    assert (ssh.macro, ssh.source, ssh.comment) == ("SSH", "+admins", "admins only")
    entries = {e.cidr: e.nomatch for e in cluster.cluster.firewall.ipset.name("admins").get()}
    assert entries == {"198.51.100.0/24": None, "198.51.100.66": 1, "198.51.100.7": None}


def test_ha_keeps_the_resource_and_its_rule(cluster: PveClient) -> None:
    (resource,) = cluster.cluster.ha.resources.get()
    assert (resource.sid, resource.state) == ("vm:101", "started")
    (rule,) = cluster.cluster.ha.rules.get()
    assert (rule.rule, rule.type, rule.resources) == ("web-on-pve1", "node-affinity", "vm:101")


def test_templates_are_on_the_storage(cluster: PveClient) -> None:
    # pveam's appliance download and download-url record the files their tasks fetched
    content = cluster.nodes.node("pve1").storage.storage("local").content.get()
    volids = {item.volid for item in content}
    assert "local:vztmpl/debian-13-standard_13.1-2_amd64.tar.zst" in volids
    assert "local:iso/debian-13.1.0-amd64-netinst.iso" in volids


def test_sdn_changes_are_applied(cluster: PveClient) -> None:
    assert [z.zone for z in cluster.cluster.sdn.zones.get(running=True)] == ["lab"]
    assert [v.vnet for v in cluster.cluster.sdn.vnets.get(running=True)] == ["labnet"]
    subnets = cluster.cluster.sdn.vnets.vnet("labnet").subnets.get(running=True)
    assert [s["cidr"] for s in subnets] == ["10.10.0.0/24"]
    assert [z.zone for z in cluster.cluster.sdn.zones.get(pending=True) if z.state] == []
