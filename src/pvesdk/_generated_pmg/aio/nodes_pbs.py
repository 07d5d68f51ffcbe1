# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``nodes_pbs`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import bind_async_task as _task
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import AsyncTask

    from ..models.nodes_pbs.nodes_node_pbs_get import NodesNodePbsGetResultItem
    from ..models.nodes_pbs.nodes_node_pbs_remote_get import (
        NodesNodePbsRemoteGetResultItem,
    )
    from ..models.nodes_pbs.nodes_node_pbs_remote_snapshot_backup_id_get import (
        NodesNodePbsRemoteSnapshotBackupIdGetResultItem,
    )
    from ..models.nodes_pbs.nodes_node_pbs_remote_snapshot_get import (
        NodesNodePbsRemoteSnapshotGetResultItem,
    )
    from ..models.nodes_pbs.nodes_pbs_timer_get import NodesPbsTimerGetResult

_R0: Returns[list[NodesNodePbsGetResultItem]] = Returns(
    "list[NodesNodePbsGetResultItem]",
    "GET /nodes/{node}/pbs",
    "models.nodes_pbs.nodes_node_pbs_get",
    package="pvesdk._generated_pmg",
)
_R1: Returns[list[NodesNodePbsRemoteGetResultItem]] = Returns(
    "list[NodesNodePbsRemoteGetResultItem]",
    "GET /nodes/{node}/pbs/{remote}",
    "models.nodes_pbs.nodes_node_pbs_remote_get",
    package="pvesdk._generated_pmg",
)
_R2: Returns[list[NodesNodePbsRemoteSnapshotGetResultItem]] = Returns(
    "list[NodesNodePbsRemoteSnapshotGetResultItem]",
    "GET /nodes/{node}/pbs/{remote}/snapshot",
    "models.nodes_pbs.nodes_node_pbs_remote_snapshot_get",
    package="pvesdk._generated_pmg",
)
_R3: Returns[str] = Returns(
    "str", "POST /nodes/{node}/pbs/{remote}/snapshot", package="pvesdk._generated_pmg"
)
_R4: Returns[list[NodesNodePbsRemoteSnapshotBackupIdGetResultItem]] = Returns(
    "list[NodesNodePbsRemoteSnapshotBackupIdGetResultItem]",
    "GET /nodes/{node}/pbs/{remote}/snapshot/{backup-id}",
    "models.nodes_pbs.nodes_node_pbs_remote_snapshot_backup_id_get",
    package="pvesdk._generated_pmg",
)
_R5: Returns[str] = Returns(
    "str",
    "POST /nodes/{node}/pbs/{remote}/snapshot/{backup-id}/{backup-time}",
    package="pvesdk._generated_pmg",
)
_R6: Returns[None] = Returns(
    "None",
    "DELETE /nodes/{node}/pbs/{remote}/snapshot/{backup-id}/{backup-time}",
    package="pvesdk._generated_pmg",
)
_R7: Returns[NodesPbsTimerGetResult] = Returns(
    "NodesPbsTimerGetResult",
    "GET /nodes/{node}/pbs/{remote}/timer",
    "models.nodes_pbs.nodes_pbs_timer_get",
    package="pvesdk._generated_pmg",
)
_R8: Returns[None] = Returns(
    "None", "POST /nodes/{node}/pbs/{remote}/timer", package="pvesdk._generated_pmg"
)
_R9: Returns[None] = Returns(
    "None", "DELETE /nodes/{node}/pbs/{remote}/timer", package="pvesdk._generated_pmg"
)


