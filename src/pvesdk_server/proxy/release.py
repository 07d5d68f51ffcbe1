"""Release awareness: which of the specs pvesdk ships is closest to the upstream's release.

The upstream's ``GET /version`` answers ``{"release": "8.4", "version": "8.4.1", …}``; the proxy
verifies requests against the spec of the closest shipped release: of the same major, the nearest
older minor, else the nearest newer one; of another major, the last release of the nearest older
major, else the first of the nearest newer one. Specs live in ``pvesdk_server/specs``: the newest
as ``pve-<release>.json.gz``, every older one in ``pve-releases.json.xz``.
"""

from __future__ import annotations

import re
from functools import cache

from ..engine.spec import Router, load_spec
from ..engine.spec import shipped as spec_shipped

__all__ = ["closest", "parse_release", "router_for", "shipped"]

_RELEASE = re.compile(r"^(\d+)\.(\d+)")


def parse_release(text: str) -> tuple[int, int] | None:
    """``(major, minor)`` from ``"8.4"``, ``"8.4.1"`` or ``"9.2-1"``; None when unreadable."""
    match = _RELEASE.match(text.strip())
    return (int(match.group(1)), int(match.group(2))) if match else None


def shipped(product: str = "pve") -> list[str]:
    """The releases whose spec ships with pvesdk_server, oldest first: the newest in its own
    ``<product>-<release>.json.gz`` and the older ones in ``<product>-releases.json.xz``, as
    the mock serves them (``engine.spec.shipped``)."""
    return sorted(
        (r for r in spec_shipped(product) if parse_release(r) is not None),
        key=lambda r: parse_release(r) or (0, 0),
    )


def closest(release: str, available: list[str]) -> str:
    """The shipped release to use for an upstream running ``release``.

    Raises:
        ValueError: ``available`` is empty.
    """
    if not available:
        raise ValueError("no spec ships with pvesdk_server")
    target = parse_release(release)
    if target is None:
        return available[-1]

    def distance(candidate: str) -> tuple[int, int, int]:
        parsed = parse_release(candidate) or (0, 0)
        newer = 1 if parsed > target else 0
        if parsed[0] == target[0]:
            within = abs(parsed[1] - target[1])
        else:  # another major: its last release when older, its first when newer
            within = -parsed[1] if parsed[0] < target[0] else parsed[1]
        return (abs(parsed[0] - target[0]), newer, within)

    return min(available, key=distance)


@cache
def router_for(release: str, product: str = "pve") -> Router:
    """The path router (with operations and parameter schemas) of one shipped spec."""
    return Router(load_spec(product, release))
