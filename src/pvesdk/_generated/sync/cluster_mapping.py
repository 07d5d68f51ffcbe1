# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``cluster_mapping`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import join as _join
from pvesdk._runtime import segment as _segment
from pvesdk._runtime import sequence as _sequence

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.cluster_mapping.cluster_mapping_dir_get import (
        ClusterMappingDirGetResultItem,
    )
    from ..models.cluster_mapping.cluster_mapping_pci_get import (
        ClusterMappingPciGetResultItem,
    )
    from ..models.cluster_mapping.cluster_mapping_usb_get import (
        ClusterMappingUsbGetResultItem,
    )
    from ..propstr.dir_map import DirMap
    from ..propstr.pci_map import PciMap
    from ..propstr.usb_map import UsbMap

_R0: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /cluster/mapping")
_R1: Returns[list[ClusterMappingDirGetResultItem]] = Returns(
    "list[ClusterMappingDirGetResultItem]",
    "GET /cluster/mapping/dir",
    "models.cluster_mapping.cluster_mapping_dir_get",
)
_R2: Returns[None] = Returns("None", "POST /cluster/mapping/dir")
_R3: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/mapping/dir/{id}")
_R4: Returns[None] = Returns("None", "PUT /cluster/mapping/dir/{id}")
_R5: Returns[None] = Returns("None", "DELETE /cluster/mapping/dir/{id}")
_R6: Returns[list[ClusterMappingPciGetResultItem]] = Returns(
    "list[ClusterMappingPciGetResultItem]",
    "GET /cluster/mapping/pci",
    "models.cluster_mapping.cluster_mapping_pci_get",
)
_R7: Returns[None] = Returns("None", "POST /cluster/mapping/pci")
_R8: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/mapping/pci/{id}")
_R9: Returns[None] = Returns("None", "PUT /cluster/mapping/pci/{id}")
_R10: Returns[None] = Returns("None", "DELETE /cluster/mapping/pci/{id}")
_R11: Returns[list[ClusterMappingUsbGetResultItem]] = Returns(
    "list[ClusterMappingUsbGetResultItem]",
    "GET /cluster/mapping/usb",
    "models.cluster_mapping.cluster_mapping_usb_get",
)
_R12: Returns[None] = Returns("None", "POST /cluster/mapping/usb")
_R13: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/mapping/usb/{id}")
_R14: Returns[None] = Returns("None", "PUT /cluster/mapping/usb/{id}")
_R15: Returns[None] = Returns("None", "DELETE /cluster/mapping/usb/{id}")


