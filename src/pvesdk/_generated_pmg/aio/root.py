# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``root`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvesdk._runtime import AsyncPath

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from . import access as _access
    from . import config as _config
    from . import nodes as _nodes
    from . import quarantine as _quarantine
    from . import statistics as _statistics
    from . import version as _version


class Api(AsyncPath):
    """``/`` (the API root)"""

    __slots__ = ()

    @property
    def config(self) -> _config.Config:
        """Directory index."""
        from . import config as _config

        return _config.Config(self._client, self._path + "/config")

    @property
    def nodes(self) -> _nodes.Nodes:
        """Cluster node index."""
        from . import nodes as _nodes

        return _nodes.Nodes(self._client, self._path + "/nodes")

    @property
    def access(self) -> _access.Access:
        """Directory index."""
        from . import access as _access

        return _access.Access(self._client, self._path + "/access")

    @property
    def quarantine(self) -> _quarantine.Quarantine:
        """Directory index."""
        from . import quarantine as _quarantine

        return _quarantine.Quarantine(self._client, self._path + "/quarantine")

    @property
    def statistics(self) -> _statistics.Statistics:
        """Directory index."""
        from . import statistics as _statistics

        return _statistics.Statistics(self._client, self._path + "/statistics")

    @property
    def version(self) -> _version.Version:
        """API version details."""
        from . import version as _version

        return _version.Version(self._client, self._path + "/version")
