# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_services`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import bind_async_task as _task
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import AsyncTask

    from ..models.nodes_services.nodes_node_services_get import (
        NodesNodeServicesGetResultItem,
    )
    from ..models.nodes_services.nodes_node_services_service_get import (
        NodesNodeServicesServiceGetResultItem,
    )
    from ..models.nodes_services.nodes_services_state_get import (
        NodesServicesStateGetResult,
    )

_R0: Returns[list[NodesNodeServicesGetResultItem]] = Returns(
    "list[NodesNodeServicesGetResultItem]",
    "GET /nodes/{node}/services",
    "models.nodes_services.nodes_node_services_get",
)
_R1: Returns[list[NodesNodeServicesServiceGetResultItem]] = Returns(
    "list[NodesNodeServicesServiceGetResultItem]",
    "GET /nodes/{node}/services/{service}",
    "models.nodes_services.nodes_node_services_service_get",
)
_R2: Returns[str] = Returns("str", "POST /nodes/{node}/services/{service}/reload")
_R3: Returns[str] = Returns("str", "POST /nodes/{node}/services/{service}/restart")
_R4: Returns[str] = Returns("str", "POST /nodes/{node}/services/{service}/start")
_R5: Returns[NodesServicesStateGetResult] = Returns(
    "NodesServicesStateGetResult",
    "GET /nodes/{node}/services/{service}/state",
    "models.nodes_services.nodes_services_state_get",
)
_R6: Returns[str] = Returns("str", "POST /nodes/{node}/services/{service}/stop")


class NodesNodeServices(AsyncPath):
    """``/nodes/{node}/services`` (services)

    ``GET``: Service list."""

    __slots__ = ()

    def service(self, service: str) -> NodesNodeServicesService:
        """Service ID"""
        return NodesNodeServicesService(self._client, self._path + "/" + _segment(service))

    async def get(self) -> list[NodesNodeServicesGetResultItem]:
        """Service list.

        Returns:
            ``list[NodesNodeServicesGetResultItem]``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/services`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class NodesNodeServicesService(AsyncPath):
    """``/nodes/{node}/services/{service}`` ({service})

    ``GET``: Directory index"""

    __slots__ = ()

    @property
    def reload(self) -> NodesNodeServicesServiceReload:
        """Reload service. Falls back to restart if service cannot be reloaded."""
        return NodesNodeServicesServiceReload(self._client, self._path + "/reload")

    @property
    def restart(self) -> NodesNodeServicesServiceRestart:
        """Hard restart service. Use reload if you want to reduce interruptions."""
        return NodesNodeServicesServiceRestart(self._client, self._path + "/restart")

    @property
    def start(self) -> NodesNodeServicesServiceStart:
        """Start service."""
        return NodesNodeServicesServiceStart(self._client, self._path + "/start")

    @property
    def state(self) -> NodesNodeServicesServiceState:
        """Read service properties"""
        return NodesNodeServicesServiceState(self._client, self._path + "/state")

    @property
    def stop(self) -> NodesNodeServicesServiceStop:
        """Stop service."""
        return NodesNodeServicesServiceStop(self._client, self._path + "/stop")

    async def get(self) -> list[NodesNodeServicesServiceGetResultItem]:
        """Directory index

        Returns:
            ``list[NodesNodeServicesServiceGetResultItem]``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Proxmox: ``GET /nodes/{node}/services/{service}`` (``srvcmdidx``)."""
        return await self._client._call("GET", self._path, {}, _R1)


class NodesNodeServicesServiceReload(AsyncPath):
    """``/nodes/{node}/services/{service}/reload`` (reload)

    ``POST``: Reload service. Falls back to restart if service cannot be reloaded."""

    __slots__ = ()

    async def post(self) -> AsyncTask:
        """Reload service. Falls back to restart if service cannot be reloaded.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/services/{service}/reload`` (``service_reload``)."""
        return _task(await self._client._call("POST", self._path, {}, _R2), self._client)


class NodesNodeServicesServiceRestart(AsyncPath):
    """``/nodes/{node}/services/{service}/restart`` (restart)

    ``POST``: Hard restart service. Use reload if you want to reduce interruptions."""

    __slots__ = ()

    async def post(self) -> AsyncTask:
        """Hard restart service. Use reload if you want to reduce interruptions.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/services/{service}/restart`` (``service_restart``)."""
        return _task(await self._client._call("POST", self._path, {}, _R3), self._client)


class NodesNodeServicesServiceStart(AsyncPath):
    """``/nodes/{node}/services/{service}/start`` (start)

    ``POST``: Start service."""

    __slots__ = ()

    async def post(self) -> AsyncTask:
        """Start service.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/services/{service}/start`` (``service_start``)."""
        return _task(await self._client._call("POST", self._path, {}, _R4), self._client)


class NodesNodeServicesServiceState(AsyncPath):
    """``/nodes/{node}/services/{service}/state`` (state)

    ``GET``: Read service properties"""

    __slots__ = ()

    async def get(self) -> NodesServicesStateGetResult:
        """Read service properties

        Returns:
            ``NodesServicesStateGetResult``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/services/{service}/state`` (``service_state``)."""
        return await self._client._call("GET", self._path, {}, _R5)


class NodesNodeServicesServiceStop(AsyncPath):
    """``/nodes/{node}/services/{service}/stop`` (stop)

    ``POST``: Stop service."""

    __slots__ = ()

    async def post(self) -> AsyncTask:
        """Stop service.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/services/{service}/stop`` (``service_stop``)."""
        return _task(await self._client._call("POST", self._path, {}, _R6), self._client)
