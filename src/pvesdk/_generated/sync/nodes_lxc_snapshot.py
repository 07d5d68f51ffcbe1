# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_lxc_snapshot`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import bind_task as _task
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import Task

    from ..models.nodes_lxc_snapshot.nodes_node_lxc_vmid_snapshot_get import (
        NodesNodeLxcVmidSnapshotGetResultItem,
    )

_R0: Returns[list[NodesNodeLxcVmidSnapshotGetResultItem]] = Returns(
    "list[NodesNodeLxcVmidSnapshotGetResultItem]",
    "GET /nodes/{node}/lxc/{vmid}/snapshot",
    "models.nodes_lxc_snapshot.nodes_node_lxc_vmid_snapshot_get",
)
_R1: Returns[str] = Returns("str", "POST /nodes/{node}/lxc/{vmid}/snapshot")
_R2: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/lxc/{vmid}/snapshot/{snapname}"
)
_R3: Returns[str] = Returns("str", "DELETE /nodes/{node}/lxc/{vmid}/snapshot/{snapname}")
_R4: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /nodes/{node}/lxc/{vmid}/snapshot/{snapname}/config"
)
_R5: Returns[None] = Returns("None", "PUT /nodes/{node}/lxc/{vmid}/snapshot/{snapname}/config")
_R6: Returns[str] = Returns("str", "POST /nodes/{node}/lxc/{vmid}/snapshot/{snapname}/rollback")


class NodesNodeLxcVmidSnapshot(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/snapshot`` (snapshot)

    ``GET``: List all snapshots.
    ``POST``: Snapshot a container."""

    __slots__ = ()

    def snapname(self, snapname: str) -> NodesNodeLxcVmidSnapshotSnapname:
        """The name of the snapshot."""
        return NodesNodeLxcVmidSnapshotSnapname(self._client, self._path + "/" + _segment(snapname))

    def get(self) -> list[NodesNodeLxcVmidSnapshotGetResultItem]:
        """List all snapshots.

        Returns:
            ``list[NodesNodeLxcVmidSnapshotGetResultItem]``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/snapshot`` (``list``)."""
        return self._client._call("GET", self._path, {}, _R0)

    def post(
        self,
        *,
        snapname: str,
        description: str | None = None,
    ) -> Task:
        """Snapshot a container.

        Args:
            snapname: The name of the snapshot.
                Length: 0 to 40.
                Format: ``pve-configid``.
            description: A textual description or comment.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): the task ID.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Snapshot]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/snapshot`` (``snapshot``)."""
        params = {
            "snapname": snapname,
            "description": description,
        }
        return _task(self._client._call("POST", self._path, params, _R1), self._client)


class NodesNodeLxcVmidSnapshotSnapname(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/snapshot/{snapname}`` ({snapname})

    ``GET``: GET /nodes/{node}/lxc/{vmid}/snapshot/{snapname}
    ``DELETE``: Delete a LXC snapshot."""

    __slots__ = ()

    @property
    def config(self) -> NodesNodeLxcVmidSnapshotSnapnameConfig:
        """Get snapshot configuration"""
        return NodesNodeLxcVmidSnapshotSnapnameConfig(self._client, self._path + "/config")

    @property
    def rollback(self) -> NodesNodeLxcVmidSnapshotSnapnameRollback:
        """Rollback LXC state to specified snapshot."""
        return NodesNodeLxcVmidSnapshotSnapnameRollback(self._client, self._path + "/rollback")

    def get(self) -> list[dict[str, Any]]:
        """GET /nodes/{node}/lxc/{vmid}/snapshot/{snapname}

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/snapshot/{snapname}`` (``snapshot_cmd_idx``)."""
        return self._client._call("GET", self._path, {}, _R2)

    def delete(
        self,
        *,
        force: bool | None = None,
    ) -> Task:
        """Delete a LXC snapshot.

        Args:
            force: For removal from config file, even if removing disk snapshots fails.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): the task ID.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Snapshot]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/lxc/{vmid}/snapshot/{snapname}`` (``delsnapshot``)."""
        params = {
            "force": force,
        }
        return _task(self._client._call("DELETE", self._path, params, _R3), self._client)


class NodesNodeLxcVmidSnapshotSnapnameConfig(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/snapshot/{snapname}/config`` (config)

    ``GET``: Get snapshot configuration
    ``PUT``: Update snapshot metadata."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Get snapshot configuration

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Snapshot, VM.Snapshot.Rollback, VM.Audit], any, 1]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/snapshot/{snapname}/config`` (``get_snapshot_config``)."""
        return self._client._call("GET", self._path, {}, _R4)

    def put(
        self,
        *,
        description: str | None = None,
    ) -> None:
        """Update snapshot metadata.

        Args:
            description: A textual description or comment.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Snapshot]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/lxc/{vmid}/snapshot/{snapname}/config`` (``update_snapshot_config``)."""
        params = {
            "description": description,
        }
        return self._client._call("PUT", self._path, params, _R5)


class NodesNodeLxcVmidSnapshotSnapnameRollback(SyncPath):
    """``/nodes/{node}/lxc/{vmid}/snapshot/{snapname}/rollback`` (rollback)

    ``POST``: Rollback LXC state to specified snapshot."""

    __slots__ = ()

    def post(
        self,
        *,
        start: bool | None = None,
    ) -> Task:
        """Rollback LXC state to specified snapshot.

        Args:
            start: Whether the container should get started after rolling back successfully
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): the task ID.

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Snapshot, VM.Snapshot.Rollback], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/snapshot/{snapname}/rollback`` (``rollback``)."""
        params = {
            "start": start,
        }
        return _task(self._client._call("POST", self._path, params, _R6), self._client)
