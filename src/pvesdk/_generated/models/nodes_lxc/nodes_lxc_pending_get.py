# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/lxc/{vmid}/pending``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesLxcPendingGetResultItem",
]


class NodesLxcPendingGetResultItem(PveModel):
    """Result object ``NodesLxcPendingGetResultItem``."""

    key: str
    """Configuration option name."""

    delete: int | None = None
    """Indicates a pending delete request if present and not 0."""

    pending: str | None = None
    """Pending value."""

    value: str | None = None
    """Current value."""
