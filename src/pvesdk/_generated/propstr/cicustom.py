# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Cicustom`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from pvesdk._propstr import PropertyString

__all__ = ["Cicustom"]


class Cicustom(PropertyString):
    """cloud-init: Specify custom files to replace the automatically generated ones at start.

    Syntax: ``[meta=<volume>] [,network=<volume>] [,user=<volume>] [,vendor=<volume>]``"""

    meta: str | None = None
    """volume"""

    network: str | None = None
    """volume"""

    user: str | None = None
    """volume"""

    vendor: str | None = None
    """volume"""
