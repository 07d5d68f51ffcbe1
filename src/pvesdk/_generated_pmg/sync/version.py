# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``version`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvesdk._runtime import Returns, SyncPath

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.version.version_get import VersionGetResult

_R0: Returns[VersionGetResult] = Returns(
    "VersionGetResult",
    "GET /version",
    "models.version.version_get",
    package="pvesdk._generated_pmg",
)


class Version(SyncPath):
    """``/version`` (version)

    ``GET``: API version details."""

    __slots__ = ()

    def get(self) -> VersionGetResult:
        """API version details.

        Returns:
            ``VersionGetResult``

        Permissions:
            User: all

        Proxmox: ``GET /version`` (``version``)."""
        return self._client._call("GET", self._path, {}, _R0)
