# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``PUT /access/users/{userid}/token/{tokenid}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "AccessUsersUseridTokenTokenidPutResult",
]


class AccessUsersUseridTokenTokenidPutResult(PveModel):
    """Result object ``AccessUsersUseridTokenTokenidPutResult``."""

    comment: str | None = None

    expire: int | None = None
    """API token expiration date (seconds since epoch). '0' means no expiration date."""

    full_tokenid: str | None = Field(default=None, alias="full-tokenid")
    """The full token id. Only set when 'regenerate' was set."""

    privsep: bool | None = None
    """Restrict API token privileges with separate ACLs (default), or give full privileges of corresponding user."""

    value: str | None = None
    """API token value used for authentication. Only set when 'regenerate' was set."""
