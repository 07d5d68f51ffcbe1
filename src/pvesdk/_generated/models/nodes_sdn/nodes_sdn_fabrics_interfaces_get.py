# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/sdn/fabrics/{fabric}/interfaces``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesSdnFabricsInterfacesGetResultItem",
]


class NodesSdnFabricsInterfacesGetResultItem(PveModel):
    """Result object ``NodesSdnFabricsInterfacesGetResultItem``."""

    name: str
    """The name of the network interface."""

    state: str
    """The current state of the interface."""

    type: str
    """The type of this interface in the fabric (e.g. Point-to-Point, Broadcast, ..)."""
