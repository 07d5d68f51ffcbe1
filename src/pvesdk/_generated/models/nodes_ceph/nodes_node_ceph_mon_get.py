# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/ceph/mon``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeCephMonGetResultItem",
]


class NodesNodeCephMonGetResultItem(PveModel):
    """Result object ``NodesNodeCephMonGetResultItem``."""

    name: str
    """Monitor id (typically the hostname)."""

    addr: str | None = None
    """Address as advertised by the monitor; Ceph-formatted (typically 'IP:PORT/NONCE', possibly as a messenger-v2 vector depending on Ceph version and ceph.conf shape)."""

    ceph_version: str | None = None
    """Full Ceph version string of the monitor daemon."""

    ceph_version_short: str | None = None
    """Short Ceph version string of the monitor daemon (e.g. '19.2.0')."""

    direxists: bool | None = None
    """Set when the monitor's data directory exists on this node."""

    host: str | None = None
    """Host the monitor runs on."""

    quorum: bool | None = None
    """Set when the monitor is part of the current quorum."""

    rank: int | None = None
    """Rank of the monitor within the mon map."""

    service: bool | None = None
    """Set if a ceph-mon@<id> systemd unit is enabled on the hosting node; absent otherwise."""

    state: str | None = None
    """Run state of the monitor: 'running' (in quorum), 'stopped' (systemd unit configured but daemon not visible to the cluster), or 'unknown' (no rados access)."""
