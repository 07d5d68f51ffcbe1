# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/lxc/{vmid}/status/current``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any, Literal

from pvesdk._model import PveModel

__all__ = [
    "NodesLxcStatusCurrentGetResult",
]


class NodesLxcStatusCurrentGetResult(PveModel):
    """Result object ``NodesLxcStatusCurrentGetResult``."""

    ha: dict[str, Any]
    """HA manager service status."""

    status: Literal["stopped", "running"] | str
    """LXC Container status."""

    vmid: int
    """The (unique) ID of the VM."""

    cpu: float | None = None
    """Current CPU usage."""

    cpus: float | None = None
    """Maximum usable CPUs."""

    disk: int | None = None
    """Root disk image space-usage in bytes."""

    diskread: int | None = None
    """The amount of bytes the guest read from it's block devices since the guest was started. (Note: This info is not available for all storage types.)"""

    diskwrite: int | None = None
    """The amount of bytes the guest wrote from it's block devices since the guest was started. (Note: This info is not available for all storage types.)"""

    lock: str | None = None
    """The current config lock, if any."""

    maxdisk: int | None = None
    """Root disk image size in bytes."""

    maxmem: int | None = None
    """Maximum memory in bytes."""

    maxswap: int | None = None
    """Maximum SWAP memory in bytes."""

    mem: int | None = None
    """Currently used memory in bytes."""

    name: str | None = None
    """Container name."""

    netin: int | None = None
    """The amount of traffic in bytes that was sent to the guest over the network since it was started."""

    netout: int | None = None
    """The amount of traffic in bytes that was sent from the guest over the network since it was started."""

    pressurecpusome: float | None = None
    """CPU Some pressure stall average over the last 10 seconds."""

    pressureiofull: float | None = None
    """IO Full pressure stall average over the last 10 seconds."""

    pressureiosome: float | None = None
    """IO Some pressure stall average over the last 10 seconds."""

    pressurememoryfull: float | None = None
    """Memory Full pressure stall average over the last 10 seconds."""

    pressurememorysome: float | None = None
    """Memory Some pressure stall average over the last 10 seconds."""

    tags: str | None = None
    """The current configured tags, if any."""

    template: bool | None = None
    """Determines if the guest is a template."""

    uptime: int | None = None
    """Uptime in seconds."""
