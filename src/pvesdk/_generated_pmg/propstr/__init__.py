# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Property-string models: ``QemuNet.parse("virtio=BC:24:11:00:00:01,bridge=vmbr0")`` and back with
``str(net)``. Parameters that take a property string accept these or a plain ``str``.

One module per model, each imported on first use (PEP 562): a call that reads a VM config
builds the models it needs, not all 0."""

from __future__ import annotations

import importlib
from typing import Any

__all__ = []

_INDEX: dict[str, str] = {}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