class ClusterMapping(SyncPath):
    """``/cluster/mapping`` (mapping)

    ``GET``: List resource types."""

    __slots__ = ()

    @property
    def dir(self) -> ClusterMappingDir:
        """List directory mapping"""
        return ClusterMappingDir(self._client, self._path + "/dir")

    @property
    def pci(self) -> ClusterMappingPci:
        """List PCI Hardware Mapping"""
        return ClusterMappingPci(self._client, self._path + "/pci")

    @property
    def usb(self) -> ClusterMappingUsb:
        """List USB Hardware Mappings"""
        return ClusterMappingUsb(self._client, self._path + "/usb")

    def get(self) -> list[dict[str, Any]]:
        """List resource types.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox VE: New in 8.0.

        Proxmox: ``GET /cluster/mapping`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)


class ClusterMappingDir(SyncPath):
    """``/cluster/mapping/dir`` (dir)

    ``GET``: List directory mapping
    ``POST``: Create a new directory mapping."""

    __slots__ = ()

    def id(self, id: str) -> ClusterMappingDirId:
        """{id}"""
        return ClusterMappingDirId(self._client, self._path + "/" + _segment(id))

    def get(
        self,
        *,
        check_node: str | None = None,
    ) -> list[ClusterMappingDirGetResultItem]:
        """List directory mapping

        Args:
            check_node: If given, checks the configurations on the given node for correctness, and adds relevant diagnostics for the directory to the response.
                Proxmox VE: New in 8.3.
                Format: ``pve-node``.

        Returns:
            ``list[ClusterMappingDirGetResultItem]``

        Permissions:
            Only lists entries where you have 'Mapping.Modify', 'Mapping.Use' or 'Mapping.Audit' permissions on '/mapping/dir/<id>'.
            User: all

        Proxmox VE: New in 8.3.

        Proxmox: ``GET /cluster/mapping/dir`` (``index``)."""
        params = {
            "check-node": check_node,
        }
        return self._client._call("GET", self._path, params, _R1)

    def post(
        self,
        *,
        id: str,
        map: list[DirMap | str] | tuple[DirMap | str, ...],
        description: str | None = None,
    ) -> None:
        """Create a new directory mapping.

        Args:
            id: The ID of the directory mapping
                Proxmox VE: New in 8.3.
                Format: ``pve-configid``.
            map: A list of maps for the cluster nodes.
                Proxmox VE: New in 8.3.
            description: Description of the directory mapping
                Proxmox VE: New in 8.3.
                Length: 0 to 4096.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/dir, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.3.

        Proxmox: ``POST /cluster/mapping/dir`` (``create``)."""
        params = {
            "id": id,
            "map": _sequence("map", map),
            "description": description,
        }
        return self._client._call("POST", self._path, params, _R2)


class ClusterMappingDirId(SyncPath):
    """``/cluster/mapping/dir/{id}`` ({id})

    ``GET``: Get directory mapping.
    ``PUT``: Update a directory mapping.
    ``DELETE``: Remove directory mapping."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Get directory mapping.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[or, [perm, /mapping/dir/{id}, [Mapping.Use]], [perm, /mapping/dir/{id}, [Mapping.Modify]], [perm, /mapping/dir/{id}, [Mapping.Audit]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.3.

        Proxmox: ``GET /cluster/mapping/dir/{id}`` (``get``)."""
        return self._client._call("GET", self._path, {}, _R3)

    def put(
        self,
        *,
        delete: str | Sequence[str] | None = None,
        description: str | None = None,
        digest: str | None = None,
        map: list[DirMap | str] | tuple[DirMap | str, ...] | None = None,
    ) -> None:
        """Update a directory mapping.

        Args:
            delete: A list of settings you want to delete.
                Proxmox VE: New in 8.3.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            description: Description of the directory mapping
                Proxmox VE: New in 8.3.
                Length: 0 to 4096.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 8.3.
                Length: 0 to 64.
            map: A list of maps for the cluster nodes.
                Proxmox VE: New in 8.3.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/dir/{id}, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.3.

        Proxmox: ``PUT /cluster/mapping/dir/{id}`` (``update``)."""
        params = {
            "delete": _join(delete),
            "description": description,
            "digest": digest,
            "map": _sequence("map", map),
        }
        return self._client._call("PUT", self._path, params, _R4)

    def delete(self) -> None:
        """Remove directory mapping.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/dir, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.3.

        Proxmox: ``DELETE /cluster/mapping/dir/{id}`` (``delete``)."""
        return self._client._call("DELETE", self._path, {}, _R5)


class ClusterMappingPci(SyncPath):
    """``/cluster/mapping/pci`` (pci)

    ``GET``: List PCI Hardware Mapping
    ``POST``: Create a new hardware mapping."""

    __slots__ = ()

    def id(self, id: str) -> ClusterMappingPciId:
        """{id}"""
        return ClusterMappingPciId(self._client, self._path + "/" + _segment(id))

    def get(
        self,
        *,
        check_node: str | None = None,
    ) -> list[ClusterMappingPciGetResultItem]:
        """List PCI Hardware Mapping

        Args:
            check_node: If given, checks the configurations on the given node for correctness, and adds relevant diagnostics for the devices to the response.
                Proxmox VE: New in 8.0.
                Format: ``pve-node``.

        Returns:
            ``list[ClusterMappingPciGetResultItem]``

        Permissions:
            Only lists entries where you have 'Mapping.Modify', 'Mapping.Use' or 'Mapping.Audit' permissions on '/mapping/pci/<id>'.
            User: all

        Proxmox VE: New in 8.0.

        Proxmox: ``GET /cluster/mapping/pci`` (``index``)."""
        params = {
            "check-node": check_node,
        }
        return self._client._call("GET", self._path, params, _R6)

    def post(
        self,
        *,
        id: str,
        map: list[PciMap | str] | tuple[PciMap | str, ...],
        description: str | None = None,
        live_migration_capable: bool | None = None,
        mdev: bool | None = None,
    ) -> None:
        """Create a new hardware mapping.

        Args:
            id: The ID of the logical PCI mapping.
                Proxmox VE: New in 8.0.
                Format: ``pve-configid``.
            map: A list of maps for the cluster nodes.
                Proxmox VE: New in 8.0.
            description: Description of the logical PCI device.
                Proxmox VE: New in 8.0.
                Length: 0 to 4096.
            live_migration_capable: Marks the device(s) as being able to be live-migrated (Experimental). This needs hardware and driver support to work.
                Proxmox VE: New in 8.3.
                Default: ``0``.
            mdev: Marks the device(s) as being capable of providing mediated devices.
                Proxmox VE: New in 8.0.
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/pci, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``POST /cluster/mapping/pci`` (``create``)."""
        params = {
            "id": id,
            "map": _sequence("map", map),
            "description": description,
            "live-migration-capable": live_migration_capable,
            "mdev": mdev,
        }
        return self._client._call("POST", self._path, params, _R7)


class ClusterMappingPciId(SyncPath):
    """``/cluster/mapping/pci/{id}`` ({id})

    ``GET``: Get PCI Mapping.
    ``PUT``: Update a hardware mapping.
    ``DELETE``: Remove Hardware Mapping."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Get PCI Mapping.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[or, [perm, /mapping/pci/{id}, [Mapping.Use]], [perm, /mapping/pci/{id}, [Mapping.Modify]], [perm, /mapping/pci/{id}, [Mapping.Audit]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``GET /cluster/mapping/pci/{id}`` (``get``)."""
        return self._client._call("GET", self._path, {}, _R8)

    def put(
        self,
        *,
        delete: str | Sequence[str] | None = None,
        description: str | None = None,
        digest: str | None = None,
        live_migration_capable: bool | None = None,
        map: list[PciMap | str] | tuple[PciMap | str, ...] | None = None,
        mdev: bool | None = None,
    ) -> None:
        """Update a hardware mapping.

        Args:
            delete: A list of settings you want to delete.
                Proxmox VE: New in 8.0.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            description: Description of the logical PCI device.
                Proxmox VE: New in 8.0.
                Length: 0 to 4096.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 8.0.
                Length: 0 to 64.
            live_migration_capable: Marks the device(s) as being able to be live-migrated (Experimental). This needs hardware and driver support to work.
                Proxmox VE: New in 8.3.
                Default: ``0``.
            map: A list of maps for the cluster nodes.
                Proxmox VE: New in 8.0.
            mdev: Marks the device(s) as being capable of providing mediated devices.
                Proxmox VE: New in 8.0.
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/pci/{id}, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``PUT /cluster/mapping/pci/{id}`` (``update``)."""
        params = {
            "delete": _join(delete),
            "description": description,
            "digest": digest,
            "live-migration-capable": live_migration_capable,
            "map": _sequence("map", map),
            "mdev": mdev,
        }
        return self._client._call("PUT", self._path, params, _R9)

    def delete(self) -> None:
        """Remove Hardware Mapping.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/pci, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``DELETE /cluster/mapping/pci/{id}`` (``delete``)."""
        return self._client._call("DELETE", self._path, {}, _R10)


