# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``storage``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .storage_get import StorageGetResultItem as StorageGetResultItem
    from .storage_post import StoragePostResult as StoragePostResult
    from .storage_post import StoragePostResultConfig as StoragePostResultConfig
    from .storage_storage_put import StorageStoragePutResult as StorageStoragePutResult
    from .storage_storage_put import (
        StorageStoragePutResultConfig as StorageStoragePutResultConfig,
    )

__all__ = [
    "StorageGetResultItem",
    "StoragePostResult",
    "StoragePostResultConfig",
    "StorageStoragePutResult",
    "StorageStoragePutResultConfig",
]

_INDEX: dict[str, str] = {
    "StorageGetResultItem": "storage_get",
    "StoragePostResult": "storage_post",
    "StoragePostResultConfig": "storage_post",
    "StorageStoragePutResult": "storage_storage_put",
    "StorageStoragePutResultConfig": "storage_storage_put",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
