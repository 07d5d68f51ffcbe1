# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``cluster_sdn_prefix_lists`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import segment as _segment
from pvesdk._runtime import sequence as _sequence

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..propstr.prefix_lists_entries import PrefixListsEntries
    from ..propstr.prefix_lists_entries2 import PrefixListsEntries2

_R0: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /cluster/sdn/prefix-lists"
)
_R1: Returns[None] = Returns("None", "POST /cluster/sdn/prefix-lists")
_R2: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/sdn/prefix-lists/{id}")
_R3: Returns[None] = Returns("None", "PUT /cluster/sdn/prefix-lists/{id}")
_R4: Returns[None] = Returns("None", "DELETE /cluster/sdn/prefix-lists/{id}")
_R5: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /cluster/sdn/prefix-lists/{id}/entries"
)
_R6: Returns[None] = Returns("None", "POST /cluster/sdn/prefix-lists/{id}/entries")
_R7: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /cluster/sdn/prefix-lists/{id}/entries/{url_seq}"
)
_R8: Returns[None] = Returns("None", "PUT /cluster/sdn/prefix-lists/{id}/entries/{url_seq}")
_R9: Returns[None] = Returns("None", "DELETE /cluster/sdn/prefix-lists/{id}/entries/{url_seq}")


class ClusterSdnPrefixLists(SyncPath):
    """``/cluster/sdn/prefix-lists`` (prefix-lists)

    ``GET``: List Prefix Lists
    ``POST``: Create Prefix List"""

    __slots__ = ()

    def id(self, id: str) -> ClusterSdnPrefixListsId:
        """The SDN prefix list identifier"""
        return ClusterSdnPrefixListsId(self._client, self._path + "/" + _segment(id))

    def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
        verbose: bool | None = None,
    ) -> list[dict[str, Any]]:
        """List Prefix Lists

        Args:
            pending: Display pending config.
                Proxmox VE: New in 9.2.
            running: Display running config.
                Proxmox VE: New in 9.2.
            verbose: If 0, only returns id - otherwise returns all properties.
                Proxmox VE: New in 9.2.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Only returns prefix list entries where you have 'SDN.Audit' or 'SDN.Allocate' permissions.
            User: all

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/sdn/prefix-lists`` (``list_prefix_lists``)."""
        params = {
            "pending": pending,
            "running": running,
            "verbose": verbose,
        }
        return self._client._call("GET", self._path, params, _R0)

    def post(
        self,
        *,
        id: str,
        digest: str | None = None,
        entries: list[PrefixListsEntries | str]
        | tuple[PrefixListsEntries | str, ...]
        | None = None,
        lock_token: str | None = None,
    ) -> None:
        """Create Prefix List

        Args:
            id: The SDN prefix list identifier
                Proxmox VE: New in 9.2.
                Format: ``pve-sdn-prefix-list-id``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 9.2.
                Length: 0 to 64.
            entries: (no description in the schema)
                Proxmox VE: New in 9.2.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.2.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/prefix-lists, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``POST /cluster/sdn/prefix-lists`` (``create_prefix_list_entry``)."""
        params = {
            "id": id,
            "digest": digest,
            "entries": _sequence("entries", entries),
            "lock-token": lock_token,
        }
        return self._client._call("POST", self._path, params, _R1)


class ClusterSdnPrefixListsId(SyncPath):
    """``/cluster/sdn/prefix-lists/{id}`` ({id})

    ``GET``: Get Prefix List
    ``PUT``: Update Prefix List
    ``DELETE``: Delete Prefix List"""

    __slots__ = ()

    @property
    def entries(self) -> ClusterSdnPrefixListsIdEntries:
        """List Prefix List Entries"""
        return ClusterSdnPrefixListsIdEntries(self._client, self._path + "/entries")

    def get(self) -> dict[str, Any]:
        """Get Prefix List

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /sdn/prefix-lists/{id}, [SDN.Audit]]``

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/sdn/prefix-lists/{id}`` (``get_prefix_list``)."""
        return self._client._call("GET", self._path, {}, _R2)

    def put(
        self,
        *,
        delete: list[Literal["entries"]] | tuple[Literal["entries"], ...] | None = None,
        digest: str | None = None,
        entries: list[PrefixListsEntries2 | str]
        | tuple[PrefixListsEntries2 | str, ...]
        | None = None,
        lock_token: str | None = None,
    ) -> None:
        """Update Prefix List

        Args:
            delete: (no description in the schema)
                Proxmox VE: New in 9.2.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 9.2.
                Length: 0 to 64.
            entries: (no description in the schema)
                Proxmox VE: New in 9.2.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.2.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/prefix-lists/{id}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``PUT /cluster/sdn/prefix-lists/{id}`` (``update_prefix_list``)."""
        params = {
            "delete": _sequence("delete", delete),
            "digest": digest,
            "entries": _sequence("entries", entries),
            "lock-token": lock_token,
        }
        return self._client._call("PUT", self._path, params, _R3)

    def delete(
        self,
        *,
        lock_token: str | None = None,
    ) -> None:
        """Delete Prefix List

        Args:
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.2.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/prefix-lists/{id}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``DELETE /cluster/sdn/prefix-lists/{id}`` (``delete_prefix_list``)."""
        params = {
            "lock-token": lock_token,
        }
        return self._client._call("DELETE", self._path, params, _R4)


