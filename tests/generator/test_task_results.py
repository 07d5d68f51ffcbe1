"""Which operations the IR treats as answering a task's UPID (the schema never says so)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from pvesdk_gen.ir.build import _answers_upid
from pvesdk_gen.overrides import not_tasks

from ..conftest import ROOT


def op(data: dict[str, Any]) -> dict[str, Any]:
    schema = {"type": "object", "properties": {"data": data}}
    return {"responses": {"200": {"content": {"application/json": {"schema": schema}}}}}


@pytest.mark.parametrize(
    ("method", "data", "task"),
    [
        ("post", {"type": "string"}, True),
        ("delete", {"type": "string", "description": "the task ID."}, True),
        ("post", {"type": "string", "description": "UPID of the worker"}, True),
        ("post", {"type": "string", "description": "Worker Task-UPID"}, True),
        ("get", {"type": "string"}, False),
        ("post", {"type": "string", "description": "Volume identifier"}, False),
        ("post", {"type": "string", "format": "mac-addr"}, False),
        ("post", {"type": "object"}, False),
        ("put", {"type": "null"}, False),
    ],
)
def test_a_write_answering_a_bare_or_task_described_string_is_a_task(
    method: str, data: dict[str, Any], task: bool
) -> None:
    assert _answers_upid("/x", method, op(data), set()) is task


def test_writes_listed_as_not_tasks_keep_their_string() -> None:
    plain = not_tasks("pve")
    assert "POST /nodes/{node}/qemu/{vmid}/monitor" in plain
    assert not _answers_upid("/nodes/{node}/qemu/{vmid}/monitor", "post", op({"type": "string"}),
                             plain)  # fmt: skip


def test_every_not_tasks_entry_says_why() -> None:
    data = json.loads((ROOT / "generator/pvesdk_gen/data/overrides-pve.json").read_text())
    assert data["not-tasks"] and all(entry.get("why") for entry in data["not-tasks"])
