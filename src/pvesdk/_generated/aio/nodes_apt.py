# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_apt`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import bind_async_task as _task

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import AsyncTask

    from ..models.nodes_apt.nodes_apt_get import NodesAptGetResultItem
    from ..models.nodes_apt.nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResult,
    )
    from ..models.nodes_apt.nodes_apt_update_get import NodesAptUpdateGetResultItem
    from ..models.nodes_apt.nodes_apt_versions_get import NodesAptVersionsGetResultItem

_R0: Returns[list[NodesAptGetResultItem]] = Returns(
    "list[NodesAptGetResultItem]", "GET /nodes/{node}/apt", "models.nodes_apt.nodes_apt_get"
)
_R1: Returns[str] = Returns("str", "GET /nodes/{node}/apt/changelog")
_R2: Returns[NodesAptRepositoriesGetResult] = Returns(
    "NodesAptRepositoriesGetResult",
    "GET /nodes/{node}/apt/repositories",
    "models.nodes_apt.nodes_apt_repositories_get",
)
_R3: Returns[None] = Returns("None", "POST /nodes/{node}/apt/repositories")
_R4: Returns[None] = Returns("None", "PUT /nodes/{node}/apt/repositories")
_R5: Returns[list[NodesAptUpdateGetResultItem]] = Returns(
    "list[NodesAptUpdateGetResultItem]",
    "GET /nodes/{node}/apt/update",
    "models.nodes_apt.nodes_apt_update_get",
)
_R6: Returns[str] = Returns("str", "POST /nodes/{node}/apt/update")
_R7: Returns[list[NodesAptVersionsGetResultItem]] = Returns(
    "list[NodesAptVersionsGetResultItem]",
    "GET /nodes/{node}/apt/versions",
    "models.nodes_apt.nodes_apt_versions_get",
)


class NodesNodeApt(AsyncPath):
    """``/nodes/{node}/apt`` (apt)

    ``GET``: Directory index for apt (Advanced Package Tool)."""

    __slots__ = ()

    @property
    def changelog(self) -> NodesNodeAptChangelog:
        """Get package changelogs."""
        return NodesNodeAptChangelog(self._client, self._path + "/changelog")

    @property
    def repositories(self) -> NodesNodeAptRepositories:
        """Get APT repository information."""
        return NodesNodeAptRepositories(self._client, self._path + "/repositories")

    @property
    def update(self) -> NodesNodeAptUpdate:
        """List available updates."""
        return NodesNodeAptUpdate(self._client, self._path + "/update")

    @property
    def versions(self) -> NodesNodeAptVersions:
        """Get package information for important Proxmox packages."""
        return NodesNodeAptVersions(self._client, self._path + "/versions")

    async def get(self) -> list[NodesAptGetResultItem]:
        """Directory index for apt (Advanced Package Tool).

        Returns:
            ``list[NodesAptGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/apt`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class NodesNodeAptChangelog(AsyncPath):
    """``/nodes/{node}/apt/changelog`` (changelog)

    ``GET``: Get package changelogs."""

    __slots__ = ()

    async def get(
        self,
        *,
        name: str,
        version: str | None = None,
    ) -> str:
        """Get package changelogs.

        Args:
            name: Package name.
                Pattern: ``^(?:[a-z0-9][-+.a-z0-9:]+)$``.
            version: Package version.

        Returns:
            ``str``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/apt/changelog`` (``changelog``)."""
        params = {
            "name": name,
            "version": version,
        }
        return await self._client._call("GET", self._path, params, _R1)


class NodesNodeAptRepositories(AsyncPath):
    """``/nodes/{node}/apt/repositories`` (repositories)

    ``GET``: Get APT repository information.
    ``POST``: Change the properties of a repository. Currently only allows enabling/disabling.
    ``PUT``: Add a standard repository to the configuration"""

    __slots__ = ()

    async def get(self) -> NodesAptRepositoriesGetResult:
        """Get APT repository information.

        Returns:
            ``NodesAptRepositoriesGetResult``: Result from parsing the APT repository files in /etc/apt/.

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/apt/repositories`` (``repositories``)."""
        return await self._client._call("GET", self._path, {}, _R2)

    async def post(
        self,
        *,
        index: int,
        path: str,
        digest: str | None = None,
        enabled: bool | None = None,
    ) -> None:
        """Change the properties of a repository. Currently only allows enabling/disabling.

        Args:
            index: Index within the file (starting from 0).
            path: Path to the containing file.
            digest: Digest to detect modifications.
                Length: 0 to 80.
            enabled: Whether the repository should be enabled or not.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/apt/repositories`` (``change_repository``)."""
        params = {
            "index": index,
            "path": path,
            "digest": digest,
            "enabled": enabled,
        }
        return await self._client._call("POST", self._path, params, _R3)

    async def put(
        self,
        *,
        handle: str,
        digest: str | None = None,
    ) -> None:
        """Add a standard repository to the configuration

        Args:
            handle: Handle that identifies a repository.
            digest: Digest to detect modifications.
                Length: 0 to 80.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/apt/repositories`` (``add_repository``)."""
        params = {
            "handle": handle,
            "digest": digest,
        }
        return await self._client._call("PUT", self._path, params, _R4)


class NodesNodeAptUpdate(AsyncPath):
    """``/nodes/{node}/apt/update`` (update)

    ``GET``: List available updates.
    ``POST``: This is used to resynchronize the package index files from their sources (apt-get update)."""

    __slots__ = ()

    async def get(self) -> list[NodesAptUpdateGetResultItem]:
        """List available updates.

        Returns:
            ``list[NodesAptUpdateGetResultItem]``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/apt/update`` (``list_updates``)."""
        return await self._client._call("GET", self._path, {}, _R5)

    async def post(
        self,
        *,
        notify: bool | None = None,
        quiet: bool | None = None,
    ) -> AsyncTask:
        """This is used to resynchronize the package index files from their sources (apt-get update).

        Args:
            notify: Send notification about new packages.
                Default: ``0``.
            quiet: Only produces output suitable for logging, omitting progress indicators.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/apt/update`` (``update_database``)."""
        params = {
            "notify": notify,
            "quiet": quiet,
        }
        return _task(await self._client._call("POST", self._path, params, _R6), self._client)


class NodesNodeAptVersions(AsyncPath):
    """``/nodes/{node}/apt/versions`` (versions)

    ``GET``: Get package information for important Proxmox packages."""

    __slots__ = ()

    async def get(self) -> list[NodesAptVersionsGetResultItem]:
        """Get package information for important Proxmox packages.

        Returns:
            ``list[NodesAptVersionsGetResultItem]``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/apt/versions`` (``versions``)."""
        return await self._client._call("GET", self._path, {}, _R7)
