# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /access/users``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "AccessUsersGetResultItem",
    "AccessUsersGetResultItemTokensItem",
]


class AccessUsersGetResultItem(PveModel):
    """Result object ``AccessUsersGetResultItem``."""

    userid: str
    """Full User ID, in the `name@realm` format."""

    comment: str | None = None

    email: str | None = None

    enable: bool | None = None
    """Enable the account (default). You can set this to '0' to disable the account"""

    expire: int | None = None
    """Account expiration date (seconds since epoch). '0' means no expiration date."""

    firstname: str | None = None

    groups: str | None = None

    keys: str | None = None
    """Keys for two factor auth (yubico)."""

    lastname: str | None = None

    realm_type: str | None = Field(default=None, alias="realm-type")
    """The type of the users realm"""

    tfa_locked_until: int | None = Field(default=None, alias="tfa-locked-until")
    """Contains a timestamp until when a user is locked out of 2nd factors."""

    tokens: list[AccessUsersGetResultItemTokensItem] | None = None

    totp_locked: bool | None = Field(default=None, alias="totp-locked")
    """True if the user is currently locked out of TOTP factors."""


class AccessUsersGetResultItemTokensItem(PveModel):
    """Result object ``AccessUsersGetResultItemTokensItem``."""

    tokenid: str
    """User-specific token identifier."""

    comment: str | None = None

    expire: int | None = None
    """API token expiration date (seconds since epoch). '0' means no expiration date."""

    privsep: bool | None = None
    """Restrict API token privileges with separate ACLs (default), or give full privileges of corresponding user."""
