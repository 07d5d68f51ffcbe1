# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/lxc/{vmid}/migrate``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesLxcMigrateGetResult",
    "NodesLxcMigrateGetResultNotAllowedNodes",
    "NodesLxcMigrateGetResultNotAllowedNodesBlockingHaResourcesItem",
]


class NodesLxcMigrateGetResult(PveModel):
    """Result object ``NodesLxcMigrateGetResult``."""

    running: bool
    """Determines if the container is running."""

    allowed_nodes: list[str] | None = Field(default=None, alias="allowed-nodes")
    """List of nodes allowed for migration."""

    dependent_ha_resources: list[str] | None = Field(default=None, alias="dependent-ha-resources")
    """HA resources, which will be migrated to the same target node as the VM, because these are in positive affinity with the VM."""

    not_allowed_nodes: NodesLxcMigrateGetResultNotAllowedNodes | None = Field(
        default=None, alias="not-allowed-nodes"
    )
    """List of not allowed nodes with additional information."""


class NodesLxcMigrateGetResultNotAllowedNodes(PveModel):
    """List of not allowed nodes with additional information."""

    blocking_ha_resources: (
        list[NodesLxcMigrateGetResultNotAllowedNodesBlockingHaResourcesItem] | None
    ) = Field(default=None, alias="blocking-ha-resources")
    """HA resources, which are blocking the container from being migrated to the node."""


class NodesLxcMigrateGetResultNotAllowedNodesBlockingHaResourcesItem(PveModel):
    """A blocking HA resource"""

    cause: Literal["node-affinity", "resource-affinity"] | str
    """The reason why the HA resource is blocking the migration."""

    sid: str
    """The blocking HA resource id"""
