# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``version`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from pvesdk._runtime import Returns, SyncPath

from ..models.version import VersionGetResult

_R0 = Returns[VersionGetResult](VersionGetResult, "GET /version")


class Version(SyncPath):
    """``/version`` (version)

    ``GET``: API version details, including some parts of the global datacenter config."""

    __slots__ = ()

    def get(self) -> VersionGetResult:
        """API version details, including some parts of the global datacenter config.

        Returns:
            ``VersionGetResult``

        Permissions:
            User: all

        Proxmox: ``GET /version`` (``version``)."""
        return self._c._call("GET", self._p, {}, _R0)
