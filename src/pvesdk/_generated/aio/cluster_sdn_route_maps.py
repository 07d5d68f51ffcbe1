# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``cluster_sdn_route_maps`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import segment as _segment
from pvesdk._runtime import sequence as _sequence

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.cluster_sdn_route_maps.cluster_sdn_route_maps_entries_get import (
        ClusterSdnRouteMapsEntriesGetResultItem,
    )
    from ..models.cluster_sdn_route_maps.cluster_sdn_route_maps_entries_route_map_id_entry_order_get import (
        ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult,
    )
    from ..models.cluster_sdn_route_maps.cluster_sdn_route_maps_entries_route_map_id_get import (
        ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem,
    )
    from ..models.cluster_sdn_route_maps.cluster_sdn_route_maps_get import (
        ClusterSdnRouteMapsGetResultItem,
    )
    from ..propstr.exit_action import ExitAction
    from ..propstr.match import Match
    from ..propstr.set import Set

_R0: Returns[list[ClusterSdnRouteMapsGetResultItem]] = Returns(
    "list[ClusterSdnRouteMapsGetResultItem]",
    "GET /cluster/sdn/route-maps",
    "models.cluster_sdn_route_maps.cluster_sdn_route_maps_get",
)
_R1: Returns[list[ClusterSdnRouteMapsEntriesGetResultItem]] = Returns(
    "list[ClusterSdnRouteMapsEntriesGetResultItem]",
    "GET /cluster/sdn/route-maps/entries",
    "models.cluster_sdn_route_maps.cluster_sdn_route_maps_entries_get",
)
_R2: Returns[None] = Returns("None", "POST /cluster/sdn/route-maps/entries")
_R3: Returns[list[ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem]] = Returns(
    "list[ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem]",
    "GET /cluster/sdn/route-maps/entries/{route-map-id}",
    "models.cluster_sdn_route_maps.cluster_sdn_route_maps_entries_route_map_id_get",
)
_R4: Returns[ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult] = Returns(
    "ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult",
    "GET /cluster/sdn/route-maps/entries/{route-map-id}/entry/{order}",
    "models.cluster_sdn_route_maps.cluster_sdn_route_maps_entries_route_map_id_entry_order_get",
)
_R5: Returns[None] = Returns(
    "None", "PUT /cluster/sdn/route-maps/entries/{route-map-id}/entry/{order}"
)
_R6: Returns[None] = Returns(
    "None", "DELETE /cluster/sdn/route-maps/entries/{route-map-id}/entry/{order}"
)


class ClusterSdnRouteMaps(AsyncPath):
    """``/cluster/sdn/route-maps`` (route-maps)

    ``GET``: List Route Maps"""

    __slots__ = ()

    @property
    def entries(self) -> ClusterSdnRouteMapsEntries:
        """Lists all route map entries."""
        return ClusterSdnRouteMapsEntries(self._client, self._path + "/entries")

    async def get(
        self,
        *,
        running: bool | None = None,
    ) -> list[ClusterSdnRouteMapsGetResultItem]:
        """List Route Maps

        Args:
            running: Display running config.
                Proxmox VE: New in 9.2.

        Returns:
            ``list[ClusterSdnRouteMapsGetResultItem]``

        Permissions:
            Only returns route maps where you have 'SDN.Audit' or 'SDN.Allocate' permissions.
            User: all

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/sdn/route-maps`` (``list_route_maps``)."""
        params = {
            "running": running,
        }
        return await self._client._call("GET", self._path, params, _R0)


class ClusterSdnRouteMapsEntries(AsyncPath):
    """``/cluster/sdn/route-maps/entries`` (entries)

    ``GET``: Lists all route map entries.
    ``POST``: Create Route Map entry"""

    __slots__ = ()

    def route_map_id(self, route_map_id: str) -> ClusterSdnRouteMapsEntriesRouteMapId:
        """The SDN route map identifier"""
        return ClusterSdnRouteMapsEntriesRouteMapId(
            self._client, self._path + "/" + _segment(route_map_id)
        )

    async def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
    ) -> list[ClusterSdnRouteMapsEntriesGetResultItem]:
        """Lists all route map entries.

        Args:
            pending: Display pending config.
                Proxmox VE: New in 9.2.
            running: Display running config.
                Proxmox VE: New in 9.2.

        Returns:
            ``list[ClusterSdnRouteMapsEntriesGetResultItem]``

        Permissions:
            Only returns route map entries where you have 'SDN.Audit' or 'SDN.Allocate' permissions.
            User: all

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/sdn/route-maps/entries`` (``list_route_map_entries``)."""
        params = {
            "pending": pending,
            "running": running,
        }
        return await self._client._call("GET", self._path, params, _R1)

    async def post(
        self,
        *,
        action: Literal["permit", "deny"],
        order: int,
        route_map_id: str,
        call: str | None = None,
        digest: str | None = None,
        exit_action: ExitAction | str | None = None,
        lock_token: str | None = None,
        match: list[Match | str] | tuple[Match | str, ...] | None = None,
        set: list[Set | str] | tuple[Set | str, ...] | None = None,
    ) -> None:
        """Create Route Map entry

        Args:
            action: Matching policy of a route map entry.
                Proxmox VE: New in 9.2.
            order: The index of this route map entry
                Proxmox VE: New in 9.2.
                Range: 0 to 65535.
            route_map_id: The SDN route map identifier
                Proxmox VE: New in 9.2.
                Format: ``pve-sdn-route-map-id``.
            call: The SDN route map identifier
                Proxmox VE: New in 9.2.
                Format: ``pve-sdn-route-map-id``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 9.2.
                Length: 0 to 64.
            exit_action: (no description in the schema)
                Proxmox VE: New in 9.2.
                Syntax: ``key=<on-match-goto|on-match-next|continue> [,value=<integer>]``.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.2.
            match: (no description in the schema)
                Proxmox VE: New in 9.2.
            set: (no description in the schema)
                Proxmox VE: New in 9.2.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/route-maps, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``POST /cluster/sdn/route-maps/entries`` (``create_route_map_entry``)."""
        params = {
            "action": action,
            "order": order,
            "route-map-id": route_map_id,
            "call": call,
            "digest": digest,
            "exit-action": exit_action,
            "lock-token": lock_token,
            "match": _sequence("match", match),
            "set": _sequence("set", set),
        }
        return await self._client._call("POST", self._path, params, _R2)


