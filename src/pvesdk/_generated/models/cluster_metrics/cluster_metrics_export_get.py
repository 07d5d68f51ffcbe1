# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/metrics/export``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "ClusterMetricsExportGetResult",
    "ClusterMetricsExportGetResultDataItem",
]


class ClusterMetricsExportGetResult(PveModel):
    """Result object ``ClusterMetricsExportGetResult``."""

    data: list[ClusterMetricsExportGetResultDataItem]
    """Array of system metrics. Metrics are sorted by their timestamp."""


class ClusterMetricsExportGetResultDataItem(PveModel):
    """Result object ``ClusterMetricsExportGetResultDataItem``."""

    id: str
    """Unique identifier for this metric object, for instance 'node/<nodename>' or 'qemu/<vmid>'."""

    metric: str
    """Name of the metric."""

    timestamp: int
    """Time at which this metric was observed"""

    type: Literal["gauge", "counter", "derive"] | str
    """Type of the metric."""

    value: float
    """Metric value."""
