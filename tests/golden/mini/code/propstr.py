# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/0.0/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 0.0`.
"""Property-string models: ``QemuNet.parse("virtio=BC:24:11:00:00:01,bridge=vmbr0")`` and back with
``str(net)``. Parameters that take a property string accept these or a plain ``str``."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = [
    "Net",
    "Numa",
]


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


class Numa(PropertyString):
    """NUMA topology.

    Syntax: ``cpus=<id[-id];...>``"""

    __pve_default_key__: ClassVar[str | None] = "cpus"

    cpus: str
    """id[-id];..."""

    memory: float | None = None
