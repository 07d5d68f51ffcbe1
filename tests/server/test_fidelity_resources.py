"""``GET /cluster/resources`` and ``GET /nodes`` as pve-manager builds them for a caller
(``PVE::API2::Cluster`` ``resources``, ``PVE::API2::Nodes`` ``index``,
``PVE::API2Tools::extract_node_stats``): what each privilege shows, and the order."""

from __future__ import annotations

import re
from typing import Any

import pytest

from pvesdk_server.engine import Engine, Reply

ALICE = "PVEAPIToken=alice@pve!t=s1"
ROOT_TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"


@pytest.fixture
def engine() -> Engine:
    engine = Engine(task_seconds=0)
    engine.state.users["alice@pve"] = {"enable": 1}
    engine.state.tokens["alice@pve!t"] = {"value": "s1", "privsep": 0}
    engine.state.pools["web"] = {"members": [100]}
    return engine


def grant(engine: Engine, path: str, role: str) -> None:
    engine.state.acls.append(
        {"path": path, "ugid": "alice@pve", "roleid": role, "type": "user", "propagate": 1}
    )


def call(engine: Engine, path: str, auth: str = ALICE, **params: Any) -> Reply:
    wire = {k: [str(v)] for k, v in params.items()}
    return engine.handle("GET", path, wire, authorization=auth)


def test_resources_come_pools_guests_nodes_storages() -> None:
    engine = Engine(task_seconds=0)
    engine.state.pools["web"] = {"members": [100]}
    kinds = [r["type"] for r in call(engine, "/cluster/resources", ROOT_TOKEN).data]
    order = ["pool", "qemu", "lxc", "node", "storage", "sdn", "network"]
    assert kinds == sorted(kinds, key=order.index)


def test_a_pool_needs_pool_audit_to_be_listed_or_named(engine: Engine) -> None:
    """``next if !$rpcenv->check($authuser, "/pool/$pool", ['Pool.Audit'], 1)``, and a guest's
    ``pool`` is deleted from its entry without Pool.Audit on that pool."""
    grant(engine, "/vms", "PVEAuditor")
    grant(engine, "/nodes", "NoAccess")
    grant(engine, "/storage", "NoAccess")
    listed = call(engine, "/cluster/resources").data
    assert not [r for r in listed if r["type"] == "pool"]
    vm = next(r for r in listed if r.get("vmid") == 100)
    assert "pool" not in vm


def test_nodes_are_listed_to_everyone_with_figures_for_auditors(engine: Engine) -> None:
    """``extract_node_stats($node, …, !$can_audit)``: without Sys.Audit a node shows its name,
    status and level only."""
    listed = call(engine, "/nodes").data
    assert [n["node"] for n in listed] == ["pve1", "pve2"]
    assert set(listed[0]) == {"node", "status", "type", "id", "level", "ssl_fingerprint"}
    grant(engine, "/nodes/pve1", "PVEAuditor")
    audited = {n["node"]: n for n in call(engine, "/nodes").data}
    assert {"maxcpu", "maxmem", "uptime"} <= set(audited["pve1"])
    assert "maxmem" not in audited["pve2"]


def test_a_pool_entry_sums_its_running_members(engine: Engine) -> None:
    assert (
        engine.handle(
            "POST", "/nodes/pve1/qemu/100/status/start", {}, authorization=ROOT_TOKEN
        ).status
        == 200
    )
    engine.advance()
    listed = call(engine, "/cluster/resources", ROOT_TOKEN).data
    pool = next(r for r in listed if r["type"] == "pool")
    vm = next(r for r in listed if r.get("vmid") == 100)
    assert (pool["maxmem"], pool["maxcpu"], pool["mem"]) == (vm["maxmem"], vm["maxcpu"], vm["mem"])


FINGERPRINT = re.compile(r"(?:[0-9A-F]{2}:){31}[0-9A-F]{2}")


def test_every_node_lists_its_certificate_fingerprint(engine: Engine) -> None:
    """``$entry->{ssl_fingerprint} = eval { PVE::Cluster::get_node_fingerprint($node) }`` for
    every node of the node list, online or not, audited or not: SHA-256 as Net::SSLeay's
    ``X509_get_fingerprint`` writes it (upper-case hex pairs joined by colons)."""
    engine.state.nodes["pve2"]["status"] = "offline"
    listed = {n["node"]: n["ssl_fingerprint"] for n in call(engine, "/nodes").data}
    assert set(listed) == {"pve1", "pve2"}
    assert all(FINGERPRINT.fullmatch(fp) for fp in listed.values())
    assert listed["pve1"] != listed["pve2"]
    again = {n["node"]: n["ssl_fingerprint"] for n in call(Engine(), "/nodes", ROOT_TOKEN).data}
    assert again == listed  # stable: the same node has the same certificate on every run


def test_the_node_the_server_answers_as_lists_the_served_certificate() -> None:
    served = ":".join(["AB"] * 32)
    engine = Engine(task_seconds=0, tls_fingerprint=served)
    listed = {n["node"]: n["ssl_fingerprint"] for n in call(engine, "/nodes", ROOT_TOKEN).data}
    assert listed["pve1"] == served and listed["pve2"] != served
