# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /nodes/{node}/status``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesStatusGetResult",
]


class NodesStatusGetResult(PveModel):
    """Result object ``NodesStatusGetResult``."""

    insync: bool
    """Database is synced with other nodes."""

    time: int
    """Seconds since 1970-01-01 00:00:00 UTC."""

    uptime: int
    """The uptime of the system in seconds."""
