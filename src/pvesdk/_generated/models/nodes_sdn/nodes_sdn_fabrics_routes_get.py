# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/sdn/fabrics/{fabric}/routes``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesSdnFabricsRoutesGetResultItem",
]


class NodesSdnFabricsRoutesGetResultItem(PveModel):
    """Result object ``NodesSdnFabricsRoutesGetResultItem``."""

    route: str
    """The CIDR block for this routing table entry."""

    via: list[str]
    """A list of nexthops for that route."""
