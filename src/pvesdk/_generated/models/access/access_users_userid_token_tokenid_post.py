# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``POST /access/users/{userid}/token/{tokenid}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "AccessUsersUseridTokenTokenidPostResult",
    "AccessUsersUseridTokenTokenidPostResultInfo",
]


class AccessUsersUseridTokenTokenidPostResult(PveModel):
    """Result object ``AccessUsersUseridTokenTokenidPostResult``."""

    full_tokenid: str = Field(alias="full-tokenid")
    """The full token id."""

    info: AccessUsersUseridTokenTokenidPostResultInfo

    value: str
    """API token value used for authentication."""


class AccessUsersUseridTokenTokenidPostResultInfo(PveModel):
    """Result object ``AccessUsersUseridTokenTokenidPostResultInfo``."""

    comment: str | None = None

    expire: int | None = None
    """API token expiration date (seconds since epoch). '0' means no expiration date."""

    privsep: bool | None = None
    """Restrict API token privileges with separate ACLs (default), or give full privileges of corresponding user."""