class ClusterMappingUsb(SyncPath):
    """``/cluster/mapping/usb`` (usb)

    ``GET``: List USB Hardware Mappings
    ``POST``: Create a new hardware mapping."""

    __slots__ = ()

    def id(self, id: str) -> ClusterMappingUsbId:
        """{id}"""
        return ClusterMappingUsbId(self._client, self._path + "/" + _segment(id))

    def get(
        self,
        *,
        check_node: str | None = None,
    ) -> list[ClusterMappingUsbGetResultItem]:
        """List USB Hardware Mappings

        Args:
            check_node: If given, checks the configurations on the given node for correctness, and adds relevant errors to the devices.
                Proxmox VE: New in 8.0.
                Format: ``pve-node``.

        Returns:
            ``list[ClusterMappingUsbGetResultItem]``

        Permissions:
            Only lists entries where you have 'Mapping.Modify', 'Mapping.Use' or 'Mapping.Audit' permissions on '/mapping/usb/<id>'.
            User: all

        Proxmox VE: New in 8.0.

        Proxmox: ``GET /cluster/mapping/usb`` (``index``)."""
        params = {
            "check-node": check_node,
        }
        return self._client._call("GET", self._path, params, _R11)

    def post(
        self,
        *,
        id: str,
        map: list[UsbMap | str] | tuple[UsbMap | str, ...],
        description: str | None = None,
    ) -> None:
        """Create a new hardware mapping.

        Args:
            id: The ID of the logical USB mapping.
                Proxmox VE: New in 8.0.
                Format: ``pve-configid``.
            map: A list of maps for the cluster nodes.
                Proxmox VE: New in 8.0.
            description: Description of the logical USB device.
                Proxmox VE: New in 8.0.
                Length: 0 to 4096.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/usb, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``POST /cluster/mapping/usb`` (``create``)."""
        params = {
            "id": id,
            "map": _sequence("map", map),
            "description": description,
        }
        return self._client._call("POST", self._path, params, _R12)


