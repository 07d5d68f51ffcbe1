# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /access/users/{userid}/token``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "AccessUsersUseridTokenGetResultItem",
]


class AccessUsersUseridTokenGetResultItem(PveModel):
    """Result object ``AccessUsersUseridTokenGetResultItem``."""

    tokenid: str
    """User-specific token identifier."""

    comment: str | None = None

    expire: int | None = None
    """API token expiration date (seconds since epoch). '0' means no expiration date."""

    privsep: bool | None = None
    """Restrict API token privileges with separate ACLs (default), or give full privileges of corresponding user."""
