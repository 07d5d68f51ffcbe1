# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``POST /nodes/{node}/spiceshell``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesSpiceshellPostResult",
]


class NodesSpiceshellPostResult(PveModel):
    """Returned values can be directly passed to the 'remote-viewer' application."""

    host: str

    password: str

    proxy: str

    tls_port: int = Field(alias="tls-port")

    type: str
