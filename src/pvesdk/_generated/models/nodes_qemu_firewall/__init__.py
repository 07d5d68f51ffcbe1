# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_qemu_firewall``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_node_qemu_vmid_firewall_aliases_get import (
        NodesNodeQemuVmidFirewallAliasesGetResultItem as NodesNodeQemuVmidFirewallAliasesGetResultItem,
    )
    from .nodes_node_qemu_vmid_firewall_ipset_get import (
        NodesNodeQemuVmidFirewallIpsetGetResultItem as NodesNodeQemuVmidFirewallIpsetGetResultItem,
    )
    from .nodes_node_qemu_vmid_firewall_ipset_name_get import (
        NodesNodeQemuVmidFirewallIpsetNameGetResultItem as NodesNodeQemuVmidFirewallIpsetNameGetResultItem,
    )
    from .nodes_node_qemu_vmid_firewall_rules_get import (
        NodesNodeQemuVmidFirewallRulesGetResultItem as NodesNodeQemuVmidFirewallRulesGetResultItem,
    )
    from .nodes_node_qemu_vmid_firewall_rules_pos_get import (
        NodesNodeQemuVmidFirewallRulesPosGetResult as NodesNodeQemuVmidFirewallRulesPosGetResult,
    )
    from .nodes_qemu_firewall_log_get import (
        NodesQemuFirewallLogGetResultItem as NodesQemuFirewallLogGetResultItem,
    )
    from .nodes_qemu_firewall_options_get import (
        NodesQemuFirewallOptionsGetResult as NodesQemuFirewallOptionsGetResult,
    )
    from .nodes_qemu_firewall_refs_get import (
        NodesQemuFirewallRefsGetResultItem as NodesQemuFirewallRefsGetResultItem,
    )

__all__ = [
    "NodesNodeQemuVmidFirewallAliasesGetResultItem",
    "NodesNodeQemuVmidFirewallIpsetGetResultItem",
    "NodesNodeQemuVmidFirewallIpsetNameGetResultItem",
    "NodesNodeQemuVmidFirewallRulesGetResultItem",
    "NodesNodeQemuVmidFirewallRulesPosGetResult",
    "NodesQemuFirewallLogGetResultItem",
    "NodesQemuFirewallOptionsGetResult",
    "NodesQemuFirewallRefsGetResultItem",
]

_INDEX: dict[str, str] = {
    "NodesNodeQemuVmidFirewallAliasesGetResultItem": "nodes_node_qemu_vmid_firewall_aliases_get",
    "NodesNodeQemuVmidFirewallIpsetGetResultItem": "nodes_node_qemu_vmid_firewall_ipset_get",
    "NodesNodeQemuVmidFirewallIpsetNameGetResultItem": "nodes_node_qemu_vmid_firewall_ipset_name_get",
    "NodesQemuFirewallLogGetResultItem": "nodes_qemu_firewall_log_get",
    "NodesQemuFirewallOptionsGetResult": "nodes_qemu_firewall_options_get",
    "NodesQemuFirewallRefsGetResultItem": "nodes_qemu_firewall_refs_get",
    "NodesNodeQemuVmidFirewallRulesGetResultItem": "nodes_node_qemu_vmid_firewall_rules_get",
    "NodesNodeQemuVmidFirewallRulesPosGetResult": "nodes_node_qemu_vmid_firewall_rules_pos_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
