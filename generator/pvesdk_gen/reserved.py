"""Names the hand-written client defines on top of the generated root path class.

``PveClient`` and ``AsyncPveClient`` inherit the root path class (``client.nodes`` is plain
attribute access), so a root API path named like a client method (``close``, ``upload``,
``mock``, ``task``…) would silently shadow it or be shadowed. The generator refuses such a
root rather than render it; ``tests/generator/test_reserved.py`` keeps :data:`CLIENT_NAMES` in
step with what the client really defines.
"""

from __future__ import annotations

from collections.abc import Iterable

from .errors import GenError

__all__ = ["CLIENT_NAMES", "check_root_names"]

#: Every public name ``PveClient`` / ``AsyncPveClient`` define beyond the generated root, and
#: ``path``, the one public member of every path class.
CLIENT_NAMES = frozenset(
    {
        "aclose",
        "close",
        "events",
        "mock",
        "path",
        "task",
        "transport",
        "upload",
        "with_options",
        "with_total",
    }
)


def check_root_names(names: Iterable[str]) -> None:
    """Refuse root attributes (API path segments under ``/``) that the client uses itself.

    Raises:
        GenError: naming each clashing segment and the rule to resolve it.
    """
    clashes = sorted(set(names) & CLIENT_NAMES)
    if clashes:
        raise GenError(
            f"root API path(s) {', '.join('/' + name for name in clashes)} clash with "
            "PveClient's own names; rename the client member or map the segment in "
            "generator/pvesdk_gen/reserved.py"
        )
