# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``POST /access/tfa/{userid}``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "AccessTfaUseridPostResult",
]


class AccessTfaUseridPostResult(PveModel):
    """Result object ``AccessTfaUseridPostResult``."""

    id: str
    """The id of a newly added TFA entry."""

    challenge: str | None = None
    """When adding u2f entries, this contains a challenge the user must respond to in order to finish the registration."""

    recovery: list[str] | None = None
    """When adding recovery codes, this contains the list of codes to be displayed to the user"""
