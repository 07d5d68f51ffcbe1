"""Release awareness: which of the specs pvesdk ships is closest to the upstream's release.

The upstream's ``GET /version`` answers ``{"release": "8.4", "version": "8.4.1", …}``; the proxy
verifies requests against the spec of the closest shipped release: of the same major, the nearest
older minor, else the nearest newer one; of another major, the last release of the nearest older
major, else the first of the nearest newer one. Specs live in ``pvesdk_server/specs`` as
``pve-<release>.json.gz``; adding a file there makes its release available.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ..engine.spec import Router, load_spec

__all__ = ["closest", "parse_release", "router_for", "shipped"]

_RELEASE = re.compile(r"^(\d+)\.(\d+)")


def parse_release(text: str) -> tuple[int, int] | None:
    """``(major, minor)`` from ``"8.4"``, ``"8.4.1"`` or ``"9.2-1"``; None when unreadable."""
    match = _RELEASE.match(text.strip())
    return (int(match.group(1)), int(match.group(2))) if match else None


def shipped(product: str = "pve") -> list[str]:
    """The releases whose spec ships with pvesdk_server, oldest first."""
    folder = resources.files("pvesdk_server").joinpath("specs")
    found: list[tuple[tuple[int, int], str]] = []
    for entry in folder.iterdir():
        name = entry.name
        if name.startswith(f"{product}-") and name.endswith(".json.gz"):
            release = name.removeprefix(f"{product}-").removesuffix(".json.gz")
            parsed = parse_release(release)
            if parsed is not None:
                found.append((parsed, release))
    return [release for _, release in sorted(found)]


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
