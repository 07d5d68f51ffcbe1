# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``nodes_tasks`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pvesdk._runtime import Returns, SyncPath
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
    package="pvesdk._generated_pmg",
)
_R1: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/tasks/{upid}", package="pvesdk._generated_pmg"
)
_R2: Returns[None] = Returns(
    "None", "DELETE /nodes/{node}/tasks/{upid}", package="pvesdk._generated_pmg"
)
_R3: Returns[list[NodesTasksLogGetResultItem]] = Returns(
    "list[NodesTasksLogGetResultItem]",
    "GET /nodes/{node}/tasks/{upid}/log",
    "models.nodes_tasks.nodes_tasks_log_get",
    package="pvesdk._generated_pmg",
)
_R4: Returns[NodesTasksStatusGetResult] = Returns(
    "NodesTasksStatusGetResult",
    "GET /nodes/{node}/tasks/{upid}/status",
    "models.nodes_tasks.nodes_tasks_status_get",
    package="pvesdk._generated_pmg",
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
        start: int | None = None,
        userfilter: str | None = None,
    ) -> list[NodesNodeTasksGetResultItem]:
        """Read task list for one node (finished tasks).

        Args:
            errors: (no description in the schema)
            limit: (no description in the schema)
                Range: 0 to inf.
            start: (no description in the schema)
                Range: 0 to inf.
            userfilter: (no description in the schema)

        Returns:
            ``list[NodesNodeTasksGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/tasks`` (``node_tasks``)."""
        params = {
            "errors": errors,
            "limit": limit,
            "start": start,
            "userfilter": userfilter,
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
            Check: ``[admin, audit]``

        Proxmox: ``GET /nodes/{node}/tasks/{upid}`` (``upid_index``)."""
        return self._client._call("GET", self._path, {}, _R1)

    def delete(self) -> None:
        """Stop a task.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

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
        limit: int | None = None,
        start: int | None = None,
    ) -> list[NodesTasksLogGetResultItem]:
        """Read task log.

        Args:
            limit: (no description in the schema)
                Range: 0 to inf.
            start: (no description in the schema)
                Range: 0 to inf.

        Returns:
            ``list[NodesTasksLogGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/tasks/{upid}/log`` (``read_task_log``)."""
        params = {
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
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/tasks/{upid}/status`` (``read_task_status``)."""
        return self._client._call("GET", self._path, {}, _R4)
