# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /access/tfa``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "AccessTfaGetResultItem",
    "AccessTfaGetResultItemEntriesItem",
]


class AccessTfaGetResultItem(PveModel):
    """Result object ``AccessTfaGetResultItem``."""

    entries: list[AccessTfaGetResultItemEntriesItem]

    userid: str
    """User this entry belongs to."""

    tfa_locked_until: int | None = Field(default=None, alias="tfa-locked-until")
    """Contains a timestamp until when a user is locked out of 2nd factors."""

    totp_locked: bool | None = Field(default=None, alias="totp-locked")
    """True if the user is currently locked out of TOTP factors."""


class AccessTfaGetResultItemEntriesItem(PveModel):
    """TFA Entry."""

    created: int
    """Creation time of this entry as unix epoch."""

    description: str
    """User chosen description for this entry."""

    id: str
    """The id used to reference this entry."""

    type: Literal["totp", "u2f", "webauthn", "recovery", "yubico"] | str
    """TFA Entry Type."""

    enable: bool | None = None
    """Whether this TFA entry is currently enabled."""
