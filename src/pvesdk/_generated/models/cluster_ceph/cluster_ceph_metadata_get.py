# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/ceph/metadata``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any

from pvesdk._model import PveModel

__all__ = [
    "ClusterCephMetadataGetResult",
    "ClusterCephMetadataGetResultOsdItem",
]


class ClusterCephMetadataGetResult(PveModel):
    """Items for each type of service containing objects for each instance."""

    mds: dict[str, Any]
    """Metadata servers configured in the cluster and their properties, keyed by '<name>@<host>'."""

    mgr: dict[str, Any]
    """Managers configured in the cluster and their properties, keyed by '<name>@<host>'."""

    mon: dict[str, Any]
    """Monitors configured in the cluster and their properties, keyed by '<name>@<host>'."""

    node: dict[str, Any]
    """Ceph version installed on the nodes, keyed by node name."""

    osd: list[ClusterCephMetadataGetResultOsdItem]
    """OSDs configured in the cluster and their properties."""


class ClusterCephMetadataGetResultOsdItem(PveModel):
    """Useful properties are listed, but not the full list."""

    back_addr: str
    """Bind addresses and ports for backend inter OSD traffic."""

    ceph_release: str
    """Ceph release codename currently used."""

    ceph_version: str
    """Version info currently used by the service."""

    ceph_version_short: str
    """Short version (numerical) info currently used by the service."""

    front_addr: str
    """Bind addresses and ports for frontend traffic to OSDs."""

    hostname: str
    """Hostname on which the service is running."""

    id: int
    """OSD ID."""

    mem_swap_kb: int
    """Memory of the service currently in swap."""

    mem_total_kb: int
    """Memory consumption of the service."""

    osd_data: str
    """Path to the OSD data directory."""

    osd_objectstore: str
    """OSD objectstore type."""

    device_ids: str | None = None
    """Comma-joined list of device identifiers (e.g. 'sdb=<serial>,sdc=<serial>')."""

    device_paths: str | None = None
    """Comma-joined list of /dev/disk/by-path entries for the underlying devices."""

    devices: str | None = None
    """Comma-joined list of underlying device names (e.g. 'sdb,sdc')."""
