# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``POST /nodes/{node}/lxc/{vmid}/vncproxy``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesLxcVncproxyPostResult",
]


class NodesLxcVncproxyPostResult(PveModel):
    """Result object ``NodesLxcVncproxyPostResult``."""

    cert: str

    port: int

    ticket: str

    upid: str

    user: str

    password: str | None = None
    """Password used for authentication within the VNC protocol. Consists of printable ASCII characters ('!' .. '~')."""
