# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_tasks`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import join as _join
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.nodes_tasks.nodes_node_tasks_get import NodesNodeTasksGetResultItem
    from ..models.nodes_tasks.nodes_tasks_log_get import NodesTasksLogGetResultItem
    from ..models.nodes_tasks.nodes_tasks_status_get import NodesTasksStatusGetResult

_R0: Returns[list[NodesNodeTasksGetResultItem]] = Returns(
    "list[NodesNodeTasksGetResultItem]",
    "GET /nodes/{node}/tasks",
    "models.nodes_tasks.nodes_node_tasks_get",
)
_R1: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/tasks/{upid}"
)
_R2: Returns[None] = Returns("None", "DELETE /nodes/{node}/tasks/{upid}")
_R3: Returns[list[NodesTasksLogGetResultItem]] = Returns(
    "list[NodesTasksLogGetResultItem]",
    "GET /nodes/{node}/tasks/{upid}/log",
    "models.nodes_tasks.nodes_tasks_log_get",
)
_R4: Returns[NodesTasksStatusGetResult] = Returns(
    "NodesTasksStatusGetResult",
    "GET /nodes/{node}/tasks/{upid}/status",
    "models.nodes_tasks.nodes_tasks_status_get",
)


class NodesNodeTasks(SyncPath):
    """``/nodes/{node}/tasks`` (tasks)

    ``GET``: Read task list for one node (finished tasks)."""

    __slots__ = ()

    def upid(self, upid: str) -> NodesNodeTasksUpid:
        """{upid}"""
        return NodesNodeTasksUpid(self._client, self._path + "/" + _segment(upid))

    def get(
        self,
        *,
        errors: bool | None = None,
        limit: int | None = None,
        since: int | None = None,
        source: Literal["archive", "active", "all"] | None = None,
        start: int | None = None,
        statusfilter: str | Sequence[str] | None = None,
        typefilter: str | None = None,
        until: int | None = None,
        userfilter: str | None = None,
        vmid: int | None = None,
    ) -> list[NodesNodeTasksGetResultItem]:
        """Read task list for one node (finished tasks).

        Args:
            errors: Only list tasks with a status of ERROR.
                Default: ``0``.
            limit: Only list this number of tasks.
                Range: 0 to inf.
                Default: ``50``.
            since: Only list tasks since this UNIX epoch.
            source: List archived, active or all tasks.
                Default: ``archive``.
            start: List tasks beginning from this offset.
                Range: 0 to inf.
                Default: ``0``.
            statusfilter: List of Task States that should be returned.
                Format: ``pve-task-status-type-list``.
                Syntax: ``<string>``.
            typefilter: Only list tasks of this type (e.g., vzstart, vzdump).
            until: Only list tasks until this UNIX epoch.
            userfilter: Only list tasks from this user.
            vmid: Only list tasks for this VM.
                Range: 100 to 999999999.
                Format: ``pve-vmid``.

        Returns:
            ``list[NodesNodeTasksGetResultItem]``

        Permissions:
            List task associated with the current user, or all task the user has 'Sys.Audit' permissions on /nodes/<node> (the <node> the task runs on).
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/tasks`` (``node_tasks``)."""
        params = {
            "errors": errors,
            "limit": limit,
            "since": since,
            "source": source,
            "start": start,
            "statusfilter": _join(statusfilter),
            "typefilter": typefilter,
            "until": until,
            "userfilter": userfilter,
            "vmid": vmid,
        }
        return self._client._call("GET", self._path, params, _R0)


class NodesNodeTasksUpid(SyncPath):
    """``/nodes/{node}/tasks/{upid}`` ({upid})

    ``GET``: GET /nodes/{node}/tasks/{upid}
    ``DELETE``: Stop a task."""

    __slots__ = ()

    @property
    def log(self) -> NodesNodeTasksUpidLog:
        """Read task log."""
        return NodesNodeTasksUpidLog(self._client, self._path + "/log")

    @property
    def status(self) -> NodesNodeTasksUpidStatus:
        """Read task status."""
        return NodesNodeTasksUpidStatus(self._client, self._path + "/status")

    def get(self) -> list[dict[str, Any]]:
        """GET /nodes/{node}/tasks/{upid}

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/tasks/{upid}`` (``upid_index``)."""
        return self._client._call("GET", self._path, {}, _R1)

    def delete(self) -> None:
        """Stop a task.

        Returns:
            ``None``

        Permissions:
            The user needs 'Sys.Modify' permissions on '/nodes/<node>' if they aren't the owner of the task.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/tasks/{upid}`` (``stop_task``)."""
        return self._client._call("DELETE", self._path, {}, _R2)


class NodesNodeTasksUpidLog(SyncPath):
    """``/nodes/{node}/tasks/{upid}/log`` (log)

    ``GET``: Read task log."""

    __slots__ = ()

    def get(
        self,
        *,
        download: bool | None = None,
        limit: int | None = None,
        start: int | None = None,
    ) -> list[NodesTasksLogGetResultItem]:
        """Read task log.

        Args:
            download: Whether the tasklog file should be downloaded. This parameter can't be used in conjunction with other parameters
            limit: The number of lines to read from the tasklog.
                Range: 0 to inf.
                Default: ``50``.
            start: Start at this line when reading the tasklog
                Range: 0 to inf.
                Default: ``0``.

        Returns:
            ``list[NodesTasksLogGetResultItem]``

        Permissions:
            The user needs 'Sys.Audit' permissions on '/nodes/<node>' if they aren't the owner of the task.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/tasks/{upid}/log`` (``read_task_log``)."""
        params = {
            "download": download,
            "limit": limit,
            "start": start,
        }
        return self._client._call("GET", self._path, params, _R3)


class NodesNodeTasksUpidStatus(SyncPath):
    """``/nodes/{node}/tasks/{upid}/status`` (status)

    ``GET``: Read task status."""

    __slots__ = ()

    def get(self) -> NodesTasksStatusGetResult:
        """Read task status.

        Returns:
            ``NodesTasksStatusGetResult``

        Permissions:
            The user needs 'Sys.Audit' permissions on '/nodes/<node>' if they are not the owner of the task.
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/tasks/{upid}/status`` (``read_task_status``)."""
        return self._client._call("GET", self._path, {}, _R4)
