# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_hardware``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_hardware_get import (
        NodesHardwareGetResultItem as NodesHardwareGetResultItem,
    )
    from .nodes_hardware_pci_mdev_get import (
        NodesHardwarePciMdevGetResultItem as NodesHardwarePciMdevGetResultItem,
    )
    from .nodes_hardware_usb_get import (
        NodesHardwareUsbGetResultItem as NodesHardwareUsbGetResultItem,
    )
    from .nodes_node_hardware_pci_get import (
        NodesNodeHardwarePciGetResultItem as NodesNodeHardwarePciGetResultItem,
    )
    from .nodes_node_hardware_pci_pci_id_or_mapping_get import (
        NodesNodeHardwarePciPciIdOrMappingGetResultItem as NodesNodeHardwarePciPciIdOrMappingGetResultItem,
    )

__all__ = [
    "NodesHardwareGetResultItem",
    "NodesHardwarePciMdevGetResultItem",
    "NodesHardwareUsbGetResultItem",
    "NodesNodeHardwarePciGetResultItem",
    "NodesNodeHardwarePciPciIdOrMappingGetResultItem",
]

_INDEX: dict[str, str] = {
    "NodesHardwareGetResultItem": "nodes_hardware_get",
    "NodesNodeHardwarePciGetResultItem": "nodes_node_hardware_pci_get",
    "NodesNodeHardwarePciPciIdOrMappingGetResultItem": "nodes_node_hardware_pci_pci_id_or_mapping_get",
    "NodesHardwarePciMdevGetResultItem": "nodes_hardware_pci_mdev_get",
    "NodesHardwareUsbGetResultItem": "nodes_hardware_usb_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
