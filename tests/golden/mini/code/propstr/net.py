# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/0.0/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 0.0`.
"""The property-string model ``Net`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pvesdk._propstr import PropertyString

__all__ = ["Net"]


class Net(PropertyString):
    """Network device.

    Syntax: ``[model=]<enum> [,bridge=<bridge>]``"""

    __pve_default_key__: ClassVar[str | None] = "model"
    __pve_key_alias__: ClassVar[tuple[str, str, frozenset[str]] | None] = (
        "model",
        "macaddr",
        frozenset(
            {
                "virtio",
            }
        ),
    )
    __pve_formats__: ClassVar[dict[str, str]] = {
        "macaddr": "mac-addr",
    }

    model: Literal["e1000", "virtio"]
    """model"""

    bridge: str | None = None
    """bridge"""

    macaddr: str | None = None
    """Format: ``mac-addr``."""
