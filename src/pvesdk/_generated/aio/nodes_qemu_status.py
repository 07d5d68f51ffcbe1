# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_qemu_status`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import bind_async_task as _task
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import join as _join

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import AsyncTask

    from ..models.nodes_qemu_status.nodes_qemu_status_current_get import (
        NodesQemuStatusCurrentGetResult,
    )
    from ..models.nodes_qemu_status.nodes_qemu_status_get import (
        NodesQemuStatusGetResultItem,
    )
    from ..propstr.machine import Machine

_R0: Returns[list[NodesQemuStatusGetResultItem]] = Returns(
    "list[NodesQemuStatusGetResultItem]",
    "GET /nodes/{node}/qemu/{vmid}/status",
    "models.nodes_qemu_status.nodes_qemu_status_get",
)
_R1: Returns[NodesQemuStatusCurrentGetResult] = Returns(
    "NodesQemuStatusCurrentGetResult",
    "GET /nodes/{node}/qemu/{vmid}/status/current",
    "models.nodes_qemu_status.nodes_qemu_status_current_get",
)
_R2: Returns[str] = Returns("str", "POST /nodes/{node}/qemu/{vmid}/status/reboot")
_R3: Returns[str] = Returns("str", "POST /nodes/{node}/qemu/{vmid}/status/reset")
_R4: Returns[str] = Returns("str", "POST /nodes/{node}/qemu/{vmid}/status/resume")
_R5: Returns[str] = Returns("str", "POST /nodes/{node}/qemu/{vmid}/status/shutdown")
_R6: Returns[str] = Returns("str", "POST /nodes/{node}/qemu/{vmid}/status/start")
_R7: Returns[str] = Returns("str", "POST /nodes/{node}/qemu/{vmid}/status/stop")
_R8: Returns[str] = Returns("str", "POST /nodes/{node}/qemu/{vmid}/status/suspend")


