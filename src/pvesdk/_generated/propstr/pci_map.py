# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``PciMap`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["PciMap"]


class PciMap(PropertyString):
    """Property string ``PciMap``."""

    __pve_required__: ClassVar[tuple[str, ...]] = (
        "id",
        "node",
        "path",
    )

    id: str
    """The vendor and device ID that is expected. Used for detecting hardware changes
    Pattern: ``^(?:^[0-9A-Fa-f]{4}:[0-9A-Fa-f]{4}$)$``."""

    node: str
    """The cluster node name.
    Format: ``pve-node``."""

    path: str
    """The path to the device. If the function is omitted, the whole device is mapped. In that case use the attributes of the first device. You can give multiple paths as a semicolon separated list, the first available will then be chosen on guest start.
    Pattern: ``^(?:[a-f0-9]{4,}:[a-f0-9]{2}:[a-f0-9]{2}(?:.[a-f0-9])?;)*[a-f0-9]{4,}:[a-f0-9]{2}:[a-f0-9]{2}(?:.[a-f0-9])?$``."""

    description: str | None = None
    """Description of the node specific device.
    Length: 0 to 4096."""

    iommugroup: int | None = None
    """The IOMMU group in which the device is to be expected in. Used for detecting hardware changes."""

    subsystem_id: str | None = Field(default=None, alias="subsystem-id")
    """The subsystem vendor and device ID that is expected. Used for detecting hardware changes.
    Pattern: ``^(?:^[0-9A-Fa-f]{4}:[0-9A-Fa-f]{4}$)$``."""
