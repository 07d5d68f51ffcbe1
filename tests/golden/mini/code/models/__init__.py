# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/0.0/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 0.0`.
"""All result models, imported lazily: ``from pvesdk.models import NodesGetResultItem``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .root.nodes_disks_list_get import (
        NodesDisksListGetResultItem as NodesDisksListGetResultItem,
    )
    from .root.nodes_get import NodesGetResultItem as NodesGetResultItem
    from .root.nodes_qemu_config_get import (
        NodesQemuConfigGetResult as NodesQemuConfigGetResult,
    )
    from .root.nodes_qemu_config_get import (
        NodesQemuConfigGetResultMeta as NodesQemuConfigGetResultMeta,
    )
    from .root.version_get import VersionGetResult as VersionGetResult

_INDEX: dict[str, str] = {
    "NodesDisksListGetResultItem": "root.nodes_disks_list_get",
    "NodesGetResultItem": "root.nodes_get",
    "NodesQemuConfigGetResult": "root.nodes_qemu_config_get",
    "NodesQemuConfigGetResultMeta": "root.nodes_qemu_config_get",
    "VersionGetResult": "root.version_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
