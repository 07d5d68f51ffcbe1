# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
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
    """Node status."""

    cpu: float | None = None
    """CPU utilization."""

    level: str | None = None
    """Support level."""

    maxcpu: int | None = None
    """Number of available CPUs."""

    maxmem: int | None = None
    """Number of available memory in bytes."""

    mem: int | None = None
    """Used memory in bytes."""

    ssl_fingerprint: str | None = None
    """The SSL fingerprint for the node certificate."""

    uptime: int | None = None
    """Node uptime in seconds."""
