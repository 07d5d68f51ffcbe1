# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_lxc``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_lxc_config_get import NodesLxcConfigGetResult as NodesLxcConfigGetResult
    from .nodes_lxc_feature_get import (
        NodesLxcFeatureGetResult as NodesLxcFeatureGetResult,
    )
    from .nodes_lxc_interfaces_get import (
        NodesLxcInterfacesGetResultItem as NodesLxcInterfacesGetResultItem,
    )
    from .nodes_lxc_interfaces_get import (
        NodesLxcInterfacesGetResultItemIpAddressesItem as NodesLxcInterfacesGetResultItemIpAddressesItem,
    )
    from .nodes_lxc_migrate_get import (
        NodesLxcMigrateGetResult as NodesLxcMigrateGetResult,
    )
    from .nodes_lxc_migrate_get import (
        NodesLxcMigrateGetResultNotAllowedNodes as NodesLxcMigrateGetResultNotAllowedNodes,
    )
    from .nodes_lxc_migrate_get import (
        NodesLxcMigrateGetResultNotAllowedNodesBlockingHaResourcesItem as NodesLxcMigrateGetResultNotAllowedNodesBlockingHaResourcesItem,
    )
    from .nodes_lxc_mtunnel_post import (
        NodesLxcMtunnelPostResult as NodesLxcMtunnelPostResult,
    )
    from .nodes_lxc_mtunnelwebsocket_get import (
        NodesLxcMtunnelwebsocketGetResult as NodesLxcMtunnelwebsocketGetResult,
    )
    from .nodes_lxc_pending_get import (
        NodesLxcPendingGetResultItem as NodesLxcPendingGetResultItem,
    )
    from .nodes_lxc_rrd_get import NodesLxcRrdGetResult as NodesLxcRrdGetResult
    from .nodes_lxc_spiceproxy_post import (
        NodesLxcSpiceproxyPostResult as NodesLxcSpiceproxyPostResult,
    )
    from .nodes_lxc_termproxy_post import (
        NodesLxcTermproxyPostResult as NodesLxcTermproxyPostResult,
    )
    from .nodes_lxc_vncproxy_post import (
        NodesLxcVncproxyPostResult as NodesLxcVncproxyPostResult,
    )
    from .nodes_lxc_vncwebsocket_get import (
        NodesLxcVncwebsocketGetResult as NodesLxcVncwebsocketGetResult,
    )
    from .nodes_node_lxc_get import (
        NodesNodeLxcGetResultItem as NodesNodeLxcGetResultItem,
    )
    from .nodes_node_lxc_vmid_get import (
        NodesNodeLxcVmidGetResultItem as NodesNodeLxcVmidGetResultItem,
    )

__all__ = [
    "NodesLxcConfigGetResult",
    "NodesLxcFeatureGetResult",
    "NodesLxcInterfacesGetResultItem",
    "NodesLxcInterfacesGetResultItemIpAddressesItem",
    "NodesLxcMigrateGetResult",
    "NodesLxcMigrateGetResultNotAllowedNodes",
    "NodesLxcMigrateGetResultNotAllowedNodesBlockingHaResourcesItem",
    "NodesLxcMtunnelPostResult",
    "NodesLxcMtunnelwebsocketGetResult",
    "NodesLxcPendingGetResultItem",
    "NodesLxcRrdGetResult",
    "NodesLxcSpiceproxyPostResult",
    "NodesLxcTermproxyPostResult",
    "NodesLxcVncproxyPostResult",
    "NodesLxcVncwebsocketGetResult",
    "NodesNodeLxcGetResultItem",
    "NodesNodeLxcVmidGetResultItem",
]

_INDEX: dict[str, str] = {
    "NodesNodeLxcGetResultItem": "nodes_node_lxc_get",
    "NodesNodeLxcVmidGetResultItem": "nodes_node_lxc_vmid_get",
    "NodesLxcConfigGetResult": "nodes_lxc_config_get",
    "NodesLxcFeatureGetResult": "nodes_lxc_feature_get",
    "NodesLxcInterfacesGetResultItem": "nodes_lxc_interfaces_get",
    "NodesLxcInterfacesGetResultItemIpAddressesItem": "nodes_lxc_interfaces_get",
    "NodesLxcMigrateGetResult": "nodes_lxc_migrate_get",
    "NodesLxcMigrateGetResultNotAllowedNodes": "nodes_lxc_migrate_get",
    "NodesLxcMigrateGetResultNotAllowedNodesBlockingHaResourcesItem": "nodes_lxc_migrate_get",
    "NodesLxcMtunnelPostResult": "nodes_lxc_mtunnel_post",
    "NodesLxcMtunnelwebsocketGetResult": "nodes_lxc_mtunnelwebsocket_get",
    "NodesLxcPendingGetResultItem": "nodes_lxc_pending_get",
    "NodesLxcRrdGetResult": "nodes_lxc_rrd_get",
    "NodesLxcSpiceproxyPostResult": "nodes_lxc_spiceproxy_post",
    "NodesLxcTermproxyPostResult": "nodes_lxc_termproxy_post",
    "NodesLxcVncproxyPostResult": "nodes_lxc_vncproxy_post",
    "NodesLxcVncwebsocketGetResult": "nodes_lxc_vncwebsocket_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
