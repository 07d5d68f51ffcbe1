# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/sdn/zones``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeSdnZonesGetResultItem",
]


class NodesNodeSdnZonesGetResultItem(PveModel):
    """Result object ``NodesNodeSdnZonesGetResultItem``."""

    status: Literal["available", "pending", "error"] | str
    """Status of zone"""

    zone: str
    """The SDN zone object identifier."""
