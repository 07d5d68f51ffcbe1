# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_lxc_status`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import bind_async_task as _task

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import AsyncTask

    from ..models.nodes_lxc_status.nodes_lxc_status_current_get import (
        NodesLxcStatusCurrentGetResult,
    )
    from ..models.nodes_lxc_status.nodes_lxc_status_get import (
        NodesLxcStatusGetResultItem,
    )

_R0: Returns[list[NodesLxcStatusGetResultItem]] = Returns(
    "list[NodesLxcStatusGetResultItem]",
    "GET /nodes/{node}/lxc/{vmid}/status",
    "models.nodes_lxc_status.nodes_lxc_status_get",
)
_R1: Returns[NodesLxcStatusCurrentGetResult] = Returns(
    "NodesLxcStatusCurrentGetResult",
    "GET /nodes/{node}/lxc/{vmid}/status/current",
    "models.nodes_lxc_status.nodes_lxc_status_current_get",
)
_R2: Returns[str] = Returns("str", "POST /nodes/{node}/lxc/{vmid}/status/reboot")
_R3: Returns[str] = Returns("str", "POST /nodes/{node}/lxc/{vmid}/status/resume")
_R4: Returns[str] = Returns("str", "POST /nodes/{node}/lxc/{vmid}/status/shutdown")
_R5: Returns[str] = Returns("str", "POST /nodes/{node}/lxc/{vmid}/status/start")
_R6: Returns[str] = Returns("str", "POST /nodes/{node}/lxc/{vmid}/status/stop")
_R7: Returns[str] = Returns("str", "POST /nodes/{node}/lxc/{vmid}/status/suspend")


