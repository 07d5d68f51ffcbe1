# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``nodes_apt`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import bind_task as _task

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import Task

    from ..models.nodes_apt.nodes_apt_get import NodesAptGetResultItem

_R0: Returns[list[NodesAptGetResultItem]] = Returns(
    "list[NodesAptGetResultItem]",
    "GET /nodes/{node}/apt",
    "models.nodes_apt.nodes_apt_get",
    package="pvesdk._generated_pmg",
)
_R1: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/apt/update", package="pvesdk._generated_pmg"
)
_R2: Returns[str] = Returns("str", "POST /nodes/{node}/apt/update", package="pvesdk._generated_pmg")
_R3: Returns[str] = Returns(
    "str", "GET /nodes/{node}/apt/changelog", package="pvesdk._generated_pmg"
)
_R4: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/apt/versions", package="pvesdk._generated_pmg"
)


class NodesNodeApt(SyncPath):
    """``/nodes/{node}/apt`` (apt)

    ``GET``: Directory index for apt (Advanced Package Tool)."""

    __slots__ = ()

    @property
    def update(self) -> NodesNodeAptUpdate:
        """List available updates."""
        return NodesNodeAptUpdate(self._client, self._path + "/update")

    @property
    def changelog(self) -> NodesNodeAptChangelog:
        """Get package changelogs."""
        return NodesNodeAptChangelog(self._client, self._path + "/changelog")

    @property
    def versions(self) -> NodesNodeAptVersions:
        """Get package information for important Proxmox packages."""
        return NodesNodeAptVersions(self._client, self._path + "/versions")

    def get(self) -> list[NodesAptGetResultItem]:
        """Directory index for apt (Advanced Package Tool).

        Returns:
            ``list[NodesAptGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/apt`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)


class NodesNodeAptUpdate(SyncPath):
    """``/nodes/{node}/apt/update`` (update)

    ``GET``: List available updates.
    ``POST``: This is used to resynchronize the package index files from their sources (apt-get update)."""

    __slots__ = ()

    def get(self) -> list[dict[str, Any]]:
        """List available updates.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/apt/update`` (``list_updates``)."""
        return self._client._call("GET", self._path, {}, _R1)

    def post(
        self,
        *,
        notify: bool | None = None,
        quiet: bool | None = None,
    ) -> Task:
        """This is used to resynchronize the package index files from their sources (apt-get update).

        Args:
            notify: Send notification mail about new packages (to email address specified for user 'root@pam').
                Default: ``0``.
            quiet: Only produces output suitable for logging, omitting progress indicators.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/apt/update`` (``update_database``)."""
        params = {
            "notify": notify,
            "quiet": quiet,
        }
        return _task(self._client._call("POST", self._path, params, _R2), self._client)


class NodesNodeAptChangelog(SyncPath):
    """``/nodes/{node}/apt/changelog`` (changelog)

    ``GET``: Get package changelogs."""

    __slots__ = ()

    def get(
        self,
        *,
        name: str,
        version: str | None = None,
    ) -> str:
        """Get package changelogs.

        Args:
            name: Package name.
            version: Package version.

        Returns:
            ``str``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/apt/changelog`` (``changelog``)."""
        params = {
            "name": name,
            "version": version,
        }
        return self._client._call("GET", self._path, params, _R3)


class NodesNodeAptVersions(SyncPath):
    """``/nodes/{node}/apt/versions`` (versions)

    ``GET``: Get package information for important Proxmox packages."""

    __slots__ = ()

    def get(self) -> list[dict[str, Any]]:
        """Get package information for important Proxmox packages.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/apt/versions`` (``versions``)."""
        return self._client._call("GET", self._path, {}, _R4)
