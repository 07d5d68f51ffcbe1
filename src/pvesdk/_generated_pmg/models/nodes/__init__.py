# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models for ``nodes``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_clamav_database_get import (
        NodesClamavDatabaseGetResultItem as NodesClamavDatabaseGetResultItem,
    )
    from .nodes_dns_get import NodesDnsGetResult as NodesDnsGetResult
    from .nodes_node_backup_get import (
        NodesNodeBackupGetResultItem as NodesNodeBackupGetResultItem,
    )
    from .nodes_node_network_iface_get import (
        NodesNodeNetworkIfaceGetResult as NodesNodeNetworkIfaceGetResult,
    )
    from .nodes_node_tracker_get import (
        NodesNodeTrackerGetResultItem as NodesNodeTrackerGetResultItem,
    )
    from .nodes_node_tracker_id_get import (
        NodesNodeTrackerIdGetResult as NodesNodeTrackerIdGetResult,
    )
    from .nodes_spamassassin_rules_get import (
        NodesSpamassassinRulesGetResultItem as NodesSpamassassinRulesGetResultItem,
    )
    from .nodes_status_get import NodesStatusGetResult as NodesStatusGetResult
    from .nodes_syslog_get import NodesSyslogGetResultItem as NodesSyslogGetResultItem
    from .nodes_termproxy_post import (
        NodesTermproxyPostResult as NodesTermproxyPostResult,
    )
    from .nodes_time_get import NodesTimeGetResult as NodesTimeGetResult
    from .nodes_vncwebsocket_get import (
        NodesVncwebsocketGetResult as NodesVncwebsocketGetResult,
    )

__all__ = [
    "NodesClamavDatabaseGetResultItem",
    "NodesDnsGetResult",
    "NodesNodeBackupGetResultItem",
    "NodesNodeNetworkIfaceGetResult",
    "NodesNodeTrackerGetResultItem",
    "NodesNodeTrackerIdGetResult",
    "NodesSpamassassinRulesGetResultItem",
    "NodesStatusGetResult",
    "NodesSyslogGetResultItem",
    "NodesTermproxyPostResult",
    "NodesTimeGetResult",
    "NodesVncwebsocketGetResult",
]

_INDEX: dict[str, str] = {
    "NodesClamavDatabaseGetResultItem": "nodes_clamav_database_get",
    "NodesSpamassassinRulesGetResultItem": "nodes_spamassassin_rules_get",
    "NodesNodeNetworkIfaceGetResult": "nodes_node_network_iface_get",
    "NodesNodeTrackerGetResultItem": "nodes_node_tracker_get",
    "NodesNodeTrackerIdGetResult": "nodes_node_tracker_id_get",
    "NodesNodeBackupGetResultItem": "nodes_node_backup_get",
    "NodesSyslogGetResultItem": "nodes_syslog_get",
    "NodesTermproxyPostResult": "nodes_termproxy_post",
    "NodesVncwebsocketGetResult": "nodes_vncwebsocket_get",
    "NodesDnsGetResult": "nodes_dns_get",
    "NodesTimeGetResult": "nodes_time_get",
    "NodesStatusGetResult": "nodes_status_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
