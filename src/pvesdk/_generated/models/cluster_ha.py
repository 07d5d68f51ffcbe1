# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``cluster_ha``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterHaGetResultItem",
    "ClusterHaGroupsGetResultItem",
    "ClusterHaResourcesGetResultItem",
    "ClusterHaResourcesMigratePostResult",
    "ClusterHaResourcesMigratePostResultBlockingResourcesItem",
    "ClusterHaResourcesRelocatePostResult",
    "ClusterHaResourcesRelocatePostResultBlockingResourcesItem",
    "ClusterHaResourcesSidGetResult",
    "ClusterHaRulesGetResultItem",
    "ClusterHaRulesRuleGetResult",
    "ClusterHaStatusCurrentGetResultItem",
]


class ClusterHaGetResultItem(PveModel):
    """Result object ``ClusterHaGetResultItem``."""

    id: str


class ClusterHaGroupsGetResultItem(PveModel):
    """Result object ``ClusterHaGroupsGetResultItem``."""

    group: str


class ClusterHaResourcesGetResultItem(PveModel):
    """Result object ``ClusterHaResourcesGetResultItem``."""

    sid: str


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


class ClusterHaRulesGetResultItem(PveModel):
    """Result object ``ClusterHaRulesGetResultItem``."""

    rule: str


class ClusterHaRulesRuleGetResult(PveModel):
    """Result object ``ClusterHaRulesRuleGetResult``."""

    rule: str
    """HA rule identifier."""

    type: Literal["node-affinity", "resource-affinity"] | str
    """HA rule type."""


class ClusterHaStatusCurrentGetResultItem(PveModel):
    """Result object ``ClusterHaStatusCurrentGetResultItem``."""

    id: str
    """Status entry ID (quorum, master, lrm:<node>, service:<sid>)."""

    node: str
    """Node associated to status entry."""

    status: str
    """Status of the entry (value depends on type)."""

    type: Literal["quorum", "master", "lrm", "service", "fencing"] | str
    """Type of status entry."""

    armed_state: Literal["armed", "standby", "disarming", "disarmed"] | str | None = Field(
        default=None, alias="armed-state"
    )
    """For type 'fencing'. Whether HA is armed, on standby, disarming or disarmed."""

    auto_rebalance: bool | None = Field(default=None, alias="auto-rebalance")
    """HA resource may be migrated during automatic rebalancing."""

    crm_state: str | None = None
    """For type 'service'. Service state as seen by the CRM."""

    failback: bool | None = None
    """The HA resource is automatically migrated to the node with the highest priority according to their node affinity rule, if a node with a higher priority than the current node comes online."""

    max_relocate: int | None = None
    """For type 'service'."""

    max_restart: int | None = None
    """For type 'service'."""

    quorate: bool | None = None
    """For type 'quorum'. Whether the cluster is quorate or not."""

    request_state: str | None = None
    """For type 'service'. Requested service state."""

    resource_mode: Literal["freeze", "ignore"] | str | None = None
    """For type 'fencing'. How resources are handled while disarmed."""

    sid: str | None = None
    """For type 'service'. Service ID."""

    state: str | None = None
    """For type 'service'. Verbose service state."""

    timestamp: int | None = None
    """For type 'lrm','master'. Timestamp of the status information."""
