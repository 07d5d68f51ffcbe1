# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/ceph/pool``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any, Literal

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeCephPoolGetResultItem",
]


class NodesNodeCephPoolGetResultItem(PveModel):
    """Result object ``NodesNodeCephPoolGetResultItem``."""

    crush_rule: int
    """Numeric id of the CRUSH rule used by this pool."""

    min_size: int
    """Minimum number of replicas required to accept writes."""

    pg_num: int
    """Current placement-group count."""

    pool: int
    """Numeric pool id assigned by Ceph."""

    pool_name: str
    """Operator-visible name of the pool."""

    size: int
    """Replication factor (target number of object replicas)."""

    type: Literal["replicated", "erasure", "unknown"] | str
    """Pool type: 'replicated' for n-way replication, 'erasure' for an erasure-coded pool, 'unknown' for types PVE does not yet map."""

    application_metadata: dict[str, Any] | None = None
    """Application tags attached to the pool (mapping of application name to its metadata object)."""

    autoscale_status: dict[str, Any] | None = None
    """Raw pg_autoscaler status object for this pool; shape varies between Ceph releases."""

    bytes_used: int | None = None
    """Bytes currently used in the pool; absent if no usage statistics are reported."""

    crush_rule_name: str | None = None
    """Human-readable name of the CRUSH rule used by this pool; absent if the rule id is not in the current CRUSH map."""

    percent_used: float | None = None
    """Percentage of pool capacity currently used; absent if no usage statistics are reported."""

    pg_autoscale_mode: str | None = None
    """Placement-group autoscaler mode ('on', 'warn' or 'off')."""

    pg_num_final: int | None = None
    """Optimal placement-group count computed by pg_autoscaler."""

    pg_num_min: int | None = None
    """Minimum placement-group count the pg_autoscaler may choose."""

    target_size: int | None = None
    """Operator-supplied target size in bytes; hints the pg_autoscaler."""

    target_size_ratio: float | None = None
    """Operator-supplied target ratio of total pool capacity; hints the pg_autoscaler."""
