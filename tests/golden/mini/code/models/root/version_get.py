# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/0.0/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 0.0`.
"""Result models of ``GET /version``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "VersionGetResult",
]


class VersionGetResult(PveModel):
    """Result object ``VersionGetResult``."""

    version: str

    release: str

    repoid: str

    console: Literal["applet", "vv", "html5", "xtermjs"] | str | None = None
