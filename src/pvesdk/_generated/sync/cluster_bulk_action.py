# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``cluster_bulk_action`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import bind_task as _task
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import sequence as _sequence

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import Task


_R0: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /cluster/bulk-action")
_R1: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /cluster/bulk-action/guest"
)
_R2: Returns[str] = Returns("str", "POST /cluster/bulk-action/guest/migrate")
_R3: Returns[str] = Returns("str", "POST /cluster/bulk-action/guest/shutdown")
_R4: Returns[str] = Returns("str", "POST /cluster/bulk-action/guest/start")
_R5: Returns[str] = Returns("str", "POST /cluster/bulk-action/guest/suspend")


class ClusterBulkAction(SyncPath):
    """``/cluster/bulk-action`` (bulk-action)

    ``GET``: List resource types."""

    __slots__ = ()

    @property
    def guest(self) -> ClusterBulkActionGuest:
        """Bulk action index."""
        return ClusterBulkActionGuest(self._client, self._path + "/guest")

    def get(self) -> list[dict[str, Any]]:
        """List resource types.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox VE: New in 9.1.

        Proxmox: ``GET /cluster/bulk-action`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)


class ClusterBulkActionGuest(SyncPath):
    """``/cluster/bulk-action/guest`` (guest)

    ``GET``: Bulk action index."""

    __slots__ = ()

    @property
    def migrate(self) -> ClusterBulkActionGuestMigrate:
        """Bulk migrate all guests on the cluster."""
        return ClusterBulkActionGuestMigrate(self._client, self._path + "/migrate")

    @property
    def shutdown(self) -> ClusterBulkActionGuestShutdown:
        """Bulk shutdown all guests on the cluster."""
        return ClusterBulkActionGuestShutdown(self._client, self._path + "/shutdown")

    @property
    def start(self) -> ClusterBulkActionGuestStart:
        """Bulk start or resume all guests on the cluster."""
        return ClusterBulkActionGuestStart(self._client, self._path + "/start")

    @property
    def suspend(self) -> ClusterBulkActionGuestSuspend:
        """Bulk suspend all guests on the cluster."""
        return ClusterBulkActionGuestSuspend(self._client, self._path + "/suspend")

    def get(self) -> list[dict[str, Any]]:
        """Bulk action index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox VE: New in 9.1.

        Proxmox: ``GET /cluster/bulk-action/guest`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R1)


class ClusterBulkActionGuestMigrate(SyncPath):
    """``/cluster/bulk-action/guest/migrate`` (migrate)

    ``POST``: Bulk migrate all guests on the cluster."""

    __slots__ = ()

    def post(
        self,
        *,
        target: str,
        max_workers: int | None = None,
        maxworkers: int | None = None,
        online: bool | None = None,
        vms: list[int] | tuple[int, ...] | None = None,
        with_local_disks: bool | None = None,
    ) -> Task:
        """Bulk migrate all guests on the cluster.

        Args:
            target: Target node.
                Proxmox VE: New in 9.1.
                Format: ``pve-node``.
            max_workers: Defines the maximum number of tasks running concurrently.
                Proxmox VE: New in 9.1.
                Range: 1 to 64.
                Default: ``1``.
            maxworkers: Defines the maximum number of tasks running concurrently. Deprecated, use 'max-workers' instead.
                Proxmox VE: New in 9.1.
                Range: 1 to 64.
                Default: ``1``.
            online: Enable live migration for VMs and restart migration for CTs.
                Proxmox VE: New in 9.1.
            vms: Only consider guests from this list of VMIDs.
                Proxmox VE: New in 9.1.
            with_local_disks: Enable live storage migration for local disk
                Proxmox VE: New in 9.1.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): UPID of the worker

        Permissions:
            The 'VM.Migrate' permission is required on '/' or on '/vms/<ID>' for each ID passed via the 'vms' parameter.
            User: all

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.1.

        Proxmox: ``POST /cluster/bulk-action/guest/migrate`` (``migrate``)."""
        params = {
            "target": target,
            "max-workers": max_workers,
            "maxworkers": maxworkers,
            "online": online,
            "vms": _sequence("vms", vms),
            "with-local-disks": with_local_disks,
        }
        return _task(self._client._call("POST", self._path, params, _R2), self._client)


class ClusterBulkActionGuestShutdown(SyncPath):
    """``/cluster/bulk-action/guest/shutdown`` (shutdown)

    ``POST``: Bulk shutdown all guests on the cluster."""

    __slots__ = ()

    def post(
        self,
        *,
        force_stop: bool | None = None,
        max_workers: int | None = None,
        maxworkers: int | None = None,
        timeout: int | None = None,
        vms: list[int] | tuple[int, ...] | None = None,
    ) -> Task:
        """Bulk shutdown all guests on the cluster.

        Args:
            force_stop: Makes sure the Guest stops after the timeout.
                Proxmox VE: New in 9.1.
                Default: ``1``.
            max_workers: Defines the maximum number of tasks running concurrently.
                Proxmox VE: New in 9.1.
                Range: 1 to 64.
                Default: ``4``.
            maxworkers: Defines the maximum number of tasks running concurrently. Deprecated, use 'max-workers' instead.
                Proxmox VE: New in 9.1.
                Range: 1 to 64.
                Default: ``4``.
            timeout: Default shutdown timeout in seconds if none is configured for the guest.
                Proxmox VE: New in 9.1.
                Default: ``180``.
            vms: Only consider guests from this list of VMIDs.
                Proxmox VE: New in 9.1.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): UPID of the worker

        Permissions:
            The 'VM.PowerMgmt' permission is required on '/' or on '/vms/<ID>' for each ID passed via the 'vms' parameter.
            User: all

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.1.

        Proxmox: ``POST /cluster/bulk-action/guest/shutdown`` (``shutdown``)."""
        params = {
            "force-stop": force_stop,
            "max-workers": max_workers,
            "maxworkers": maxworkers,
            "timeout": timeout,
            "vms": _sequence("vms", vms),
        }
        return _task(self._client._call("POST", self._path, params, _R3), self._client)


class ClusterBulkActionGuestStart(SyncPath):
    """``/cluster/bulk-action/guest/start`` (start)

    ``POST``: Bulk start or resume all guests on the cluster."""

    __slots__ = ()

    def post(
        self,
        *,
        max_workers: int | None = None,
        maxworkers: int | None = None,
        timeout: int | None = None,
        vms: list[int] | tuple[int, ...] | None = None,
    ) -> Task:
        """Bulk start or resume all guests on the cluster.

        Args:
            max_workers: Defines the maximum number of tasks running concurrently.
                Proxmox VE: New in 9.1.
                Range: 1 to 64.
                Default: ``4``.
            maxworkers: Defines the maximum number of tasks running concurrently. Deprecated, use 'max-workers' instead.
                Proxmox VE: New in 9.1.
                Range: 1 to 64.
                Default: ``4``.
            timeout: Default start timeout in seconds. Only valid for VMs. (default depends on the guest configuration).
                Proxmox VE: New in 9.1.
            vms: Only consider guests from this list of VMIDs.
                Proxmox VE: New in 9.1.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): UPID of the worker

        Permissions:
            The 'VM.PowerMgmt' permission is required on '/' or on '/vms/<ID>' for each ID passed via the 'vms' parameter.
            User: all

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.1.

        Proxmox: ``POST /cluster/bulk-action/guest/start`` (``start``)."""
        params = {
            "max-workers": max_workers,
            "maxworkers": maxworkers,
            "timeout": timeout,
            "vms": _sequence("vms", vms),
        }
        return _task(self._client._call("POST", self._path, params, _R4), self._client)


class ClusterBulkActionGuestSuspend(SyncPath):
    """``/cluster/bulk-action/guest/suspend`` (suspend)

    ``POST``: Bulk suspend all guests on the cluster."""

    __slots__ = ()

    def post(
        self,
        *,
        max_workers: int | None = None,
        maxworkers: int | None = None,
        statestorage: str | None = None,
        to_disk: bool | None = None,
        vms: list[int] | tuple[int, ...] | None = None,
    ) -> Task:
        """Bulk suspend all guests on the cluster.

        Args:
            max_workers: Defines the maximum number of tasks running concurrently.
                Proxmox VE: New in 9.1.
                Range: 1 to 64.
                Default: ``4``.
            maxworkers: Defines the maximum number of tasks running concurrently. Deprecated, use 'max-workers' instead.
                Proxmox VE: New in 9.1.
                Range: 1 to 64.
                Default: ``4``.
            statestorage: The storage for the VM state.
                Proxmox VE: New in 9.1.
                Format: ``pve-storage-id``.
            to_disk: If set, suspends the guests to disk. Will be resumed on next start.
                Proxmox VE: New in 9.1.
                Default: ``0``.
            vms: Only consider guests from this list of VMIDs.
                Proxmox VE: New in 9.1.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client): UPID of the worker

        Permissions:
            The 'VM.PowerMgmt' permission is required on '/' or on '/vms/<ID>' for each ID passed via the 'vms' parameter. Additionally, you need 'VM.Config.Disk' on the '/vms/{vmid}' path and 'Datastore.AllocateSpace' for the configured state-storage(s)
            User: all

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.1.

        Proxmox: ``POST /cluster/bulk-action/guest/suspend`` (``suspend``)."""
        params = {
            "max-workers": max_workers,
            "maxworkers": maxworkers,
            "statestorage": _checked("pve-storage-id", "statestorage", statestorage),
            "to-disk": to_disk,
            "vms": _sequence("vms", vms),
        }
        return _task(self._client._call("POST", self._path, params, _R5), self._client)
