# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/ceph/osd/{osdid}/metadata``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "NodesCephOsdMetadataGetResult",
    "NodesCephOsdMetadataGetResultDevicesItem",
    "NodesCephOsdMetadataGetResultOsd",
]


class NodesCephOsdMetadataGetResult(PveModel):
    """Result object ``NodesCephOsdMetadataGetResult``."""

    devices: list[NodesCephOsdMetadataGetResultDevicesItem]
    """Array containing data about devices"""

    osd: NodesCephOsdMetadataGetResultOsd
    """General information about the OSD"""


class NodesCephOsdMetadataGetResultDevicesItem(PveModel):
    """Result object ``NodesCephOsdMetadataGetResultDevicesItem``."""

    dev_node: str
    """Device node"""

    device: Literal["block", "db", "wal"] | str
    """Kind of OSD device"""

    physical_device: str
    """Underlying physical device(s) used by this OSD device (comma- or space-joined when multiple)."""

    size: int
    """Size of the OSD device in bytes."""

    support_discard: bool
    """Whether the underlying physical device supports discard/TRIM."""

    type: str
    """Type of device. For example, hdd or ssd"""


class NodesCephOsdMetadataGetResultOsd(PveModel):
    """General information about the OSD"""

    back_addr: str
    """Address and port used to talk to other OSDs."""

    encrypted: bool
    """Whether the OSD is encrypted with LUKS via dm-crypt."""

    front_addr: str
    """Address and port used to talk to clients and monitors."""

    hb_back_addr: str
    """Heartbeat address and port for other OSDs."""

    hb_front_addr: str
    """Heartbeat address and port for clients and monitors."""

    hostname: str
    """Name of the host containing the OSD."""

    id: int
    """ID of the OSD."""

    mem_usage: int
    """Proportional set size (PSS) memory usage of the OSD daemon process in bytes; 0 when the process is not running."""

    osd_data: str
    """Path to the OSD's data directory."""

    osd_objectstore: str
    """The type of object store used."""

    version: str
    """Ceph version of the OSD service."""

    pid: int | None = None
    """OSD process ID; absent if the systemd unit for this OSD is not currently running."""
