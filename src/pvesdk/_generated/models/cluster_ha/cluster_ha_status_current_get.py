# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/ha/status/current``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterHaStatusCurrentGetResultItem",
]


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