class ClusterMappingUsbId(SyncPath):
    """``/cluster/mapping/usb/{id}`` ({id})

    ``GET``: Get USB Mapping.
    ``PUT``: Update a hardware mapping.
    ``DELETE``: Remove Hardware Mapping."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Get USB Mapping.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[or, [perm, /mapping/usb/{id}, [Mapping.Audit]], [perm, /mapping/usb/{id}, [Mapping.Use]], [perm, /mapping/usb/{id}, [Mapping.Modify]]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``GET /cluster/mapping/usb/{id}`` (``get``)."""
        return self._client._call("GET", self._path, {}, _R13)

    def put(
        self,
        *,
        map: list[UsbMap | str] | tuple[UsbMap | str, ...],
        delete: str | Sequence[str] | None = None,
        description: str | None = None,
        digest: str | None = None,
    ) -> None:
        """Update a hardware mapping.

        Args:
            map: A list of maps for the cluster nodes.
                Proxmox VE: New in 8.0.
            delete: A list of settings you want to delete.
                Proxmox VE: New in 8.0.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            description: Description of the logical USB device.
                Proxmox VE: New in 8.0.
                Length: 0 to 4096.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 8.0.
                Length: 0 to 64.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/usb/{id}, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``PUT /cluster/mapping/usb/{id}`` (``update``)."""
        params = {
            "map": _sequence("map", map),
            "delete": _join(delete),
            "description": description,
            "digest": digest,
        }
        return self._client._call("PUT", self._path, params, _R14)

    def delete(self) -> None:
        """Remove Hardware Mapping.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /mapping/usb, [Mapping.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.0.

        Proxmox: ``DELETE /cluster/mapping/usb/{id}`` (``delete``)."""
        return self._client._call("DELETE", self._path, {}, _R15)
