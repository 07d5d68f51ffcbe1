# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Tpmstate0`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["Tpmstate0"]


class Tpmstate0(PropertyString):
    """Configure a Disk for storing TPM state. The format is fixed to 'raw'. Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Note that SIZE_IN_GiB is ignored here and 4 MiB will be used instead. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.

    Syntax: ``[file=]<volume> [,format=<raw|qcow2|vmdk>] [,import-from=<source volume>] [,size=<DiskSize>] [,version=<v1.2|v2.0>]``"""

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

    format: Literal["raw", "qcow2", "vmdk"] | None = None
    """Format of the image."""

    import_from: str | None = Field(default=None, alias="import-from")
    """Create a new disk, importing from this source (volume ID or absolute path). When an absolute path is specified, it's up to you to ensure that the source is not actively used by another process during the import!
    Format: ``pve-volume-id-or-absolute-path``."""

    size: str | None = None
    """Disk size. This is purely informational and has no effect.
    Format: ``disk-size``."""

    version: Literal["v1.2", "v2.0"] | None = None
    """The TPM interface version. v2.0 is newer and should be preferred. Note that this cannot be changed later on.
    Default: ``v1.2``."""
