# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/tasks/{upid}/status``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "NodesTasksStatusGetResult",
]


class NodesTasksStatusGetResult(PveModel):
    """Result object ``NodesTasksStatusGetResult``."""

    id: str

    node: str

    pid: int

    pstart: int

    starttime: int

    status: Literal["running", "stopped"] | str

    type: str

    upid: str

    user: str

    exitstatus: str | None = None
