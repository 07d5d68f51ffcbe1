# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/0.0/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 0.0`.
"""Result models of ``GET /nodes/{node}/disks/list``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesDisksListGetResultItem",
]


class NodesDisksListGetResultItem(PveModel):
    """Result object ``NodesDisksListGetResultItem``."""

    devpath: str

    size: int
