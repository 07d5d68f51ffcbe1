# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /pools/{poolid}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "PoolsPoolidGetResult",
    "PoolsPoolidGetResultMembersItem",
]


class PoolsPoolidGetResult(PveModel):
    """Result object ``PoolsPoolidGetResult``."""

    members: list[PoolsPoolidGetResultMembersItem]

    comment: str | None = None


class PoolsPoolidGetResultMembersItem(PveModel):
    """Result object ``PoolsPoolidGetResultMembersItem``."""

    id: str

    node: str

    type: Literal["qemu", "lxc", "openvz", "storage"] | str

    storage: str | None = None

    vmid: int | None = None
