# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/hardware/pci``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeHardwarePciGetResultItem",
]


class NodesNodeHardwarePciGetResultItem(PveModel):
    """Result object ``NodesNodeHardwarePciGetResultItem``."""

    class_: str = Field(alias="class")
    """The PCI Class of the device."""

    device: str
    """The Device ID."""

    id: str
    """The PCI ID."""

    iommugroup: int
    """The IOMMU group in which the device is in. If no IOMMU group is detected, it is set to -1."""

    vendor: str
    """The Vendor ID."""

    device_name: str | None = None

    mdev: bool | None = None
    """If set, marks that the device is capable of creating mediated devices."""

    subsystem_device: str | None = None
    """The Subsystem Device ID."""

    subsystem_device_name: str | None = None

    subsystem_vendor: str | None = None
    """The Subsystem Vendor ID."""

    subsystem_vendor_name: str | None = None

    vendor_name: str | None = None
