"""SDN zones in ``GET /cluster/resources`` as pve-manager lists them: per node, once applied,
``localnetwork`` always (PVE 8+), a zone's ``nodes`` respected, SDN.Audit needed; releases that
know ``network`` resources (9.1+) list zones as those."""

from __future__ import annotations

from typing import Any

import pytest

from pvesdk_server.engine import Engine, Reply

ROOT_TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"


def call(engine: Engine, method: str, url: str, token: str = ROOT_TOKEN, **params: Any) -> Reply:
    wire = {k: [str(v)] for k, v in params.items()}
    return engine.handle(method, url, wire, authorization=token)


def with_zones(version: str) -> Engine:
    engine = Engine(task_seconds=0, version=version)
    assert call(engine, "POST", "/cluster/sdn/zones", zone="lab", type="simple").status == 200
    only = call(engine, "POST", "/cluster/sdn/zones", zone="edge", type="simple", nodes="pve2")
    assert only.status == 200
    return engine


def sdn_entries(engine: Engine, token: str = ROOT_TOKEN, **params: Any) -> list[dict[str, Any]]:
    reply = call(engine, "GET", "/cluster/resources", token, **params)
    assert reply.status == 200, reply.reason
    return [r for r in reply.data if r["type"] in ("sdn", "network")]


def test_zones_appear_per_node_once_applied() -> None:
    engine = with_zones("8.4")
    assert {e["sdn"] for e in sdn_entries(engine, type="sdn")} == {"localnetwork"}
    call(engine, "PUT", "/cluster/sdn")
    entries = {e["id"]: e for e in sdn_entries(engine, type="sdn")}
    assert entries["sdn/pve1/lab"] == {
        "id": "sdn/pve1/lab",
        "type": "sdn",
        "sdn": "lab",
        "node": "pve1",
        "status": "available",
        "zone-type": "simple",
    }
    assert "sdn/pve2/edge" in entries and "sdn/pve1/edge" not in entries
    assert entries["sdn/pve2/localnetwork"]["status"] == "ok"


def test_another_type_filter_lists_no_zones() -> None:
    engine = with_zones("8.4")
    call(engine, "PUT", "/cluster/sdn")
    assert sdn_entries(engine, type="vm") == []


def test_zones_need_sdn_audit() -> None:
    engine = with_zones("8.4")
    call(engine, "PUT", "/cluster/sdn")
    engine.state.users["alice@pve"] = {"enable": 1}
    engine.state.tokens["alice@pve!t"] = {"value": "s", "privsep": 0}
    engine.state.acls.append(
        {"path": "/sdn/zones/lab", "ugid": "alice@pve", "roleid": "PVEAuditor", "type": "user"}
    )
    seen = {e["sdn"] for e in sdn_entries(engine, "PVEAPIToken=alice@pve!t=s")}
    assert seen == {"lab"}


@pytest.mark.parametrize("version", ["9.2"])
def test_newer_releases_list_zones_as_network_resources(version: str) -> None:
    engine = with_zones(version)
    call(engine, "PUT", "/cluster/sdn")
    entries = {e["id"]: e for e in sdn_entries(engine)}
    assert entries["network/pve1/zone/lab"] == {
        "id": "network/pve1/zone/lab",
        "type": "network",
        "network-type": "zone",
        "network": "lab",
        "node": "pve1",
        "status": "available",
        "zone-type": "simple",
    }
    assert sdn_entries(engine, type="sdn") == []