class NodesNodeQemuVmidStatus(AsyncPath):
    """``/nodes/{node}/qemu/{vmid}/status`` (status)

    ``GET``: Directory index"""

    __slots__ = ()

    @property
    def current(self) -> NodesNodeQemuVmidStatusCurrent:
        """Get virtual machine status."""
        return NodesNodeQemuVmidStatusCurrent(self._client, self._path + "/current")

    @property
    def reboot(self) -> NodesNodeQemuVmidStatusReboot:
        """Reboot the VM by shutting it down, and starting it again. Applies pending changes."""
        return NodesNodeQemuVmidStatusReboot(self._client, self._path + "/reboot")

    @property
    def reset(self) -> NodesNodeQemuVmidStatusReset:
        """Reset virtual machine."""
        return NodesNodeQemuVmidStatusReset(self._client, self._path + "/reset")

    @property
    def resume(self) -> NodesNodeQemuVmidStatusResume:
        """Resume virtual machine."""
        return NodesNodeQemuVmidStatusResume(self._client, self._path + "/resume")

    @property
    def shutdown(self) -> NodesNodeQemuVmidStatusShutdown:
        """Shutdown virtual machine. This is similar to pressing the power button on a physical machine. This will send an ACPI event for the guest OS, which should then proceed to a clean shutdown."""
        return NodesNodeQemuVmidStatusShutdown(self._client, self._path + "/shutdown")

    @property
    def start(self) -> NodesNodeQemuVmidStatusStart:
        """Start virtual machine."""
        return NodesNodeQemuVmidStatusStart(self._client, self._path + "/start")

    @property
    def stop(self) -> NodesNodeQemuVmidStatusStop:
        """Stop virtual machine. The qemu process will exit immediately. This is akin to pulling the power plug of a running computer and may damage the VM data."""
        return NodesNodeQemuVmidStatusStop(self._client, self._path + "/stop")

    @property
    def suspend(self) -> NodesNodeQemuVmidStatusSuspend:
        """Suspend virtual machine."""
        return NodesNodeQemuVmidStatusSuspend(self._client, self._path + "/suspend")

    async def get(self) -> list[NodesQemuStatusGetResultItem]:
        """Directory index

        Returns:
            ``list[NodesQemuStatusGetResultItem]``

        Permissions:
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/status`` (``vmcmdidx``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class NodesNodeQemuVmidStatusCurrent(AsyncPath):
    """``/nodes/{node}/qemu/{vmid}/status/current`` (current)

    ``GET``: Get virtual machine status."""

    __slots__ = ()

    async def get(self) -> NodesQemuStatusCurrentGetResult:
        """Get virtual machine status.

        Returns:
            ``NodesQemuStatusCurrentGetResult``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/qemu/{vmid}/status/current`` (``vm_status``)."""
        return await self._client._call("GET", self._path, {}, _R1)


class NodesNodeQemuVmidStatusReboot(AsyncPath):
    """``/nodes/{node}/qemu/{vmid}/status/reboot`` (reboot)

    ``POST``: Reboot the VM by shutting it down, and starting it again. Applies pending changes."""

    __slots__ = ()

    async def post(
        self,
        *,
        timeout: int | None = None,
    ) -> AsyncTask:
        """Reboot the VM by shutting it down, and starting it again. Applies pending changes.

        Args:
            timeout: Wait maximal timeout seconds for the shutdown.
                Range: 0 to inf.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.PowerMgmt]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/status/reboot`` (``vm_reboot``)."""
        params = {
            "timeout": timeout,
        }
        return _task(await self._client._call("POST", self._path, params, _R2), self._client)


class NodesNodeQemuVmidStatusReset(AsyncPath):
    """``/nodes/{node}/qemu/{vmid}/status/reset`` (reset)

    ``POST``: Reset virtual machine."""

    __slots__ = ()

    async def post(
        self,
        *,
        skiplock: bool | None = None,
    ) -> AsyncTask:
        """Reset virtual machine.

        Args:
            skiplock: Ignore locks - only root is allowed to use this option.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.PowerMgmt]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/status/reset`` (``vm_reset``)."""
        params = {
            "skiplock": skiplock,
        }
        return _task(await self._client._call("POST", self._path, params, _R3), self._client)


class NodesNodeQemuVmidStatusResume(AsyncPath):
    """``/nodes/{node}/qemu/{vmid}/status/resume`` (resume)

    ``POST``: Resume virtual machine."""

    __slots__ = ()

    async def post(
        self,
        *,
        nocheck: bool | None = None,
        skiplock: bool | None = None,
    ) -> AsyncTask:
        """Resume virtual machine.

        Args:
            nocheck: (no description in the schema)
            skiplock: Ignore locks - only root is allowed to use this option.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.PowerMgmt]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/status/resume`` (``vm_resume``)."""
        params = {
            "nocheck": nocheck,
            "skiplock": skiplock,
        }
        return _task(await self._client._call("POST", self._path, params, _R4), self._client)


class NodesNodeQemuVmidStatusShutdown(AsyncPath):
    """``/nodes/{node}/qemu/{vmid}/status/shutdown`` (shutdown)

    ``POST``: Shutdown virtual machine. This is similar to pressing the power button on a physical machine. This will send an ACPI event for the guest OS, which should then proceed to a clean shutdown."""

    __slots__ = ()

    async def post(
        self,
        *,
        forceStop: bool | None = None,
        keepActive: bool | None = None,
        skiplock: bool | None = None,
        timeout: int | None = None,
    ) -> AsyncTask:
        """Shutdown virtual machine. This is similar to pressing the power button on a physical machine. This will send an ACPI event for the guest OS, which should then proceed to a clean shutdown.

        Args:
            forceStop: Make sure the VM stops.
                Default: ``0``.
            keepActive: Do not deactivate storage volumes.
                Default: ``0``.
            skiplock: Ignore locks - only root is allowed to use this option.
            timeout: Wait maximal timeout seconds.
                Range: 0 to inf.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.PowerMgmt]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/status/shutdown`` (``vm_shutdown``)."""
        params = {
            "forceStop": forceStop,
            "keepActive": keepActive,
            "skiplock": skiplock,
            "timeout": timeout,
        }
        return _task(await self._client._call("POST", self._path, params, _R5), self._client)


class NodesNodeQemuVmidStatusStart(AsyncPath):
    """``/nodes/{node}/qemu/{vmid}/status/start`` (start)

    ``POST``: Start virtual machine."""

    __slots__ = ()

    async def post(
        self,
        *,
        force_cpu: str | None = None,
        machine: Machine | str | None = None,
        migratedfrom: str | None = None,
        migration_network: str | None = None,
        migration_type: Literal["secure", "insecure"] | None = None,
        nets_host_mtu: str | None = None,
        skiplock: bool | None = None,
        stateuri: str | None = None,
        targetstorage: str | Sequence[str] | None = None,
        timeout: int | None = None,
        with_conntrack_state: bool | None = None,
    ) -> AsyncTask:
        """Start virtual machine.

        Args:
            force_cpu: Override QEMU's -cpu argument with the given string.
            machine: Specify the QEMU machine.
                Syntax: ``[[type=]<machine type>] [,aw-bits=<number>] [,enable-s3=<1|0>] [,enable-s4=<1|0>] [,viommu=<intel|virtio>]``.
            migratedfrom: The cluster node name.
                Format: ``pve-node``.
            migration_network: CIDR of the (sub) network that is used for migration.
                Format: ``CIDR``.
            migration_type: Migration traffic is encrypted using an SSH tunnel by default. On secure, completely private networks this can be disabled to increase performance.
            nets_host_mtu: Used for migration compat. List of VirtIO network devices and their effective host_mtu setting according to the QEMU object model on the source side of the migration. A value of 0 means that the host_mtu parameter is to be avoided for the corresponding device.
                Proxmox VE: New in 9.0.
                Pattern: ``^net\\d+=\\d+(,net\\d+=\\d+)*$``.
            skiplock: Ignore locks - only root is allowed to use this option.
            stateuri: Some command save/restore state from this location.
                Length: 0 to 128.
            targetstorage: Mapping from source to target storages. Providing only a single storage ID maps all source storages to that storage. Providing the special value '1' will map each source storage to itself.
                Format: ``storage-pair-list``.
                Syntax: ``<string>``.
            timeout: Wait maximal timeout seconds.
                Range: 0 to inf.
                Default: max(30, vm memory in GiB).
            with_conntrack_state: Whether to migrate conntrack entries for running VMs.
                Proxmox VE: New in 9.0.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.PowerMgmt]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/status/start`` (``vm_start``)."""
        params = {
            "force-cpu": force_cpu,
            "machine": machine,
            "migratedfrom": migratedfrom,
            "migration_network": _checked("CIDR", "migration_network", migration_network),
            "migration_type": migration_type,
            "nets-host-mtu": nets_host_mtu,
            "skiplock": skiplock,
            "stateuri": stateuri,
            "targetstorage": _join(targetstorage),
            "timeout": timeout,
            "with-conntrack-state": with_conntrack_state,
        }
        return _task(await self._client._call("POST", self._path, params, _R6), self._client)


class NodesNodeQemuVmidStatusStop(AsyncPath):
    """``/nodes/{node}/qemu/{vmid}/status/stop`` (stop)

    ``POST``: Stop virtual machine. The qemu process will exit immediately. This is akin to pulling the power plug of a running computer and may damage the VM data."""

    __slots__ = ()

    async def post(
        self,
        *,
        keepActive: bool | None = None,
        migratedfrom: str | None = None,
        overrule_shutdown: bool | None = None,
        skiplock: bool | None = None,
        timeout: int | None = None,
    ) -> AsyncTask:
        """Stop virtual machine. The qemu process will exit immediately. This is akin to pulling the power plug of a running computer and may damage the VM data.

        Args:
            keepActive: Do not deactivate storage volumes.
                Default: ``0``.
            migratedfrom: The cluster node name.
                Format: ``pve-node``.
            overrule_shutdown: Try to abort active 'qmshutdown' tasks before stopping.
                Proxmox VE: New in 8.2.
                Default: ``0``.
            skiplock: Ignore locks - only root is allowed to use this option.
            timeout: Wait maximal timeout seconds.
                Range: 0 to inf.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.PowerMgmt]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/status/stop`` (``vm_stop``)."""
        params = {
            "keepActive": keepActive,
            "migratedfrom": migratedfrom,
            "overrule-shutdown": overrule_shutdown,
            "skiplock": skiplock,
            "timeout": timeout,
        }
        return _task(await self._client._call("POST", self._path, params, _R7), self._client)


class NodesNodeQemuVmidStatusSuspend(AsyncPath):
    """``/nodes/{node}/qemu/{vmid}/status/suspend`` (suspend)

    ``POST``: Suspend virtual machine."""

    __slots__ = ()

    async def post(
        self,
        *,
        skiplock: bool | None = None,
        statestorage: str | None = None,
        todisk: bool | None = None,
    ) -> AsyncTask:
        """Suspend virtual machine.

        Args:
            skiplock: Ignore locks - only root is allowed to use this option.
            statestorage: The storage for the VM state
                Format: ``pve-storage-id``.
            todisk: If set, suspends the VM to disk. Will be resumed on next VM start.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            You need 'VM.PowerMgmt' on /vms/{vmid}, and if you have set 'todisk', you need also 'VM.Config.Disk' on /vms/{vmid} and 'Datastore.AllocateSpace' on the storage for the vmstate.
            Check: ``[perm, /vms/{vmid}, [VM.PowerMgmt]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/qemu/{vmid}/status/suspend`` (``vm_suspend``)."""
        params = {
            "skiplock": skiplock,
            "statestorage": _checked("pve-storage-id", "statestorage", statestorage),
            "todisk": todisk,
        }
        return _task(await self._client._call("POST", self._path, params, _R8), self._client)
