# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/ceph/osd``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeCephOsdGetResult",
]


class NodesNodeCephOsdGetResult(PveModel):
    """Result object ``NodesNodeCephOsdGetResult``."""

    root: dict[str, Any]
    """Top-level CRUSH bucket; recursive structure with 'children' lists holding nested buckets and OSD leaves. Per-node properties (status, weight, in, usage, latencies, etc.) vary by node type and are not statically typed here."""

    flags: str | None = None
    """Comma-joined list of currently-set OSD flags; absent when no flags are set on the cluster."""
