# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_sdn`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.nodes_sdn.nodes_node_sdn_fabrics_fabric_get import (
        NodesNodeSdnFabricsFabricGetResultItem,
    )
    from ..models.nodes_sdn.nodes_node_sdn_vnets_vnet_get import (
        NodesNodeSdnVnetsVnetGetResultItem,
    )
    from ..models.nodes_sdn.nodes_node_sdn_zones_get import (
        NodesNodeSdnZonesGetResultItem,
    )
    from ..models.nodes_sdn.nodes_node_sdn_zones_zone_get import (
        NodesNodeSdnZonesZoneGetResultItem,
    )
    from ..models.nodes_sdn.nodes_sdn_fabrics_interfaces_get import (
        NodesSdnFabricsInterfacesGetResultItem,
    )
    from ..models.nodes_sdn.nodes_sdn_fabrics_neighbors_get import (
        NodesSdnFabricsNeighborsGetResultItem,
    )
    from ..models.nodes_sdn.nodes_sdn_fabrics_routes_get import (
        NodesSdnFabricsRoutesGetResultItem,
    )
    from ..models.nodes_sdn.nodes_sdn_vnets_mac_vrf_get import (
        NodesSdnVnetsMacVrfGetResultItem,
    )
    from ..models.nodes_sdn.nodes_sdn_zones_bridges_get import (
        NodesSdnZonesBridgesGetResultItem,
    )
    from ..models.nodes_sdn.nodes_sdn_zones_content_get import (
        NodesSdnZonesContentGetResultItem,
    )
    from ..models.nodes_sdn.nodes_sdn_zones_ip_vrf_get import (
        NodesSdnZonesIpVrfGetResultItem,
    )

_R0: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /nodes/{node}/sdn")
_R1: Returns[list[NodesNodeSdnFabricsFabricGetResultItem]] = Returns(
    "list[NodesNodeSdnFabricsFabricGetResultItem]",
    "GET /nodes/{node}/sdn/fabrics/{fabric}",
    "models.nodes_sdn.nodes_node_sdn_fabrics_fabric_get",
)
_R2: Returns[list[NodesSdnFabricsInterfacesGetResultItem]] = Returns(
    "list[NodesSdnFabricsInterfacesGetResultItem]",
    "GET /nodes/{node}/sdn/fabrics/{fabric}/interfaces",
    "models.nodes_sdn.nodes_sdn_fabrics_interfaces_get",
)
_R3: Returns[list[NodesSdnFabricsNeighborsGetResultItem]] = Returns(
    "list[NodesSdnFabricsNeighborsGetResultItem]",
    "GET /nodes/{node}/sdn/fabrics/{fabric}/neighbors",
    "models.nodes_sdn.nodes_sdn_fabrics_neighbors_get",
)
_R4: Returns[list[NodesSdnFabricsRoutesGetResultItem]] = Returns(
    "list[NodesSdnFabricsRoutesGetResultItem]",
    "GET /nodes/{node}/sdn/fabrics/{fabric}/routes",
    "models.nodes_sdn.nodes_sdn_fabrics_routes_get",
)
_R5: Returns[list[NodesNodeSdnVnetsVnetGetResultItem]] = Returns(
    "list[NodesNodeSdnVnetsVnetGetResultItem]",
    "GET /nodes/{node}/sdn/vnets/{vnet}",
    "models.nodes_sdn.nodes_node_sdn_vnets_vnet_get",
)
_R6: Returns[list[NodesSdnVnetsMacVrfGetResultItem]] = Returns(
    "list[NodesSdnVnetsMacVrfGetResultItem]",
    "GET /nodes/{node}/sdn/vnets/{vnet}/mac-vrf",
    "models.nodes_sdn.nodes_sdn_vnets_mac_vrf_get",
)
_R7: Returns[list[NodesNodeSdnZonesGetResultItem]] = Returns(
    "list[NodesNodeSdnZonesGetResultItem]",
    "GET /nodes/{node}/sdn/zones",
    "models.nodes_sdn.nodes_node_sdn_zones_get",
)
_R8: Returns[list[NodesNodeSdnZonesZoneGetResultItem]] = Returns(
    "list[NodesNodeSdnZonesZoneGetResultItem]",
    "GET /nodes/{node}/sdn/zones/{zone}",
    "models.nodes_sdn.nodes_node_sdn_zones_zone_get",
)
_R9: Returns[list[NodesSdnZonesBridgesGetResultItem]] = Returns(
    "list[NodesSdnZonesBridgesGetResultItem]",
    "GET /nodes/{node}/sdn/zones/{zone}/bridges",
    "models.nodes_sdn.nodes_sdn_zones_bridges_get",
)
_R10: Returns[list[NodesSdnZonesContentGetResultItem]] = Returns(
    "list[NodesSdnZonesContentGetResultItem]",
    "GET /nodes/{node}/sdn/zones/{zone}/content",
    "models.nodes_sdn.nodes_sdn_zones_content_get",
)
_R11: Returns[list[NodesSdnZonesIpVrfGetResultItem]] = Returns(
    "list[NodesSdnZonesIpVrfGetResultItem]",
    "GET /nodes/{node}/sdn/zones/{zone}/ip-vrf",
    "models.nodes_sdn.nodes_sdn_zones_ip_vrf_get",
)


