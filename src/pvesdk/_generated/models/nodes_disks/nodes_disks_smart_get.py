# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/disks/smart``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any

from pvesdk._model import PveModel

__all__ = [
    "NodesDisksSmartGetResult",
]


class NodesDisksSmartGetResult(PveModel):
    """Result object ``NodesDisksSmartGetResult``."""

    health: str

    attributes: list[Any] | None = None

    text: str | None = None

    type: str | None = None
