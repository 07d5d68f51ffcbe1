# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_config_get import NodesConfigGetResult as NodesConfigGetResult
    from .nodes_dns_get import NodesDnsGetResult as NodesDnsGetResult
    from .nodes_get import NodesGetResultItem as NodesGetResultItem
    from .nodes_hosts_get import NodesHostsGetResult as NodesHostsGetResult
    from .nodes_node_network_get import (
        NodesNodeNetworkGetResultItem as NodesNodeNetworkGetResultItem,
    )
    from .nodes_node_network_iface_get import (
        NodesNodeNetworkIfaceGetResult as NodesNodeNetworkIfaceGetResult,
    )
    from .nodes_query_url_metadata_get import (
        NodesQueryUrlMetadataGetResult as NodesQueryUrlMetadataGetResult,
    )
    from .nodes_rrd_get import NodesRrdGetResult as NodesRrdGetResult
    from .nodes_spiceshell_post import (
        NodesSpiceshellPostResult as NodesSpiceshellPostResult,
    )
    from .nodes_status_get import NodesStatusGetResult as NodesStatusGetResult
    from .nodes_status_get import (
        NodesStatusGetResultBootInfo as NodesStatusGetResultBootInfo,
    )
    from .nodes_status_get import (
        NodesStatusGetResultCpuinfo as NodesStatusGetResultCpuinfo,
    )
    from .nodes_status_get import (
        NodesStatusGetResultCurrentKernel as NodesStatusGetResultCurrentKernel,
    )
    from .nodes_status_get import (
        NodesStatusGetResultMemory as NodesStatusGetResultMemory,
    )
    from .nodes_status_get import (
        NodesStatusGetResultRootfs as NodesStatusGetResultRootfs,
    )
    from .nodes_subscription_get import (
        NodesSubscriptionGetResult as NodesSubscriptionGetResult,
    )
    from .nodes_syslog_get import NodesSyslogGetResultItem as NodesSyslogGetResultItem
    from .nodes_termproxy_post import (
        NodesTermproxyPostResult as NodesTermproxyPostResult,
    )
    from .nodes_time_get import NodesTimeGetResult as NodesTimeGetResult
    from .nodes_version_get import NodesVersionGetResult as NodesVersionGetResult
    from .nodes_vncshell_post import NodesVncshellPostResult as NodesVncshellPostResult
    from .nodes_vncwebsocket_get import (
        NodesVncwebsocketGetResult as NodesVncwebsocketGetResult,
    )
    from .nodes_vzdump_defaults_get import (
        NodesVzdumpDefaultsGetResult as NodesVzdumpDefaultsGetResult,
    )

__all__ = [
    "NodesConfigGetResult",
    "NodesDnsGetResult",
    "NodesGetResultItem",
    "NodesHostsGetResult",
    "NodesNodeNetworkGetResultItem",
    "NodesNodeNetworkIfaceGetResult",
    "NodesQueryUrlMetadataGetResult",
    "NodesRrdGetResult",
    "NodesSpiceshellPostResult",
    "NodesStatusGetResult",
    "NodesStatusGetResultBootInfo",
    "NodesStatusGetResultCpuinfo",
    "NodesStatusGetResultCurrentKernel",
    "NodesStatusGetResultMemory",
    "NodesStatusGetResultRootfs",
    "NodesSubscriptionGetResult",
    "NodesSyslogGetResultItem",
    "NodesTermproxyPostResult",
    "NodesTimeGetResult",
    "NodesVersionGetResult",
    "NodesVncshellPostResult",
    "NodesVncwebsocketGetResult",
    "NodesVzdumpDefaultsGetResult",
]

_INDEX: dict[str, str] = {
    "NodesGetResultItem": "nodes_get",
    "NodesConfigGetResult": "nodes_config_get",
    "NodesDnsGetResult": "nodes_dns_get",
    "NodesHostsGetResult": "nodes_hosts_get",
    "NodesNodeNetworkGetResultItem": "nodes_node_network_get",
    "NodesNodeNetworkIfaceGetResult": "nodes_node_network_iface_get",
    "NodesQueryUrlMetadataGetResult": "nodes_query_url_metadata_get",
    "NodesRrdGetResult": "nodes_rrd_get",
    "NodesSpiceshellPostResult": "nodes_spiceshell_post",
    "NodesStatusGetResult": "nodes_status_get",
    "NodesStatusGetResultBootInfo": "nodes_status_get",
    "NodesStatusGetResultCpuinfo": "nodes_status_get",
    "NodesStatusGetResultCurrentKernel": "nodes_status_get",
    "NodesStatusGetResultMemory": "nodes_status_get",
    "NodesStatusGetResultRootfs": "nodes_status_get",
    "NodesSubscriptionGetResult": "nodes_subscription_get",
    "NodesSyslogGetResultItem": "nodes_syslog_get",
    "NodesTermproxyPostResult": "nodes_termproxy_post",
    "NodesTimeGetResult": "nodes_time_get",
    "NodesVersionGetResult": "nodes_version_get",
    "NodesVncshellPostResult": "nodes_vncshell_post",
    "NodesVncwebsocketGetResult": "nodes_vncwebsocket_get",
    "NodesVzdumpDefaultsGetResult": "nodes_vzdump_defaults_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
