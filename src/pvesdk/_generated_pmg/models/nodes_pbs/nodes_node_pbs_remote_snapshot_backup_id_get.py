# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /nodes/{node}/pbs/{remote}/snapshot/{backup-id}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesNodePbsRemoteSnapshotBackupIdGetResultItem",
]


class NodesNodePbsRemoteSnapshotBackupIdGetResultItem(PveModel):
    """Result object ``NodesNodePbsRemoteSnapshotBackupIdGetResultItem``."""

    backup_id: str = Field(alias="backup-id")

    backup_time: str = Field(alias="backup-time")

    ctime: str

    size: int
