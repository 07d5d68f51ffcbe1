# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_scan`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import secret as _secret

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.nodes_scan.nodes_scan_cifs_get import NodesScanCifsGetResultItem
    from ..models.nodes_scan.nodes_scan_get import NodesScanGetResultItem
    from ..models.nodes_scan.nodes_scan_iscsi_get import NodesScanIscsiGetResultItem
    from ..models.nodes_scan.nodes_scan_lvm_get import NodesScanLvmGetResultItem
    from ..models.nodes_scan.nodes_scan_lvmthin_get import NodesScanLvmthinGetResultItem
    from ..models.nodes_scan.nodes_scan_nfs_get import NodesScanNfsGetResultItem
    from ..models.nodes_scan.nodes_scan_pbs_get import NodesScanPbsGetResultItem
    from ..models.nodes_scan.nodes_scan_zfs_get import NodesScanZfsGetResultItem

_R0: Returns[list[NodesScanGetResultItem]] = Returns(
    "list[NodesScanGetResultItem]", "GET /nodes/{node}/scan", "models.nodes_scan.nodes_scan_get"
)
_R1: Returns[list[NodesScanCifsGetResultItem]] = Returns(
    "list[NodesScanCifsGetResultItem]",
    "GET /nodes/{node}/scan/cifs",
    "models.nodes_scan.nodes_scan_cifs_get",
)
_R2: Returns[list[NodesScanIscsiGetResultItem]] = Returns(
    "list[NodesScanIscsiGetResultItem]",
    "GET /nodes/{node}/scan/iscsi",
    "models.nodes_scan.nodes_scan_iscsi_get",
)
_R3: Returns[list[NodesScanLvmGetResultItem]] = Returns(
    "list[NodesScanLvmGetResultItem]",
    "GET /nodes/{node}/scan/lvm",
    "models.nodes_scan.nodes_scan_lvm_get",
)
_R4: Returns[list[NodesScanLvmthinGetResultItem]] = Returns(
    "list[NodesScanLvmthinGetResultItem]",
    "GET /nodes/{node}/scan/lvmthin",
    "models.nodes_scan.nodes_scan_lvmthin_get",
)
_R5: Returns[list[NodesScanNfsGetResultItem]] = Returns(
    "list[NodesScanNfsGetResultItem]",
    "GET /nodes/{node}/scan/nfs",
    "models.nodes_scan.nodes_scan_nfs_get",
)
_R6: Returns[list[NodesScanPbsGetResultItem]] = Returns(
    "list[NodesScanPbsGetResultItem]",
    "GET /nodes/{node}/scan/pbs",
    "models.nodes_scan.nodes_scan_pbs_get",
)
_R7: Returns[list[NodesScanZfsGetResultItem]] = Returns(
    "list[NodesScanZfsGetResultItem]",
    "GET /nodes/{node}/scan/zfs",
    "models.nodes_scan.nodes_scan_zfs_get",
)


