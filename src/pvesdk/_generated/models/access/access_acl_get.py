# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /access/acl``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "AccessAclGetResultItem",
]


class AccessAclGetResultItem(PveModel):
    """Result object ``AccessAclGetResultItem``."""

    path: str
    """Access control path"""

    roleid: str

    type: Literal["user", "group", "token"] | str

    ugid: str

    propagate: bool | None = None
    """Allow to propagate (inherit) permissions."""
