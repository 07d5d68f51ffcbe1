# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Agent`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["Agent"]


class Agent(PropertyString):
    """Enable/disable communication with the QEMU Guest Agent and its properties.

    Syntax: ``[enabled=]<1|0> [,freeze-fs=<1|0>] [,fstrim_cloned_disks=<1|0>] [,type=<virtio|isa>]``"""

    __pve_default_key__: ClassVar[str | None] = "enabled"
    __pve_aliases__: ClassVar[dict[str, str]] = {
        "freeze-fs-on-backup": "freeze-fs",
        "guest-fsfreeze": "freeze-fs",
    }

    enabled: bool
    """Enable/disable communication with a QEMU Guest Agent (QGA) running in the VM.
    Default: ``0``."""

    freeze_fs: bool | None = Field(default=None, alias="freeze-fs")
    """Freeze guest filesystems through QGA for consistent disk state on operations such as snapshots, backups, replications and clones.
    Default: ``1``."""

    fstrim_cloned_disks: bool | None = None
    """Run fstrim after moving a disk or migrating the VM.
    Default: ``0``."""

    type: Literal["virtio", "isa"] | None = None
    """Select the agent type
    Default: ``virtio``."""
