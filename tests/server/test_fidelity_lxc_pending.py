"""Pending changes of a running container as pve-container keeps them
(``PVE::LXC::Config::vmconfig_hotplug_pending``): hot-pluggable options apply at once, the rest
wait in ``/pending`` until the next start; ``revert`` drops a pending change."""

from __future__ import annotations

from typing import Any

import pytest

from pvesdk_server.engine import Engine, Reply

ROOT_TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"
CT = "/nodes/pve1/lxc/200"


@pytest.fixture
def engine() -> Engine:
    engine = Engine(task_seconds=0)
    assert call(engine, "POST", f"{CT}/status/start").status == 200
    assert engine.state.guests[200].status == "running"
    return engine


def call(engine: Engine, method: str, url: str, **params: Any) -> Reply:
    wire = {k: [str(v)] for k, v in params.items()}
    return engine.handle(method, url, wire, authorization=ROOT_TOKEN)


def pending(engine: Engine) -> dict[str, dict[str, Any]]:
    reply = call(engine, "GET", f"{CT}/pending")
    assert reply.status == 200
    return {item["key"]: item for item in reply.data}


def test_a_fastplug_option_applies_to_a_running_container(engine: Engine) -> None:
    call(engine, "PUT", f"{CT}/config", hostname="renamed", cores=2, memory=1024)
    config = engine.state.guests[200].config
    assert (config["hostname"], config["cores"], config["memory"]) == ("renamed", "2", "1024")
    assert engine.state.guests[200].pending == {}


def test_a_cold_option_waits_in_pending_while_running(engine: Engine) -> None:
    call(engine, "PUT", f"{CT}/config", ostype="ubuntu")
    assert engine.state.guests[200].config["ostype"] == "debian"
    assert pending(engine)["ostype"] == {"key": "ostype", "value": "debian", "pending": "ubuntu"}
    current = call(engine, "GET", f"{CT}/config", current=1).data
    assert current["ostype"] == "debian"
    assert call(engine, "GET", f"{CT}/config").data["ostype"] == "ubuntu"


def test_deleting_a_cold_option_is_a_pending_delete(engine: Engine) -> None:
    # arch, not ostype: pve-container refuses to delete a required option (memory, rootfs,
    # ostype) at all
    call(engine, "PUT", f"{CT}/config", delete="arch")
    assert engine.state.guests[200].config["arch"] == "amd64"
    assert pending(engine)["arch"].get("delete") == 1


def test_pending_changes_apply_at_the_next_start(engine: Engine) -> None:
    call(engine, "PUT", f"{CT}/config", ostype="ubuntu")
    call(engine, "POST", f"{CT}/status/stop")
    call(engine, "POST", f"{CT}/status/start")
    assert engine.state.guests[200].config["ostype"] == "ubuntu"
    assert engine.state.guests[200].pending == {}


def test_revert_drops_a_pending_change(engine: Engine) -> None:
    call(engine, "PUT", f"{CT}/config", ostype="ubuntu")
    call(engine, "PUT", f"{CT}/config", revert="ostype")
    assert "pending" not in pending(engine)["ostype"]


def test_a_stopped_container_takes_every_change_at_once(engine: Engine) -> None:
    call(engine, "POST", f"{CT}/status/stop")
    call(engine, "PUT", f"{CT}/config", ostype="ubuntu")
    assert engine.state.guests[200].config["ostype"] == "ubuntu"
