# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``root`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvesdk._runtime import SyncPath

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from . import access as _access
    from . import cluster as _cluster
    from . import nodes as _nodes
    from . import pools as _pools
    from . import storage as _storage
    from . import version as _version


class Api(SyncPath):
    """``/`` (the API root)"""

    __slots__ = ()

    @property
    def access(self) -> _access.Access:
        """Directory index."""
        from . import access as _access

        return _access.Access(self._client, self._path + "/access")

    @property
    def cluster(self) -> _cluster.Cluster:
        """Cluster index."""
        from . import cluster as _cluster

        return _cluster.Cluster(self._client, self._path + "/cluster")

    @property
    def nodes(self) -> _nodes.Nodes:
        """Cluster node index."""
        from . import nodes as _nodes

        return _nodes.Nodes(self._client, self._path + "/nodes")

    @property
    def pools(self) -> _pools.Pools:
        """List pools or get pool configuration."""
        from . import pools as _pools

        return _pools.Pools(self._client, self._path + "/pools")

    @property
    def storage(self) -> _storage.Storage:
        """Storage index."""
        from . import storage as _storage

        return _storage.Storage(self._client, self._path + "/storage")

    @property
    def version(self) -> _version.Version:
        """API version details, including some parts of the global datacenter config."""
        from . import version as _version

        return _version.Version(self._client, self._path + "/version")
