# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_replication`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.nodes_replication.nodes_node_replication_get import (
        NodesNodeReplicationGetResultItem,
    )
    from ..models.nodes_replication.nodes_replication_log_get import (
        NodesReplicationLogGetResultItem,
    )

_R0: Returns[list[NodesNodeReplicationGetResultItem]] = Returns(
    "list[NodesNodeReplicationGetResultItem]",
    "GET /nodes/{node}/replication",
    "models.nodes_replication.nodes_node_replication_get",
)
_R1: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/replication/{id}"
)
_R2: Returns[list[NodesReplicationLogGetResultItem]] = Returns(
    "list[NodesReplicationLogGetResultItem]",
    "GET /nodes/{node}/replication/{id}/log",
    "models.nodes_replication.nodes_replication_log_get",
)
_R3: Returns[str] = Returns("str", "POST /nodes/{node}/replication/{id}/schedule_now")
_R4: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /nodes/{node}/replication/{id}/status"
)


class NodesNodeReplication(AsyncPath):
    """``/nodes/{node}/replication`` (replication)

    ``GET``: List status of all replication jobs on this node."""

    __slots__ = ()

    def id(self, id: str) -> NodesNodeReplicationId:
        """Replication Job ID. The ID is composed of a Guest ID and a job number, separated by a hyphen, i.e. '<GUEST>-<JOBNUM>'."""
        return NodesNodeReplicationId(self._client, self._path + "/" + _segment(id))

    async def get(
        self,
        *,
        guest: int | None = None,
    ) -> list[NodesNodeReplicationGetResultItem]:
        """List status of all replication jobs on this node.

        Args:
            guest: Only list replication jobs for this guest.
                Range: 100 to 999999999.
                Format: ``pve-vmid``.

        Returns:
            ``list[NodesNodeReplicationGetResultItem]``

        Permissions:
            Requires the VM.Audit permission on /vms/<vmid>.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/replication`` (``status``)."""
        params = {
            "guest": guest,
        }
        return await self._client._call("GET", self._path, params, _R0)


class NodesNodeReplicationId(AsyncPath):
    """``/nodes/{node}/replication/{id}`` ({id})

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def log(self) -> NodesNodeReplicationIdLog:
        """Read replication job log."""
        return NodesNodeReplicationIdLog(self._client, self._path + "/log")

    @property
    def schedule_now(self) -> NodesNodeReplicationIdScheduleNow:
        """Schedule replication job to start as soon as possible."""
        return NodesNodeReplicationIdScheduleNow(self._client, self._path + "/schedule_now")

    @property
    def status(self) -> NodesNodeReplicationIdStatus:
        """Get replication job status."""
        return NodesNodeReplicationIdStatus(self._client, self._path + "/status")

    async def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/replication/{id}`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R1)


class NodesNodeReplicationIdLog(AsyncPath):
    """``/nodes/{node}/replication/{id}/log`` (log)

    ``GET``: Read replication job log."""

    __slots__ = ()

    async def get(
        self,
        *,
        limit: int | None = None,
        start: int | None = None,
    ) -> list[NodesReplicationLogGetResultItem]:
        """Read replication job log.

        Args:
            limit: (no description in the schema)
                Range: 0 to inf.
            start: (no description in the schema)
                Range: 0 to inf.

        Returns:
            ``list[NodesReplicationLogGetResultItem]``

        Permissions:
            Requires the VM.Audit permission on /vms/<vmid>, or 'Sys.Audit' on '/nodes/<node>'
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/replication/{id}/log`` (``read_job_log``)."""
        params = {
            "limit": limit,
            "start": start,
        }
        return await self._client._call("GET", self._path, params, _R2)


class NodesNodeReplicationIdScheduleNow(AsyncPath):
    """``/nodes/{node}/replication/{id}/schedule_now`` (schedule_now)

    ``POST``: Schedule replication job to start as soon as possible."""

    __slots__ = ()

    async def post(self) -> str:
        """Schedule replication job to start as soon as possible.

        Returns:
            ``str``

        Permissions:
            Requires the VM.Replicate permission on /vms/<vmid>.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/replication/{id}/schedule_now`` (``schedule_now``)."""
        return await self._client._call("POST", self._path, {}, _R3)


class NodesNodeReplicationIdStatus(AsyncPath):
    """``/nodes/{node}/replication/{id}/status`` (status)

    ``GET``: Get replication job status."""

    __slots__ = ()

    async def get(self) -> dict[str, Any]:
        """Get replication job status.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Requires the VM.Audit permission on /vms/<vmid>.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/replication/{id}/status`` (``job_status``)."""
        return await self._client._call("GET", self._path, {}, _R4)
