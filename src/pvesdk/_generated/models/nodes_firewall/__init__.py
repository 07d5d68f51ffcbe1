# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_firewall``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_firewall_log_get import (
        NodesFirewallLogGetResultItem as NodesFirewallLogGetResultItem,
    )
    from .nodes_firewall_options_get import (
        NodesFirewallOptionsGetResult as NodesFirewallOptionsGetResult,
    )
    from .nodes_node_firewall_rules_get import (
        NodesNodeFirewallRulesGetResultItem as NodesNodeFirewallRulesGetResultItem,
    )
    from .nodes_node_firewall_rules_pos_get import (
        NodesNodeFirewallRulesPosGetResult as NodesNodeFirewallRulesPosGetResult,
    )

__all__ = [
    "NodesFirewallLogGetResultItem",
    "NodesFirewallOptionsGetResult",
    "NodesNodeFirewallRulesGetResultItem",
    "NodesNodeFirewallRulesPosGetResult",
]

_INDEX: dict[str, str] = {
    "NodesFirewallLogGetResultItem": "nodes_firewall_log_get",
    "NodesFirewallOptionsGetResult": "nodes_firewall_options_get",
    "NodesNodeFirewallRulesGetResultItem": "nodes_node_firewall_rules_get",
    "NodesNodeFirewallRulesPosGetResult": "nodes_node_firewall_rules_pos_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
