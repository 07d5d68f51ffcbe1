"""A GET never changes the cluster: every read operation of the spec, with the seed's names in
its path, leaves ``/pvesdk/snapshot`` as it was (answered or refused)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from pvesdk import PveClient
from pvesdk.transport import Request
from pvesdk_server.engine.spec import load_spec

SEED_VALUES = {"node": "pve1", "vmid": "100", "storage": "local", "userid": "root@pam"}


def read_paths() -> list[str]:
    paths = []
    for path, item in load_spec()["paths"].items():
        if "get" in item:
            paths.append(re.sub(r"\{(\w+)\}", lambda m: SEED_VALUES.get(m[1], "x"), path))
    return paths


def lasting(client: PveClient) -> dict[str, Any]:
    state = client.transport.engine.snapshot()  # type: ignore[attr-defined]
    return {k: v for k, v in state.items() if k not in ("tasks", "counter")}


def test_there_are_reads_to_check() -> None:
    assert len(read_paths()) > 300


@pytest.mark.parametrize("chunk", range(4))
def test_reads_leave_the_cluster_as_it_was(chunk: int) -> None:
    client = PveClient.mock()
    changed = []
    for path in read_paths()[chunk::4]:
        before = lasting(client)
        answer = client.transport.handle_request(Request("GET", path))
        if lasting(client) != before:
            changed.append(f"GET {path} ({answer.status})")
    assert changed == []
