# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``nodes_services`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import bind_async_task as _task
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import AsyncTask

    from ..models.nodes_services.nodes_node_services_service_get import (
        NodesNodeServicesServiceGetResultItem,
    )

_R0: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/services", package="pvesdk._generated_pmg"
)
_R1: Returns[list[NodesNodeServicesServiceGetResultItem]] = Returns(
    "list[NodesNodeServicesServiceGetResultItem]",
    "GET /nodes/{node}/services/{service}",
    "models.nodes_services.nodes_node_services_service_get",
    package="pvesdk._generated_pmg",
)
_R2: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /nodes/{node}/services/{service}/state", package="pvesdk._generated_pmg"
)
_R3: Returns[str] = Returns(
    "str", "POST /nodes/{node}/services/{service}/start", package="pvesdk._generated_pmg"
)
_R4: Returns[str] = Returns(
    "str", "POST /nodes/{node}/services/{service}/stop", package="pvesdk._generated_pmg"
)
_R5: Returns[str] = Returns(
    "str", "POST /nodes/{node}/services/{service}/restart", package="pvesdk._generated_pmg"
)
_R6: Returns[str] = Returns(
    "str", "POST /nodes/{node}/services/{service}/reload", package="pvesdk._generated_pmg"
)


class NodesNodeServices(AsyncPath):
    """``/nodes/{node}/services`` (services)

    ``GET``: Service list."""

    __slots__ = ()

    def service(self, service: str) -> NodesNodeServicesService:
        """Service ID"""
        return NodesNodeServicesService(self._client, self._path + "/" + _segment(service))

    async def get(self) -> list[dict[str, Any]]:
        """Service list.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/services`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class NodesNodeServicesService(AsyncPath):
    """``/nodes/{node}/services/{service}`` ({service})

    ``GET``: Directory index"""

    __slots__ = ()

    @property
    def state(self) -> NodesNodeServicesServiceState:
        """Read service properties"""
        return NodesNodeServicesServiceState(self._client, self._path + "/state")

    @property
    def start(self) -> NodesNodeServicesServiceStart:
        """Start service."""
        return NodesNodeServicesServiceStart(self._client, self._path + "/start")

    @property
    def stop(self) -> NodesNodeServicesServiceStop:
        """Stop service."""
        return NodesNodeServicesServiceStop(self._client, self._path + "/stop")

    @property
    def restart(self) -> NodesNodeServicesServiceRestart:
        """Restart service."""
        return NodesNodeServicesServiceRestart(self._client, self._path + "/restart")

    @property
    def reload(self) -> NodesNodeServicesServiceReload:
        """Reload service."""
        return NodesNodeServicesServiceReload(self._client, self._path + "/reload")

    async def get(self) -> list[NodesNodeServicesServiceGetResultItem]:
        """Directory index

        Returns:
            ``list[NodesNodeServicesServiceGetResultItem]``

        Permissions:
            Check: ``[admin, audit]``

        Proxmox: ``GET /nodes/{node}/services/{service}`` (``srvcmdidx``)."""
        return await self._client._call("GET", self._path, {}, _R1)


class NodesNodeServicesServiceState(AsyncPath):
    """``/nodes/{node}/services/{service}/state`` (state)

    ``GET``: Read service properties"""

    __slots__ = ()

    async def get(self) -> dict[str, Any]:
        """Read service properties

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/services/{service}/state`` (``service_state``)."""
        return await self._client._call("GET", self._path, {}, _R2)


class NodesNodeServicesServiceStart(AsyncPath):
    """``/nodes/{node}/services/{service}/start`` (start)

    ``POST``: Start service."""

    __slots__ = ()

    async def post(self) -> AsyncTask:
        """Start service.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/services/{service}/start`` (``service_start``)."""
        return _task(await self._client._call("POST", self._path, {}, _R3), self._client)


class NodesNodeServicesServiceStop(AsyncPath):
    """``/nodes/{node}/services/{service}/stop`` (stop)

    ``POST``: Stop service."""

    __slots__ = ()

    async def post(self) -> AsyncTask:
        """Stop service.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/services/{service}/stop`` (``service_stop``)."""
        return _task(await self._client._call("POST", self._path, {}, _R4), self._client)


class NodesNodeServicesServiceRestart(AsyncPath):
    """``/nodes/{node}/services/{service}/restart`` (restart)

    ``POST``: Restart service."""

    __slots__ = ()

    async def post(self) -> AsyncTask:
        """Restart service.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/services/{service}/restart`` (``service_restart``)."""
        return _task(await self._client._call("POST", self._path, {}, _R5), self._client)


class NodesNodeServicesServiceReload(AsyncPath):
    """``/nodes/{node}/services/{service}/reload`` (reload)

    ``POST``: Reload service."""

    __slots__ = ()

    async def post(self) -> AsyncTask:
        """Reload service.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/services/{service}/reload`` (``service_reload``)."""
        return _task(await self._client._call("POST", self._path, {}, _R6), self._client)
