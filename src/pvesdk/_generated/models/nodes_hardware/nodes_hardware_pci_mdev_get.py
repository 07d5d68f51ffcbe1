# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/hardware/pci/{pci-id-or-mapping}/mdev``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesHardwarePciMdevGetResultItem",
]


class NodesHardwarePciMdevGetResultItem(PveModel):
    """Result object ``NodesHardwarePciMdevGetResultItem``."""

    available: int
    """The number of still available instances of this type."""

    description: str
    """Additional description of the type."""

    type: str
    """The name of the mdev type."""

    name: str | None = None
    """A human readable name for the type."""
