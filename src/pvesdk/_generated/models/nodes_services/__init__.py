# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_services``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_node_services_get import (
        NodesNodeServicesGetResultItem as NodesNodeServicesGetResultItem,
    )
    from .nodes_node_services_service_get import (
        NodesNodeServicesServiceGetResultItem as NodesNodeServicesServiceGetResultItem,
    )
    from .nodes_services_state_get import (
        NodesServicesStateGetResult as NodesServicesStateGetResult,
    )

__all__ = [
    "NodesNodeServicesGetResultItem",
    "NodesNodeServicesServiceGetResultItem",
    "NodesServicesStateGetResult",
]

_INDEX: dict[str, str] = {
    "NodesNodeServicesGetResultItem": "nodes_node_services_get",
    "NodesNodeServicesServiceGetResultItem": "nodes_node_services_service_get",
    "NodesServicesStateGetResult": "nodes_services_state_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
