# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/config/join``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pvesdk._model import PveModel, lazy_property_string

# Property-string models: the type checkers see them; at run time each is a stand-in that
# imports its model when the first value arrives (see pvesdk._model.LazyPropertyString).
if TYPE_CHECKING:
    from ...propstr.link import Link
else:
    Link = lazy_property_string("link", "Link")

__all__ = [
    "ClusterConfigJoinGetResult",
    "ClusterConfigJoinGetResultNodelistItem",
]


class ClusterConfigJoinGetResult(PveModel):
    """Result object ``ClusterConfigJoinGetResult``."""

    config_digest: str

    nodelist: list[ClusterConfigJoinGetResultNodelistItem]

    preferred_node: str
    """The cluster node name."""

    totem: dict[str, Any]


class ClusterConfigJoinGetResultNodelistItem(PveModel):
    """Result object ``ClusterConfigJoinGetResultNodelistItem``."""

    name: str
    """The cluster node name."""

    pve_addr: str

    pve_fp: str
    """Certificate SHA 256 fingerprint."""

    quorum_votes: int

    nodeid: int | None = None
    """Node id for this node."""

    ring0_addr: Link | None = None
    """Address and priority information of a single corosync link. (up to 8 links supported; link0..link7)"""
