# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models for ``nodes_apt``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_apt_get import NodesAptGetResultItem as NodesAptGetResultItem

__all__ = [
    "NodesAptGetResultItem",
]

_INDEX: dict[str, str] = {
    "NodesAptGetResultItem": "nodes_apt_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
