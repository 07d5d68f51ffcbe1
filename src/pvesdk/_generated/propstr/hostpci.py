# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Hostpci`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["Hostpci"]


class Hostpci(PropertyString):
    """Map host PCI devices into guest.

    Syntax: ``[[host=]<HOSTPCIID[;HOSTPCIID2...]>] [,device-id=<hex id>] [,driver=<vfio|keep>] [,legacy-igd=<1|0>] [,mapping=<mapping-id>] [,mdev=<string>] [,pcie=<1|0>] [,rombar=<1|0>] [,romfile=<string>] [,sub-device-id=<hex id>] [,sub-vendor-id=<hex id>] [,vendor-id=<hex id>] [,x-vga=<1|0>]``"""

    __pve_default_key__: ClassVar[str | None] = "host"

    device_id: str | None = Field(default=None, alias="device-id")
    """hex id"""

    driver: Literal["vfio", "keep"] | None = None

    host: str | None = None
    """HOSTPCIID[;HOSTPCIID2...]"""

    legacy_igd: bool | None = Field(default=None, alias="legacy-igd")

    mapping: str | None = None
    """mapping-id"""

    mdev: str | None = None
    """string"""

    pcie: bool | None = None

    rombar: bool | None = None

    romfile: str | None = None
    """string"""

    sub_device_id: str | None = Field(default=None, alias="sub-device-id")
    """hex id"""

    sub_vendor_id: str | None = Field(default=None, alias="sub-vendor-id")
    """hex id"""

    vendor_id: str | None = Field(default=None, alias="vendor-id")
    """hex id"""

    x_vga: bool | None = Field(default=None, alias="x-vga")
