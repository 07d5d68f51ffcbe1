# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/status``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesStatusGetResult",
    "NodesStatusGetResultBootInfo",
    "NodesStatusGetResultCpuinfo",
    "NodesStatusGetResultCurrentKernel",
    "NodesStatusGetResultMemory",
    "NodesStatusGetResultRootfs",
]


class NodesStatusGetResult(PveModel):
    """Result object ``NodesStatusGetResult``."""

    boot_info: NodesStatusGetResultBootInfo = Field(alias="boot-info")
    """Meta-information about the boot mode."""

    cpu: float
    """The current cpu usage."""

    cpuinfo: NodesStatusGetResultCpuinfo

    current_kernel: NodesStatusGetResultCurrentKernel = Field(alias="current-kernel")
    """Meta-information about the currently booted kernel of this node."""

    loadavg: list[str]
    """An array of load avg for 1, 5 and 15 minutes respectively."""

    memory: NodesStatusGetResultMemory

    pveversion: str
    """The PVE version string."""

    rootfs: NodesStatusGetResultRootfs


class NodesStatusGetResultBootInfo(PveModel):
    """Meta-information about the boot mode."""

    mode: Literal["efi", "legacy-bios"] | str
    """Through which firmware the system got booted."""

    secureboot: bool | None = None
    """System is booted in secure mode, only applicable for the "efi" mode."""


class NodesStatusGetResultCpuinfo(PveModel):
    """Result object ``NodesStatusGetResultCpuinfo``."""

    cores: int
    """The number of physical cores of the CPU."""

    cpus: int
    """The number of logical threads of the CPU."""

    model: str
    """The CPU model"""

    sockets: int
    """The number of logical threads of the CPU."""


class NodesStatusGetResultCurrentKernel(PveModel):
    """Meta-information about the currently booted kernel of this node."""

    machine: str
    """Hardware (architecture) type"""

    release: str
    """OS kernel release (e.g., "6.8.0")"""

    sysname: str
    """OS kernel name (e.g., "Linux")"""

    version: str
    """OS kernel version with build info"""


class NodesStatusGetResultMemory(PveModel):
    """Result object ``NodesStatusGetResultMemory``."""

    available: int
    """The available memory in bytes."""

    free: int
    """The free memory in bytes."""

    total: int
    """The total memory in bytes."""

    used: int
    """The used memory in bytes."""


class NodesStatusGetResultRootfs(PveModel):
    """Result object ``NodesStatusGetResultRootfs``."""

    avail: int
    """The available bytes in the root filesystem."""

    free: int
    """The free bytes on the root filesystem."""

    total: int
    """The total size of the root filesystem in bytes."""

    used: int
    """The used bytes in the root filesystem."""
