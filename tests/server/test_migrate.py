"""Guest migration inside the cluster, as qemu-server's and pve-container's ``migrate_vm`` (and
``PVE::QemuMigrate`` / ``PVE::LXC::Migrate``) do it: early checks in the API, the move when the
worker ends."""

from __future__ import annotations

from typing import Any

import pytest

from pvesdk_server.engine import Engine, Reply

ALICE = "alice@pve!t=s1"


@pytest.fixture
def engine() -> Engine:
    engine = Engine(task_seconds=0)
    engine.state.users["alice@pve"] = {"enable": 1}
    engine.state.tokens["alice@pve!t"] = {"value": "s1", "privsep": 0}
    engine.state.acls.append(
        {"path": "/", "ugid": "alice@pve", "roleid": "PVEAdmin", "type": "user", "propagate": 1}
    )
    return engine


def as_root(engine: Engine, method: str, path: str, **params: Any) -> Reply:
    ticket, csrf = engine.issue_ticket("root@pam")
    wire = {k: [str(v)] for k, v in params.items()}
    return engine.handle(method, path, wire, ticket=ticket, csrf=csrf)


def task(engine: Engine, reply: Reply) -> tuple[str, list[str]]:
    assert reply.status == 200, reply.reason
    found = engine.state.tasks[reply.data]
    return str(found.exitstatus), [line for line in found.log]


def test_an_offline_migration_moves_the_vm(engine: Engine) -> None:
    reply = as_root(engine, "POST", "/nodes/pve1/qemu/100/migrate", target="pve2")
    assert ":qmigrate:100:root@pam:" in reply.data
    status, log = task(engine, reply)
    assert status == "OK"
    assert log[0] == "starting migration of VM 100 to node 'pve2'"
    assert engine.state.guests[100].node == "pve2"
    assert as_root(engine, "GET", "/nodes/pve2/qemu/100/config").status == 200
    gone = as_root(engine, "GET", "/nodes/pve1/qemu/100/config")
    assert (gone.status, gone.reason) == (
        500,
        "Configuration file 'nodes/pve1/qemu-server/100.conf' does not exist",
    )


def test_the_api_refuses_what_it_can_see(engine: Engine) -> None:
    reply = as_root(engine, "POST", "/nodes/pve1/qemu/100/migrate", target="pve1")
    assert (reply.status, reply.errors) == (400, {"target": "target is local node."})
    reply = as_root(engine, "POST", "/nodes/pve1/qemu/100/migrate", target="pve9")
    assert (reply.status, reply.reason) == (500, "no such cluster node 'pve9'")
    wire = {"target": ["pve2"], "force": ["1"]}
    reply = engine.handle(
        "POST", "/nodes/pve1/qemu/100/migrate", wire, authorization=f"PVEAPIToken={ALICE}"
    )
    assert (reply.status, reply.errors) == (400, {"force": "Only root may use this option."})
    engine.state.guests[100].status = "running"
    reply = as_root(engine, "POST", "/nodes/pve1/qemu/100/migrate", target="pve2")
    assert (reply.status, reply.reason) == (500, "can't migrate running VM without --online")
    engine.state.guests[100].lock = "backup"
    reply = as_root(engine, "POST", "/nodes/pve1/qemu/100/migrate", target="pve2", online=1)
    assert (reply.status, reply.reason) == (500, "VM is locked (backup)")
    assert engine.state.guests[100].node == "pve1"


def test_a_live_migration_needs_with_local_disks(engine: Engine) -> None:
    """``PVE::QemuMigrate``: a running VM's disks on local-lvm (not shared) abort the task
    unless ``with-local-disks``; the VM stays running, where it was, then on the target."""
    engine.state.guests[100].status = "running"
    reply = as_root(engine, "POST", "/nodes/pve1/qemu/100/migrate", target="pve2", online=1)
    status, log = task(engine, reply)
    assert status == "migration aborted"
    assert any("can't live migrate attached local disks" in line for line in log)
    assert engine.state.guests[100].node == "pve1"
    reply = as_root(
        engine,
        "POST",
        "/nodes/pve1/qemu/100/migrate",
        target="pve2",
        online=1,
        **{"with-local-disks": 1},
    )
    assert task(engine, reply)[0] == "OK"
    assert (engine.state.guests[100].node, engine.state.guests[100].status) == ("pve2", "running")


def test_a_running_container_migrates_only_in_restart_mode(engine: Engine) -> None:
    engine.state.guests[200].status = "running"
    reply = as_root(engine, "POST", "/nodes/pve1/lxc/200/migrate", target="pve2")
    assert (reply.status, reply.reason) == (
        500,
        "can't migrate running container without --online or --restart",
    )
    reply = as_root(engine, "POST", "/nodes/pve1/lxc/200/migrate", target="pve2", online=1)
    assert task(engine, reply)[0] == "migration aborted"
    assert engine.state.guests[200].node == "pve1"
    reply = as_root(engine, "POST", "/nodes/pve1/lxc/200/migrate", target="pve2", restart=1)
    assert ":vzmigrate:200:root@pam:" in reply.data
    assert task(engine, reply)[0] == "OK"
    assert (engine.state.guests[200].node, engine.state.guests[200].status) == ("pve2", "running")


def test_the_precondition_read_does_not_echo_the_migration(engine: Engine) -> None:
    """Before, the POST fell to the generic store, whose parameters the GET of the same path then
    answered (``target``, ``online``)."""
    as_root(engine, "POST", "/nodes/pve1/qemu/100/migrate", target="pve2", online=1)
    reply = as_root(engine, "GET", "/nodes/pve1/qemu/100/migrate")
    assert "online" not in reply.data and "target" not in reply.data
