# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Dev`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["Dev"]


class Dev(PropertyString):
    """Device to pass through to the container

    Syntax: ``[[path=]<Path>] [,deny-write=<1|0>] [,gid=<integer>] [,mode=<Octal access mode>] [,uid=<integer>]``"""

    __pve_default_key__: ClassVar[str | None] = "path"

    deny_write: bool | None = Field(default=None, alias="deny-write")
    """Deny the container to write to the device
    Default: ``0``."""

    gid: int | None = None
    """Group ID to be assigned to the device node
    Range: 0 to inf."""

    mode: str | None = None
    """Access mode to be set on the device node
    Pattern: ``^0[0-7]{3}$``."""

    path: str | None = None
    """Device to pass through to the container
    Format: ``pve-lxc-dev-string``."""

    uid: int | None = None
    """User ID to be assigned to the device node
    Range: 0 to inf."""
