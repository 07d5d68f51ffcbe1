# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``cluster_mapping``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cluster_mapping_dir_get import (
        ClusterMappingDirGetResultItem as ClusterMappingDirGetResultItem,
    )
    from .cluster_mapping_dir_get import (
        ClusterMappingDirGetResultItemChecksItem as ClusterMappingDirGetResultItemChecksItem,
    )
    from .cluster_mapping_pci_get import (
        ClusterMappingPciGetResultItem as ClusterMappingPciGetResultItem,
    )
    from .cluster_mapping_pci_get import (
        ClusterMappingPciGetResultItemChecksItem as ClusterMappingPciGetResultItemChecksItem,
    )
    from .cluster_mapping_usb_get import (
        ClusterMappingUsbGetResultItem as ClusterMappingUsbGetResultItem,
    )

__all__ = [
    "ClusterMappingDirGetResultItem",
    "ClusterMappingDirGetResultItemChecksItem",
    "ClusterMappingPciGetResultItem",
    "ClusterMappingPciGetResultItemChecksItem",
    "ClusterMappingUsbGetResultItem",
]

_INDEX: dict[str, str] = {
    "ClusterMappingDirGetResultItem": "cluster_mapping_dir_get",
    "ClusterMappingDirGetResultItemChecksItem": "cluster_mapping_dir_get",
    "ClusterMappingPciGetResultItem": "cluster_mapping_pci_get",
    "ClusterMappingPciGetResultItemChecksItem": "cluster_mapping_pci_get",
    "ClusterMappingUsbGetResultItem": "cluster_mapping_usb_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
