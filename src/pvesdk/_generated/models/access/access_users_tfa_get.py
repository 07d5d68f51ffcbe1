# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /access/users/{userid}/tfa``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "AccessUsersTfaGetResult",
]


class AccessUsersTfaGetResult(PveModel):
    """Result object ``AccessUsersTfaGetResult``."""

    realm: Literal["oath", "yubico"] | str | None = None
    """The type of TFA the users realm has set, if any."""

    types: list[Literal["totp", "u2f", "yubico", "webauthn", "recovedry"] | str] | None = None
    """Array of the user configured TFA types, if any. Only available if 'multiple' was not passed."""

    user: Literal["oath", "u2f"] | str | None = None
    """The type of TFA the user has set, if any. Only set if 'multiple' was not passed."""
