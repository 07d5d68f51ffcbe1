# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/ha/resources/{sid}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterHaResourcesSidGetResult",
]


class ClusterHaResourcesSidGetResult(PveModel):
    """Result object ``ClusterHaResourcesSidGetResult``."""

    digest: str
    """Can be used to prevent concurrent modifications."""

    sid: str
    """HA resource ID. This consists of a resource type followed by a resource specific name, separated with colon (example: vm:100 / ct:100). For virtual machines and containers, you can simply use the VM or CT id as a shortcut (example: 100)."""

    type: str
    """The type of the resources."""

    auto_rebalance: bool | None = Field(default=None, alias="auto-rebalance")
    """HA resource may be migrated during automatic rebalancing."""

    comment: str | None = None
    """Description."""

    failback: bool | None = None
    """The HA resource is automatically migrated to the node with the highest priority according to their node affinity rule, if a node with a higher priority than the current node comes online."""

    group: str | None = None
    """The HA group identifier."""

    max_relocate: int | None = None
    """Maximal number of service relocate tries when a service fails to start."""

    max_restart: int | None = None
    """Maximal number of tries to restart the service on a node after its start failed."""

    state: Literal["started", "stopped", "enabled", "disabled", "ignored"] | str | None = None
    """Requested resource state."""
