# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /access/tfa/{userid}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "AccessTfaUseridGetResultItem",
]


class AccessTfaUseridGetResultItem(PveModel):
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
