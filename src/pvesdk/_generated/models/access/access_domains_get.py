# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /access/domains``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "AccessDomainsGetResultItem",
]


class AccessDomainsGetResultItem(PveModel):
    """Result object ``AccessDomainsGetResultItem``."""

    realm: str

    type: str

    comment: str | None = None
    """A comment. The GUI use this text when you select a domain (Realm) on the login window."""

    tfa: Literal["yubico", "oath"] | str | None = None
    """Two-factor authentication provider."""
