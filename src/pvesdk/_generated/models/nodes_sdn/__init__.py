# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_sdn``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_node_sdn_fabrics_fabric_get import (
        NodesNodeSdnFabricsFabricGetResultItem as NodesNodeSdnFabricsFabricGetResultItem,
    )
    from .nodes_node_sdn_vnets_vnet_get import (
        NodesNodeSdnVnetsVnetGetResultItem as NodesNodeSdnVnetsVnetGetResultItem,
    )
    from .nodes_node_sdn_zones_get import (
        NodesNodeSdnZonesGetResultItem as NodesNodeSdnZonesGetResultItem,
    )
    from .nodes_node_sdn_zones_zone_get import (
        NodesNodeSdnZonesZoneGetResultItem as NodesNodeSdnZonesZoneGetResultItem,
    )
    from .nodes_sdn_fabrics_interfaces_get import (
        NodesSdnFabricsInterfacesGetResultItem as NodesSdnFabricsInterfacesGetResultItem,
    )
    from .nodes_sdn_fabrics_neighbors_get import (
        NodesSdnFabricsNeighborsGetResultItem as NodesSdnFabricsNeighborsGetResultItem,
    )
    from .nodes_sdn_fabrics_routes_get import (
        NodesSdnFabricsRoutesGetResultItem as NodesSdnFabricsRoutesGetResultItem,
    )
    from .nodes_sdn_vnets_mac_vrf_get import (
        NodesSdnVnetsMacVrfGetResultItem as NodesSdnVnetsMacVrfGetResultItem,
    )
    from .nodes_sdn_zones_bridges_get import (
        NodesSdnZonesBridgesGetResultItem as NodesSdnZonesBridgesGetResultItem,
    )
    from .nodes_sdn_zones_bridges_get import (
        NodesSdnZonesBridgesGetResultItemPortsItem as NodesSdnZonesBridgesGetResultItemPortsItem,
    )
    from .nodes_sdn_zones_content_get import (
        NodesSdnZonesContentGetResultItem as NodesSdnZonesContentGetResultItem,
    )
    from .nodes_sdn_zones_ip_vrf_get import (
        NodesSdnZonesIpVrfGetResultItem as NodesSdnZonesIpVrfGetResultItem,
    )

__all__ = [
    "NodesNodeSdnFabricsFabricGetResultItem",
    "NodesNodeSdnVnetsVnetGetResultItem",
    "NodesNodeSdnZonesGetResultItem",
    "NodesNodeSdnZonesZoneGetResultItem",
    "NodesSdnFabricsInterfacesGetResultItem",
    "NodesSdnFabricsNeighborsGetResultItem",
    "NodesSdnFabricsRoutesGetResultItem",
    "NodesSdnVnetsMacVrfGetResultItem",
    "NodesSdnZonesBridgesGetResultItem",
    "NodesSdnZonesBridgesGetResultItemPortsItem",
    "NodesSdnZonesContentGetResultItem",
    "NodesSdnZonesIpVrfGetResultItem",
]

_INDEX: dict[str, str] = {
    "NodesNodeSdnFabricsFabricGetResultItem": "nodes_node_sdn_fabrics_fabric_get",
    "NodesSdnFabricsInterfacesGetResultItem": "nodes_sdn_fabrics_interfaces_get",
    "NodesSdnFabricsNeighborsGetResultItem": "nodes_sdn_fabrics_neighbors_get",
    "NodesSdnFabricsRoutesGetResultItem": "nodes_sdn_fabrics_routes_get",
    "NodesNodeSdnVnetsVnetGetResultItem": "nodes_node_sdn_vnets_vnet_get",
    "NodesSdnVnetsMacVrfGetResultItem": "nodes_sdn_vnets_mac_vrf_get",
    "NodesNodeSdnZonesGetResultItem": "nodes_node_sdn_zones_get",
    "NodesNodeSdnZonesZoneGetResultItem": "nodes_node_sdn_zones_zone_get",
    "NodesSdnZonesBridgesGetResultItem": "nodes_sdn_zones_bridges_get",
    "NodesSdnZonesBridgesGetResultItemPortsItem": "nodes_sdn_zones_bridges_get",
    "NodesSdnZonesContentGetResultItem": "nodes_sdn_zones_content_get",
    "NodesSdnZonesIpVrfGetResultItem": "nodes_sdn_zones_ip_vrf_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
