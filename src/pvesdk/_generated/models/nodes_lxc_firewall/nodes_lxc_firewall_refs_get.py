# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/lxc/{vmid}/firewall/refs``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "NodesLxcFirewallRefsGetResultItem",
]


class NodesLxcFirewallRefsGetResultItem(PveModel):
    """Result object ``NodesLxcFirewallRefsGetResultItem``."""

    name: str

    ref: str

    scope: str

    type: Literal["alias", "ipset"] | str

    comment: str | None = None
