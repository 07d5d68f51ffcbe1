# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/qemu/{vmid}/agent/file-read``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesQemuAgentFileReadGetResult",
]


class NodesQemuAgentFileReadGetResult(PveModel):
    """Returns an object with a `content` property."""

    content: str
    """The content of the file, maximum 16777216"""

    truncated: bool | None = None
    """If set to 1, the read did not reach the end of the file."""
