# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``version`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvesdk._runtime import AsyncPath, Returns

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.version.version_get import VersionGetResult

_R0: Returns[VersionGetResult] = Returns(
    "VersionGetResult", "GET /version", "models.version.version_get"
)


class Version(AsyncPath):
    """``/version`` (version)

    ``GET``: API version details, including some parts of the global datacenter config."""

    __slots__ = ()

    async def get(self) -> VersionGetResult:
        """API version details, including some parts of the global datacenter config.

        Returns:
            ``VersionGetResult``

        Permissions:
            User: all

        Proxmox: ``GET /version`` (``version``)."""
        return await self._client._call("GET", self._path, {}, _R0)
