# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``cluster_sdn``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cluster_sdn_controllers_controller_get import (
        ClusterSdnControllersControllerGetResult as ClusterSdnControllersControllerGetResult,
    )
    from .cluster_sdn_controllers_controller_get import (
        ClusterSdnControllersControllerGetResultPending as ClusterSdnControllersControllerGetResultPending,
    )
    from .cluster_sdn_controllers_get import (
        ClusterSdnControllersGetResultItem as ClusterSdnControllersGetResultItem,
    )
    from .cluster_sdn_controllers_get import (
        ClusterSdnControllersGetResultItemPending as ClusterSdnControllersGetResultItemPending,
    )
    from .cluster_sdn_dns_get import (
        ClusterSdnDnsGetResultItem as ClusterSdnDnsGetResultItem,
    )
    from .cluster_sdn_dry_run_get import (
        ClusterSdnDryRunGetResult as ClusterSdnDryRunGetResult,
    )
    from .cluster_sdn_fabrics_all_get import (
        ClusterSdnFabricsAllGetResult as ClusterSdnFabricsAllGetResult,
    )
    from .cluster_sdn_fabrics_all_get import (
        ClusterSdnFabricsAllGetResultFabricsItem as ClusterSdnFabricsAllGetResultFabricsItem,
    )
    from .cluster_sdn_fabrics_all_get import (
        ClusterSdnFabricsAllGetResultNodesItem as ClusterSdnFabricsAllGetResultNodesItem,
    )
    from .cluster_sdn_fabrics_fabric_get import (
        ClusterSdnFabricsFabricGetResultItem as ClusterSdnFabricsFabricGetResultItem,
    )
    from .cluster_sdn_fabrics_fabric_id_get import (
        ClusterSdnFabricsFabricIdGetResult as ClusterSdnFabricsFabricIdGetResult,
    )
    from .cluster_sdn_fabrics_get import (
        ClusterSdnFabricsGetResultItem as ClusterSdnFabricsGetResultItem,
    )
    from .cluster_sdn_fabrics_node_fabric_id_get import (
        ClusterSdnFabricsNodeFabricIdGetResultItem as ClusterSdnFabricsNodeFabricIdGetResultItem,
    )
    from .cluster_sdn_fabrics_node_fabric_id_node_id_get import (
        ClusterSdnFabricsNodeFabricIdNodeIdGetResult as ClusterSdnFabricsNodeFabricIdNodeIdGetResult,
    )
    from .cluster_sdn_fabrics_node_get import (
        ClusterSdnFabricsNodeGetResultItem as ClusterSdnFabricsNodeGetResultItem,
    )
    from .cluster_sdn_get import ClusterSdnGetResultItem as ClusterSdnGetResultItem
    from .cluster_sdn_ipams_get import (
        ClusterSdnIpamsGetResultItem as ClusterSdnIpamsGetResultItem,
    )
    from .cluster_sdn_route_maps_entries_get import (
        ClusterSdnRouteMapsEntriesGetResultItem as ClusterSdnRouteMapsEntriesGetResultItem,
    )
    from .cluster_sdn_route_maps_entries_route_map_id_entry_order_get import (
        ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult as ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult,
    )
    from .cluster_sdn_route_maps_entries_route_map_id_get import (
        ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem as ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem,
    )
    from .cluster_sdn_route_maps_get import (
        ClusterSdnRouteMapsGetResultItem as ClusterSdnRouteMapsGetResultItem,
    )
    from .cluster_sdn_vnets_firewall_options_get import (
        ClusterSdnVnetsFirewallOptionsGetResult as ClusterSdnVnetsFirewallOptionsGetResult,
    )
    from .cluster_sdn_vnets_get import (
        ClusterSdnVnetsGetResultItem as ClusterSdnVnetsGetResultItem,
    )
    from .cluster_sdn_vnets_get import (
        ClusterSdnVnetsGetResultItemPending as ClusterSdnVnetsGetResultItemPending,
    )
    from .cluster_sdn_vnets_vnet_firewall_rules_get import (
        ClusterSdnVnetsVnetFirewallRulesGetResultItem as ClusterSdnVnetsVnetFirewallRulesGetResultItem,
    )
    from .cluster_sdn_vnets_vnet_firewall_rules_pos_get import (
        ClusterSdnVnetsVnetFirewallRulesPosGetResult as ClusterSdnVnetsVnetFirewallRulesPosGetResult,
    )
    from .cluster_sdn_vnets_vnet_get import (
        ClusterSdnVnetsVnetGetResult as ClusterSdnVnetsVnetGetResult,
    )
    from .cluster_sdn_vnets_vnet_get import (
        ClusterSdnVnetsVnetGetResultPending as ClusterSdnVnetsVnetGetResultPending,
    )
    from .cluster_sdn_zones_get import (
        ClusterSdnZonesGetResultItem as ClusterSdnZonesGetResultItem,
    )
    from .cluster_sdn_zones_get import (
        ClusterSdnZonesGetResultItemPending as ClusterSdnZonesGetResultItemPending,
    )
    from .cluster_sdn_zones_zone_get import (
        ClusterSdnZonesZoneGetResult as ClusterSdnZonesZoneGetResult,
    )
    from .cluster_sdn_zones_zone_get import (
        ClusterSdnZonesZoneGetResultPending as ClusterSdnZonesZoneGetResultPending,
    )

