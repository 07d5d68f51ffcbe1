# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /pools``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "PoolsGetResultItem",
    "PoolsGetResultItemMembersItem",
]


class PoolsGetResultItem(PveModel):
    """Result object ``PoolsGetResultItem``."""

    poolid: str

    comment: str | None = None

    members: list[PoolsGetResultItemMembersItem] | None = None


class PoolsGetResultItemMembersItem(PveModel):
    """Result object ``PoolsGetResultItemMembersItem``."""

    id: str

    node: str

    type: Literal["qemu", "lxc", "openvz", "storage"] | str

    storage: str | None = None

    vmid: int | None = None