class ClusterSdnRouteMapsEntriesRouteMapId(AsyncPath):
    """``/cluster/sdn/route-maps/entries/{route-map-id}`` ({route-map-id})

    ``GET``: List all entries for a given Route Map"""

    __slots__ = ()

    @property
    def entry(self) -> ClusterSdnRouteMapsEntriesRouteMapIdEntry:
        """entry"""
        return ClusterSdnRouteMapsEntriesRouteMapIdEntry(self._client, self._path + "/entry")

    async def get(
        self,
        *,
        pending: bool | None = None,
        running: bool | None = None,
    ) -> list[ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem]:
        """List all entries for a given Route Map

        Args:
            pending: Display pending config.
                Proxmox VE: New in 9.2.
            running: Display running config.
                Proxmox VE: New in 9.2.

        Returns:
            ``list[ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem]``

        Permissions:
            Check: ``[perm, /sdn/route-maps/{route-map-id}, [SDN.Audit, SDN.Allocate], any, 1]``

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/sdn/route-maps/entries/{route-map-id}`` (``list_route_map_entries_for_route_map``)."""
        params = {
            "pending": pending,
            "running": running,
        }
        return await self._client._call("GET", self._path, params, _R3)


class ClusterSdnRouteMapsEntriesRouteMapIdEntry(AsyncPath):
    """``/cluster/sdn/route-maps/entries/{route-map-id}/entry`` (entry)"""

    __slots__ = ()

    def order(self, order: int) -> ClusterSdnRouteMapsEntriesRouteMapIdEntryOrder:
        """The index of this route map entry"""
        return ClusterSdnRouteMapsEntriesRouteMapIdEntryOrder(
            self._client, self._path + "/" + _segment(order)
        )


class ClusterSdnRouteMapsEntriesRouteMapIdEntryOrder(AsyncPath):
    """``/cluster/sdn/route-maps/entries/{route-map-id}/entry/{order}`` ({order})

    ``GET``: Get Route Map Entry
    ``PUT``: Update Route Map Entry
    ``DELETE``: Delete Route Map Entry"""

    __slots__ = ()

    async def get(self) -> ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult:
        """Get Route Map Entry

        Returns:
            ``ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult``

        Permissions:
            Check: ``[perm, /sdn/route-maps/{route-map-id}, [SDN.Audit, SDN.Allocate], any, 1]``

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/sdn/route-maps/entries/{route-map-id}/entry/{order}`` (``get_route_map_entry``)."""
        return await self._client._call("GET", self._path, {}, _R4)

    async def put(
        self,
        *,
        action: Literal["permit", "deny"] | None = None,
        call: str | None = None,
        delete: list[Literal["set", "match", "call", "exit-action"]]
        | tuple[Literal["set", "match", "call", "exit-action"], ...]
        | None = None,
        digest: str | None = None,
        exit_action: ExitAction | str | None = None,
        lock_token: str | None = None,
        match: list[Match | str] | tuple[Match | str, ...] | None = None,
        set: list[Set | str] | tuple[Set | str, ...] | None = None,
    ) -> None:
        """Update Route Map Entry

        Args:
            action: Matching policy of a route map entry.
                Proxmox VE: New in 9.2.
            call: The SDN route map identifier
                Proxmox VE: New in 9.2.
                Format: ``pve-sdn-route-map-id``.
            delete: (no description in the schema)
                Proxmox VE: New in 9.2.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 9.2.
                Length: 0 to 64.
            exit_action: (no description in the schema)
                Proxmox VE: New in 9.2.
                Syntax: ``key=<on-match-goto|on-match-next|continue> [,value=<integer>]``.
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.2.
            match: (no description in the schema)
                Proxmox VE: New in 9.2.
            set: (no description in the schema)
                Proxmox VE: New in 9.2.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/route-maps/{route-map-id}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``PUT /cluster/sdn/route-maps/entries/{route-map-id}/entry/{order}`` (``update_route_map_entry``)."""
        params = {
            "action": action,
            "call": call,
            "delete": _sequence("delete", delete),
            "digest": digest,
            "exit-action": exit_action,
            "lock-token": lock_token,
            "match": _sequence("match", match),
            "set": _sequence("set", set),
        }
        return await self._client._call("PUT", self._path, params, _R5)

    async def delete(
        self,
        *,
        lock_token: str | None = None,
    ) -> None:
        """Delete Route Map Entry

        Args:
            lock_token: the token for unlocking the global SDN configuration
                Proxmox VE: New in 9.2.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /sdn/route-maps/{route-map-id}, [SDN.Allocate]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``DELETE /cluster/sdn/route-maps/entries/{route-map-id}/entry/{order}`` (``delete_route_map_entry``)."""
        params = {
            "lock-token": lock_token,
        }
        return await self._client._call("DELETE", self._path, params, _R6)