class NodesNodeSdn(SyncPath):
    """``/nodes/{node}/sdn`` (sdn)

    ``GET``: SDN index."""

    __slots__ = ()

    @property
    def fabrics(self) -> NodesNodeSdnFabrics:
        """fabrics"""
        return NodesNodeSdnFabrics(self._client, self._path + "/fabrics")

    @property
    def vnets(self) -> NodesNodeSdnVnets:
        """vnets"""
        return NodesNodeSdnVnets(self._client, self._path + "/vnets")

    @property
    def zones(self) -> NodesNodeSdnZones:
        """Get status for all zones."""
        return NodesNodeSdnZones(self._client, self._path + "/zones")

    def get(self) -> list[dict[str, Any]]:
        """SDN index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/sdn`` (``sdnindex``)."""
        return self._client._call("GET", self._path, {}, _R0)


class NodesNodeSdnFabrics(SyncPath):
    """``/nodes/{node}/sdn/fabrics`` (fabrics)"""

    __slots__ = ()

    def fabric(self, fabric: str) -> NodesNodeSdnFabricsFabric:
        """Identifier for SDN fabrics"""
        return NodesNodeSdnFabricsFabric(self._client, self._path + "/" + _segment(fabric))


class NodesNodeSdnFabricsFabric(SyncPath):
    """``/nodes/{node}/sdn/fabrics/{fabric}`` ({fabric})

    ``GET``: Directory index for SDN fabric status."""

    __slots__ = ()

    @property
    def interfaces(self) -> NodesNodeSdnFabricsFabricInterfaces:
        """Get all interfaces for a fabric."""
        return NodesNodeSdnFabricsFabricInterfaces(self._client, self._path + "/interfaces")

    @property
    def neighbors(self) -> NodesNodeSdnFabricsFabricNeighbors:
        """Get all neighbors for a fabric."""
        return NodesNodeSdnFabricsFabricNeighbors(self._client, self._path + "/neighbors")

    @property
    def routes(self) -> NodesNodeSdnFabricsFabricRoutes:
        """Get all routes for a fabric."""
        return NodesNodeSdnFabricsFabricRoutes(self._client, self._path + "/routes")

    def get(self) -> list[NodesNodeSdnFabricsFabricGetResultItem]:
        """Directory index for SDN fabric status.

        Returns:
            ``list[NodesNodeSdnFabricsFabricGetResultItem]``

        Permissions:
            Check: ``[perm, /sdn/fabrics/{fabric}, [SDN.Audit]]``

        Proxmox VE: New in 9.1.

        Proxmox: ``GET /nodes/{node}/sdn/fabrics/{fabric}`` (``diridx``)."""
        return self._client._call("GET", self._path, {}, _R1)


class NodesNodeSdnFabricsFabricInterfaces(SyncPath):
    """``/nodes/{node}/sdn/fabrics/{fabric}/interfaces`` (interfaces)

    ``GET``: Get all interfaces for a fabric."""

    __slots__ = ()

    def get(self) -> list[NodesSdnFabricsInterfacesGetResultItem]:
        """Get all interfaces for a fabric.

        Returns:
            ``list[NodesSdnFabricsInterfacesGetResultItem]``

        Permissions:
            Check: ``[perm, /sdn/fabrics/{fabric}, [SDN.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.1.

        Proxmox: ``GET /nodes/{node}/sdn/fabrics/{fabric}/interfaces`` (``interfaces``)."""
        return self._client._call("GET", self._path, {}, _R2)


