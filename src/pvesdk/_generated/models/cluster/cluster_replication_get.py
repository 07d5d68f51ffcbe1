# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/replication``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "ClusterReplicationGetResultItem",
]


class ClusterReplicationGetResultItem(PveModel):
    """Result object ``ClusterReplicationGetResultItem``."""

    guest: int
    """Guest ID."""

    id: str
    """Replication Job ID. The ID is composed of a Guest ID and a job number, separated by a hyphen, i.e. '<GUEST>-<JOBNUM>'."""

    jobnum: int
    """Unique, sequential ID assigned to each job."""

    target: str
    """Target node."""

    type: Literal["local"] | str
    """Section type."""

    comment: str | None = None
    """Description."""

    disable: bool | None = None
    """Flag to disable/deactivate the entry."""

    rate: float | None = None
    """Rate limit in mbps (megabytes per second) as floating point number."""

    remove_job: Literal["local", "full"] | str | None = None
    """Mark the replication job for removal. The job will remove all local replication snapshots. When set to 'full', it also tries to remove replicated volumes on the target. The job then removes itself from the configuration file."""

    schedule: str | None = None
    """Storage replication schedule. The format is a subset of `systemd` calendar events."""

    source: str | None = None
    """For internal use, to detect if the guest was stolen."""
