# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_capabilities``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_capabilities_qemu_cpu_flags_get import (
        NodesCapabilitiesQemuCpuFlagsGetResultItem as NodesCapabilitiesQemuCpuFlagsGetResultItem,
    )
    from .nodes_capabilities_qemu_cpu_get import (
        NodesCapabilitiesQemuCpuGetResultItem as NodesCapabilitiesQemuCpuGetResultItem,
    )
    from .nodes_capabilities_qemu_machines_get import (
        NodesCapabilitiesQemuMachinesGetResultItem as NodesCapabilitiesQemuMachinesGetResultItem,
    )
    from .nodes_capabilities_qemu_migration_get import (
        NodesCapabilitiesQemuMigrationGetResult as NodesCapabilitiesQemuMigrationGetResult,
    )

__all__ = [
    "NodesCapabilitiesQemuCpuFlagsGetResultItem",
    "NodesCapabilitiesQemuCpuGetResultItem",
    "NodesCapabilitiesQemuMachinesGetResultItem",
    "NodesCapabilitiesQemuMigrationGetResult",
]

_INDEX: dict[str, str] = {
    "NodesCapabilitiesQemuCpuGetResultItem": "nodes_capabilities_qemu_cpu_get",
    "NodesCapabilitiesQemuCpuFlagsGetResultItem": "nodes_capabilities_qemu_cpu_flags_get",
    "NodesCapabilitiesQemuMachinesGetResultItem": "nodes_capabilities_qemu_machines_get",
    "NodesCapabilitiesQemuMigrationGetResult": "nodes_capabilities_qemu_migration_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
