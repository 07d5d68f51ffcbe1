# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes_scan``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._runtime import PveModel

__all__ = [
    "NodesNodeScanCifsGetResultItem",
    "NodesNodeScanGetResultItem",
    "NodesNodeScanIscsiGetResultItem",
    "NodesNodeScanLvmGetResultItem",
    "NodesNodeScanLvmthinGetResultItem",
    "NodesNodeScanNfsGetResultItem",
    "NodesNodeScanPbsGetResultItem",
    "NodesNodeScanZfsGetResultItem",
]


class NodesNodeScanGetResultItem(PveModel):
    """Result object ``NodesNodeScanGetResultItem``."""

    method: str


class NodesNodeScanCifsGetResultItem(PveModel):
    """Result object ``NodesNodeScanCifsGetResultItem``."""

    description: str
    """Descriptive text from server."""

    share: str
    """The cifs share name."""


class NodesNodeScanIscsiGetResultItem(PveModel):
    """Result object ``NodesNodeScanIscsiGetResultItem``."""

    portal: str
    """The iSCSI portal name."""

    target: str
    """The iSCSI target name."""


class NodesNodeScanLvmGetResultItem(PveModel):
    """Result object ``NodesNodeScanLvmGetResultItem``."""

    vg: str
    """The LVM logical volume group name."""


class NodesNodeScanLvmthinGetResultItem(PveModel):
    """Result object ``NodesNodeScanLvmthinGetResultItem``."""

    lv: str
    """The LVM Thin Pool name (LVM logical volume)."""


class NodesNodeScanNfsGetResultItem(PveModel):
    """Result object ``NodesNodeScanNfsGetResultItem``."""

    options: str
    """NFS export options."""

    path: str
    """The exported path."""


class NodesNodeScanPbsGetResultItem(PveModel):
    """Result object ``NodesNodeScanPbsGetResultItem``."""

    store: str
    """The datastore name."""

    comment: str | None = None
    """Comment from server."""


class NodesNodeScanZfsGetResultItem(PveModel):
    """Result object ``NodesNodeScanZfsGetResultItem``."""

    pool: str
    """ZFS pool name."""
