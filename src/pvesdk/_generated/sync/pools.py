# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``pools`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import join as _join
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.pools.pools_get import PoolsGetResultItem
    from ..models.pools.pools_poolid_get import PoolsPoolidGetResult

_R0: Returns[list[PoolsGetResultItem]] = Returns(
    "list[PoolsGetResultItem]", "GET /pools", "models.pools.pools_get"
)
_R1: Returns[None] = Returns("None", "POST /pools")
_R2: Returns[None] = Returns("None", "PUT /pools")
_R3: Returns[None] = Returns("None", "DELETE /pools")
_R4: Returns[PoolsPoolidGetResult] = Returns(
    "PoolsPoolidGetResult", "GET /pools/{poolid}", "models.pools.pools_poolid_get"
)
_R5: Returns[None] = Returns("None", "PUT /pools/{poolid}")
_R6: Returns[None] = Returns("None", "DELETE /pools/{poolid}")


class Pools(SyncPath):
    """``/pools`` (pools)

    ``GET``: List pools or get pool configuration.
    ``POST``: Create new pool.
    ``PUT``: Update pool.
    ``DELETE``: Delete pool."""

    __slots__ = ()

    def poolid(self, poolid: str) -> PoolsPoolid:
        """{poolid}"""
        return PoolsPoolid(self._client, self._path + "/" + _segment(poolid))

    def get(
        self,
        *,
        poolid: str | None = None,
        type: Literal["qemu", "lxc", "storage"] | None = None,
    ) -> list[PoolsGetResultItem]:
        """List pools or get pool configuration.

        Args:
            poolid: (no description in the schema)
                Proxmox VE: New in 8.1.
                Format: ``pve-poolid``.
            type: (no description in the schema)
                Proxmox VE: New in 8.1.

        Returns:
            ``list[PoolsGetResultItem]``

        Permissions:
            List all pools where you have Pool.Audit permissions on /pool/<pool>, or the pool specific with {poolid}
            User: all

        Proxmox: ``GET /pools`` (``index``)."""
        params = {
            "poolid": poolid,
            "type": type,
        }
        return self._client._call("GET", self._path, params, _R0)

    def post(
        self,
        *,
        poolid: str,
        comment: str | None = None,
    ) -> None:
        """Create new pool.

        Args:
            poolid: (no description in the schema)
                Format: ``pve-poolid``.
            comment: (no description in the schema)

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /pool/{poolid}, [Pool.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /pools`` (``create_pool``)."""
        params = {
            "poolid": poolid,
            "comment": comment,
        }
        return self._client._call("POST", self._path, params, _R1)

    def put(
        self,
        *,
        poolid: str,
        allow_move: bool | None = None,
        comment: str | None = None,
        delete: bool | None = None,
        storage: str | Sequence[str] | None = None,
        vms: str | Sequence[str] | None = None,
    ) -> None:
        """Update pool.

        Args:
            poolid: (no description in the schema)
                Proxmox VE: New in 8.1.
                Format: ``pve-poolid``.
            allow_move: Allow adding a guest even if already in another pool. The guest will be removed from its current pool and added to this one.
                Proxmox VE: New in 8.1.
                Default: ``0``.
            comment: (no description in the schema)
                Proxmox VE: New in 8.1.
            delete: Remove the passed VMIDs and/or storage IDs instead of adding them.
                Proxmox VE: New in 8.1.
                Default: ``0``.
            storage: List of storage IDs to add or remove from this pool.
                Proxmox VE: New in 8.1.
                Format: ``pve-storage-id-list``.
                Syntax: ``<string>``.
            vms: List of guest VMIDs to add or remove from this pool.
                Proxmox VE: New in 8.1.
                Format: ``pve-vmid-list``.
                Syntax: ``<string>``.

        Returns:
            ``None``

        Permissions:
            You also need the right to modify permissions on any object you add/delete.
            Check: ``[perm, /pool/{poolid}, [Pool.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``PUT /pools`` (``update_pool``)."""
        params = {
            "poolid": poolid,
            "allow-move": allow_move,
            "comment": comment,
            "delete": delete,
            "storage": _join(storage),
            "vms": _join(vms),
        }
        return self._client._call("PUT", self._path, params, _R2)

    def delete(
        self,
        *,
        poolid: str,
    ) -> None:
        """Delete pool.

        Args:
            poolid: (no description in the schema)
                Proxmox VE: New in 8.1.
                Format: ``pve-poolid``.

        Returns:
            ``None``

        Permissions:
            You can only delete empty pools (no members).
            Check: ``[perm, /pool/{poolid}, [Pool.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``DELETE /pools`` (``delete_pool``)."""
        params = {
            "poolid": poolid,
        }
        return self._client._call("DELETE", self._path, params, _R3)


class PoolsPoolid(SyncPath):
    """``/pools/{poolid}`` ({poolid})

    ``GET``: Get pool configuration (deprecated, no support for nested pools, use 'GET /pools/?poolid={poolid}').
    ``PUT``: Update pool data (deprecated, no support for nested pools - use 'PUT /pools/?poolid={poolid}' instead).
    ``DELETE``: Delete pool (deprecated, no support for nested pools, use 'DELETE /pools/?poolid={poolid}')."""

    __slots__ = ()

    def get(
        self,
        *,
        type: Literal["qemu", "lxc", "storage"] | None = None,
    ) -> PoolsPoolidGetResult:
        """Get pool configuration (deprecated, no support for nested pools, use 'GET /pools/?poolid={poolid}').

        Args:
            type: (no description in the schema)

        Returns:
            ``PoolsPoolidGetResult``

        Permissions:
            Check: ``[perm, /pool/{poolid}, [Pool.Audit]]``

        Proxmox: ``GET /pools/{poolid}`` (``read_pool``)."""
        params = {
            "type": type,
        }
        return self._client._call("GET", self._path, params, _R4)

    def put(
        self,
        *,
        allow_move: bool | None = None,
        comment: str | None = None,
        delete: bool | None = None,
        storage: str | Sequence[str] | None = None,
        vms: str | Sequence[str] | None = None,
    ) -> None:
        """Update pool data (deprecated, no support for nested pools - use 'PUT /pools/?poolid={poolid}' instead).

        Args:
            allow_move: Allow adding a guest even if already in another pool. The guest will be removed from its current pool and added to this one.
                Proxmox VE: New in 8.1.
                Default: ``0``.
            comment: (no description in the schema)
            delete: Remove the passed VMIDs and/or storage IDs instead of adding them.
                Default: ``0``.
            storage: List of storage IDs to add or remove from this pool.
                Format: ``pve-storage-id-list``.
                Syntax: ``<string>``.
            vms: List of guest VMIDs to add or remove from this pool.
                Format: ``pve-vmid-list``.
                Syntax: ``<string>``.

        Returns:
            ``None``

        Permissions:
            You also need the right to modify permissions on any object you add/delete.
            Check: ``[perm, /pool/{poolid}, [Pool.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /pools/{poolid}`` (``update_pool_deprecated``)."""
        params = {
            "allow-move": allow_move,
            "comment": comment,
            "delete": delete,
            "storage": _join(storage),
            "vms": _join(vms),
        }
        return self._client._call("PUT", self._path, params, _R5)

    def delete(self) -> None:
        """Delete pool (deprecated, no support for nested pools, use 'DELETE /pools/?poolid={poolid}').

        Returns:
            ``None``

        Permissions:
            You can only delete empty pools (no members).
            Check: ``[perm, /pool/{poolid}, [Pool.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /pools/{poolid}`` (``delete_pool_deprecated``)."""
        return self._client._call("DELETE", self._path, {}, _R6)
