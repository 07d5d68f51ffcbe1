# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``TargetEndpoint`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pvesdk._propstr import PropertyString

__all__ = ["TargetEndpoint"]


class TargetEndpoint(PropertyString):
    """Remote target endpoint

    Syntax: ``apitoken=<PVEAPIToken=user@realm!token=SECRET> ,host=<ADDRESS> [,fingerprint=<FINGERPRINT>] [,port=<PORT>]``"""

    __pve_required__: ClassVar[tuple[str, ...]] = (
        "apitoken",
        "host",
    )

    apitoken: str
    """PVEAPIToken=user@realm!token=SECRET"""

    host: str
    """ADDRESS"""

    fingerprint: str | None = None
    """FINGERPRINT"""

    port: str | None = None
    """PORT"""
