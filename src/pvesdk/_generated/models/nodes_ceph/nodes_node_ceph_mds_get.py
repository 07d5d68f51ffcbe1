# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/ceph/mds``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeCephMdsGetResultItem",
]


class NodesNodeCephMdsGetResultItem(PveModel):
    """Result object ``NodesNodeCephMdsGetResultItem``."""

    name: str
    """The name (ID) for the MDS."""

    state: str
    """MDS state: Ceph-reported run state (e.g. 'up:active', 'up:standby', 'up:standby-replay') for daemons known to the cluster; 'stopped' or 'unknown' for configured daemons not visible to the cluster."""

    addr: str | None = None
    """Address as advertised by the MDS; Ceph-formatted (typically 'IP:PORT/NONCE')."""

    ceph_version: str | None = None
    """Full Ceph version string of the MDS daemon."""

    ceph_version_short: str | None = None
    """Short Ceph version string of the MDS daemon (e.g. '19.2.0')."""

    direxists: bool | None = None
    """Set when the MDS's data directory exists on this node."""

    fs_name: str | None = None
    """Name of the CephFS this MDS is bound to; absent or null for standby MDSes not currently serving a rank."""

    host: str | None = None
    """Host the MDS runs on."""

    rank: int | None = None
    """MDS rank within the file system; -1 for standby MDSes not currently bound to a rank."""

    service: bool | None = None
    """Set if a ceph-mds@<id> systemd unit is enabled on the hosting node; absent otherwise."""

    standby_replay: bool | None = None
    """If true, the standby MDS is polling the active MDS for faster recovery (hot standby)."""
