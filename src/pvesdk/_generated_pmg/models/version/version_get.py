# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /version``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "VersionGetResult",
]


class VersionGetResult(PveModel):
    """Result object ``VersionGetResult``."""

    release: str
    """The current installed Proxmox Mailgateway Release"""

    repoid: str
    """The short git commit hash ID from which this version was build"""

    version: str
    """The current installed pmg-api package version"""
