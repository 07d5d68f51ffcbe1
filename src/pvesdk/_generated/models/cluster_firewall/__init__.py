# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``cluster_firewall``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cluster_firewall_aliases_get import (
        ClusterFirewallAliasesGetResultItem as ClusterFirewallAliasesGetResultItem,
    )
    from .cluster_firewall_groups_get import (
        ClusterFirewallGroupsGetResultItem as ClusterFirewallGroupsGetResultItem,
    )
    from .cluster_firewall_groups_group_get import (
        ClusterFirewallGroupsGroupGetResultItem as ClusterFirewallGroupsGroupGetResultItem,
    )
    from .cluster_firewall_groups_group_pos_get import (
        ClusterFirewallGroupsGroupPosGetResult as ClusterFirewallGroupsGroupPosGetResult,
    )
    from .cluster_firewall_ipset_get import (
        ClusterFirewallIpsetGetResultItem as ClusterFirewallIpsetGetResultItem,
    )
    from .cluster_firewall_ipset_name_get import (
        ClusterFirewallIpsetNameGetResultItem as ClusterFirewallIpsetNameGetResultItem,
    )
    from .cluster_firewall_macros_get import (
        ClusterFirewallMacrosGetResultItem as ClusterFirewallMacrosGetResultItem,
    )
    from .cluster_firewall_options_get import (
        ClusterFirewallOptionsGetResult as ClusterFirewallOptionsGetResult,
    )
    from .cluster_firewall_refs_get import (
        ClusterFirewallRefsGetResultItem as ClusterFirewallRefsGetResultItem,
    )
    from .cluster_firewall_rules_get import (
        ClusterFirewallRulesGetResultItem as ClusterFirewallRulesGetResultItem,
    )
    from .cluster_firewall_rules_pos_get import (
        ClusterFirewallRulesPosGetResult as ClusterFirewallRulesPosGetResult,
    )

__all__ = [
    "ClusterFirewallAliasesGetResultItem",
    "ClusterFirewallGroupsGetResultItem",
    "ClusterFirewallGroupsGroupGetResultItem",
    "ClusterFirewallGroupsGroupPosGetResult",
    "ClusterFirewallIpsetGetResultItem",
    "ClusterFirewallIpsetNameGetResultItem",
    "ClusterFirewallMacrosGetResultItem",
    "ClusterFirewallOptionsGetResult",
    "ClusterFirewallRefsGetResultItem",
    "ClusterFirewallRulesGetResultItem",
    "ClusterFirewallRulesPosGetResult",
]

_INDEX: dict[str, str] = {
    "ClusterFirewallAliasesGetResultItem": "cluster_firewall_aliases_get",
    "ClusterFirewallGroupsGetResultItem": "cluster_firewall_groups_get",
    "ClusterFirewallGroupsGroupGetResultItem": "cluster_firewall_groups_group_get",
    "ClusterFirewallGroupsGroupPosGetResult": "cluster_firewall_groups_group_pos_get",
    "ClusterFirewallIpsetGetResultItem": "cluster_firewall_ipset_get",
    "ClusterFirewallIpsetNameGetResultItem": "cluster_firewall_ipset_name_get",
    "ClusterFirewallMacrosGetResultItem": "cluster_firewall_macros_get",
    "ClusterFirewallOptionsGetResult": "cluster_firewall_options_get",
    "ClusterFirewallRefsGetResultItem": "cluster_firewall_refs_get",
    "ClusterFirewallRulesGetResultItem": "cluster_firewall_rules_get",
    "ClusterFirewallRulesPosGetResult": "cluster_firewall_rules_pos_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
