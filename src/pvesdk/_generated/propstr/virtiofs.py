# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Virtiofs`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["Virtiofs"]


class Virtiofs(PropertyString):
    """Configuration for sharing a directory between host and guest using Virtio-fs.

    Syntax: ``[dirid=]<mapping-id> [,cache=<enum>] [,direct-io=<1|0>] [,expose-acl=<1|0>] [,expose-xattr=<1|0>]``"""

    __pve_default_key__: ClassVar[str | None] = "dirid"

    dirid: str
    """Mapping identifier of the directory mapping to be shared with the guest. Also used as a mount tag inside the VM.
    Format: ``pve-configid``."""

    cache: Literal["auto", "always", "metadata", "never"] | None = None
    """The caching policy the file system should use (auto, always, metadata, never).
    Default: ``auto``."""

    direct_io: bool | None = Field(default=None, alias="direct-io")
    """Honor the O_DIRECT flag passed down by guest applications.
    Default: ``0``."""

    expose_acl: bool | None = Field(default=None, alias="expose-acl")
    """Enable support for POSIX ACLs (enabled ACL implies xattr) for this mount.
    Default: ``0``."""

    expose_xattr: bool | None = Field(default=None, alias="expose-xattr")
    """Enable support for extended attributes for this mount.
    Default: ``0``."""
