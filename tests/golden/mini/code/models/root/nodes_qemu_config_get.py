# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/0.0/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 0.0`.
"""Result models of ``GET /nodes/{node}/qemu/{vmid}/config``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from pvesdk._model import PveFamilyModel, PveModel
from pvesdk.indexed import IndexedMap

__all__ = [
    "NodesQemuConfigGetResult",
    "NodesQemuConfigGetResultMeta",
]


class NodesQemuConfigGetResult(PveFamilyModel):
    """Result object ``NodesQemuConfigGetResult``."""

    __pve_families__: ClassVar[dict[str, tuple[str, int, int]]] = {
        "net": ("net", 0, 31),
    }

    digest: str
    """SHA1 digest."""

    cores: int | None = None

    allow_ksm: bool | None = Field(default=None, alias="allow-ksm")

    json_: str | None = Field(default=None, alias="json")
    """A name pydantic reserves."""

    meta: NodesQemuConfigGetResultMeta | None = None

    net: IndexedMap[str] = Field(default_factory=IndexedMap)
    """``net0`` … ``net31`` by index (the flat keys stay readable too)."""


class NodesQemuConfigGetResultMeta(PveModel):
    """Result object ``NodesQemuConfigGetResultMeta``."""

    ctime: int | None = None