class ClusterSdnPrefixListsIdEntries(SyncPath):
    """``/cluster/sdn/prefix-lists/{id}/entries`` (entries)

    ``GET``: List Prefix List Entries
    ``POST``: Create Prefix List Entry"""

    __slots__ = ()

    def url_seq(self, url_seq: int) -> ClusterSdnPrefixListsIdEntriesUrlSeq:
        """Sequence number of the prefix-list entry."""
        return ClusterSdnPrefixListsIdEntriesUrlSeq(
            self._client, self._path + "/" + _segment(url_seq)
        )

    def get(self) -> list[dict[str, Any]]:
        """List Prefix List Entries

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[perm, /sdn/prefix-lists/{id}, [SDN.Audit]]``

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/sdn/prefix-lists/{id}/entries`` (``get_prefix_list_entries``)."""
        return self._client._call("GET", self._path, {}, _R5)

    def post(
        self,
        *,
        action: Literal["permit", "deny"],
        prefix: str,
        ge: int | None = None,
        le: int | None = None,
        lock_token: str | None = None,
        seq: int | None = None,
    ) -> None:
        """Create Prefix List Entry

        Args:
            action: (no description in the schema)
                Proxmox VE: New in 9.2.
            prefix: (no description in the schema)
                Proxmox VE: New in 9.2.
                Format: ``FullRangeCIDR``.
            ge: (no description in the schema)
                Proxmox VE: New in 9.2.
                Range: 0 to 128.
            le: (no description in the schema)
                Proxmox VE: New in 9.2.
                Range: 0 to 128.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.2.
            seq: (no description in the schema)
                Proxmox VE: New in 9.2.
                Range: 1 to 4294967295.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/prefix-lists/{id}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``POST /cluster/sdn/prefix-lists/{id}/entries`` (``create_prefix_list_entry``)."""
        params = {
            "action": action,
            "prefix": prefix,
            "ge": ge,
            "le": le,
            "lock-token": lock_token,
            "seq": seq,
        }
        return self._client._call("POST", self._path, params, _R6)


class ClusterSdnPrefixListsIdEntriesUrlSeq(SyncPath):
    """``/cluster/sdn/prefix-lists/{id}/entries/{url_seq}`` ({url_seq})

    ``GET``: Get Prefix List Entry
    ``PUT``: Update Prefix List Entry
    ``DELETE``: Delete Prefix List Entry"""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Get Prefix List Entry

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /sdn/prefix-lists/{id}, [SDN.Audit]]``

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/sdn/prefix-lists/{id}/entries/{url_seq}`` (``get_prefix_list_entry``)."""
        return self._client._call("GET", self._path, {}, _R7)

    def put(
        self,
        *,
        action: Literal["permit", "deny"] | None = None,
        delete: list[Literal["le", "ge", "seq"]]
        | tuple[Literal["le", "ge", "seq"], ...]
        | None = None,
        digest: str | None = None,
        ge: int | None = None,
        le: int | None = None,
        lock_token: str | None = None,
        prefix: str | None = None,
        seq: int | None = None,
    ) -> None:
        """Update Prefix List Entry

        Args:
            action: (no description in the schema)
                Proxmox VE: New in 9.2.
            delete: (no description in the schema)
                Proxmox VE: New in 9.2.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 9.2.
                Length: 0 to 64.
            ge: (no description in the schema)
                Proxmox VE: New in 9.2.
                Range: 0 to 128.
            le: (no description in the schema)
                Proxmox VE: New in 9.2.
                Range: 0 to 128.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.2.
            prefix: (no description in the schema)
                Proxmox VE: New in 9.2.
                Format: ``FullRangeCIDR``.
            seq: (no description in the schema)
                Proxmox VE: New in 9.2.
                Range: 1 to 4294967295.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/prefix-lists/{id}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``PUT /cluster/sdn/prefix-lists/{id}/entries/{url_seq}`` (``update_prefix_list_entry``)."""
        params = {
            "action": action,
            "delete": _sequence("delete", delete),
            "digest": digest,
            "ge": ge,
            "le": le,
            "lock-token": lock_token,
            "prefix": prefix,
            "seq": seq,
        }
        return self._client._call("PUT", self._path, params, _R8)

    def delete(
        self,
        *,
        lock_token: str | None = None,
    ) -> None:
        """Delete Prefix List Entry

        Args:
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.2.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/prefix-lists/{id}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``DELETE /cluster/sdn/prefix-lists/{id}/entries/{url_seq}`` (``delete_prefix_list_entry``)."""
        params = {
            "lock-token": lock_token,
        }
        return self._client._call("DELETE", self._path, params, _R9)
