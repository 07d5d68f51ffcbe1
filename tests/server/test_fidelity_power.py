"""Power actions as qemu-server (``PVE::API2::Qemu`` ``vm_*``, ``PVE::QemuServer`` ``vm_stop``,
``RunState::vm_resume``) and pve-container (``PVE::API2::LXC::Status``) check them: some
refuse at once with a plain ``die`` (a 500, no task), others fail or do nothing in their task."""

from __future__ import annotations

import pytest

from pvesdk_server.engine import Engine, Reply

ROOT_TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"


@pytest.fixture
def engine() -> Engine:
    return Engine(task_seconds=0)


def power(engine: Engine, kind: str, vmid: int, action: str, **params: str) -> Reply:
    path = f"/nodes/pve1/{kind}/{vmid}/status/{action}"
    wire = {k: [v] for k, v in params.items()}
    return engine.handle("POST", path, wire, authorization=ROOT_TOKEN)


def exitstatus(engine: Engine, reply: Reply) -> str:
    assert reply.status == 200, reply.reason
    return str(engine.state.tasks[reply.data].exitstatus)


@pytest.mark.parametrize("action", ["reboot", "reset", "suspend", "resume"])
def test_a_stopped_vm_is_refused_before_any_task(engine: Engine, action: str) -> None:
    """``die "VM $vmid not running\\n" if !check_running`` in the API code, before the fork."""
    tasks = len(engine.state.tasks)
    reply = power(engine, "qemu", 100, action)
    assert (reply.status, reply.reason) == (500, "VM 100 not running")
    assert len(engine.state.tasks) == tasks


def test_shutting_down_a_stopped_vm_is_a_task_that_does_nothing(engine: Engine) -> None:
    """``vm_shutdown`` → ``vm_stop`` → ``_do_vm_stop``: ``return if !$pid``."""
    assert exitstatus(engine, power(engine, "qemu", 100, "shutdown")) == "OK"
    assert engine.state.guests[100].status == "stopped"


def test_starting_a_running_vm_fails_in_its_task(engine: Engine) -> None:
    assert exitstatus(engine, power(engine, "qemu", 100, "start")) == "OK"
    assert exitstatus(engine, power(engine, "qemu", 100, "start")) == "VM 100 already running"


def test_resuming_a_running_vm_is_a_task_that_does_nothing(engine: Engine) -> None:
    """``vm_resume``: ``return if $res->{status} eq 'running'``."""
    power(engine, "qemu", 100, "start")
    assert exitstatus(engine, power(engine, "qemu", 100, "resume")) == "OK"


def test_a_paused_vm_is_not_shut_down_without_force_stop(engine: Engine) -> None:
    power(engine, "qemu", 100, "start")
    power(engine, "qemu", 100, "suspend")
    reply = power(engine, "qemu", 100, "shutdown")
    assert (reply.status, reply.reason) == (500, "VM is paused - cannot shutdown")
    assert exitstatus(engine, power(engine, "qemu", 100, "shutdown", forceStop="1")) == "OK"
    assert engine.state.guests[100].status == "stopped"


@pytest.mark.parametrize("action", ["stop", "shutdown", "suspend"])
def test_a_stopped_container_is_refused_before_any_task(engine: Engine, action: str) -> None:
    reply = power(engine, "lxc", 200, action)
    assert (reply.status, reply.reason) == (500, "CT 200 not running")


def test_a_stopped_containers_reboot_says_vm(engine: Engine) -> None:
    """pve-container's ``vm_reboot`` words it ``VM $vmid not running`` (sic)."""
    reply = power(engine, "lxc", 200, "reboot")
    assert (reply.status, reply.reason) == (500, "VM 200 not running")


def test_starting_a_running_container_is_refused_before_any_task(engine: Engine) -> None:
    assert exitstatus(engine, power(engine, "lxc", 200, "start")) == "OK"
    reply = power(engine, "lxc", 200, "start")
    assert (reply.status, reply.reason) == (500, "CT 200 already running")


def test_a_locked_container_says_ct(engine: Engine) -> None:
    """``PVE::AbstractConfig::check_lock``: ``guest_type() . " is locked (…)"``."""
    engine.state.guests[200].lock = "backup"
    assert exitstatus(engine, power(engine, "lxc", 200, "start")) == "CT is locked (backup)"
