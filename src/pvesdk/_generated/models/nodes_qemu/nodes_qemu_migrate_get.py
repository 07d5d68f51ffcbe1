# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/qemu/{vmid}/migrate``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesQemuMigrateGetResult",
    "NodesQemuMigrateGetResultLocalDisksItem",
    "NodesQemuMigrateGetResultNotAllowedNodes",
    "NodesQemuMigrateGetResultNotAllowedNodesBlockingHaResourcesItem",
]


class NodesQemuMigrateGetResult(PveModel):
    """Result object ``NodesQemuMigrateGetResult``."""

    has_dbus_vmstate: bool = Field(alias="has-dbus-vmstate")
    """Whether the VM host supports migrating additional VM state, such as conntrack entries."""

    local_disks: list[NodesQemuMigrateGetResultLocalDisksItem]
    """List local disks including CD-Rom, unused and not referenced disks"""

    local_resources: list[str]
    """List local resources (e.g. pci, usb) that block migration."""

    mapped_resource_info: dict[str, Any] = Field(alias="mapped-resource-info")
    """Object of mapped resources with additional information such if they're live migratable."""

    mapped_resources: list[str] = Field(alias="mapped-resources")
    """List of mapped resources e.g. pci, usb. Deprecated, use 'mapped-resource-info' instead."""

    running: bool
    """Determines if the VM is running."""

    allowed_nodes: list[str] | None = None
    """List of nodes allowed for migration."""

    dependent_ha_resources: list[str] | None = Field(default=None, alias="dependent-ha-resources")
    """HA resources, which will be migrated to the same target node as the VM, because these are in positive affinity with the VM."""

    not_allowed_nodes: NodesQemuMigrateGetResultNotAllowedNodes | None = None
    """List of not allowed nodes with additional information."""


class NodesQemuMigrateGetResultLocalDisksItem(PveModel):
    """Result object ``NodesQemuMigrateGetResultLocalDisksItem``."""

    cdrom: bool
    """True if the disk is a cdrom."""

    is_unused: bool
    """True if the disk is unused."""

    size: int
    """The size of the disk in bytes."""

    volid: str
    """The volid of the disk."""


class NodesQemuMigrateGetResultNotAllowedNodes(PveModel):
    """List of not allowed nodes with additional information."""

    blocking_ha_resources: (
        list[NodesQemuMigrateGetResultNotAllowedNodesBlockingHaResourcesItem] | None
    ) = Field(default=None, alias="blocking-ha-resources")
    """HA resources, which are blocking the VM from being migrated to the node."""

    unavailable_storages: list[str] | None = None
    """A list of not available storages."""


class NodesQemuMigrateGetResultNotAllowedNodesBlockingHaResourcesItem(PveModel):
    """A blocking HA resource"""

    cause: Literal["node-affinity", "resource-affinity"] | str
    """The reason why the HA resource is blocking the migration."""

    sid: str
    """The blocking HA resource id"""
