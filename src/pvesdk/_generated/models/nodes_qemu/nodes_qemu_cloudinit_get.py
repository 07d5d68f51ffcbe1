# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/qemu/{vmid}/cloudinit``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesQemuCloudinitGetResultItem",
]


class NodesQemuCloudinitGetResultItem(PveModel):
    """Result object ``NodesQemuCloudinitGetResultItem``."""

    key: str
    """Configuration option name."""

    delete: int | None = None
    """Indicates a pending delete request if present and not 0."""

    pending: str | None = None
    """The new pending value."""

    value: str | None = None
    """Value as it was used to generate the current cloudinit image."""