class NodesNodeSdnFabricsFabricNeighbors(SyncPath):
    """``/nodes/{node}/sdn/fabrics/{fabric}/neighbors`` (neighbors)

    ``GET``: Get all neighbors for a fabric."""

    __slots__ = ()

    def get(self) -> list[NodesSdnFabricsNeighborsGetResultItem]:
        """Get all neighbors for a fabric.

        Returns:
            ``list[NodesSdnFabricsNeighborsGetResultItem]``

        Permissions:
            Check: ``[perm, /sdn/fabrics/{fabric}, [SDN.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.1.

        Proxmox: ``GET /nodes/{node}/sdn/fabrics/{fabric}/neighbors`` (``neighbors``)."""
        return self._client._call("GET", self._path, {}, _R3)


class NodesNodeSdnFabricsFabricRoutes(SyncPath):
    """``/nodes/{node}/sdn/fabrics/{fabric}/routes`` (routes)

    ``GET``: Get all routes for a fabric."""

    __slots__ = ()

    def get(self) -> list[NodesSdnFabricsRoutesGetResultItem]:
        """Get all routes for a fabric.

        Returns:
            ``list[NodesSdnFabricsRoutesGetResultItem]``

        Permissions:
            Check: ``[perm, /sdn/fabrics/{fabric}, [SDN.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.1.

        Proxmox: ``GET /nodes/{node}/sdn/fabrics/{fabric}/routes`` (``routes``)."""
        return self._client._call("GET", self._path, {}, _R4)


class NodesNodeSdnVnets(SyncPath):
    """``/nodes/{node}/sdn/vnets`` (vnets)"""

    __slots__ = ()

    def vnet(self, vnet: str) -> NodesNodeSdnVnetsVnet:
        """The SDN vnet object identifier."""
        return NodesNodeSdnVnetsVnet(self._client, self._path + "/" + _segment(vnet))


class NodesNodeSdnVnetsVnet(SyncPath):
    """``/nodes/{node}/sdn/vnets/{vnet}`` ({vnet})

    ``GET``: GET /nodes/{node}/sdn/vnets/{vnet}"""

    __slots__ = ()

    @property
    def mac_vrf(self) -> NodesNodeSdnVnetsVnetMacVrf:
        """Get the MAC VRF for a VNet in an EVPN zone."""
        return NodesNodeSdnVnetsVnetMacVrf(self._client, self._path + "/mac-vrf")

    def get(self) -> list[NodesNodeSdnVnetsVnetGetResultItem]:
        """GET /nodes/{node}/sdn/vnets/{vnet}

        Returns:
            ``list[NodesNodeSdnVnetsVnetGetResultItem]``

        Permissions:
            Require 'SDN.Audit' permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Proxmox VE: New in 9.1.

        Proxmox: ``GET /nodes/{node}/sdn/vnets/{vnet}`` (``diridx``)."""
        return self._client._call("GET", self._path, {}, _R5)


class NodesNodeSdnVnetsVnetMacVrf(SyncPath):
    """``/nodes/{node}/sdn/vnets/{vnet}/mac-vrf`` (mac-vrf)

    ``GET``: Get the MAC VRF for a VNet in an EVPN zone."""

    __slots__ = ()

    def get(self) -> list[NodesSdnVnetsMacVrfGetResultItem]:
        """Get the MAC VRF for a VNet in an EVPN zone.

        Returns:
            ``list[NodesSdnVnetsMacVrfGetResultItem]``: All routes from the MAC VRF that this node self-originates or has learned via BGP.

        Permissions:
            Require 'SDN.Audit' permissions on '/sdn/zones/<zone>/<vnet>'
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.1.

        Proxmox: ``GET /nodes/{node}/sdn/vnets/{vnet}/mac-vrf`` (``mac-vrf``)."""
        return self._client._call("GET", self._path, {}, _R6)


