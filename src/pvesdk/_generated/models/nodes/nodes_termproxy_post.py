# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``POST /nodes/{node}/termproxy``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesTermproxyPostResult",
]


class NodesTermproxyPostResult(PveModel):
    """Result object ``NodesTermproxyPostResult``."""

    port: int
    """port used to bind termproxy to."""

    ticket: str
    """VNC ticket used to verify websocket connection."""

    upid: str
    """UPID for termproxy worker task."""

    user: str
    """user/token that generated the VNC ticket in `ticket`."""
