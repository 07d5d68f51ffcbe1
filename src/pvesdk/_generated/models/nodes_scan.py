# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_scan``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesScanCifsGetResultItem",
    "NodesScanGetResultItem",
    "NodesScanIscsiGetResultItem",
    "NodesScanLvmGetResultItem",
    "NodesScanLvmthinGetResultItem",
    "NodesScanNfsGetResultItem",
    "NodesScanPbsGetResultItem",
    "NodesScanZfsGetResultItem",
]


class NodesScanGetResultItem(PveModel):
    """Result object ``NodesScanGetResultItem``."""

    method: str


class NodesScanCifsGetResultItem(PveModel):
    """Result object ``NodesScanCifsGetResultItem``."""

    description: str
    """Descriptive text from server."""

    share: str
    """The cifs share name."""


class NodesScanIscsiGetResultItem(PveModel):
    """Result object ``NodesScanIscsiGetResultItem``."""

    portal: str
    """The iSCSI portal name."""

    target: str
    """The iSCSI target name."""


class NodesScanLvmGetResultItem(PveModel):
    """Result object ``NodesScanLvmGetResultItem``."""

    vg: str
    """The LVM logical volume group name."""


class NodesScanLvmthinGetResultItem(PveModel):
    """Result object ``NodesScanLvmthinGetResultItem``."""

    lv: str
    """The LVM Thin Pool name (LVM logical volume)."""


class NodesScanNfsGetResultItem(PveModel):
    """Result object ``NodesScanNfsGetResultItem``."""

    options: str
    """NFS export options."""

    path: str
    """The exported path."""


class NodesScanPbsGetResultItem(PveModel):
    """Result object ``NodesScanPbsGetResultItem``."""

    store: str
    """The datastore name."""

    comment: str | None = None
    """Comment from server."""


class NodesScanZfsGetResultItem(PveModel):
    """Result object ``NodesScanZfsGetResultItem``."""

    pool: str
    """ZFS pool name."""
