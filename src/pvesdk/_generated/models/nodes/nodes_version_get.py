# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/version``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesVersionGetResult",
]


class NodesVersionGetResult(PveModel):
    """Result object ``NodesVersionGetResult``."""

    release: str
    """The current installed Proxmox VE Release"""

    repoid: str
    """The short git commit hash ID from which this version was build"""

    version: str
    """The current installed pve-manager package version"""
