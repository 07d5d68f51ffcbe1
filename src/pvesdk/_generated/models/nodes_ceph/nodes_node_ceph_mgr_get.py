# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/ceph/mgr``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeCephMgrGetResultItem",
]


class NodesNodeCephMgrGetResultItem(PveModel):
    """Result object ``NodesNodeCephMgrGetResultItem``."""

    name: str
    """The name (ID) for the MGR."""

    state: str
    """Manager state: 'active' or 'standby' for daemons visible to the mgr cluster, 'stopped' or 'unknown' for configured daemons not currently visible."""

    addr: str | None = None
    """Address as advertised by the manager; Ceph-formatted (typically 'IP:PORT/NONCE')."""

    ceph_version: str | None = None
    """Full Ceph version string of the manager daemon."""

    ceph_version_short: str | None = None
    """Short Ceph version string of the manager daemon (e.g. '19.2.0')."""

    direxists: bool | None = None
    """Set when the manager's data directory exists on this node."""

    host: str | None = None
    """Host the manager runs on."""

    service: bool | None = None
    """Set if a ceph-mgr@<id> systemd unit is enabled on the hosting node; absent otherwise."""
