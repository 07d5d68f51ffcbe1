"""HA rules that cannot be satisfied together, as pve-ha-manager's ``check_feasibility`` finds
them: the written rule is refused (``Rule 'x' is invalid.``), the list names each rule's
``errors``."""

from __future__ import annotations

from typing import Any

import pytest

from pvesdk_server.engine import Engine, Reply

ROOT_TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"


def call(engine: Engine, method: str, url: str, **params: Any) -> Reply:
    wire = {k: [str(v)] for k, v in params.items()}
    return engine.handle(method, url, wire, authorization=ROOT_TOKEN)


@pytest.fixture
def engine() -> Engine:
    engine = Engine(task_seconds=0)
    for vmid in (101, 102, 103):
        assert call(engine, "POST", "/nodes/pve1/qemu", vmid=vmid).status == 200
    for sid in ("vm:100", "vm:101", "vm:102", "vm:103"):
        assert call(engine, "POST", "/cluster/ha/resources", sid=sid).status == 200
    return engine


def rule(engine: Engine, name: str, kind: str, resources: str, **more: Any) -> Reply:
    return call(
        engine, "POST", "/cluster/ha/rules", rule=name, type=kind, resources=resources, **more
    )


def test_a_resource_in_two_node_affinity_rules_is_refused(engine: Engine) -> None:
    assert rule(engine, "ra", "node-affinity", "vm:100", nodes="pve1").status == 200
    reply = rule(engine, "rb", "node-affinity", "vm:100,vm:101", nodes="pve2")
    assert (reply.status, reply.reason) == (
        500,
        "create ha rule failed: Rule 'rb' is invalid. resources: resource 'vm:100' is already "
        "used in another node affinity rule",
    )
    assert "rb" not in engine.state.ha["rules"]


def test_a_resource_affinity_rule_needs_two_resources(engine: Engine) -> None:
    reply = rule(engine, "solo", "resource-affinity", "vm:100", affinity="positive")
    assert reply.status == 500
    assert reply.reason.endswith("rule is ineffective as there are less than two resources")


def test_a_negative_rule_cannot_separate_more_resources_than_nodes(engine: Engine) -> None:
    reply = rule(engine, "apart", "resource-affinity", "vm:100,vm:101,vm:102", affinity="negative")
    assert reply.reason.endswith("rule defines more resources than available nodes")
    assert (
        rule(engine, "apart", "resource-affinity", "vm:100,vm:101", affinity="negative").status
        == 200
    )


def test_positive_and_negative_rules_on_the_same_pair_contradict(engine: Engine) -> None:
    assert (
        rule(engine, "together", "resource-affinity", "vm:100,vm:101", affinity="positive").status
        == 200
    )
    # the positive rules sharing vm:101 act as one set: vm:100, vm:101, vm:102
    assert (
        rule(engine, "more", "resource-affinity", "vm:101,vm:102", affinity="positive").status
        == 200
    )
    reply = rule(engine, "apart", "resource-affinity", "vm:100,vm:102", affinity="negative")
    assert reply.reason.endswith(
        "rule shares two or more resources with a positive resource affinity rule"
    )


def test_a_disabled_rule_takes_no_part_and_the_list_shows_errors(engine: Engine) -> None:
    assert rule(engine, "ra", "node-affinity", "vm:100", nodes="pve1").status == 200
    assert rule(engine, "rb", "node-affinity", "vm:100", nodes="pve2", disable=1).status == 200
    enable = call(engine, "PUT", "/cluster/ha/rules/rb", type="node-affinity", delete="disable")
    assert enable.reason.startswith("update ha rule failed: Rule 'rb' is invalid.")
    assert engine.state.ha["rules"]["rb"]["disable"] == 1
    engine.state.ha["rules"]["rb"].pop("disable")  # as if rules.cfg were edited by hand
    listed = {r["rule"]: r for r in call(engine, "GET", "/cluster/ha/rules").data}
    assert listed["ra"]["errors"] == {
        "resources": ["resource 'vm:100' is already used in another node affinity rule"]
    }
    assert call(engine, "GET", "/cluster/ha/rules/rb").data["errors"] == listed["ra"]["errors"]