class NodesNodePbs(AsyncPath):
    """``/nodes/{node}/pbs`` (pbs)

    ``GET``: List all configured Proxmox Backup Server jobs."""

    __slots__ = ()

    def remote(self, remote: str) -> NodesNodePbsRemote:
        """Proxmox Backup Server ID."""
        return NodesNodePbsRemote(self._client, self._path + "/" + _segment(remote))

    async def get(self) -> list[NodesNodePbsGetResultItem]:
        """List all configured Proxmox Backup Server jobs.

        Returns:
            ``list[NodesNodePbsGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/pbs`` (``list``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class NodesNodePbsRemote(AsyncPath):
    """``/nodes/{node}/pbs/{remote}`` ({remote})

    ``GET``: Backup Job index."""

    __slots__ = ()

    @property
    def snapshot(self) -> NodesNodePbsRemoteSnapshot:
        """Get snapshots stored on remote."""
        return NodesNodePbsRemoteSnapshot(self._client, self._path + "/snapshot")

    @property
    def timer(self) -> NodesNodePbsRemoteTimer:
        """Get timer specification"""
        return NodesNodePbsRemoteTimer(self._client, self._path + "/timer")

    async def get(self) -> list[NodesNodePbsRemoteGetResultItem]:
        """Backup Job index.

        Returns:
            ``list[NodesNodePbsRemoteGetResultItem]``

        Proxmox: ``GET /nodes/{node}/pbs/{remote}`` (``remote_index``)."""
        return await self._client._call("GET", self._path, {}, _R1)


class NodesNodePbsRemoteSnapshot(AsyncPath):
    """``/nodes/{node}/pbs/{remote}/snapshot`` (snapshot)

    ``GET``: Get snapshots stored on remote.
    ``POST``: Create a new backup and prune the backup group afterwards, if configured."""

    __slots__ = ()

    def backup_id(self, backup_id: str) -> NodesNodePbsRemoteSnapshotBackupId:
        """ID (hostname) of backup snapshot"""
        return NodesNodePbsRemoteSnapshotBackupId(
            self._client, self._path + "/" + _segment(backup_id)
        )

    async def get(self) -> list[NodesNodePbsRemoteSnapshotGetResultItem]:
        """Get snapshots stored on remote.

        Returns:
            ``list[NodesNodePbsRemoteSnapshotGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/pbs/{remote}/snapshot`` (``get_snapshots``)."""
        return await self._client._call("GET", self._path, {}, _R2)

    async def post(self) -> AsyncTask:
        """Create a new backup and prune the backup group afterwards, if configured.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/pbs/{remote}/snapshot`` (``run_backup``)."""
        return _task(await self._client._call("POST", self._path, {}, _R3), self._client)


class NodesNodePbsRemoteSnapshotBackupId(AsyncPath):
    """``/nodes/{node}/pbs/{remote}/snapshot/{backup-id}`` ({backup-id})

    ``GET``: Get snapshots from a specific ID stored on remote."""

    __slots__ = ()

    def backup_time(self, backup_time: str) -> NodesNodePbsRemoteSnapshotBackupIdBackupTime:
        """backup-time to restore"""
        return NodesNodePbsRemoteSnapshotBackupIdBackupTime(
            self._client, self._path + "/" + _segment(backup_time)
        )

    async def get(self) -> list[NodesNodePbsRemoteSnapshotBackupIdGetResultItem]:
        """Get snapshots from a specific ID stored on remote.

        Returns:
            ``list[NodesNodePbsRemoteSnapshotBackupIdGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/pbs/{remote}/snapshot/{backup-id}`` (``get_group_snapshots``)."""
        return await self._client._call("GET", self._path, {}, _R4)


class NodesNodePbsRemoteSnapshotBackupIdBackupTime(AsyncPath):
    """``/nodes/{node}/pbs/{remote}/snapshot/{backup-id}/{backup-time}`` ({backup-time})

    ``POST``: Restore the system configuration.
    ``DELETE``: Forget a snapshot"""

    __slots__ = ()

    async def post(
        self,
        *,
        config: bool | None = None,
        database: bool | None = None,
        statistic: bool | None = None,
    ) -> AsyncTask:
        """Restore the system configuration.

        Args:
            config: Restore system configuration.
                Default: ``0``.
            database: Restore the rule database. This is the default.
                Default: ``1``.
            statistic: Restore statistic databases. Only considered when you restore the 'database'.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/pbs/{remote}/snapshot/{backup-id}/{backup-time}`` (``restore``)."""
        params = {
            "config": config,
            "database": database,
            "statistic": statistic,
        }
        return _task(await self._client._call("POST", self._path, params, _R5), self._client)

    async def delete(self) -> None:
        """Forget a snapshot

        Returns:
            ``None``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/pbs/{remote}/snapshot/{backup-id}/{backup-time}`` (``forget_snapshot``)."""
        return await self._client._call("DELETE", self._path, {}, _R6)


class NodesNodePbsRemoteTimer(AsyncPath):
    """``/nodes/{node}/pbs/{remote}/timer`` (timer)

    ``GET``: Get timer specification
    ``POST``: Create backup schedule
    ``DELETE``: Delete backup schedule"""

    __slots__ = ()

    async def get(self) -> NodesPbsTimerGetResult:
        """Get timer specification

        Returns:
            ``NodesPbsTimerGetResult``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/pbs/{remote}/timer`` (``list_timer``)."""
        return await self._client._call("GET", self._path, {}, _R7)

    async def post(
        self,
        *,
        delay: str | None = None,
        schedule: str | None = None,
    ) -> None:
        """Create backup schedule

        Args:
            delay: Randomized delay to add to the starttime (RandomizedDelaySec setting of the systemd.timer)
                Pattern: ``^[0-9a-zA-Z. ]+$``.
                Default: ``5min``.
            schedule: Schedule for the backup (OnCalendar setting of the systemd.timer)
                Pattern: ``^[0-9a-zA-Z*.:,\\-/ ]+$``.
                Default: ``daily``.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/pbs/{remote}/timer`` (``create_timer``)."""
        params = {
            "delay": delay,
            "schedule": schedule,
        }
        return await self._client._call("POST", self._path, params, _R8)

    async def delete(self) -> None:
        """Delete backup schedule

        Returns:
            ``None``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/pbs/{remote}/timer`` (``delete_timer``)."""
        return await self._client._call("DELETE", self._path, {}, _R9)
