# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Ivshmem`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pvesdk._propstr import PropertyString

__all__ = ["Ivshmem"]


class Ivshmem(PropertyString):
    """Inter-VM shared memory. Useful for direct communication between VMs, or to the host.

    Syntax: ``size=<integer> [,name=<string>]``"""

    __pve_required__: ClassVar[tuple[str, ...]] = ("size",)

    size: int
    """The size of the file in MB.
    Range: 1 to inf."""

    name: str | None = None
    """The name of the file. Will be prefixed with 'pve-shm-'. Default is the VMID. Will be deleted when the VM is stopped.
    Pattern: ``^[a-zA-Z0-9\\-]+$``."""
