# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models of ``GET /nodes/{node}/dns``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pvesdk._model import PveModel

__all__ = [
    "NodesDnsGetResult",
]


class NodesDnsGetResult(PveModel):
    """Result object ``NodesDnsGetResult``."""

    dns1: str | None = None
    """First name server IP address."""

    dns2: str | None = None
    """Second name server IP address."""

    dns3: str | None = None
    """Third name server IP address."""

    search: str | None = None
    """Search domain for host-name lookup."""
