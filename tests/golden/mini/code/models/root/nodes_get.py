# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/0.0/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 0.0`.
"""Result models of ``GET /nodes``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "NodesGetResultItem",
]


class NodesGetResultItem(PveModel):
    """Result object ``NodesGetResultItem``."""

    node: str
    """The cluster node name."""

    status: Literal["unknown", "online", "offline"] | str

    maxcpu: int | None = None

    cpu: float | None = None
