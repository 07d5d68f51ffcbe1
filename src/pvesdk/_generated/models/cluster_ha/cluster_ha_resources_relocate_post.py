# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``POST /cluster/ha/resources/{sid}/relocate``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterHaResourcesRelocatePostResult",
    "ClusterHaResourcesRelocatePostResultBlockingResourcesItem",
]


class ClusterHaResourcesRelocatePostResult(PveModel):
    """Result object ``ClusterHaResourcesRelocatePostResult``."""

    requested_node: str = Field(alias="requested-node")
    """Node, which was requested to be relocated to."""

    sid: str
    """HA resource, which is requested to be relocated."""

    blocking_resources: list[ClusterHaResourcesRelocatePostResultBlockingResourcesItem] | None = (
        Field(default=None, alias="blocking-resources")
    )
    """HA resources, which are blocking the given HA resource from being relocated to the requested target node."""

    comigrated_resources: list[str] | None = Field(default=None, alias="comigrated-resources")
    """HA resources, which are relocated to the same requested target node as the given HA resource, because these are in positive affinity with the HA resource."""


class ClusterHaResourcesRelocatePostResultBlockingResourcesItem(PveModel):
    """A blocking HA resource"""

    cause: Literal["node-affinity", "resource-affinity"] | str
    """The reason why the HA resource is blocking the relocation."""

    sid: str
    """The blocking HA resource id"""
