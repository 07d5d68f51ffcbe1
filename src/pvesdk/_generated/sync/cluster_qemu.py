# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``cluster_qemu`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import join as _join
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.cluster_qemu.cluster_qemu_cpu_flags_get import (
        ClusterQemuCpuFlagsGetResultItem,
    )
    from ..models.cluster_qemu.cluster_qemu_custom_cpu_models_cputype_get import (
        ClusterQemuCustomCpuModelsCputypeGetResult,
    )
    from ..models.cluster_qemu.cluster_qemu_custom_cpu_models_get import (
        ClusterQemuCustomCpuModelsGetResultItem,
    )

_R0: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /cluster/qemu")
_R1: Returns[list[ClusterQemuCpuFlagsGetResultItem]] = Returns(
    "list[ClusterQemuCpuFlagsGetResultItem]",
    "GET /cluster/qemu/cpu-flags",
    "models.cluster_qemu.cluster_qemu_cpu_flags_get",
)
_R2: Returns[list[ClusterQemuCustomCpuModelsGetResultItem]] = Returns(
    "list[ClusterQemuCustomCpuModelsGetResultItem]",
    "GET /cluster/qemu/custom-cpu-models",
    "models.cluster_qemu.cluster_qemu_custom_cpu_models_get",
)
_R3: Returns[None] = Returns("None", "POST /cluster/qemu/custom-cpu-models")
_R4: Returns[ClusterQemuCustomCpuModelsCputypeGetResult] = Returns(
    "ClusterQemuCustomCpuModelsCputypeGetResult",
    "GET /cluster/qemu/custom-cpu-models/{cputype}",
    "models.cluster_qemu.cluster_qemu_custom_cpu_models_cputype_get",
)
_R5: Returns[None] = Returns("None", "PUT /cluster/qemu/custom-cpu-models/{cputype}")
_R6: Returns[None] = Returns("None", "DELETE /cluster/qemu/custom-cpu-models/{cputype}")


