# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/storage/{storage}/status``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesStorageStatusGetResult",
]


class NodesStorageStatusGetResult(PveModel):
    """Result object ``NodesStorageStatusGetResult``."""

    content: str
    """Allowed storage content types."""

    type: str
    """Storage type."""

    active: bool | None = None
    """Set when storage is accessible."""

    avail: int | None = None
    """Available storage space in bytes."""

    enabled: bool | None = None
    """Set when storage is enabled (not disabled)."""

    shared: bool | None = None
    """Shared flag from storage configuration."""

    total: int | None = None
    """Total storage space in bytes."""

    used: int | None = None
    """Used storage space in bytes."""
