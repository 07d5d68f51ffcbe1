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
    from .cluster_sdn_get import ClusterSdnGetResultItem as ClusterSdnGetResultItem
    from .cluster_sdn_ipams_get import (
        ClusterSdnIpamsGetResultItem as ClusterSdnIpamsGetResultItem,
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
    "ClusterSdnGetResultItem",
    "ClusterSdnIpamsGetResultItem",
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
    "ClusterSdnIpamsGetResultItem": "cluster_sdn_ipams_get",
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
