# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``U2f`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from pvesdk._propstr import PropertyString

__all__ = ["U2f"]


class U2f(PropertyString):
    """u2f

    Syntax: ``[appid=<APPID>] [,origin=<URL>]``"""

    appid: str | None = None
    """U2F AppId URL override. Defaults to the origin."""

    origin: str | None = None
    """U2F Origin override. Mostly useful for single nodes with a single URL."""
