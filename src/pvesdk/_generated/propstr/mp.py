# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Mp`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pvesdk._propstr import PropertyString

__all__ = ["Mp"]


class Mp(PropertyString):
    """Use volume as container mount point. Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume.

    Syntax: ``[volume=]<volume> ,mp=<Path> [,acl=<1|0>] [,backup=<1|0>] [,idmap=<type:container:disk:range-size[;type:container:disk:range-size;...]>] [,keepattrs=<1|0>] [,mountoptions=<opt[;opt...]>] [,quota=<1|0>] [,replicate=<1|0>] [,ro=<1|0>] [,shared=<1|0>] [,size=<DiskSize>]``"""

    __pve_default_key__: ClassVar[str | None] = "volume"
    __pve_required__: ClassVar[tuple[str, ...]] = ("mp",)
    __pve_formats__: ClassVar[dict[str, str]] = {
        "size": "disk-size",
    }

    mp: str
    """Path to the mount point as seen from inside the container (must not contain symlinks).
    Format: ``pve-lxc-mp-string``."""

    volume: str
    """Volume, device or directory to mount into the container.
    Format: ``pve-lxc-mp-string``."""

    acl: bool | None = None
    """Explicitly enable or disable ACL support."""

    backup: bool | None = None
    """Whether to include the mount point in backups."""

    idmap: str | None = None
    """Map specific container UIDs/GIDs to underlying disk UIDs/GIDs for this mount point
    Pattern: ``^(?:^(?:passthrough|[ug]:[0-9]+:[0-9]+:[1-9][0-9]*(?:;[ug]:[0-9]+:[0-9]+:[1-9][0-9]*)*)$)$``."""

    keepattrs: bool | None = None
    """Inherit ownership and permissions from the mount point directory.
    Default: ``0``."""

    mountoptions: str | None = None
    """Extra mount options for rootfs/mps.
    Pattern: ``^(?:(?:(discard|lazytime|noatime|nodev|noexec|nosuid))(;(?:(discard|lazytime|noatime|nodev|noexec|nosuid)))*)$``."""

    quota: bool | None = None
    """Enable user quotas inside the container (not supported with zfs subvolumes)"""

    replicate: bool | None = None
    """Will include this volume to a storage replica job.
    Default: ``1``."""

    ro: bool | None = None
    """Read-only mount point"""

    shared: bool | None = None
    """Mark this non-volume mount point as available on multiple nodes (see 'nodes')
    Default: ``0``."""

    size: str | None = None
    """Volume size (read only value).
    Format: ``disk-size``."""
