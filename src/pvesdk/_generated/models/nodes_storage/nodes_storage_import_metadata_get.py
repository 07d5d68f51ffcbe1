# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/storage/{storage}/import-metadata``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesStorageImportMetadataGetResult",
    "NodesStorageImportMetadataGetResultWarningsItem",
]


class NodesStorageImportMetadataGetResult(PveModel):
    """Information about how to import a guest."""

    create_args: dict[str, Any] = Field(alias="create-args")
    """Parameters which can be used in a call to create a VM or container."""

    source: Literal["esxi"] | str
    """The type of the import-source of this guest volume."""

    type: Literal["vm"] | str
    """The type of guest this is going to produce."""

    disks: dict[str, Any] | None = None
    """Recognised disk volumes as `$bus$id` => `$storeid:$path` map."""

    net: dict[str, Any] | None = None
    """Recognised network interfaces as `net$id` => { ...params } object."""

    warnings: list[NodesStorageImportMetadataGetResultWarningsItem] | None = None
    """List of known issues that can affect the import of a guest. Note that lack of warning does not imply that there cannot be any problems."""


class NodesStorageImportMetadataGetResultWarningsItem(PveModel):
    """Result object ``NodesStorageImportMetadataGetResultWarningsItem``."""

    type: (
        Literal[
            "cdrom-image-ignored",
            "efi-state-lost",
            "guest-is-running",
            "nvme-unsupported",
            "ova-needs-extracting",
            "ovmf-with-lsi-unsupported",
            "serial-port-socket-only",
        ]
        | str
    )
    """What this warning is about."""

    key: str | None = None
    """Related subject (config) key of warning."""

    value: str | None = None
    """Related subject (config) value of warning."""
