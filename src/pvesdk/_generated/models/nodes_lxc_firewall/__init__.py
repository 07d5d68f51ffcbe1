# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_lxc_firewall``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_lxc_firewall_log_get import (
        NodesLxcFirewallLogGetResultItem as NodesLxcFirewallLogGetResultItem,
    )
    from .nodes_lxc_firewall_options_get import (
        NodesLxcFirewallOptionsGetResult as NodesLxcFirewallOptionsGetResult,
    )
    from .nodes_lxc_firewall_refs_get import (
        NodesLxcFirewallRefsGetResultItem as NodesLxcFirewallRefsGetResultItem,
    )
    from .nodes_node_lxc_vmid_firewall_aliases_get import (
        NodesNodeLxcVmidFirewallAliasesGetResultItem as NodesNodeLxcVmidFirewallAliasesGetResultItem,
    )
    from .nodes_node_lxc_vmid_firewall_ipset_get import (
        NodesNodeLxcVmidFirewallIpsetGetResultItem as NodesNodeLxcVmidFirewallIpsetGetResultItem,
    )
    from .nodes_node_lxc_vmid_firewall_ipset_name_get import (
        NodesNodeLxcVmidFirewallIpsetNameGetResultItem as NodesNodeLxcVmidFirewallIpsetNameGetResultItem,
    )
    from .nodes_node_lxc_vmid_firewall_rules_get import (
        NodesNodeLxcVmidFirewallRulesGetResultItem as NodesNodeLxcVmidFirewallRulesGetResultItem,
    )
    from .nodes_node_lxc_vmid_firewall_rules_pos_get import (
        NodesNodeLxcVmidFirewallRulesPosGetResult as NodesNodeLxcVmidFirewallRulesPosGetResult,
    )

__all__ = [
    "NodesLxcFirewallLogGetResultItem",
    "NodesLxcFirewallOptionsGetResult",
    "NodesLxcFirewallRefsGetResultItem",
    "NodesNodeLxcVmidFirewallAliasesGetResultItem",
    "NodesNodeLxcVmidFirewallIpsetGetResultItem",
    "NodesNodeLxcVmidFirewallIpsetNameGetResultItem",
    "NodesNodeLxcVmidFirewallRulesGetResultItem",
    "NodesNodeLxcVmidFirewallRulesPosGetResult",
]

_INDEX: dict[str, str] = {
    "NodesNodeLxcVmidFirewallAliasesGetResultItem": "nodes_node_lxc_vmid_firewall_aliases_get",
    "NodesNodeLxcVmidFirewallIpsetGetResultItem": "nodes_node_lxc_vmid_firewall_ipset_get",
    "NodesNodeLxcVmidFirewallIpsetNameGetResultItem": "nodes_node_lxc_vmid_firewall_ipset_name_get",
    "NodesLxcFirewallLogGetResultItem": "nodes_lxc_firewall_log_get",
    "NodesLxcFirewallOptionsGetResult": "nodes_lxc_firewall_options_get",
    "NodesLxcFirewallRefsGetResultItem": "nodes_lxc_firewall_refs_get",
    "NodesNodeLxcVmidFirewallRulesGetResultItem": "nodes_node_lxc_vmid_firewall_rules_get",
    "NodesNodeLxcVmidFirewallRulesPosGetResult": "nodes_node_lxc_vmid_firewall_rules_pos_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
