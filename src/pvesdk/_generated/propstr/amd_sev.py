# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``AmdSev`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["AmdSev"]


class AmdSev(PropertyString):
    """Secure Encrypted Virtualization (SEV) features by AMD CPUs

    Syntax: ``[type=]<sev-type> [,allow-smt=<1|0>] [,kernel-hashes=<1|0>] [,no-debug=<1|0>] [,no-key-sharing=<1|0>]``"""

    __pve_default_key__: ClassVar[str | None] = "type"

    type: str
    """sev-type"""

    allow_smt: bool | None = Field(default=None, alias="allow-smt")

    kernel_hashes: bool | None = Field(default=None, alias="kernel-hashes")

    no_debug: bool | None = Field(default=None, alias="no-debug")

    no_key_sharing: bool | None = Field(default=None, alias="no-key-sharing")
