# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_ceph_cfg`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pvesdk._runtime import AsyncPath, Returns

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.nodes_ceph_cfg.nodes_ceph_cfg_db_get import (
        NodesCephCfgDbGetResultItem,
    )

_R0: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /nodes/{node}/ceph/cfg")
_R1: Returns[list[NodesCephCfgDbGetResultItem]] = Returns(
    "list[NodesCephCfgDbGetResultItem]",
    "GET /nodes/{node}/ceph/cfg/db",
    "models.nodes_ceph_cfg.nodes_ceph_cfg_db_get",
)
_R2: Returns[str] = Returns("str", "GET /nodes/{node}/ceph/cfg/raw")
_R3: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /nodes/{node}/ceph/cfg/value")


class NodesNodeCephCfg(AsyncPath):
    """``/nodes/{node}/ceph/cfg`` (cfg)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def db(self) -> NodesNodeCephCfgDb:
        """Get the Ceph configuration database."""
        return NodesNodeCephCfgDb(self._client, self._path + "/db")

    @property
    def raw(self) -> NodesNodeCephCfgRaw:
        """Get the Ceph configuration file."""
        return NodesNodeCephCfgRaw(self._client, self._path + "/raw")

    @property
    def value(self) -> NodesNodeCephCfgValue:
        """Get configured values from either ceph.conf or the mon config DB. Underscores in section and key names are normalised to hyphens in the response, regardless of how they're written in the source."""
        return NodesNodeCephCfgValue(self._client, self._path + "/value")

    async def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/ceph/cfg`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class NodesNodeCephCfgDb(AsyncPath):
    """``/nodes/{node}/ceph/cfg/db`` (db)

    ``GET``: Get the Ceph configuration database."""

    __slots__ = ()

    async def get(self) -> list[NodesCephCfgDbGetResultItem]:
        """Get the Ceph configuration database.

        Returns:
            ``list[NodesCephCfgDbGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Datastore.Audit], any, 1]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/ceph/cfg/db`` (``db``)."""
        return await self._client._call("GET", self._path, {}, _R1)


class NodesNodeCephCfgRaw(AsyncPath):
    """``/nodes/{node}/ceph/cfg/raw`` (raw)

    ``GET``: Get the Ceph configuration file."""

    __slots__ = ()

    async def get(self) -> str:
        """Get the Ceph configuration file.

        Returns:
            ``str``

        Permissions:
            Check: ``[perm, /, [Sys.Audit, Datastore.Audit], any, 1]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/ceph/cfg/raw`` (``raw``)."""
        return await self._client._call("GET", self._path, {}, _R2)


class NodesNodeCephCfgValue(AsyncPath):
    """``/nodes/{node}/ceph/cfg/value`` (value)

    ``GET``: Get configured values from either ceph.conf or the mon config DB. Underscores in section and key names are normalised to hyphens in the response, regardless of how they're written in the source."""

    __slots__ = ()

    async def get(
        self,
        *,
        config_keys: str,
    ) -> dict[str, Any]:
        """Get configured values from either ceph.conf or the mon config DB. Underscores in section and key names are normalised to hyphens in the response, regardless of how they're written in the source.

        Args:
            config_keys: List of <section>:<config key> items separated by semicolon, comma or space.
                Proxmox VE: New in 8.1.
                Length: 0 to 4096.
                Pattern: ``^(?-i:^(?:(?i:[0-9a-z\\-_\\.]+:[0-9a-zA-Z\\-_]+))(?:[;, ](?i:[0-9a-z\\-_\\.]+:[0-9a-zA-Z\\-_]+))*$)$``.

        Returns:
            ``dict[str, Any]``: Two-level map of {section} -> {key} -> value. Underscores in section and key names are normalised to hyphens.

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox VE: New in 8.1.

        Proxmox: ``GET /nodes/{node}/ceph/cfg/value`` (``value``)."""
        params = {
            "config-keys": config_keys,
        }
        return await self._client._call("GET", self._path, params, _R3)
