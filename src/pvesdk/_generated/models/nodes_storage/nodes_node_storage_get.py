# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/storage``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "NodesNodeStorageGetResultItem",
    "NodesNodeStorageGetResultItemFormats",
]


class NodesNodeStorageGetResultItem(PveModel):
    """Result object ``NodesNodeStorageGetResultItem``."""

    content: str
    """Allowed storage content types."""

    storage: str
    """The storage identifier."""

    type: str
    """Storage type."""

    active: bool | None = None
    """Set when storage is accessible."""

    avail: int | None = None
    """Available storage space in bytes."""

    enabled: bool | None = None
    """Set when storage is enabled (not disabled)."""

    formats: NodesNodeStorageGetResultItemFormats | None = None
    """Lists the supported and default format. Use 'formats' instead. Only included if 'format' parameter is set."""

    select_existing: bool | None = None
    """Instead of creating new volumes, one must select one that is already existing. Only included if 'format' parameter is set."""

    shared: bool | None = None
    """Shared flag from storage configuration."""

    total: int | None = None
    """Total storage space in bytes."""

    used: int | None = None
    """Used storage space in bytes."""

    used_fraction: float | None = None
    """Used fraction (used/total)."""


class NodesNodeStorageGetResultItemFormats(PveModel):
    """Lists the supported and default format. Use 'formats' instead. Only included if 'format' parameter is set."""

    default: Literal["qcow2", "raw", "subvol", "vmdk"] | str
    """The default format of the storage."""

    supported: list[Literal["qcow2", "raw", "subvol", "vmdk"] | str]
    """The list of supported formats"""
