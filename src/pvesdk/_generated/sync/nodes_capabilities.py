# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_capabilities`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.nodes_capabilities.nodes_capabilities_qemu_cpu_flags_get import (
        NodesCapabilitiesQemuCpuFlagsGetResultItem,
    )
    from ..models.nodes_capabilities.nodes_capabilities_qemu_cpu_get import (
        NodesCapabilitiesQemuCpuGetResultItem,
    )
    from ..models.nodes_capabilities.nodes_capabilities_qemu_machines_get import (
        NodesCapabilitiesQemuMachinesGetResultItem,
    )
    from ..models.nodes_capabilities.nodes_capabilities_qemu_migration_get import (
        NodesCapabilitiesQemuMigrationGetResult,
    )

_R0: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/capabilities"
)
_R1: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/capabilities/qemu"
)
_R2: Returns[list[NodesCapabilitiesQemuCpuGetResultItem]] = Returns(
    "list[NodesCapabilitiesQemuCpuGetResultItem]",
    "GET /nodes/{node}/capabilities/qemu/cpu",
    "models.nodes_capabilities.nodes_capabilities_qemu_cpu_get",
)
_R3: Returns[list[NodesCapabilitiesQemuCpuFlagsGetResultItem]] = Returns(
    "list[NodesCapabilitiesQemuCpuFlagsGetResultItem]",
    "GET /nodes/{node}/capabilities/qemu/cpu-flags",
    "models.nodes_capabilities.nodes_capabilities_qemu_cpu_flags_get",
)
_R4: Returns[list[NodesCapabilitiesQemuMachinesGetResultItem]] = Returns(
    "list[NodesCapabilitiesQemuMachinesGetResultItem]",
    "GET /nodes/{node}/capabilities/qemu/machines",
    "models.nodes_capabilities.nodes_capabilities_qemu_machines_get",
)
_R5: Returns[NodesCapabilitiesQemuMigrationGetResult] = Returns(
    "NodesCapabilitiesQemuMigrationGetResult",
    "GET /nodes/{node}/capabilities/qemu/migration",
    "models.nodes_capabilities.nodes_capabilities_qemu_migration_get",
)