class ClusterQemu(SyncPath):
    """``/cluster/qemu`` (qemu)

    ``GET``: Cluster-wide QEMU index"""

    __slots__ = ()

    @property
    def cpu_flags(self) -> ClusterQemuCpuFlags:
        """List of available CPU flags. Currently only implemented for x86_64, returns an empty list for aarch64."""
        return ClusterQemuCpuFlags(self._client, self._path + "/cpu-flags")

    @property
    def custom_cpu_models(self) -> ClusterQemuCustomCpuModels:
        """List all custom CPU model definitions visible to the user."""
        return ClusterQemuCustomCpuModels(self._client, self._path + "/custom-cpu-models")

    def get(self) -> list[dict[str, Any]]:
        """Cluster-wide QEMU index

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/qemu`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)


class ClusterQemuCpuFlags(SyncPath):
    """``/cluster/qemu/cpu-flags`` (cpu-flags)

    ``GET``: List of available CPU flags. Currently only implemented for x86_64, returns an empty list for aarch64."""

    __slots__ = ()

    def get(
        self,
        *,
        accel: Literal["kvm", "tcg"] | None = None,
        arch: Literal["x86_64", "aarch64"] | None = None,
    ) -> list[ClusterQemuCpuFlagsGetResultItem]:
        """List of available CPU flags. Currently only implemented for x86_64, returns an empty list for aarch64.

        Args:
            accel: Acceleration type to check node compatibility for.
                Proxmox VE: New in 9.2.
                Default: ``kvm``.
            arch: Virtual processor architecture. Defaults to the host architecture.
                Proxmox VE: New in 9.2.

        Returns:
            ``list[ClusterQemuCpuFlagsGetResultItem]``

        Permissions:
            Check: ``[or, [perm, /nodes, [Sys.Audit]], [perm, /mapping/cpu, [Mapping.Audit, Mapping.Use, Mapping.Modify], any, 1]]``

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/qemu/cpu-flags`` (``index``)."""
        params = {
            "accel": accel,
            "arch": arch,
        }
        return self._client._call("GET", self._path, params, _R1)


class ClusterQemuCustomCpuModels(SyncPath):
    """``/cluster/qemu/custom-cpu-models`` (custom-cpu-models)

    ``GET``: List all custom CPU model definitions visible to the user.
    ``POST``: Add a custom CPU model definition."""

    __slots__ = ()

    def cputype(self, cputype: str) -> ClusterQemuCustomCpuModelsCputype:
        """Name of the CPU model to query. The 'custom-' prefix is optional."""
        return ClusterQemuCustomCpuModelsCputype(self._client, self._path + "/" + _segment(cputype))

    def get(self) -> list[ClusterQemuCustomCpuModelsGetResultItem]:
        """List all custom CPU model definitions visible to the user.

        Returns:
            ``list[ClusterQemuCustomCpuModelsGetResultItem]``

        Permissions:
            Only lists entries where the user has 'Mapping.Modify', 'Mapping.Use' or 'Mapping.Audit' permissions on '/mapping/cpu/<name>'.
            User: all

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/qemu/custom-cpu-models`` (``config``)."""
        return self._client._call("GET", self._path, {}, _R2)

    def post(
        self,
        *,
        cputype: str,
        reported_model: Literal[
            "486",
            "a64fx",
            "athlon",
            "Broadwell",
            "Broadwell-IBRS",
            "Broadwell-noTSX",
            "Broadwell-noTSX-IBRS",
            "Cascadelake-Server",
            "Cascadelake-Server-noTSX",
            "Cascadelake-Server-v2",
            "Cascadelake-Server-v4",
            "Cascadelake-Server-v5",
            "ClearwaterForest",
            "ClearwaterForest-v2",
            "ClearwaterForest-v3",
            "Conroe",
            "Cooperlake",
            "Cooperlake-v2",
            "core2duo",
            "coreduo",
            "cortex-a35",
            "cortex-a53",
            "cortex-a55",
            "cortex-a57",
            "cortex-a710",
            "cortex-a72",
            "cortex-a76",
            "cortex-a78ae",
            "DiamondRapids",
            "EPYC",
            "EPYC-Genoa",
            "EPYC-Genoa-v2",
            "EPYC-IBPB",
            "EPYC-Milan",
            "EPYC-Milan-v2",
            "EPYC-Milan-v3",
            "EPYC-Rome",
            "EPYC-Rome-v2",
            "EPYC-Rome-v3",
            "EPYC-Rome-v4",
            "EPYC-Rome-v5",
            "EPYC-Turin",
            "EPYC-v3",
            "EPYC-v4",
            "EPYC-v5",
            "GraniteRapids",
            "GraniteRapids-v2",
            "GraniteRapids-v3",
            "GraniteRapids-v4",
            "GraniteRapids-v5",
            "Haswell",
            "Haswell-IBRS",
            "Haswell-noTSX",
            "Haswell-noTSX-IBRS",
            "host",
            "Icelake-Client",
            "Icelake-Client-noTSX",
            "Icelake-Server",
            "Icelake-Server-noTSX",
            "Icelake-Server-v3",
            "Icelake-Server-v4",
            "Icelake-Server-v5",
            "Icelake-Server-v6",
            "Icelake-Server-v7",
            "IvyBridge",
            "IvyBridge-IBRS",
            "KnightsMill",
            "kvm32",
            "kvm64",
            "max",
            "Nehalem",
            "Nehalem-IBRS",
            "neoverse-n1",
            "neoverse-n2",
            "neoverse-v1",
            "Opteron_G1",
            "Opteron_G2",
            "Opteron_G3",
            "Opteron_G4",
            "Opteron_G5",
            "Penryn",
            "pentium",
            "pentium2",
            "pentium3",
            "phenom",
            "qemu32",
            "qemu64",
            "SandyBridge",
            "SandyBridge-IBRS",
            "SapphireRapids",
            "SapphireRapids-v2",
            "SapphireRapids-v3",
            "SapphireRapids-v4",
            "SapphireRapids-v5",
            "SapphireRapids-v6",
            "SierraForest",
            "SierraForest-v2",
            "SierraForest-v3",
            "SierraForest-v4",
            "SierraForest-v5",
            "Skylake-Client",
            "Skylake-Client-IBRS",
            "Skylake-Client-noTSX-IBRS",
            "Skylake-Client-v4",
            "Skylake-Server",
            "Skylake-Server-IBRS",
            "Skylake-Server-noTSX-IBRS",
            "Skylake-Server-v4",
            "Skylake-Server-v5",
            "Westmere",
            "Westmere-IBRS",
        ],
        flags: str | None = None,
        guest_phys_bits: int | None = None,
        hidden: bool | None = None,
        hv_vendor_id: str | None = None,
        level: int | None = None,
        phys_bits: str | None = None,
    ) -> None:
        """Add a custom CPU model definition.

        Args:
            cputype: Name for the custom CPU model. The 'custom-' prefix is optional.
                Proxmox VE: New in 9.2.
                Length: 0 to 40.
                Format: ``pve-configid``.
            reported_model: CPU model and vendor to report to the guest. Must be a QEMU/KVM supported model. Only valid for custom CPU model definitions, default models will always report themselves to the guest OS.
                Proxmox VE: New in 9.2.
                Default: ``kvm64``.
            flags: List of additional CPU flags separated by ';'. Use '+FLAG' to enable, '-FLAG' to disable a flag. There is a special 'nested-virt' shorthand which controls nested virtualization for the current CPU ('svm' for AMD and 'vmx' for Intel). Custom CPU models can specify any flag supported by QEMU/KVM, VM-specific flags must be from the following set for security reasons: aes, amd-no-ssb, amd-ssbd, hv-evmcs, hv-tlbflush, ibpb, md-clear, nested-virt, pcid, pdpe1gb, spec-ctrl, ssbd, virt-ssbd
                Proxmox VE: New in 9.2.
                Pattern: ``^(?:(?:([+-])([a-zA-Z0-9\\-_\\.]+))(;(?:([+-])([a-zA-Z0-9\\-_\\.]+)))*)$``.
            guest_phys_bits: Number of physical address bits available to the guest.
                Proxmox VE: New in 9.2.
                Range: 32 to 64.
            hidden: Do not identify as a KVM virtual machine. Only affects vCPUs with x86-64 architecture.
                Proxmox VE: New in 9.2.
                Default: ``0``.
            hv_vendor_id: The Hyper-V vendor ID. Some drivers or programs inside Windows guests need a specific ID.
                Proxmox VE: New in 9.2.
                Pattern: ``^(?:[a-zA-Z0-9]{1,12})$``.
            level: Maximum input value for the basic CPUID leaves the guest can query - that is the vendor (leaf 0), family/model/stepping and feature bits (leaf 1), cache and topology info (leaves 4 and B), and so on. Higher-numbered leaves are hidden. Setting '30' is a common workaround for Hyper-V boot failures on Windows guests running on recent Intel hosts. Only applies when the vCPU architecture is x86_64.
                Proxmox VE: New in 9.2.
                Range: 0 to 4294967295.
            phys_bits: The physical memory address bits that are reported to the guest OS. Should be smaller or equal to the host's. Set to 'host' to use value from host CPU, but note that doing so will break live migration to CPUs with other values.
                Proxmox VE: New in 9.2.
                Format: ``pve-phys-bits``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/cpu, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``POST /cluster/qemu/custom-cpu-models`` (``create``)."""
        params = {
            "cputype": cputype,
            "reported-model": reported_model,
            "flags": flags,
            "guest-phys-bits": guest_phys_bits,
            "hidden": hidden,
            "hv-vendor-id": hv_vendor_id,
            "level": level,
            "phys-bits": phys_bits,
        }
        return self._client._call("POST", self._path, params, _R3)


class ClusterQemuCustomCpuModelsCputype(SyncPath):
    """``/cluster/qemu/custom-cpu-models/{cputype}`` ({cputype})

    ``GET``: Retrieve details about a specific custom CPU model.
    ``PUT``: Update a custom CPU model definition.
    ``DELETE``: Delete a custom CPU model definition."""

    __slots__ = ()

    def get(self) -> ClusterQemuCustomCpuModelsCputypeGetResult:
        """Retrieve details about a specific custom CPU model.

        Returns:
            ``ClusterQemuCustomCpuModelsCputypeGetResult``

        Permissions:
            Check: ``[or, [perm, /mapping/cpu/{cputype}, [Mapping.Audit]], [perm, /mapping/cpu/{cputype}, [Mapping.Use]], [perm, /mapping/cpu/{cputype}, [Mapping.Modify]]]``

        Proxmox VE: New in 9.2.

        Proxmox: ``GET /cluster/qemu/custom-cpu-models/{cputype}`` (``info``)."""
        return self._client._call("GET", self._path, {}, _R4)

    def put(
        self,
        *,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        flags: str | None = None,
        guest_phys_bits: int | None = None,
        hidden: bool | None = None,
        hv_vendor_id: str | None = None,
        level: int | None = None,
        phys_bits: str | None = None,
        reported_model: Literal[
            "486",
            "a64fx",
            "athlon",
            "Broadwell",
            "Broadwell-IBRS",
            "Broadwell-noTSX",
            "Broadwell-noTSX-IBRS",
            "Cascadelake-Server",
            "Cascadelake-Server-noTSX",
            "Cascadelake-Server-v2",
            "Cascadelake-Server-v4",
            "Cascadelake-Server-v5",
            "ClearwaterForest",
            "ClearwaterForest-v2",
            "ClearwaterForest-v3",
            "Conroe",
            "Cooperlake",
            "Cooperlake-v2",
            "core2duo",
            "coreduo",
            "cortex-a35",
            "cortex-a53",
            "cortex-a55",
            "cortex-a57",
            "cortex-a710",
            "cortex-a72",
            "cortex-a76",
            "cortex-a78ae",
            "DiamondRapids",
            "EPYC",
            "EPYC-Genoa",
            "EPYC-Genoa-v2",
            "EPYC-IBPB",
            "EPYC-Milan",
            "EPYC-Milan-v2",
            "EPYC-Milan-v3",
            "EPYC-Rome",
            "EPYC-Rome-v2",
            "EPYC-Rome-v3",
            "EPYC-Rome-v4",
            "EPYC-Rome-v5",
            "EPYC-Turin",
            "EPYC-v3",
            "EPYC-v4",
            "EPYC-v5",
            "GraniteRapids",
            "GraniteRapids-v2",
            "GraniteRapids-v3",
            "GraniteRapids-v4",
            "GraniteRapids-v5",
            "Haswell",
            "Haswell-IBRS",
            "Haswell-noTSX",
            "Haswell-noTSX-IBRS",
            "host",
            "Icelake-Client",
            "Icelake-Client-noTSX",
            "Icelake-Server",
            "Icelake-Server-noTSX",
            "Icelake-Server-v3",
            "Icelake-Server-v4",
            "Icelake-Server-v5",
            "Icelake-Server-v6",
            "Icelake-Server-v7",
            "IvyBridge",
            "IvyBridge-IBRS",
            "KnightsMill",
            "kvm32",
            "kvm64",
            "max",
            "Nehalem",
            "Nehalem-IBRS",
            "neoverse-n1",
            "neoverse-n2",
            "neoverse-v1",
            "Opteron_G1",
            "Opteron_G2",
            "Opteron_G3",
            "Opteron_G4",
            "Opteron_G5",
            "Penryn",
            "pentium",
            "pentium2",
            "pentium3",
            "phenom",
            "qemu32",
            "qemu64",
            "SandyBridge",
            "SandyBridge-IBRS",
            "SapphireRapids",
            "SapphireRapids-v2",
            "SapphireRapids-v3",
            "SapphireRapids-v4",
            "SapphireRapids-v5",
            "SapphireRapids-v6",
            "SierraForest",
            "SierraForest-v2",
            "SierraForest-v3",
            "SierraForest-v4",
            "SierraForest-v5",
            "Skylake-Client",
            "Skylake-Client-IBRS",
            "Skylake-Client-noTSX-IBRS",
            "Skylake-Client-v4",
            "Skylake-Server",
            "Skylake-Server-IBRS",
            "Skylake-Server-noTSX-IBRS",
            "Skylake-Server-v4",
            "Skylake-Server-v5",
            "Westmere",
            "Westmere-IBRS",
        ]
        | None = None,
    ) -> None:
        """Update a custom CPU model definition.

        Args:
            delete: A list of properties to delete.
                Proxmox VE: New in 9.2.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 9.2.
                Length: 0 to 64.
            flags: List of additional CPU flags separated by ';'. Use '+FLAG' to enable, '-FLAG' to disable a flag. There is a special 'nested-virt' shorthand which controls nested virtualization for the current CPU ('svm' for AMD and 'vmx' for Intel). Custom CPU models can specify any flag supported by QEMU/KVM, VM-specific flags must be from the following set for security reasons: aes, amd-no-ssb, amd-ssbd, hv-evmcs, hv-tlbflush, ibpb, md-clear, nested-virt, pcid, pdpe1gb, spec-ctrl, ssbd, virt-ssbd
                Proxmox VE: New in 9.2.
                Pattern: ``^(?:(?:([+-])([a-zA-Z0-9\\-_\\.]+))(;(?:([+-])([a-zA-Z0-9\\-_\\.]+)))*)$``.
            guest_phys_bits: Number of physical address bits available to the guest.
                Proxmox VE: New in 9.2.
                Range: 32 to 64.
            hidden: Do not identify as a KVM virtual machine. Only affects vCPUs with x86-64 architecture.
                Proxmox VE: New in 9.2.
                Default: ``0``.
            hv_vendor_id: The Hyper-V vendor ID. Some drivers or programs inside Windows guests need a specific ID.
                Proxmox VE: New in 9.2.
                Pattern: ``^(?:[a-zA-Z0-9]{1,12})$``.
            level: Maximum input value for the basic CPUID leaves the guest can query - that is the vendor (leaf 0), family/model/stepping and feature bits (leaf 1), cache and topology info (leaves 4 and B), and so on. Higher-numbered leaves are hidden. Setting '30' is a common workaround for Hyper-V boot failures on Windows guests running on recent Intel hosts. Only applies when the vCPU architecture is x86_64.
                Proxmox VE: New in 9.2.
                Range: 0 to 4294967295.
            phys_bits: The physical memory address bits that are reported to the guest OS. Should be smaller or equal to the host's. Set to 'host' to use value from host CPU, but note that doing so will break live migration to CPUs with other values.
                Proxmox VE: New in 9.2.
                Format: ``pve-phys-bits``.
            reported_model: CPU model and vendor to report to the guest. Must be a QEMU/KVM supported model. Only valid for custom CPU model definitions, default models will always report themselves to the guest OS.
                Proxmox VE: New in 9.2.
                Default: ``kvm64``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/cpu/{cputype}, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``PUT /cluster/qemu/custom-cpu-models/{cputype}`` (``update``)."""
        params = {
            "delete": _join(delete),
            "digest": digest,
            "flags": flags,
            "guest-phys-bits": guest_phys_bits,
            "hidden": hidden,
            "hv-vendor-id": hv_vendor_id,
            "level": level,
            "phys-bits": phys_bits,
            "reported-model": reported_model,
        }
        return self._client._call("PUT", self._path, params, _R5)

    def delete(self) -> None:
        """Delete a custom CPU model definition.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/cpu/{cputype}, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.2.

        Proxmox: ``DELETE /cluster/qemu/custom-cpu-models/{cputype}`` (``delete``)."""
        return self._client._call("DELETE", self._path, {}, _R6)
