# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /cluster/resources``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "ClusterResourcesGetResultItem",
]


class ClusterResourcesGetResultItem(PveModel):
    """Result object ``ClusterResourcesGetResultItem``."""

    id: str
    """Resource id."""

    type: Literal["node", "storage", "pool", "qemu", "lxc", "openvz", "sdn", "network"] | str
    """Resource type."""

    cgroup_mode: int | None = Field(default=None, alias="cgroup-mode")
    """The cgroup mode the node operates under (for type 'node')."""

    content: str | None = None
    """Allowed storage content types (for type 'storage')."""

    cpu: float | None = None
    """CPU utilization (for types 'node', 'qemu' and 'lxc')."""

    disk: int | None = None
    """Used disk space in bytes (for type 'storage'), used root image space for VMs (for types 'qemu' and 'lxc')."""

    diskread: int | None = None
    """The number of bytes the guest read from its block devices since the guest was started. This info is not available for all storage types. (for types 'qemu' and 'lxc')"""

    diskwrite: int | None = None
    """The number of bytes the guest wrote to its block devices since the guest was started. This info is not available for all storage types. (for types 'qemu' and 'lxc')"""

    hastate: str | None = None
    """HA service status (for HA managed VMs)."""

    host_arch: Literal["x86_64", "aarch64"] | str | None = Field(default=None, alias="host-arch")
    """The node's CPU architecture. (for type 'node')."""

    level: str | None = None
    """Support level (for type 'node')."""

    lock: str | None = None
    """The guest's current config lock (for types 'qemu' and 'lxc')"""

    maxcpu: float | None = None
    """Number of available CPUs (for types 'node', 'qemu' and 'lxc')."""

    maxdisk: int | None = None
    """Storage size in bytes (for type 'storage'), root image size for VMs (for types 'qemu' and 'lxc')."""

    maxmem: int | None = None
    """Number of available memory in bytes (for types 'node', 'qemu' and 'lxc')."""

    mem: int | None = None
    """Used memory in bytes (for types 'node', 'qemu' and 'lxc')."""

    memhost: int | None = None
    """Used memory in bytes from the point of view of the host (for types 'qemu')."""

    name: str | None = None
    """Name of the resource."""

    netin: int | None = None
    """The amount of traffic in bytes that was sent to the guest over the network since it was started. (for types 'qemu' and 'lxc')"""

    netout: int | None = None
    """The amount of traffic in bytes that was sent from the guest over the network since it was started. (for types 'qemu' and 'lxc')"""

    network: str | None = None
    """The name of a Network entity (for type 'network')."""

    network_type: Literal["fabric", "zone"] | str | None = Field(default=None, alias="network-type")
    """The type of network resource (for type 'network')."""

    node: str | None = None
    """The cluster node name (for types 'node', 'storage', 'qemu', and 'lxc')."""

    plugintype: str | None = None
    """More specific type, if available."""

    pool: str | None = None
    """The pool name (for types 'pool', 'qemu' and 'lxc')."""

    protocol: str | None = None
    """The protocol of a fabric (for type 'network', network-type 'fabric')."""

    sdn: str | None = None
    """The name of an SDN entity (for type 'sdn')"""

    shared: bool | None = None
    """Determines whether the storage is shared"""

    status: str | None = None
    """Resource type dependent status."""

    storage: str | None = None
    """The storage identifier (for type 'storage')."""

    tags: str | None = None
    """The guest's tags (for types 'qemu' and 'lxc')"""

    template: bool | None = None
    """Determines if the guest is a template. (for types 'qemu' and 'lxc')"""

    uptime: int | None = None
    """Uptime of node or virtual guest in seconds (for types 'node', 'qemu' and 'lxc')."""

    vmid: int | None = None
    """The numerical vmid (for types 'qemu' and 'lxc')."""

    zone_type: str | None = Field(default=None, alias="zone-type")
    """The type of an SDN zone (for type 'sdn')."""
