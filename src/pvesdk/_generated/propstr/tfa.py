# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Tfa`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pvesdk._propstr import PropertyString

__all__ = ["Tfa"]


class Tfa(PropertyString):
    """Use Two-factor authentication.

    Syntax: ``type=<TFATYPE> [,digits=<COUNT>] [,id=<ID>] [,key=<KEY>] [,step=<SECONDS>] [,url=<URL>]``"""

    __pve_required__: ClassVar[tuple[str, ...]] = ("type",)

    type: str
    """TFATYPE"""

    digits: str | None = None
    """COUNT"""

    id: str | None = None
    """ID"""

    key: str | None = None
    """KEY"""

    step: str | None = None
    """SECONDS"""

    url: str | None = None
    """URL"""