class NodesNodeLxcVmidStatus(AsyncPath):
    """``/nodes/{node}/lxc/{vmid}/status`` (status)

    ``GET``: Directory index"""

    __slots__ = ()

    @property
    def current(self) -> NodesNodeLxcVmidStatusCurrent:
        """Get virtual machine status."""
        return NodesNodeLxcVmidStatusCurrent(self._client, self._path + "/current")

    @property
    def reboot(self) -> NodesNodeLxcVmidStatusReboot:
        """Reboot the container by shutting it down, and starting it again. Applies pending changes."""
        return NodesNodeLxcVmidStatusReboot(self._client, self._path + "/reboot")

    @property
    def resume(self) -> NodesNodeLxcVmidStatusResume:
        """Resume the container."""
        return NodesNodeLxcVmidStatusResume(self._client, self._path + "/resume")

    @property
    def shutdown(self) -> NodesNodeLxcVmidStatusShutdown:
        """Shutdown the container. This will trigger a clean shutdown of the container, see lxc-stop(1) for details."""
        return NodesNodeLxcVmidStatusShutdown(self._client, self._path + "/shutdown")

    @property
    def start(self) -> NodesNodeLxcVmidStatusStart:
        """Start the container."""
        return NodesNodeLxcVmidStatusStart(self._client, self._path + "/start")

    @property
    def stop(self) -> NodesNodeLxcVmidStatusStop:
        """Stop the container. This will abruptly stop all processes running in the container."""
        return NodesNodeLxcVmidStatusStop(self._client, self._path + "/stop")

    @property
    def suspend(self) -> NodesNodeLxcVmidStatusSuspend:
        """Suspend the container. This is experimental."""
        return NodesNodeLxcVmidStatusSuspend(self._client, self._path + "/suspend")

    async def get(self) -> list[NodesLxcStatusGetResultItem]:
        """Directory index

        Returns:
            ``list[NodesLxcStatusGetResultItem]``

        Permissions:
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/status`` (``vmcmdidx``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class NodesNodeLxcVmidStatusCurrent(AsyncPath):
    """``/nodes/{node}/lxc/{vmid}/status/current`` (current)

    ``GET``: Get virtual machine status."""

    __slots__ = ()

    async def get(self) -> NodesLxcStatusCurrentGetResult:
        """Get virtual machine status.

        Returns:
            ``NodesLxcStatusCurrentGetResult``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/status/current`` (``vm_status``)."""
        return await self._client._call("GET", self._path, {}, _R1)


class NodesNodeLxcVmidStatusReboot(AsyncPath):
    """``/nodes/{node}/lxc/{vmid}/status/reboot`` (reboot)

    ``POST``: Reboot the container by shutting it down, and starting it again. Applies pending changes."""

    __slots__ = ()

    async def post(
        self,
        *,
        timeout: int | None = None,
    ) -> AsyncTask:
        """Reboot the container by shutting it down, and starting it again. Applies pending changes.

        Args:
            timeout: Wait maximal timeout seconds for the shutdown.
                Range: 0 to inf.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.PowerMgmt]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/status/reboot`` (``vm_reboot``)."""
        params = {
            "timeout": timeout,
        }
        return _task(await self._client._call("POST", self._path, params, _R2), self._client)


class NodesNodeLxcVmidStatusResume(AsyncPath):
    """``/nodes/{node}/lxc/{vmid}/status/resume`` (resume)

    ``POST``: Resume the container."""

    __slots__ = ()

    async def post(self) -> AsyncTask:
        """Resume the container.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.PowerMgmt]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/status/resume`` (``vm_resume``)."""
        return _task(await self._client._call("POST", self._path, {}, _R3), self._client)


class NodesNodeLxcVmidStatusShutdown(AsyncPath):
    """``/nodes/{node}/lxc/{vmid}/status/shutdown`` (shutdown)

    ``POST``: Shutdown the container. This will trigger a clean shutdown of the container, see lxc-stop(1) for details."""

    __slots__ = ()

    async def post(
        self,
        *,
        forceStop: bool | None = None,
        timeout: int | None = None,
    ) -> AsyncTask:
        """Shutdown the container. This will trigger a clean shutdown of the container, see lxc-stop(1) for details.

        Args:
            forceStop: Make sure the Container stops.
                Default: ``0``.
            timeout: Wait maximal timeout seconds.
                Range: 0 to inf.
                Default: ``60``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.PowerMgmt]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/status/shutdown`` (``vm_shutdown``)."""
        params = {
            "forceStop": forceStop,
            "timeout": timeout,
        }
        return _task(await self._client._call("POST", self._path, params, _R4), self._client)


class NodesNodeLxcVmidStatusStart(AsyncPath):
    """``/nodes/{node}/lxc/{vmid}/status/start`` (start)

    ``POST``: Start the container."""

    __slots__ = ()

    async def post(
        self,
        *,
        debug: bool | None = None,
        skiplock: bool | None = None,
    ) -> AsyncTask:
        """Start the container.

        Args:
            debug: If set, enables very verbose debug log-level on start.
                Default: ``0``.
            skiplock: Ignore locks - only root is allowed to use this option.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.PowerMgmt]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/status/start`` (``vm_start``)."""
        params = {
            "debug": debug,
            "skiplock": skiplock,
        }
        return _task(await self._client._call("POST", self._path, params, _R5), self._client)


class NodesNodeLxcVmidStatusStop(AsyncPath):
    """``/nodes/{node}/lxc/{vmid}/status/stop`` (stop)

    ``POST``: Stop the container. This will abruptly stop all processes running in the container."""

    __slots__ = ()

    async def post(
        self,
        *,
        overrule_shutdown: bool | None = None,
        skiplock: bool | None = None,
    ) -> AsyncTask:
        """Stop the container. This will abruptly stop all processes running in the container.

        Args:
            overrule_shutdown: Try to abort active 'vzshutdown' tasks before stopping.
                Proxmox VE: New in 8.2.
                Default: ``0``.
            skiplock: Ignore locks - only root is allowed to use this option.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.PowerMgmt]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/status/stop`` (``vm_stop``)."""
        params = {
            "overrule-shutdown": overrule_shutdown,
            "skiplock": skiplock,
        }
        return _task(await self._client._call("POST", self._path, params, _R6), self._client)


class NodesNodeLxcVmidStatusSuspend(AsyncPath):
    """``/nodes/{node}/lxc/{vmid}/status/suspend`` (suspend)

    ``POST``: Suspend the container. This is experimental."""

    __slots__ = ()

    async def post(self) -> AsyncTask:
        """Suspend the container. This is experimental.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.PowerMgmt]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/status/suspend`` (``vm_suspend``)."""
        return _task(await self._client._call("POST", self._path, {}, _R7), self._client)