class NodesNodeCapabilities(SyncPath):
    """``/nodes/{node}/capabilities`` (capabilities)

    ``GET``: Node capabilities index."""

    __slots__ = ()

    @property
    def qemu(self) -> NodesNodeCapabilitiesQemu:
        """QEMU capabilities index."""
        return NodesNodeCapabilitiesQemu(self._client, self._path + "/qemu")

    def get(self) -> list[dict[str, Any]]:
        """Node capabilities index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/capabilities`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)


class NodesNodeCapabilitiesQemu(SyncPath):
    """``/nodes/{node}/capabilities/qemu`` (qemu)

    ``GET``: QEMU capabilities index."""

    __slots__ = ()

    @property
    def cpu(self) -> NodesNodeCapabilitiesQemuCpu:
        """List all custom and default CPU models."""
        return NodesNodeCapabilitiesQemuCpu(self._client, self._path + "/cpu")

    @property
    def cpu_flags(self) -> NodesNodeCapabilitiesQemuCpuFlags:
        """List of available VM-specific CPU flags. Returns an empty list for 'aarch64' as no VM-specific flags are defined for it yet."""
        return NodesNodeCapabilitiesQemuCpuFlags(self._client, self._path + "/cpu-flags")

    @property
    def machines(self) -> NodesNodeCapabilitiesQemuMachines:
        """Get available QEMU/KVM machine types."""
        return NodesNodeCapabilitiesQemuMachines(self._client, self._path + "/machines")

    @property
    def migration(self) -> NodesNodeCapabilitiesQemuMigration:
        """Get node-specific QEMU migration capabilities of the node. Requires the 'Sys.Audit' permission on '/nodes/<node>'."""
        return NodesNodeCapabilitiesQemuMigration(self._client, self._path + "/migration")

    def get(self) -> list[dict[str, Any]]:
        """QEMU capabilities index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/capabilities/qemu`` (``qemu_caps_index``)."""
        return self._client._call("GET", self._path, {}, _R1)


class NodesNodeCapabilitiesQemuCpu(SyncPath):
    """``/nodes/{node}/capabilities/qemu/cpu`` (cpu)

    ``GET``: List all custom and default CPU models."""

    __slots__ = ()

    def get(
        self,
        *,
        arch: Literal["x86_64", "aarch64"] | None = None,
    ) -> list[NodesCapabilitiesQemuCpuGetResultItem]:
        """List all custom and default CPU models.

        Args:
            arch: Virtual processor architecture. Defaults to the host architecture.
                Proxmox VE: New in 9.1.

        Returns:
            ``list[NodesCapabilitiesQemuCpuGetResultItem]``

        Permissions:
            Custom models are filtered to those the current user has any of Mapping.{Audit,Use,Modify} on /mapping/cpu/<name>; Sys.Audit on /nodes continues to grant visibility of all custom models for back-compat.
            User: all

        Proxmox: ``GET /nodes/{node}/capabilities/qemu/cpu`` (``index``)."""
        params = {
            "arch": arch,
        }
        return self._client._call("GET", self._path, params, _R2)


class NodesNodeCapabilitiesQemuCpuFlags(SyncPath):
    """``/nodes/{node}/capabilities/qemu/cpu-flags`` (cpu-flags)

    ``GET``: List of available VM-specific CPU flags. Returns an empty list for 'aarch64' as no VM-specific flags are defined for it yet."""

    __slots__ = ()

    def get(
        self,
        *,
        accel: Literal["kvm", "tcg"] | None = None,
        arch: Literal["x86_64", "aarch64"] | None = None,
    ) -> list[NodesCapabilitiesQemuCpuFlagsGetResultItem]:
        """List of available VM-specific CPU flags. Returns an empty list for 'aarch64' as no VM-specific flags are defined for it yet.

        Args:
            accel: Acceleration type to check node compatibility for.
                Proxmox VE: New in 9.2.
                Default: ``kvm``.
            arch: Virtual processor architecture. Defaults to the host architecture.
                Proxmox VE: New in 9.1.

        Returns:
            ``list[NodesCapabilitiesQemuCpuFlagsGetResultItem]``

        Permissions:
            User: all

        Proxmox VE: New in 9.1.

        Proxmox: ``GET /nodes/{node}/capabilities/qemu/cpu-flags`` (``index``)."""
        params = {
            "accel": accel,
            "arch": arch,
        }
        return self._client._call("GET", self._path, params, _R3)


class NodesNodeCapabilitiesQemuMachines(SyncPath):
    """``/nodes/{node}/capabilities/qemu/machines`` (machines)

    ``GET``: Get available QEMU/KVM machine types."""

    __slots__ = ()

    def get(
        self,
        *,
        arch: Literal["x86_64", "aarch64"] | None = None,
    ) -> list[NodesCapabilitiesQemuMachinesGetResultItem]:
        """Get available QEMU/KVM machine types.

        Args:
            arch: Virtual processor architecture. Defaults to the host architecture.
                Proxmox VE: New in 9.1.

        Returns:
            ``list[NodesCapabilitiesQemuMachinesGetResultItem]``

        Permissions:
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/capabilities/qemu/machines`` (``types``)."""
        params = {
            "arch": arch,
        }
        return self._client._call("GET", self._path, params, _R4)


class NodesNodeCapabilitiesQemuMigration(SyncPath):
    """``/nodes/{node}/capabilities/qemu/migration`` (migration)

    ``GET``: Get node-specific QEMU migration capabilities of the node. Requires the 'Sys.Audit' permission on '/nodes/<node>'."""

    __slots__ = ()

    def get(self) -> NodesCapabilitiesQemuMigrationGetResult:
        """Get node-specific QEMU migration capabilities of the node. Requires the 'Sys.Audit' permission on '/nodes/<node>'.

        Returns:
            ``NodesCapabilitiesQemuMigrationGetResult``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox VE: New in 9.0.

        Proxmox: ``GET /nodes/{node}/capabilities/qemu/migration`` (``capabilities``)."""
        return self._client._call("GET", self._path, {}, _R5)
