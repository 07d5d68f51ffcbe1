# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/capabilities/qemu/cpu``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesCapabilitiesQemuCpuGetResultItem",
]


class NodesCapabilitiesQemuCpuGetResultItem(PveModel):
    """Result object ``NodesCapabilitiesQemuCpuGetResultItem``."""

    custom: bool
    """True if this is a custom CPU model."""

    name: str
    """Name of the CPU model. Identifies it for subsequent API calls. Prefixed with 'custom-' for custom models."""

    vendor: str
    """CPU vendor visible to the guest when this model is selected. Vendor of 'reported-model' in case of custom models."""

    abstract: bool | None = None
    """True for PVE-internal abstract profiles like x86-64-v2, -v3, -v4. These do not correspond to a QEMU CPU type and cannot be used as a custom model's 'reported-model'."""
