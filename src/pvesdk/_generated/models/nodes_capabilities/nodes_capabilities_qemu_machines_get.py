# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/capabilities/qemu/machines``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "NodesCapabilitiesQemuMachinesGetResultItem",
]


class NodesCapabilitiesQemuMachinesGetResultItem(PveModel):
    """Result object ``NodesCapabilitiesQemuMachinesGetResultItem``."""

    id: str
    """Full name of machine type and version."""

    type: Literal["q35", "i440fx"] | str
    """The machine type."""

    version: str
    """The machine version."""

    changes: str | None = None
    """Notable changes of a version, currently only set for +pveX versions."""
