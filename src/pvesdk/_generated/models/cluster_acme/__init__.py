# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``cluster_acme``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cluster_acme_account_name_get import (
        ClusterAcmeAccountNameGetResult as ClusterAcmeAccountNameGetResult,
    )
    from .cluster_acme_challenge_schema_get import (
        ClusterAcmeChallengeSchemaGetResultItem as ClusterAcmeChallengeSchemaGetResultItem,
    )
    from .cluster_acme_directories_get import (
        ClusterAcmeDirectoriesGetResultItem as ClusterAcmeDirectoriesGetResultItem,
    )
    from .cluster_acme_meta_get import (
        ClusterAcmeMetaGetResult as ClusterAcmeMetaGetResult,
    )
    from .cluster_acme_plugins_get import (
        ClusterAcmePluginsGetResultItem as ClusterAcmePluginsGetResultItem,
    )
    from .cluster_acme_plugins_id_get import (
        ClusterAcmePluginsIdGetResult as ClusterAcmePluginsIdGetResult,
    )

__all__ = [
    "ClusterAcmeAccountNameGetResult",
    "ClusterAcmeChallengeSchemaGetResultItem",
    "ClusterAcmeDirectoriesGetResultItem",
    "ClusterAcmeMetaGetResult",
    "ClusterAcmePluginsGetResultItem",
    "ClusterAcmePluginsIdGetResult",
]

_INDEX: dict[str, str] = {
    "ClusterAcmeAccountNameGetResult": "cluster_acme_account_name_get",
    "ClusterAcmeChallengeSchemaGetResultItem": "cluster_acme_challenge_schema_get",
    "ClusterAcmeDirectoriesGetResultItem": "cluster_acme_directories_get",
    "ClusterAcmeMetaGetResult": "cluster_acme_meta_get",
    "ClusterAcmePluginsGetResultItem": "cluster_acme_plugins_get",
    "ClusterAcmePluginsIdGetResult": "cluster_acme_plugins_id_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
