"""A refused request changes nothing, not even the empty configuration a read creates."""

from __future__ import annotations

from pvesdk_server.engine import Engine

ROOT_TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"


def test_a_refused_firewall_request_leaves_no_trace_in_the_state() -> None:
    # Reading a scope made its (empty) config; a snapshot must not show it (found by the fuzz).
    engine = Engine(task_seconds=0)
    before = engine.snapshot()
    reply = engine.handle(
        "DELETE", "/cluster/firewall/aliases/nosuch", {"digest": ["7"]}, authorization=ROOT_TOKEN
    )
    assert reply.status != 200
    assert engine.snapshot()["firewall"] == before["firewall"] == {}
