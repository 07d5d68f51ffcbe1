# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Features`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from pvesdk._propstr import PropertyString

__all__ = ["Features"]


class Features(PropertyString):
    """Allow containers access to advanced features.

    Syntax: ``[force_rw_sys=<1|0>] [,fuse=<1|0>] [,keyctl=<1|0>] [,mknod=<1|0>] [,mount=<fstype;fstype;...>] [,nesting=<1|0>]``"""

    force_rw_sys: bool | None = None
    """Mount /sys in unprivileged containers as `rw` instead of `mixed`. This can break networking under newer (>= v245) systemd-network use.
    Default: ``0``."""

    fuse: bool | None = None
    """Allow using 'fuse' file systems in a container. Note that interactions between fuse and the freezer cgroup can potentially cause I/O deadlocks.
    Default: ``0``."""

    keyctl: bool | None = None
    """For unprivileged containers only: Allow the use of the keyctl() system call. This is required to use docker inside a container. By default unprivileged containers will see this system call as non-existent. This is mostly a workaround for systemd-networkd, as it will treat it as a fatal error when some keyctl() operations are denied by the kernel due to lacking permissions. Essentially, you can choose between running systemd-networkd or docker.
    Default: ``0``."""

    mknod: bool | None = None
    """Allow unprivileged containers to use mknod() to add certain device nodes. This requires a kernel with seccomp trap to user space support (5.3 or newer). This is experimental.
    Default: ``0``."""

    mount: str | None = None
    """Allow mounting file systems of specific types. This should be a list of file system types as used with the mount command. Note that this can have negative effects on the container's security. With access to a loop device, mounting a file can circumvent the mknod permission of the devices cgroup, mounting an NFS file system can block the host's I/O completely and prevent it from rebooting, etc.
    Pattern: ``^(?:[a-zA-Z0-9_; ]+)$``."""

    nesting: bool | None = None
    """Allow nesting. Best used with unprivileged containers with additional id mapping. Note that this will expose procfs and sysfs contents of the host to the guest. This is also required by systemd to isolate services.
    Default: ``0``."""
