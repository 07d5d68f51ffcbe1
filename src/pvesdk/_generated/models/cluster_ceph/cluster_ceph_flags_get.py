# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/ceph/flags``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "ClusterCephFlagsGetResultItem",
]


class ClusterCephFlagsGetResultItem(PveModel):
    """Result object ``ClusterCephFlagsGetResultItem``."""

    description: str
    """Flag description."""

    name: (
        Literal[
            "nobackfill",
            "nodeep-scrub",
            "nodown",
            "noin",
            "noout",
            "norebalance",
            "norecover",
            "noscrub",
            "notieragent",
            "noup",
            "pause",
        ]
        | str
    )
    """Flag name."""

    value: bool
    """Flag value."""
