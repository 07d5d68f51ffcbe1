# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Efidisk0`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["Efidisk0"]


class Efidisk0(PropertyString):
    """Configure a disk for storing EFI vars. Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Note that SIZE_IN_GiB is ignored here and that the default EFI vars are copied to the volume instead. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.

    Syntax: ``[file=]<volume> [,efitype=<2m|4m>] [,format=<enum>] [,import-from=<source volume>] [,ms-cert=<enum>] [,pre-enrolled-keys=<1|0>] [,size=<DiskSize>]``"""

    __pve_default_key__: ClassVar[str | None] = "file"
    __pve_aliases__: ClassVar[dict[str, str]] = {
        "volume": "file",
    }
    __pve_formats__: ClassVar[dict[str, str]] = {
        "file": "pve-volume-id-or-qm-path",
        "import_from": "pve-volume-id-or-absolute-path",
        "size": "disk-size",
    }

    file: str
    """The drive's backing volume.
    Format: ``pve-volume-id-or-qm-path``."""

    efitype: Literal["2m", "4m"] | None = None
    """Size and type of the OVMF EFI vars. '4m' is newer and recommended, and required for Secure Boot. For backwards compatibility, '2m' is used if not otherwise specified. Ignored for VMs with arch=aarch64 (ARM).
    Default: ``2m``."""

    format: Literal["raw", "qcow", "qed", "qcow2", "vmdk", "cloop"] | None = None
    """The drive's backing file's data format."""

    import_from: str | None = Field(default=None, alias="import-from")
    """Create a new disk, importing from this source (volume ID or absolute path). When an absolute path is specified, it's up to you to ensure that the source is not actively used by another process during the import!
    Format: ``pve-volume-id-or-absolute-path``."""

    ms_cert: Literal["2011", "2023", "2023w", "2023k"] | None = Field(default=None, alias="ms-cert")
    """Informational marker indicating the version of the latest Microsoft UEFI certificates that have been enrolled by Proxmox VE. The value '2023k' means that the 'Microsoft UEFI CA 2023', the 'Windows UEFI CA 2023' and the 'Microsoft Corporation KEK 2K CA 2023' certificates are included. The values '2023' and '2023w' are deprecated and for compatibility only.
    Default: ``2011``."""

    pre_enrolled_keys: bool | None = Field(default=None, alias="pre-enrolled-keys")
    """Use am EFI vars template with distribution-specific and Microsoft Standard keys enrolled, if used with 'efitype=4m'. Note that this will enable Secure Boot by default, though it can still be turned off from within the VM.
    Default: ``0``."""

    size: str | None = None
    """Disk size. This is purely informational and has no effect.
    Format: ``disk-size``."""
