# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /version``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "VersionGetResult",
]


class VersionGetResult(PveModel):
    """Result object ``VersionGetResult``."""

    release: str
    """The current Proxmox VE point release in `x.y` format."""

    repoid: str
    """The short git revision from which this version was build."""

    version: str
    """The full pve-manager package version of this node."""

    console: Literal["applet", "vv", "html5", "xtermjs"] | str | None = None
    """The default console viewer to use."""
