# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/sdn/fabrics/{fabric}/neighbors``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesSdnFabricsNeighborsGetResultItem",
]


class NodesSdnFabricsNeighborsGetResultItem(PveModel):
    """Result object ``NodesSdnFabricsNeighborsGetResultItem``."""

    neighbor: str
    """The IP or hostname of the neighbor."""

    status: str
    """The status of the neighbor, as returned by FRR."""

    uptime: str
    """The uptime of this neighbor, as returned by FRR (e.g. 8h24m12s)."""
