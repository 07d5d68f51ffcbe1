# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``IntelTdx`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["IntelTdx"]


class IntelTdx(PropertyString):
    """Trusted Domain Extension (TDX) features by Intel CPUs

    Syntax: ``[type=]<tdx-type> ,attestation=<1|0> [,vsock-cid=<integer>] [,vsock-port=<integer>]``"""

    __pve_default_key__: ClassVar[str | None] = "type"
    __pve_required__: ClassVar[tuple[str, ...]] = ("attestation",)

    attestation: bool

    type: str
    """tdx-type"""

    vsock_cid: int | None = Field(default=None, alias="vsock-cid")

    vsock_port: int | None = Field(default=None, alias="vsock-port")
