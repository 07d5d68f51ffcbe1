# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/0.0/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 0.0`.
"""Result models for ``root``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_disks_list_get import (
        NodesDisksListGetResultItem as NodesDisksListGetResultItem,
    )
    from .nodes_get import NodesGetResultItem as NodesGetResultItem
    from .nodes_qemu_config_get import (
        NodesQemuConfigGetResult as NodesQemuConfigGetResult,
    )
    from .nodes_qemu_config_get import (
        NodesQemuConfigGetResultMeta as NodesQemuConfigGetResultMeta,
    )
    from .version_get import VersionGetResult as VersionGetResult

__all__ = [
    "NodesDisksListGetResultItem",
    "NodesGetResultItem",
    "NodesQemuConfigGetResult",
    "NodesQemuConfigGetResultMeta",
    "VersionGetResult",
]

_INDEX: dict[str, str] = {
    "NodesGetResultItem": "nodes_get",
    "NodesQemuConfigGetResult": "nodes_qemu_config_get",
    "NodesQemuConfigGetResultMeta": "nodes_qemu_config_get",
    "NodesDisksListGetResultItem": "nodes_disks_list_get",
    "VersionGetResult": "version_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
