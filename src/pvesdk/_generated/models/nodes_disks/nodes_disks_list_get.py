# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/disks/list``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesDisksListGetResultItem",
]


class NodesDisksListGetResultItem(PveModel):
    """Result object ``NodesDisksListGetResultItem``."""

    devpath: str
    """The device path"""

    gpt: bool

    mounted: bool

    osdid: int

    osdid_list: list[int] = Field(alias="osdid-list")

    size: int

    health: str | None = None

    model: str | None = None

    parent: str | None = None
    """For partitions only. The device path of the disk the partition resides on."""

    serial: str | None = None

    used: str | None = None

    vendor: str | None = None

    wwn: str | None = None
