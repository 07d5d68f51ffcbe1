# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Numa`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pvesdk._propstr import PropertyString

__all__ = ["Numa"]


class Numa(PropertyString):
    """NUMA topology.

    Syntax: ``cpus=<id[-id];...> [,hostnodes=<id[-id];...>] [,memory=<number>] [,policy=<preferred|bind|interleave>]``"""

    __pve_required__: ClassVar[tuple[str, ...]] = ("cpus",)

    cpus: str
    """CPUs accessing this NUMA node.
    Pattern: ``^(?:\\d+(?:-\\d+)?(?:;\\d+(?:-\\d+)?)*)$``."""

    hostnodes: str | None = None
    """Host NUMA nodes to use.
    Pattern: ``^(?:\\d+(?:-\\d+)?(?:;\\d+(?:-\\d+)?)*)$``."""

    memory: float | None = None
    """Amount of memory this NUMA node provides."""

    policy: Literal["preferred", "bind", "interleave"] | None = None
    """NUMA allocation policy."""
