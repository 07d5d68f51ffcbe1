# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/metrics/server``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "ClusterMetricsServerGetResultItem",
]


class ClusterMetricsServerGetResultItem(PveModel):
    """Result object ``ClusterMetricsServerGetResultItem``."""

    disable: bool
    """Flag to disable the plugin."""

    id: str
    """The ID of the entry."""

    port: int
    """Server network port"""

    server: str
    """Server dns name or IP address"""

    type: str
    """Plugin type."""
