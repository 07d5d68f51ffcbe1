# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/sdn/zones/{zone}/ip-vrf``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesSdnZonesIpVrfGetResultItem",
]


class NodesSdnZonesIpVrfGetResultItem(PveModel):
    """Result object ``NodesSdnZonesIpVrfGetResultItem``."""

    ip: str
    """The CIDR of the route table entry."""

    metric: int
    """This route's metric."""

    nexthops: list[str]
    """A list of nexthops for the route table entry."""

    protocol: str
    """The protocol where this route was learned from (e.g. BGP)."""
