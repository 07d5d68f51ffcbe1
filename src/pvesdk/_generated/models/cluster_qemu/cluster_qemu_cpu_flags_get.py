# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/qemu/cpu-flags``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterQemuCpuFlagsGetResultItem",
]


class ClusterQemuCpuFlagsGetResultItem(PveModel):
    """Result object ``ClusterQemuCpuFlagsGetResultItem``."""

    name: str
    """Name of the CPU flag."""

    description: str | None = None
    """Description of the CPU flag."""

    supported_on: list[str] | None = Field(default=None, alias="supported-on")
    """List of nodes supporting the flag with the selected acceleration type ("accel")."""
