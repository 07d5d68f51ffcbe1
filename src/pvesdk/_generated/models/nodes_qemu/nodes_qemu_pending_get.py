# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/qemu/{vmid}/pending``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesQemuPendingGetResultItem",
]


class NodesQemuPendingGetResultItem(PveModel):
    """Result object ``NodesQemuPendingGetResultItem``."""

    key: str
    """Configuration option name."""

    delete: int | None = None
    """Indicates a pending delete request if present and not 0. The value 2 indicates a force-delete request."""

    pending: str | None = None
    """Pending value."""

    value: str | None = None
    """Current value."""
