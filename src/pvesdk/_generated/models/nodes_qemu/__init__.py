# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_qemu``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_node_qemu_get import (
        NodesNodeQemuGetResultItem as NodesNodeQemuGetResultItem,
    )
    from .nodes_node_qemu_vmid_get import (
        NodesNodeQemuVmidGetResultItem as NodesNodeQemuVmidGetResultItem,
    )
    from .nodes_qemu_cloudinit_get import (
        NodesQemuCloudinitGetResultItem as NodesQemuCloudinitGetResultItem,
    )
    from .nodes_qemu_config_get import (
        NodesQemuConfigGetResult as NodesQemuConfigGetResult,
    )
    from .nodes_qemu_feature_get import (
        NodesQemuFeatureGetResult as NodesQemuFeatureGetResult,
    )
    from .nodes_qemu_migrate_get import (
        NodesQemuMigrateGetResult as NodesQemuMigrateGetResult,
    )
    from .nodes_qemu_migrate_get import (
        NodesQemuMigrateGetResultLocalDisksItem as NodesQemuMigrateGetResultLocalDisksItem,
    )
    from .nodes_qemu_migrate_get import (
        NodesQemuMigrateGetResultNotAllowedNodes as NodesQemuMigrateGetResultNotAllowedNodes,
    )
    from .nodes_qemu_migrate_get import (
        NodesQemuMigrateGetResultNotAllowedNodesBlockingHaResourcesItem as NodesQemuMigrateGetResultNotAllowedNodesBlockingHaResourcesItem,
    )
    from .nodes_qemu_mtunnel_post import (
        NodesQemuMtunnelPostResult as NodesQemuMtunnelPostResult,
    )
    from .nodes_qemu_mtunnelwebsocket_get import (
        NodesQemuMtunnelwebsocketGetResult as NodesQemuMtunnelwebsocketGetResult,
    )
    from .nodes_qemu_pending_get import (
        NodesQemuPendingGetResultItem as NodesQemuPendingGetResultItem,
    )
    from .nodes_qemu_rrd_get import NodesQemuRrdGetResult as NodesQemuRrdGetResult
    from .nodes_qemu_spiceproxy_post import (
        NodesQemuSpiceproxyPostResult as NodesQemuSpiceproxyPostResult,
    )
    from .nodes_qemu_termproxy_post import (
        NodesQemuTermproxyPostResult as NodesQemuTermproxyPostResult,
    )
    from .nodes_qemu_vncproxy_post import (
        NodesQemuVncproxyPostResult as NodesQemuVncproxyPostResult,
    )
    from .nodes_qemu_vncwebsocket_get import (
        NodesQemuVncwebsocketGetResult as NodesQemuVncwebsocketGetResult,
    )

__all__ = [
    "NodesNodeQemuGetResultItem",
    "NodesNodeQemuVmidGetResultItem",
    "NodesQemuCloudinitGetResultItem",
    "NodesQemuConfigGetResult",
    "NodesQemuFeatureGetResult",
    "NodesQemuMigrateGetResult",
    "NodesQemuMigrateGetResultLocalDisksItem",
    "NodesQemuMigrateGetResultNotAllowedNodes",
    "NodesQemuMigrateGetResultNotAllowedNodesBlockingHaResourcesItem",
    "NodesQemuMtunnelPostResult",
    "NodesQemuMtunnelwebsocketGetResult",
    "NodesQemuPendingGetResultItem",
    "NodesQemuRrdGetResult",
    "NodesQemuSpiceproxyPostResult",
    "NodesQemuTermproxyPostResult",
    "NodesQemuVncproxyPostResult",
    "NodesQemuVncwebsocketGetResult",
]

_INDEX: dict[str, str] = {
    "NodesNodeQemuGetResultItem": "nodes_node_qemu_get",
    "NodesNodeQemuVmidGetResultItem": "nodes_node_qemu_vmid_get",
    "NodesQemuCloudinitGetResultItem": "nodes_qemu_cloudinit_get",
    "NodesQemuConfigGetResult": "nodes_qemu_config_get",
    "NodesQemuFeatureGetResult": "nodes_qemu_feature_get",
    "NodesQemuMigrateGetResult": "nodes_qemu_migrate_get",
    "NodesQemuMigrateGetResultLocalDisksItem": "nodes_qemu_migrate_get",
    "NodesQemuMigrateGetResultNotAllowedNodes": "nodes_qemu_migrate_get",
    "NodesQemuMigrateGetResultNotAllowedNodesBlockingHaResourcesItem": "nodes_qemu_migrate_get",
    "NodesQemuMtunnelPostResult": "nodes_qemu_mtunnel_post",
    "NodesQemuMtunnelwebsocketGetResult": "nodes_qemu_mtunnelwebsocket_get",
    "NodesQemuPendingGetResultItem": "nodes_qemu_pending_get",
    "NodesQemuRrdGetResult": "nodes_qemu_rrd_get",
    "NodesQemuSpiceproxyPostResult": "nodes_qemu_spiceproxy_post",
    "NodesQemuTermproxyPostResult": "nodes_qemu_termproxy_post",
    "NodesQemuVncproxyPostResult": "nodes_qemu_vncproxy_post",
    "NodesQemuVncwebsocketGetResult": "nodes_qemu_vncwebsocket_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
