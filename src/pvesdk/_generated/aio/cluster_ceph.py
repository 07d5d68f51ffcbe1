# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``cluster_ceph`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import bind_async_task as _task
from pvesdk._runtime import secret as _secret
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import AsyncTask

    from ..models.cluster_ceph.cluster_ceph_flags_get import (
        ClusterCephFlagsGetResultItem,
    )
    from ..models.cluster_ceph.cluster_ceph_metadata_get import (
        ClusterCephMetadataGetResult,
    )

_R0: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /cluster/ceph")
_R1: Returns[list[ClusterCephFlagsGetResultItem]] = Returns(
    "list[ClusterCephFlagsGetResultItem]",
    "GET /cluster/ceph/flags",
    "models.cluster_ceph.cluster_ceph_flags_get",
)
_R2: Returns[str] = Returns("str", "PUT /cluster/ceph/flags")
_R3: Returns[bool] = Returns("bool", "GET /cluster/ceph/flags/{flag}")
_R4: Returns[None] = Returns("None", "PUT /cluster/ceph/flags/{flag}")
_R5: Returns[ClusterCephMetadataGetResult] = Returns(
    "ClusterCephMetadataGetResult",
    "GET /cluster/ceph/metadata",
    "models.cluster_ceph.cluster_ceph_metadata_get",
)
_R6: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/ceph/status")


class ClusterCeph(AsyncPath):
    """``/cluster/ceph`` (ceph)

    ``GET``: Cluster ceph index."""

    __slots__ = ()

    @property
    def flags(self) -> ClusterCephFlags:
        """get the status of all ceph flags"""
        return ClusterCephFlags(self._client, self._path + "/flags")

    @property
    def metadata(self) -> ClusterCephMetadata:
        """Get ceph metadata."""
        return ClusterCephMetadata(self._client, self._path + "/metadata")

    @property
    def status(self) -> ClusterCephStatus:
        """Get ceph status."""
        return ClusterCephStatus(self._client, self._path + "/status")

    async def get(self) -> list[dict[str, Any]]:
        """Cluster ceph index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /cluster/ceph`` (``cephindex``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class ClusterCephFlags(AsyncPath):
    """``/cluster/ceph/flags`` (flags)

    ``GET``: get the status of all ceph flags
    ``PUT``: Set/Unset multiple Ceph flags at once. Each flag is a top-level optional boolean: passing true sets the flag, false unsets it, omitting it leaves the current state untouched. Runs as a worker task; returns a UPID to follow."""

    __slots__ = ()

    def flag(self, flag: str) -> ClusterCephFlagsFlag:
        """The name of the flag name to get."""
        return ClusterCephFlagsFlag(self._client, self._path + "/" + _segment(flag))

    async def get(self) -> list[ClusterCephFlagsGetResultItem]:
        """get the status of all ceph flags

        Returns:
            ``list[ClusterCephFlagsGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/ceph/flags`` (``get_all_flags``)."""
        return await self._client._call("GET", self._path, {}, _R1)

    async def put(
        self,
        *,
        nobackfill: bool | None = None,
        nodeep_scrub: bool | None = None,
        nodown: bool | None = None,
        noin: bool | None = None,
        noout: bool | None = None,
        norebalance: bool | None = None,
        norecover: bool | None = None,
        noscrub: bool | None = None,
        notieragent: bool | None = None,
        noup: bool | None = None,
        pause: bool | None = None,
    ) -> AsyncTask:
        """Set/Unset multiple Ceph flags at once. Each flag is a top-level optional boolean: passing true sets the flag, false unsets it, omitting it leaves the current state untouched. Runs as a worker task; returns a UPID to follow.

        Args:
            nobackfill: Backfilling of PGs is suspended.
            nodeep_scrub: Deep Scrubbing is disabled.
            nodown: OSD failure reports are being ignored, such that the monitors will not mark OSDs down.
            noin: OSDs that were previously marked out will not be marked back in when they start.
            noout: OSDs will not automatically be marked out after the configured interval.
            norebalance: Rebalancing of PGs is suspended.
            norecover: Recovery of PGs is suspended.
            noscrub: Scrubbing is disabled.
            notieragent: Cache tiering activity is suspended.
            noup: OSDs are not allowed to start.
            pause: Pauses read and writes.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/ceph/flags`` (``set_flags``)."""
        params = {
            "nobackfill": nobackfill,
            "nodeep-scrub": nodeep_scrub,
            "nodown": nodown,
            "noin": noin,
            "noout": noout,
            "norebalance": norebalance,
            "norecover": norecover,
            "noscrub": noscrub,
            "notieragent": notieragent,
            "noup": noup,
            "pause": pause,
        }
        return _task(await self._client._call("PUT", self._path, params, _R2), self._client)


class ClusterCephFlagsFlag(AsyncPath):
    """``/cluster/ceph/flags/{flag}`` ({flag})

    ``GET``: Get the status of a specific ceph flag.
    ``PUT``: Set or clear (unset) a specific Ceph flag. Runs synchronously (unlike the bulk PUT /cluster/ceph/flags endpoint, which forks a worker task)."""

    __slots__ = ()

    async def get(self) -> bool:
        """Get the status of a specific ceph flag.

        Returns:
            ``bool``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/ceph/flags/{flag}`` (``get_flag``)."""
        return await self._client._call("GET", self._path, {}, _R3)

    async def put(
        self,
        *,
        value: bool,
    ) -> None:
        """Set or clear (unset) a specific Ceph flag. Runs synchronously (unlike the bulk PUT /cluster/ceph/flags endpoint, which forks a worker task).

        Args:
            value: The new value of the flag

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/ceph/flags/{flag}`` (``update_flag``)."""
        value = _secret(value)
        params = {
            "value": value,
        }
        return await self._client._call("PUT", self._path, params, _R4)


class ClusterCephMetadata(AsyncPath):
    """``/cluster/ceph/metadata`` (metadata)

    ``GET``: Get ceph metadata."""

    __slots__ = ()

    async def get(
        self,
        *,
        scope: Literal["all", "versions"] | None = None,
    ) -> ClusterCephMetadataGetResult:
        """Get ceph metadata.

        Args:
            scope: Which metadata facet to return: 'all' enriches the per-daemon metadata with the PVE-side service state (presence of unit, data directory), 'versions' collects only per-node Ceph binary version data.
                Default: ``all``.

        Returns:
            ``ClusterCephMetadataGetResult``: Items for each type of service containing objects for each instance.

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Datastore.Audit], any, 1]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/ceph/metadata`` (``metadata``)."""
        params = {
            "scope": scope,
        }
        return await self._client._call("GET", self._path, params, _R5)


class ClusterCephStatus(AsyncPath):
    """``/cluster/ceph/status`` (status)

    ``GET``: Get ceph status."""

    __slots__ = ()

    async def get(self) -> dict[str, Any]:
        """Get ceph status.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Datastore.Audit], any, 1]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/ceph/status`` (``status``)."""
        return await self._client._call("GET", self._path, {}, _R6)
