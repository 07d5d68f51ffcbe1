# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /config/ldap``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "ConfigLdapGetResultItem",
]


class ConfigLdapGetResultItem(PveModel):
    """Result object ``ConfigLdapGetResultItem``."""

    disable: bool

    mode: str

    profile: str

    server1: str

    comment: str | None = None

    gcount: int | None = None

    mcount: int | None = None

    server2: str | None = None

    ucount: int | None = None
