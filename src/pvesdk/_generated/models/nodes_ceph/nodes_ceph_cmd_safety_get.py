# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/ceph/cmd-safety``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesCephCmdSafetyGetResult",
]


class NodesCephCmdSafetyGetResult(PveModel):
    """Result object ``NodesCephCmdSafetyGetResult``."""

    safe: bool
    """True if Ceph reports the requested action is safe."""

    status: str | None = None
    """Human-readable status message from Ceph (typically the reason an action is not safe); absent when Ceph returned no message."""
