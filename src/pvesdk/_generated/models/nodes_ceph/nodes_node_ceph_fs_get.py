# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/ceph/fs``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeCephFsGetResultItem",
]


class NodesNodeCephFsGetResultItem(PveModel):
    """Result object ``NodesNodeCephFsGetResultItem``."""

    data_pool: str
    """Name of the filesystem's first data pool. A CephFS can have more than one data pool; consumers interested in the full set should read 'data_pools' instead. Kept for backwards compatibility."""

    metadata_pool: str
    """Name of the metadata pool."""

    name: str
    """The ceph filesystem name."""

    data_pool_ids: list[int] | None = None
    """Numeric ids of the data pools."""

    data_pools: list[str] | None = None
    """Names of all data pools assigned to the filesystem; a CephFS can have multiple data pools (e.g. replicated metadata plus EC data, or multiple device-class-specific data pools)."""

    metadata_pool_id: int | None = None
    """Numeric id of the metadata pool."""
