# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/lxc/{vmid}/config``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import Field

from pvesdk._model import PveFamilyModel, lazy_property_string
from pvesdk.indexed import IndexedMap

# Property-string models: the type checkers see them; at run time each is a stand-in that
# imports its model when the first value arrives (see pvesdk._model.LazyPropertyString).
if TYPE_CHECKING:
    from ...propstr.dev import Dev
    from ...propstr.features import Features
    from ...propstr.lxc_net import LxcNet
    from ...propstr.lxc_unused import LxcUnused
    from ...propstr.mp import Mp
    from ...propstr.rootfs import Rootfs
    from ...propstr.startup import Startup
else:
    Dev = lazy_property_string("dev", "Dev")
    Features = lazy_property_string("features", "Features")
    LxcNet = lazy_property_string("lxc_net", "LxcNet")
    LxcUnused = lazy_property_string("lxc_unused", "LxcUnused")
    Mp = lazy_property_string("mp", "Mp")
    Rootfs = lazy_property_string("rootfs", "Rootfs")
    Startup = lazy_property_string("startup", "Startup")

__all__ = [
    "NodesLxcConfigGetResult",
]


class NodesLxcConfigGetResult(PveFamilyModel):
    """Result object ``NodesLxcConfigGetResult``."""

    __pve_families__: ClassVar[dict[str, tuple[str, int, int]]] = {
        "dev": ("dev", 0, 255),
        "mp": ("mp", 0, 255),
        "net": ("net", 0, 31),
        "unused": ("unused", 0, 255),
    }

    digest: str
    """SHA1 digest of configuration file. This can be used to prevent concurrent modifications."""

    arch: Literal["amd64", "i386", "arm64", "armhf", "riscv32", "riscv64"] | str | None = None
    """OS architecture type."""

    cmode: Literal["shell", "console", "tty"] | str | None = None
    """Console mode. By default, the console command tries to open a connection to one of the available tty devices. By setting cmode to 'console' it tries to attach to /dev/console instead. If you set cmode to 'shell', it simply invokes a shell inside the container (no login)."""

    console: bool | None = None
    """Attach a console device (/dev/console) to the container."""

    cores: int | None = None
    """The number of cores assigned to the container. A container can use all available cores by default."""

    cpulimit: float | None = None
    """Limit of CPU usage.

    NOTE: If the computer has 2 CPUs, it has a total of '2' CPU time. Value '0' indicates no CPU limit."""

    cpuunits: int | None = None
    """CPU weight for a container, will be clamped to [1, 10000] in cgroup v2."""

    debug: bool | None = None
    """Try to be more verbose. For now this only enables debug log-level on start."""

    description: str | None = None
    """Description for the Container. Shown in the web-interface CT's summary. This is saved as comment inside the configuration file."""

    entrypoint: str | None = None
    """Command to run as init, optionally with arguments; may start with an absolute path, relative path, or a binary in $PATH."""

    env: str | None = None
    """The container runtime environment as NUL-separated list. Replaces any lxc.environment.runtime entries in the config."""

    features: Features | None = None
    """Allow containers access to advanced features."""

    hookscript: str | None = None
    """Script that will be executed during various steps in the containers lifetime."""

    hostname: str | None = None
    """Set a host name for the container."""

    lock: (
        Literal[
            "backup",
            "create",
            "destroyed",
            "disk",
            "fstrim",
            "migrate",
            "mounted",
            "rollback",
            "snapshot",
            "snapshot-delete",
        ]
        | str
        | None
    ) = None
    """Lock/unlock the container."""

    lxc: list[list[str]] | None = None
    """Array of lxc low-level configurations ([[key1, value1], [key2, value2] ...])."""

    memory: int | None = None
    """Amount of RAM for the container in MB."""

    nameserver: str | None = None
    """Sets DNS server IP address for a container. Create will automatically use the setting from the host if you neither set searchdomain nor nameserver."""

    onboot: bool | None = None
    """Specifies whether a container will be started during system bootup."""

    ostype: (
        Literal[
            "debian",
            "devuan",
            "ubuntu",
            "centos",
            "fedora",
            "opensuse",
            "archlinux",
            "alpine",
            "gentoo",
            "nixos",
            "unmanaged",
        ]
        | str
        | None
    ) = None
    """OS type. This is used to setup configuration inside the container, and corresponds to lxc setup scripts in /usr/share/lxc/config/<ostype>.common.conf. Value 'unmanaged' can be used to skip and OS specific setup."""

    protection: bool | None = None
    """Sets the protection flag of the container. This will prevent the CT or CT's disk remove/update operation."""

    rootfs: Rootfs | None = None
    """Use volume as container root."""

    searchdomain: str | None = None
    """Sets DNS search domains for a container. Create will automatically use the setting from the host if you neither set searchdomain nor nameserver."""

    startup: Startup | None = None
    """Startup and shutdown behavior. Order is a non-negative number defining the general startup order. Shutdown in done with reverse ordering. Additionally you can set the 'up' or 'down' delay in seconds, which specifies a delay to wait before the next VM is started or stopped."""

    swap: int | None = None
    """Amount of SWAP for the container in MB."""

    tags: str | None = None
    """Tags of the Container. This is only meta information."""

    template: bool | None = None
    """Enable/disable Template."""

    timezone: str | None = None
    """Time zone to use in the container. If option isn't set, then nothing will be done. Can be set to 'host' to match the host time zone, or an arbitrary time zone option from /usr/share/zoneinfo/zone.tab"""

    tty: int | None = None
    """Specify the number of tty available to the container"""

    unprivileged: bool | None = None
    """Makes the container run as unprivileged user. For creation, the default is 1. For restore, the default is the value from the backup. (Should not be modified manually.)"""

    dev: IndexedMap[Dev] = Field(default_factory=IndexedMap)
    """``dev0`` … ``dev255`` by index (the flat keys stay readable too).
    Device to pass through to the container"""

    mp: IndexedMap[Mp] = Field(default_factory=IndexedMap)
    """``mp0`` … ``mp255`` by index (the flat keys stay readable too).
    Use volume as container mount point. Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume."""

    net: IndexedMap[LxcNet] = Field(default_factory=IndexedMap)
    """``net0`` … ``net31`` by index (the flat keys stay readable too).
    Specifies network interfaces for the container."""

    unused: IndexedMap[LxcUnused] = Field(default_factory=IndexedMap)
    """``unused0`` … ``unused255`` by index (the flat keys stay readable too).
    Reference to unused volumes. This is used internally, and should not be modified manually."""
