# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/qemu``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeQemuGetResultItem",
]


class NodesNodeQemuGetResultItem(PveModel):
    """Result object ``NodesNodeQemuGetResultItem``."""

    status: Literal["stopped", "running"] | str
    """QEMU process status."""

    vmid: int
    """The (unique) ID of the VM."""

    cpu: float | None = None
    """Current CPU usage."""

    cpus: float | None = None
    """Maximum usable CPUs."""

    diskread: int | None = None
    """The amount of bytes the guest read from it's block devices since the guest was started. (Note: This info is not available for all storage types.)"""

    diskwrite: int | None = None
    """The amount of bytes the guest wrote from it's block devices since the guest was started. (Note: This info is not available for all storage types.)"""

    lock: str | None = None
    """The current config lock, if any."""

    maxdisk: int | None = None
    """Root disk size in bytes."""

    maxmem: int | None = None
    """Maximum memory in bytes."""

    mem: int | None = None
    """Currently used memory in bytes. Does not take into account kernel same-page merging (KSM). Uses information from ballooning when available."""

    memhost: int | None = None
    """Current memory usage on the host. Does not take into account kernel same-page merging (KSM)."""

    name: str | None = None
    """VM (host)name."""

    netin: int | None = None
    """The amount of traffic in bytes that was sent to the guest over the network since it was started."""

    netout: int | None = None
    """The amount of traffic in bytes that was sent from the guest over the network since it was started."""

    pid: int | None = None
    """PID of the QEMU process, if the VM is running."""

    pressurecpufull: float | None = None
    """CPU Full pressure stall average over the last 10 seconds."""

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

    qmpstatus: str | None = None
    """VM run state from the 'query-status' QMP monitor command."""

    running_machine: str | None = Field(default=None, alias="running-machine")
    """The currently running machine type (if running)."""

    running_qemu: str | None = Field(default=None, alias="running-qemu")
    """The QEMU version the VM is currently using (if running)."""

    serial: bool | None = None
    """Guest has serial device configured."""

    tags: str | None = None
    """The current configured tags, if any"""

    template: bool | None = None
    """Determines if the guest is a template."""

    uptime: int | None = None
    """Uptime in seconds."""
