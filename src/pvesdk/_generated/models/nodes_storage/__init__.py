# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_storage``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_node_storage_get import (
        NodesNodeStorageGetResultItem as NodesNodeStorageGetResultItem,
    )
    from .nodes_node_storage_get import (
        NodesNodeStorageGetResultItemFormats as NodesNodeStorageGetResultItemFormats,
    )
    from .nodes_node_storage_storage_content_get import (
        NodesNodeStorageStorageContentGetResultItem as NodesNodeStorageStorageContentGetResultItem,
    )
    from .nodes_node_storage_storage_content_get import (
        NodesNodeStorageStorageContentGetResultItemVerification as NodesNodeStorageStorageContentGetResultItemVerification,
    )
    from .nodes_node_storage_storage_content_volume_get import (
        NodesNodeStorageStorageContentVolumeGetResult as NodesNodeStorageStorageContentVolumeGetResult,
    )
    from .nodes_node_storage_storage_get import (
        NodesNodeStorageStorageGetResultItem as NodesNodeStorageStorageGetResultItem,
    )
    from .nodes_storage_file_restore_list_get import (
        NodesStorageFileRestoreListGetResultItem as NodesStorageFileRestoreListGetResultItem,
    )
    from .nodes_storage_identity_get import (
        NodesStorageIdentityGetResult as NodesStorageIdentityGetResult,
    )
    from .nodes_storage_import_metadata_get import (
        NodesStorageImportMetadataGetResult as NodesStorageImportMetadataGetResult,
    )
    from .nodes_storage_import_metadata_get import (
        NodesStorageImportMetadataGetResultWarningsItem as NodesStorageImportMetadataGetResultWarningsItem,
    )
    from .nodes_storage_prunebackups_get import (
        NodesStoragePrunebackupsGetResultItem as NodesStoragePrunebackupsGetResultItem,
    )
    from .nodes_storage_rrd_get import (
        NodesStorageRrdGetResult as NodesStorageRrdGetResult,
    )
    from .nodes_storage_status_get import (
        NodesStorageStatusGetResult as NodesStorageStatusGetResult,
    )

__all__ = [
    "NodesNodeStorageGetResultItem",
    "NodesNodeStorageGetResultItemFormats",
    "NodesNodeStorageStorageContentGetResultItem",
    "NodesNodeStorageStorageContentGetResultItemVerification",
    "NodesNodeStorageStorageContentVolumeGetResult",
    "NodesNodeStorageStorageGetResultItem",
    "NodesStorageFileRestoreListGetResultItem",
    "NodesStorageIdentityGetResult",
    "NodesStorageImportMetadataGetResult",
    "NodesStorageImportMetadataGetResultWarningsItem",
    "NodesStoragePrunebackupsGetResultItem",
    "NodesStorageRrdGetResult",
    "NodesStorageStatusGetResult",
]

_INDEX: dict[str, str] = {
    "NodesNodeStorageGetResultItem": "nodes_node_storage_get",
    "NodesNodeStorageGetResultItemFormats": "nodes_node_storage_get",
    "NodesNodeStorageStorageGetResultItem": "nodes_node_storage_storage_get",
    "NodesNodeStorageStorageContentGetResultItem": "nodes_node_storage_storage_content_get",
    "NodesNodeStorageStorageContentGetResultItemVerification": "nodes_node_storage_storage_content_get",
    "NodesNodeStorageStorageContentVolumeGetResult": "nodes_node_storage_storage_content_volume_get",
    "NodesStorageFileRestoreListGetResultItem": "nodes_storage_file_restore_list_get",
    "NodesStorageIdentityGetResult": "nodes_storage_identity_get",
    "NodesStorageImportMetadataGetResult": "nodes_storage_import_metadata_get",
    "NodesStorageImportMetadataGetResultWarningsItem": "nodes_storage_import_metadata_get",
    "NodesStoragePrunebackupsGetResultItem": "nodes_storage_prunebackups_get",
    "NodesStorageRrdGetResult": "nodes_storage_rrd_get",
    "NodesStorageStatusGetResult": "nodes_storage_status_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
