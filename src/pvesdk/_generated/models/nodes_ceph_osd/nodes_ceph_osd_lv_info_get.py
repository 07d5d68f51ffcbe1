# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/ceph/osd/{osdid}/lv-info``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesCephOsdLvInfoGetResult",
]


class NodesCephOsdLvInfoGetResult(PveModel):
    """Result object ``NodesCephOsdLvInfoGetResult``."""

    creation_time: str
    """Creation time as reported by `lvs`."""

    lv_name: str
    """Name of the logical volume (LV)."""

    lv_path: str
    """Path to the logical volume (LV)."""

    lv_size: int
    """Size of the logical volume (LV)."""

    lv_uuid: str
    """UUID of the logical volume (LV)."""

    vg_name: str
    """Name of the volume group (VG)."""
