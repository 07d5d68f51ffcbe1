# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``POST /cluster/ha/resources/{sid}/migrate``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterHaResourcesMigratePostResult",
    "ClusterHaResourcesMigratePostResultBlockingResourcesItem",
]


class ClusterHaResourcesMigratePostResult(PveModel):
    """Result object ``ClusterHaResourcesMigratePostResult``."""

    requested_node: str = Field(alias="requested-node")
    """Node, which was requested to be migrated to."""

    sid: str
    """HA resource, which is requested to be migrated."""

    blocking_resources: list[ClusterHaResourcesMigratePostResultBlockingResourcesItem] | None = (
        Field(default=None, alias="blocking-resources")
    )
    """HA resources, which are blocking the given HA resource from being migrated to the requested target node."""

    comigrated_resources: list[Any] | None = Field(default=None, alias="comigrated-resources")
    """HA resources, which are migrated to the same requested target node as the given HA resource, because these are in positive affinity with the HA resource."""


class ClusterHaResourcesMigratePostResultBlockingResourcesItem(PveModel):
    """A blocking HA resource"""

    cause: Literal["node-affinity", "resource-affinity"] | str
    """The reason why the HA resource is blocking the migration."""

    sid: str
    """The blocking HA resource id"""