__all__ = [
    "ClusterSdnControllersControllerGetResult",
    "ClusterSdnControllersControllerGetResultPending",
    "ClusterSdnControllersGetResultItem",
    "ClusterSdnControllersGetResultItemPending",
    "ClusterSdnDnsGetResultItem",
    "ClusterSdnDryRunGetResult",
    "ClusterSdnFabricsAllGetResult",
    "ClusterSdnFabricsAllGetResultFabricsItem",
    "ClusterSdnFabricsAllGetResultNodesItem",
    "ClusterSdnFabricsFabricGetResultItem",
    "ClusterSdnFabricsFabricIdGetResult",
    "ClusterSdnFabricsGetResultItem",
    "ClusterSdnFabricsNodeFabricIdGetResultItem",
    "ClusterSdnFabricsNodeFabricIdNodeIdGetResult",
    "ClusterSdnFabricsNodeGetResultItem",
    "ClusterSdnGetResultItem",
    "ClusterSdnIpamsGetResultItem",
    "ClusterSdnRouteMapsEntriesGetResultItem",
    "ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult",
    "ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem",
    "ClusterSdnRouteMapsGetResultItem",
    "ClusterSdnVnetsFirewallOptionsGetResult",
    "ClusterSdnVnetsGetResultItem",
    "ClusterSdnVnetsGetResultItemPending",
    "ClusterSdnVnetsVnetFirewallRulesGetResultItem",
    "ClusterSdnVnetsVnetFirewallRulesPosGetResult",
    "ClusterSdnVnetsVnetGetResult",
    "ClusterSdnVnetsVnetGetResultPending",
    "ClusterSdnZonesGetResultItem",
    "ClusterSdnZonesGetResultItemPending",
    "ClusterSdnZonesZoneGetResult",
    "ClusterSdnZonesZoneGetResultPending",
]

_INDEX: dict[str, str] = {
    "ClusterSdnGetResultItem": "cluster_sdn_get",
    "ClusterSdnControllersGetResultItem": "cluster_sdn_controllers_get",
    "ClusterSdnControllersGetResultItemPending": "cluster_sdn_controllers_get",
    "ClusterSdnControllersControllerGetResult": "cluster_sdn_controllers_controller_get",
    "ClusterSdnControllersControllerGetResultPending": "cluster_sdn_controllers_controller_get",
    "ClusterSdnDnsGetResultItem": "cluster_sdn_dns_get",
    "ClusterSdnDryRunGetResult": "cluster_sdn_dry_run_get",
    "ClusterSdnFabricsGetResultItem": "cluster_sdn_fabrics_get",
    "ClusterSdnFabricsAllGetResult": "cluster_sdn_fabrics_all_get",
    "ClusterSdnFabricsAllGetResultFabricsItem": "cluster_sdn_fabrics_all_get",
    "ClusterSdnFabricsAllGetResultNodesItem": "cluster_sdn_fabrics_all_get",
    "ClusterSdnFabricsFabricGetResultItem": "cluster_sdn_fabrics_fabric_get",
    "ClusterSdnFabricsFabricIdGetResult": "cluster_sdn_fabrics_fabric_id_get",
    "ClusterSdnFabricsNodeGetResultItem": "cluster_sdn_fabrics_node_get",
    "ClusterSdnFabricsNodeFabricIdGetResultItem": "cluster_sdn_fabrics_node_fabric_id_get",
    "ClusterSdnFabricsNodeFabricIdNodeIdGetResult": "cluster_sdn_fabrics_node_fabric_id_node_id_get",
    "ClusterSdnIpamsGetResultItem": "cluster_sdn_ipams_get",
    "ClusterSdnRouteMapsGetResultItem": "cluster_sdn_route_maps_get",
    "ClusterSdnRouteMapsEntriesGetResultItem": "cluster_sdn_route_maps_entries_get",
    "ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem": "cluster_sdn_route_maps_entries_route_map_id_get",
    "ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult": "cluster_sdn_route_maps_entries_route_map_id_entry_order_get",
    "ClusterSdnVnetsGetResultItem": "cluster_sdn_vnets_get",
    "ClusterSdnVnetsGetResultItemPending": "cluster_sdn_vnets_get",
    "ClusterSdnVnetsVnetGetResult": "cluster_sdn_vnets_vnet_get",
    "ClusterSdnVnetsVnetGetResultPending": "cluster_sdn_vnets_vnet_get",
    "ClusterSdnVnetsFirewallOptionsGetResult": "cluster_sdn_vnets_firewall_options_get",
    "ClusterSdnVnetsVnetFirewallRulesGetResultItem": "cluster_sdn_vnets_vnet_firewall_rules_get",
    "ClusterSdnVnetsVnetFirewallRulesPosGetResult": "cluster_sdn_vnets_vnet_firewall_rules_pos_get",
    "ClusterSdnZonesGetResultItem": "cluster_sdn_zones_get",
    "ClusterSdnZonesGetResultItemPending": "cluster_sdn_zones_get",
    "ClusterSdnZonesZoneGetResult": "cluster_sdn_zones_zone_get",
    "ClusterSdnZonesZoneGetResultPending": "cluster_sdn_zones_zone_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
