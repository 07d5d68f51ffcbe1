# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /access/users/{userid}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any

from pvesdk._model import PveModel

__all__ = [
    "AccessUsersUseridGetResult",
]


class AccessUsersUseridGetResult(PveModel):
    """Result object ``AccessUsersUseridGetResult``."""

    comment: str | None = None

    email: str | None = None

    enable: bool | None = None
    """Enable the account (default). You can set this to '0' to disable the account"""

    expire: int | None = None
    """Account expiration date (seconds since epoch). '0' means no expiration date."""

    firstname: str | None = None

    groups: list[str] | None = None

    keys: str | None = None
    """Keys for two factor auth (yubico)."""

    lastname: str | None = None

    tokens: dict[str, Any] | None = None
