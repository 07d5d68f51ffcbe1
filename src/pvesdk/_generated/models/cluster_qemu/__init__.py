# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``cluster_qemu``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cluster_qemu_cpu_flags_get import (
        ClusterQemuCpuFlagsGetResultItem as ClusterQemuCpuFlagsGetResultItem,
    )
    from .cluster_qemu_custom_cpu_models_cputype_get import (
        ClusterQemuCustomCpuModelsCputypeGetResult as ClusterQemuCustomCpuModelsCputypeGetResult,
    )
    from .cluster_qemu_custom_cpu_models_get import (
        ClusterQemuCustomCpuModelsGetResultItem as ClusterQemuCustomCpuModelsGetResultItem,
    )

__all__ = [
    "ClusterQemuCpuFlagsGetResultItem",
    "ClusterQemuCustomCpuModelsCputypeGetResult",
    "ClusterQemuCustomCpuModelsGetResultItem",
]

_INDEX: dict[str, str] = {
    "ClusterQemuCpuFlagsGetResultItem": "cluster_qemu_cpu_flags_get",
    "ClusterQemuCustomCpuModelsGetResultItem": "cluster_qemu_custom_cpu_models_get",
    "ClusterQemuCustomCpuModelsCputypeGetResult": "cluster_qemu_custom_cpu_models_cputype_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
