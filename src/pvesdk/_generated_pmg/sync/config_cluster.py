# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``config_cluster`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import bind_task as _task
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import secret as _secret

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import Task

    from ..models.config_cluster.config_cluster_nodes_get import (
        ConfigClusterNodesGetResultItem,
    )
    from ..models.config_cluster.config_cluster_nodes_post import (
        ConfigClusterNodesPostResultItem,
    )
    from ..models.config_cluster.config_cluster_status_get import (
        ConfigClusterStatusGetResultItem,
    )

_R0: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /config/cluster", package="pvesdk._generated_pmg"
)
_R1: Returns[list[ConfigClusterNodesGetResultItem]] = Returns(
    "list[ConfigClusterNodesGetResultItem]",
    "GET /config/cluster/nodes",
    "models.config_cluster.config_cluster_nodes_get",
    package="pvesdk._generated_pmg",
)
_R2: Returns[list[ConfigClusterNodesPostResultItem]] = Returns(
    "list[ConfigClusterNodesPostResultItem]",
    "POST /config/cluster/nodes",
    "models.config_cluster.config_cluster_nodes_post",
    package="pvesdk._generated_pmg",
)
_R3: Returns[list[ConfigClusterStatusGetResultItem]] = Returns(
    "list[ConfigClusterStatusGetResultItem]",
    "GET /config/cluster/status",
    "models.config_cluster.config_cluster_status_get",
    package="pvesdk._generated_pmg",
)
_R4: Returns[str] = Returns("str", "POST /config/cluster/create", package="pvesdk._generated_pmg")
_R5: Returns[str] = Returns("str", "POST /config/cluster/join", package="pvesdk._generated_pmg")


class ConfigCluster(SyncPath):
    """``/config/cluster`` (cluster)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def nodes(self) -> ConfigClusterNodes:
        """Cluster node index."""
        return ConfigClusterNodes(self._client, self._path + "/nodes")

    @property
    def status(self) -> ConfigClusterStatus:
        """Cluster node status."""
        return ConfigClusterStatus(self._client, self._path + "/status")

    @property
    def create(self) -> ConfigClusterCreate:
        """Create initial cluster config with current node as master."""
        return ConfigClusterCreate(self._client, self._path + "/create")

    @property
    def join(self) -> ConfigClusterJoin:
        """Join local node to an existing cluster."""
        return ConfigClusterJoin(self._client, self._path + "/join")

    def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /config/cluster`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)


class ConfigClusterNodes(SyncPath):
    """``/config/cluster/nodes`` (nodes)

    ``GET``: Cluster node index.
    ``POST``: Add an node to the cluster config."""

    __slots__ = ()

    def get(self) -> list[ConfigClusterNodesGetResultItem]:
        """Cluster node index.

        Returns:
            ``list[ConfigClusterNodesGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /config/cluster/nodes`` (``nodes``)."""
        return self._client._call("GET", self._path, {}, _R1)

    def post(
        self,
        *,
        fingerprint: str,
        hostrsapubkey: str,
        ip: str,
        name: str,
        rootrsapubkey: str,
        maxcid: int | None = None,
    ) -> list[ConfigClusterNodesPostResultItem]:
        """Add an node to the cluster config.

        Args:
            fingerprint: SSL certificate fingerprint.
                Pattern: ``^^(:?[A-Z0-9][A-Z0-9]:){31}[A-Z0-9][A-Z0-9]$$``.
            hostrsapubkey: Public SSH RSA key for the host.
                Pattern: ``^^[A-Za-z0-9\\.\\/\\+]{200,}$$``.
            ip: IP address.
                Format: ``ip``.
            name: Node name.
                Format: ``pve-node``.
            rootrsapubkey: Public SSH RSA key for the root user.
                Pattern: ``^^[A-Za-z0-9\\.\\/\\+]{200,}$$``.
            maxcid: Maximum used cluster node ID (used internally, do not modify).
                Range: 1 to inf.

        Returns:
            ``list[ConfigClusterNodesPostResultItem]``: Returns the resulting node list.

        Forwarded to the node given by ``master``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/cluster/nodes`` (``add_node``)."""
        params = {
            "fingerprint": fingerprint,
            "hostrsapubkey": hostrsapubkey,
            "ip": _checked("ip", "ip", ip),
            "name": name,
            "rootrsapubkey": rootrsapubkey,
            "maxcid": maxcid,
        }
        return self._client._call("POST", self._path, params, _R2)


class ConfigClusterStatus(SyncPath):
    """``/config/cluster/status`` (status)

    ``GET``: Cluster node status."""

    __slots__ = ()

    def get(
        self,
        *,
        list_single_node: bool | None = None,
    ) -> list[ConfigClusterStatusGetResultItem]:
        """Cluster node status.

        Args:
            list_single_node: List local node if there is no cluster defined. Please note that RSA keys and fingerprint are not valid in that case.
                Default: ``0``.

        Returns:
            ``list[ConfigClusterStatusGetResultItem]``

        Permissions:
            Check: ``[admin, qmanager, audit]``

        Proxmox: ``GET /config/cluster/status`` (``status``)."""
        params = {
            "list_single_node": list_single_node,
        }
        return self._client._call("GET", self._path, params, _R3)


class ConfigClusterCreate(SyncPath):
    """``/config/cluster/create`` (create)

    ``POST``: Create initial cluster config with current node as master."""

    __slots__ = ()

    def post(self) -> Task:
        """Create initial cluster config with current node as master.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/cluster/create`` (``create``)."""
        return _task(self._client._call("POST", self._path, {}, _R4), self._client)


class ConfigClusterJoin(SyncPath):
    """``/config/cluster/join`` (join)

    ``POST``: Join local node to an existing cluster."""

    __slots__ = ()

    def post(
        self,
        *,
        fingerprint: str,
        master_ip: str,
        password: str,
    ) -> Task:
        """Join local node to an existing cluster.

        Args:
            fingerprint: SSL certificate fingerprint.
                Pattern: ``^^(:?[A-Z0-9][A-Z0-9]:){31}[A-Z0-9][A-Z0-9]$$``.
            master_ip: IP address.
                Format: ``ip``.
            password: Superuser password.
                Length: 0 to 128.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/cluster/join`` (``join``)."""
        password = _secret(password)
        params = {
            "fingerprint": fingerprint,
            "master_ip": _checked("ip", "master_ip", master_ip),
            "password": password,
        }
        return _task(self._client._call("POST", self._path, params, _R5), self._client)
