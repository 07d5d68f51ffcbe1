# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``cluster_sdn_vnets``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

__all__ = [
    "ClusterSdnVnetsFirewallOptionsGetResult",
    "ClusterSdnVnetsGetResultItem",
    "ClusterSdnVnetsGetResultItemPending",
    "ClusterSdnVnetsVnetFirewallRulesGetResultItem",
    "ClusterSdnVnetsVnetFirewallRulesPosGetResult",
    "ClusterSdnVnetsVnetGetResult",
    "ClusterSdnVnetsVnetGetResultPending",
]

_INDEX: dict[str, str] = {
    "ClusterSdnVnetsGetResultItem": "cluster_sdn_vnets_get",
    "ClusterSdnVnetsGetResultItemPending": "cluster_sdn_vnets_get",
    "ClusterSdnVnetsVnetGetResult": "cluster_sdn_vnets_vnet_get",
    "ClusterSdnVnetsVnetGetResultPending": "cluster_sdn_vnets_vnet_get",
    "ClusterSdnVnetsFirewallOptionsGetResult": "cluster_sdn_vnets_firewall_options_get",
    "ClusterSdnVnetsVnetFirewallRulesGetResultItem": "cluster_sdn_vnets_vnet_firewall_rules_get",
    "ClusterSdnVnetsVnetFirewallRulesPosGetResult": "cluster_sdn_vnets_vnet_firewall_rules_pos_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