class NodesNodeScan(AsyncPath):
    """``/nodes/{node}/scan`` (scan)

    ``GET``: Index of available scan methods"""

    __slots__ = ()

    @property
    def cifs(self) -> NodesNodeScanCifs:
        """Scan remote CIFS server."""
        return NodesNodeScanCifs(self._client, self._path + "/cifs")

    @property
    def iscsi(self) -> NodesNodeScanIscsi:
        """Scan remote iSCSI server."""
        return NodesNodeScanIscsi(self._client, self._path + "/iscsi")

    @property
    def lvm(self) -> NodesNodeScanLvm:
        """List local LVM volume groups."""
        return NodesNodeScanLvm(self._client, self._path + "/lvm")

    @property
    def lvmthin(self) -> NodesNodeScanLvmthin:
        """List local LVM Thin Pools."""
        return NodesNodeScanLvmthin(self._client, self._path + "/lvmthin")

    @property
    def nfs(self) -> NodesNodeScanNfs:
        """Scan remote NFS server."""
        return NodesNodeScanNfs(self._client, self._path + "/nfs")

    @property
    def pbs(self) -> NodesNodeScanPbs:
        """Scan remote Proxmox Backup Server."""
        return NodesNodeScanPbs(self._client, self._path + "/pbs")

    @property
    def zfs(self) -> NodesNodeScanZfs:
        """Scan zfs pool list on local node."""
        return NodesNodeScanZfs(self._client, self._path + "/zfs")

    async def get(self) -> list[NodesScanGetResultItem]:
        """Index of available scan methods

        Returns:
            ``list[NodesScanGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/scan`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class NodesNodeScanCifs(AsyncPath):
    """``/nodes/{node}/scan/cifs`` (cifs)

    ``GET``: Scan remote CIFS server."""

    __slots__ = ()

    async def get(
        self,
        *,
        server: str,
        domain: str | None = None,
        password: str | None = None,
        username: str | None = None,
    ) -> list[NodesScanCifsGetResultItem]:
        """Scan remote CIFS server.

        Args:
            server: The server address (name or IP).
                Format: ``pve-storage-server``.
            domain: SMB domain (Workgroup).
            password: User password.
            username: User name.

        Returns:
            ``list[NodesScanCifsGetResultItem]``

        Permissions:
            Check: ``[perm, /storage, [Datastore.Allocate]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/scan/cifs`` (``cifsscan``)."""
        password = _secret(password)
        params = {
            "server": server,
            "domain": domain,
            "password": password,
            "username": username,
        }
        return await self._client._call("GET", self._path, params, _R1)


class NodesNodeScanIscsi(AsyncPath):
    """``/nodes/{node}/scan/iscsi`` (iscsi)

    ``GET``: Scan remote iSCSI server."""

    __slots__ = ()

    async def get(
        self,
        *,
        portal: str,
    ) -> list[NodesScanIscsiGetResultItem]:
        """Scan remote iSCSI server.

        Args:
            portal: The iSCSI portal (IP or DNS name with optional port).
                Format: ``pve-storage-portal-dns``.

        Returns:
            ``list[NodesScanIscsiGetResultItem]``

        Permissions:
            Check: ``[perm, /storage, [Datastore.Allocate]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/scan/iscsi`` (``iscsiscan``)."""
        params = {
            "portal": _checked("pve-storage-portal-dns", "portal", portal),
        }
        return await self._client._call("GET", self._path, params, _R2)


class NodesNodeScanLvm(AsyncPath):
    """``/nodes/{node}/scan/lvm`` (lvm)

    ``GET``: List local LVM volume groups."""

    __slots__ = ()

    async def get(self) -> list[NodesScanLvmGetResultItem]:
        """List local LVM volume groups.

        Returns:
            ``list[NodesScanLvmGetResultItem]``

        Permissions:
            Check: ``[perm, /storage, [Datastore.Allocate]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/scan/lvm`` (``lvmscan``)."""
        return await self._client._call("GET", self._path, {}, _R3)


class NodesNodeScanLvmthin(AsyncPath):
    """``/nodes/{node}/scan/lvmthin`` (lvmthin)

    ``GET``: List local LVM Thin Pools."""

    __slots__ = ()

    async def get(
        self,
        *,
        vg: str,
    ) -> list[NodesScanLvmthinGetResultItem]:
        """List local LVM Thin Pools.

        Args:
            vg: (no description in the schema)
                Length: 0 to 100.
                Pattern: ``^[a-zA-Z0-9\\.\\+\\_][a-zA-Z0-9\\.\\+\\_\\-]+$``.

        Returns:
            ``list[NodesScanLvmthinGetResultItem]``

        Permissions:
            Check: ``[perm, /storage, [Datastore.Allocate]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/scan/lvmthin`` (``lvmthinscan``)."""
        params = {
            "vg": vg,
        }
        return await self._client._call("GET", self._path, params, _R4)


class NodesNodeScanNfs(AsyncPath):
    """``/nodes/{node}/scan/nfs`` (nfs)

    ``GET``: Scan remote NFS server."""

    __slots__ = ()

    async def get(
        self,
        *,
        server: str,
    ) -> list[NodesScanNfsGetResultItem]:
        """Scan remote NFS server.

        Args:
            server: The server address (name or IP).
                Format: ``pve-storage-server``.

        Returns:
            ``list[NodesScanNfsGetResultItem]``

        Permissions:
            Check: ``[perm, /storage, [Datastore.Allocate]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/scan/nfs`` (``nfsscan``)."""
        params = {
            "server": server,
        }
        return await self._client._call("GET", self._path, params, _R5)


class NodesNodeScanPbs(AsyncPath):
    """``/nodes/{node}/scan/pbs`` (pbs)

    ``GET``: Scan remote Proxmox Backup Server."""

    __slots__ = ()

    async def get(
        self,
        *,
        password: str,
        server: str,
        username: str,
        fingerprint: str | None = None,
        port: int | None = None,
    ) -> list[NodesScanPbsGetResultItem]:
        """Scan remote Proxmox Backup Server.

        Args:
            password: User password or API token secret.
            server: The server address (name or IP).
                Format: ``pve-storage-server``.
            username: User-name or API token-ID.
            fingerprint: Certificate SHA 256 fingerprint.
                Pattern: ``^([A-Fa-f0-9]{2}:){31}[A-Fa-f0-9]{2}$``.
            port: Optional port.
                Range: 1 to 65535.
                Default: ``8007``.

        Returns:
            ``list[NodesScanPbsGetResultItem]``

        Permissions:
            Check: ``[perm, /storage, [Datastore.Allocate]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/scan/pbs`` (``pbsscan``)."""
        password = _secret(password)
        params = {
            "password": password,
            "server": server,
            "username": username,
            "fingerprint": fingerprint,
            "port": port,
        }
        return await self._client._call("GET", self._path, params, _R6)


class NodesNodeScanZfs(AsyncPath):
    """``/nodes/{node}/scan/zfs`` (zfs)

    ``GET``: Scan zfs pool list on local node."""

    __slots__ = ()

    async def get(self) -> list[NodesScanZfsGetResultItem]:
        """Scan zfs pool list on local node.

        Returns:
            ``list[NodesScanZfsGetResultItem]``

        Permissions:
            Check: ``[perm, /storage, [Datastore.Allocate]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/scan/zfs`` (``zfsscan``)."""
        return await self._client._call("GET", self._path, {}, _R7)
