# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_hardware`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import join as _join
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.nodes_hardware.nodes_hardware_get import NodesHardwareGetResultItem
    from ..models.nodes_hardware.nodes_hardware_pci_mdev_get import (
        NodesHardwarePciMdevGetResultItem,
    )
    from ..models.nodes_hardware.nodes_hardware_usb_get import (
        NodesHardwareUsbGetResultItem,
    )
    from ..models.nodes_hardware.nodes_node_hardware_pci_get import (
        NodesNodeHardwarePciGetResultItem,
    )
    from ..models.nodes_hardware.nodes_node_hardware_pci_pci_id_or_mapping_get import (
        NodesNodeHardwarePciPciIdOrMappingGetResultItem,
    )

_R0: Returns[list[NodesHardwareGetResultItem]] = Returns(
    "list[NodesHardwareGetResultItem]",
    "GET /nodes/{node}/hardware",
    "models.nodes_hardware.nodes_hardware_get",
)
_R1: Returns[list[NodesNodeHardwarePciGetResultItem]] = Returns(
    "list[NodesNodeHardwarePciGetResultItem]",
    "GET /nodes/{node}/hardware/pci",
    "models.nodes_hardware.nodes_node_hardware_pci_get",
)
_R2: Returns[list[NodesNodeHardwarePciPciIdOrMappingGetResultItem]] = Returns(
    "list[NodesNodeHardwarePciPciIdOrMappingGetResultItem]",
    "GET /nodes/{node}/hardware/pci/{pci-id-or-mapping}",
    "models.nodes_hardware.nodes_node_hardware_pci_pci_id_or_mapping_get",
)
_R3: Returns[list[NodesHardwarePciMdevGetResultItem]] = Returns(
    "list[NodesHardwarePciMdevGetResultItem]",
    "GET /nodes/{node}/hardware/pci/{pci-id-or-mapping}/mdev",
    "models.nodes_hardware.nodes_hardware_pci_mdev_get",
)
_R4: Returns[list[NodesHardwareUsbGetResultItem]] = Returns(
    "list[NodesHardwareUsbGetResultItem]",
    "GET /nodes/{node}/hardware/usb",
    "models.nodes_hardware.nodes_hardware_usb_get",
)


class NodesNodeHardware(AsyncPath):
    """``/nodes/{node}/hardware`` (hardware)

    ``GET``: Index of hardware types"""

    __slots__ = ()

    @property
    def pci(self) -> NodesNodeHardwarePci:
        """List local PCI devices."""
        return NodesNodeHardwarePci(self._client, self._path + "/pci")

    @property
    def usb(self) -> NodesNodeHardwareUsb:
        """List local USB devices."""
        return NodesNodeHardwareUsb(self._client, self._path + "/usb")

    async def get(self) -> list[NodesHardwareGetResultItem]:
        """Index of hardware types

        Returns:
            ``list[NodesHardwareGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/hardware`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class NodesNodeHardwarePci(AsyncPath):
    """``/nodes/{node}/hardware/pci`` (pci)

    ``GET``: List local PCI devices."""

    __slots__ = ()

    def pci_id_or_mapping(self, pci_id_or_mapping: str) -> NodesNodeHardwarePciPciIdOrMapping:
        """{pci-id-or-mapping}"""
        return NodesNodeHardwarePciPciIdOrMapping(
            self._client, self._path + "/" + _segment(pci_id_or_mapping)
        )

    async def get(
        self,
        *,
        pci_class_blacklist: str | Sequence[str] | None = None,
        verbose: bool | None = None,
    ) -> list[NodesNodeHardwarePciGetResultItem]:
        """List local PCI devices.

        Args:
            pci_class_blacklist: A list of blacklisted PCI classes, which will not be returned. Following are filtered by default: Memory Controller (05), Bridge (06) and Processor (0b).
                Format: ``string-list``.
                Default: ``05;06;0b``.
                Syntax: ``<string>``.
            verbose: If disabled, does only print the PCI IDs. Otherwise, additional information like vendor and device will be returned.
                Default: ``1``.

        Returns:
            ``list[NodesNodeHardwarePciGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Sys.Modify], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/hardware/pci`` (``pci_scan``)."""
        params = {
            "pci-class-blacklist": _join(pci_class_blacklist),
            "verbose": verbose,
        }
        return await self._client._call("GET", self._path, params, _R1)


class NodesNodeHardwarePciPciIdOrMapping(AsyncPath):
    """``/nodes/{node}/hardware/pci/{pci-id-or-mapping}`` ({pci-id-or-mapping})

    ``GET``: Index of available pci methods"""

    __slots__ = ()

    @property
    def mdev(self) -> NodesNodeHardwarePciPciIdOrMappingMdev:
        """List mediated device types for given PCI device."""
        return NodesNodeHardwarePciPciIdOrMappingMdev(self._client, self._path + "/mdev")

    async def get(self) -> list[NodesNodeHardwarePciPciIdOrMappingGetResultItem]:
        """Index of available pci methods

        Returns:
            ``list[NodesNodeHardwarePciPciIdOrMappingGetResultItem]``

        Permissions:
            User: all

        Proxmox VE: New in 8.2.

        Proxmox: ``GET /nodes/{node}/hardware/pci/{pci-id-or-mapping}`` (``pci_index``)."""
        return await self._client._call("GET", self._path, {}, _R2)


class NodesNodeHardwarePciPciIdOrMappingMdev(AsyncPath):
    """``/nodes/{node}/hardware/pci/{pci-id-or-mapping}/mdev`` (mdev)

    ``GET``: List mediated device types for given PCI device."""

    __slots__ = ()

    async def get(self) -> list[NodesHardwarePciMdevGetResultItem]:
        """List mediated device types for given PCI device.

        Returns:
            ``list[NodesHardwarePciMdevGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Sys.Modify], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.2.

        Proxmox: ``GET /nodes/{node}/hardware/pci/{pci-id-or-mapping}/mdev`` (``mdevscan``)."""
        return await self._client._call("GET", self._path, {}, _R3)


class NodesNodeHardwareUsb(AsyncPath):
    """``/nodes/{node}/hardware/usb`` (usb)

    ``GET``: List local USB devices."""

    __slots__ = ()

    async def get(self) -> list[NodesHardwareUsbGetResultItem]:
        """List local USB devices.

        Returns:
            ``list[NodesHardwareUsbGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/hardware/usb`` (``usbscan``)."""
        return await self._client._call("GET", self._path, {}, _R4)
