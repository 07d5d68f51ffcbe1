# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/time``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesTimeGetResult",
]


class NodesTimeGetResult(PveModel):
    """Result object ``NodesTimeGetResult``."""

    localtime: int
    """Seconds since 1970-01-01 00:00:00 (local time)"""

    time: int
    """Seconds since 1970-01-01 00:00:00 UTC."""

    timezone: str
    """Time zone"""