class NodesNodeSdnZones(SyncPath):
    """``/nodes/{node}/sdn/zones`` (zones)

    ``GET``: Get status for all zones."""

    __slots__ = ()

    def zone(self, zone: str) -> NodesNodeSdnZonesZone:
        """The SDN zone object identifier."""
        return NodesNodeSdnZonesZone(self._client, self._path + "/" + _segment(zone))

    def get(self) -> list[NodesNodeSdnZonesGetResultItem]:
        """Get status for all zones.

        Returns:
            ``list[NodesNodeSdnZonesGetResultItem]``

        Permissions:
            Only list entries where you have 'SDN.Audit'
            User: all

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/sdn/zones`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R7)


class NodesNodeSdnZonesZone(SyncPath):
    """``/nodes/{node}/sdn/zones/{zone}`` ({zone})

    ``GET``: Directory index for SDN zone status."""

    __slots__ = ()

    @property
    def bridges(self) -> NodesNodeSdnZonesZoneBridges:
        """Get a list of all bridges (vnets) that are part of a zone, as well as the ports that are members of that bridge."""
        return NodesNodeSdnZonesZoneBridges(self._client, self._path + "/bridges")

    @property
    def content(self) -> NodesNodeSdnZonesZoneContent:
        """List zone content."""
        return NodesNodeSdnZonesZoneContent(self._client, self._path + "/content")

    @property
    def ip_vrf(self) -> NodesNodeSdnZonesZoneIpVrf:
        """Get the IP VRF of an EVPN zone."""
        return NodesNodeSdnZonesZoneIpVrf(self._client, self._path + "/ip-vrf")

    def get(self) -> list[NodesNodeSdnZonesZoneGetResultItem]:
        """Directory index for SDN zone status.

        Returns:
            ``list[NodesNodeSdnZonesZoneGetResultItem]``

        Permissions:
            Check: ``[perm, /sdn/zones/{zone}, [SDN.Audit]]``

        Proxmox: ``GET /nodes/{node}/sdn/zones/{zone}`` (``diridx``)."""
        return self._client._call("GET", self._path, {}, _R8)


class NodesNodeSdnZonesZoneBridges(SyncPath):
    """``/nodes/{node}/sdn/zones/{zone}/bridges`` (bridges)

    ``GET``: Get a list of all bridges (vnets) that are part of a zone, as well as the ports that are members of that bridge."""

    __slots__ = ()

    def get(self) -> list[NodesSdnZonesBridgesGetResultItem]:
        """Get a list of all bridges (vnets) that are part of a zone, as well as the ports that are members of that bridge.

        Returns:
            ``list[NodesSdnZonesBridgesGetResultItem]``

        Permissions:
            Check: ``[perm, /sdn/zones/{zone}, [SDN.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.1.

        Proxmox: ``GET /nodes/{node}/sdn/zones/{zone}/bridges`` (``bridges``)."""
        return self._client._call("GET", self._path, {}, _R9)


class NodesNodeSdnZonesZoneContent(SyncPath):
    """``/nodes/{node}/sdn/zones/{zone}/content`` (content)

    ``GET``: List zone content."""

    __slots__ = ()

    def get(self) -> list[NodesSdnZonesContentGetResultItem]:
        """List zone content.

        Returns:
            ``list[NodesSdnZonesContentGetResultItem]``

        Permissions:
            Check: ``[perm, /sdn/zones/{zone}, [SDN.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/sdn/zones/{zone}/content`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R10)


class NodesNodeSdnZonesZoneIpVrf(SyncPath):
    """``/nodes/{node}/sdn/zones/{zone}/ip-vrf`` (ip-vrf)

    ``GET``: Get the IP VRF of an EVPN zone."""

    __slots__ = ()

    def get(self) -> list[NodesSdnZonesIpVrfGetResultItem]:
        """Get the IP VRF of an EVPN zone.

        Returns:
            ``list[NodesSdnZonesIpVrfGetResultItem]``: All entries in the VRF table of zone {zone} of the node.This does not include /32 routes for guests on this host,since they are handled via the respective vnet bridge directly.

        Permissions:
            Check: ``[perm, /sdn/zones/{zone}, [SDN.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.1.

        Proxmox: ``GET /nodes/{node}/sdn/zones/{zone}/ip-vrf`` (``ip-vrf``)."""
        return self._client._call("GET", self._path, {}, _R11)
