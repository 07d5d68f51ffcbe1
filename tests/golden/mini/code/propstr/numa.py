# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/0.0/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 0.0`.
"""The property-string model ``Numa`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar

from pvesdk._propstr import PropertyString

__all__ = ["Numa"]


class Numa(PropertyString):
    """NUMA topology.

    Syntax: ``cpus=<id[-id];...>``"""

    __pve_default_key__: ClassVar[str | None] = "cpus"

    cpus: str
    """id[-id];..."""

    memory: float | None = None
