# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Smbios1`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from pvesdk._propstr import PropertyString

__all__ = ["Smbios1"]


class Smbios1(PropertyString):
    """Specify SMBIOS type 1 fields.

    Syntax: ``[base64=<1|0>] [,family=<Base64 encoded string>] [,manufacturer=<Base64 encoded string>] [,product=<Base64 encoded string>] [,serial=<Base64 encoded string>] [,sku=<Base64 encoded string>] [,uuid=<UUID>] [,version=<Base64 encoded string>]``"""

    base64: bool | None = None

    family: str | None = None
    """Base64 encoded string"""

    manufacturer: str | None = None
    """Base64 encoded string"""

    product: str | None = None
    """Base64 encoded string"""

    serial: str | None = None
    """Base64 encoded string"""

    sku: str | None = None
    """Base64 encoded string"""

    uuid: str | None = None
    """UUID"""

    version: str | None = None
    """Base64 encoded string"""
