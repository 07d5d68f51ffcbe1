# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Link`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pvesdk._propstr import PropertyString

__all__ = ["Link"]


class Link(PropertyString):
    """Address and priority information of a single corosync link. (up to 8 links supported; link0..link7)

    Syntax: ``[address=]<IP> [,priority=<integer>]``"""

    __pve_default_key__: ClassVar[str | None] = "address"

    address: str
    """Hostname (or IP) of this corosync link address.
    Format: ``address``."""

    priority: int | None = None
    """The priority for the link when knet is used in 'passive' mode (default). Lower value means higher priority. Only valid for cluster create, ignored on node add.
    Range: 0 to 255.
    Default: ``0``."""
