r"""Schema ``pattern`` regexes: from Proxmox's Perl syntax to the one the spec carries.

Proxmox checks a ``pattern`` as ``$value =~ m/^$pattern$/`` (pve-common
``PVE::JSONSchema::check_prop``): the pattern is interpolated between anchors *without* a group,
so a top-level alternation such as ``/dev/parport\d+|/dev/usb/lp\d+`` is anchored on one side
per branch. Patterns built from ``qr//`` objects print as ``(?^:…)`` / ``(?^i:…)`` groups (``^`` =
Perl's default flags, then the listed ones).

:func:`translate` turns one Perl pattern into a Python ``re`` pattern that, searched in a value,
accepts exactly what Proxmox's check accepts: the anchors are added the way Perl adds them, and
``(?^flags:`` groups become Python's scoped flag groups. Python's ``$`` (like Perl's) also matches
before one final newline, so ``"abc\n"`` passes ``^abc$`` in both. Constructs without a Python
equivalent raise :class:`GenError` so a new Proxmox release cannot slip one through unnoticed.
"""

from __future__ import annotations

import re

from .errors import GenError

__all__ = ["translate"]

_FLAG_GROUP = re.compile(r"\(\?\^([a-z]*):")
_UNSUPPORTED = (
    (re.compile(r"\\[zZGKRhHvVNX]"), "Perl-only escape"),
    (re.compile(r"\[\[:[a-z]+:\]\]"), "POSIX character class"),
    (re.compile(r"\(\?[<']?[a-zA-Z_]\w*>"), "named group"),
    (re.compile(r"\(\?[|(?{]"), "Perl-only group"),
)
_PYTHON_FLAGS = "imsx"


def translate(pattern: str) -> str:
    """The Python regex that accepts (by ``re.search``) what ``m/^pattern$/`` accepts in Perl.

    Raises:
        GenError: the pattern uses a Perl construct with no Python equivalent.
    """
    for check, what in _UNSUPPORTED:
        found = check.search(pattern)
        if found:
            raise GenError(f"pattern {pattern!r}: {what} {found.group(0)!r} has no Python form")
    # ``(?^:`` resets Perl's flags: inside an ``(?i:`` group it turns case-insensitivity off
    # again, so every flag used anywhere in the pattern is switched off where it is not listed.
    used = {f for m in _FLAG_GROUP.finditer(pattern) for f in m.group(1) if f in _PYTHON_FLAGS}

    def group(match: re.Match[str]) -> str:
        on = "".join(f for f in _PYTHON_FLAGS if f in match.group(1))
        off = "".join(f for f in _PYTHON_FLAGS if f in used and f not in on)
        return f"(?{on}-{off}:" if off else f"(?{on}:"

    translated = _FLAG_GROUP.sub(group, pattern)
    try:
        re.compile(translated)
    except re.error as exc:
        raise GenError(f"pattern {pattern!r}: not a valid regex once translated ({exc})") from None
    return f"^{translated}$"
