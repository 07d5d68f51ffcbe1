"""Which Proxmox VE releases have an operation or a parameter, and the check for older clusters.

pvesdk's typed client is the newest release's API. A cluster on an older release lacks some of it:
``PveClient(..., api_version="8.4")`` (or ``api_version="auto"``, which reads ``GET /version``
once, on the first call) checks each call before it is sent and, per ``on_missing``, warns
(:class:`NotInReleaseWarning`, the default) or raises (:class:`NotInReleaseError`) when the
operation or a parameter is missing in that release. The facts come from the committed spec of
every release (``specs/pve/<version>/``), generated into ``pvesdk._generated.releases``.

``since("POST /nodes/{node}/qemu", "amd-sev")`` → ``"8.2"``; ``removed(...)`` likewise.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any, Literal
from urllib.parse import unquote

__all__ = [
    "NotInReleaseError",
    "NotInReleaseWarning",
    "ReleaseCheck",
    "available",
    "match",
    "release_of",
    "releases",
    "removed",
    "since",
]

OnMissing = Literal["warn", "raise"]


class NotInReleaseError(Exception):
    """The cluster's release lacks the operation or a parameter a call uses (raised before sending).

    ``operation`` is ``"POST /nodes/{node}/qemu"``, ``parameter`` the wire name or ``None``,
    ``release`` the cluster's release.
    """

    def __init__(self, message: str, operation: str, parameter: str | None, release: str) -> None:
        super().__init__(message)
        self.operation = operation
        self.parameter = parameter
        self.release = release


class NotInReleaseWarning(UserWarning):
    """Warned (instead of :class:`NotInReleaseError`) with ``on_missing="warn"``."""


def releases() -> tuple[str, ...]:
    """Every release with a spec, oldest first (``("7.4", …, "9.2")``)."""
    from ._generated.releases import RELEASES

    return RELEASES


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def release_of(version: str) -> str:
    """The known release a version string belongs to: ``"8.4.1"`` → ``"8.4"``.

    A version newer than the newest known release is that newest release (nothing newer is
    known to be missing).

    Raises:
        ValueError: not a version (``"8.4"``, ``"9.1.11"``), or older than the oldest release.
    """
    known = releases()
    try:
        wanted = _key(version.strip())[:2]
    except ValueError:
        raise ValueError(
            f"api_version {version!r} is not a Proxmox VE version such as '8.4'"
        ) from None
    if len(wanted) < 2:
        raise ValueError(f"api_version {version!r} is not a Proxmox VE version such as '8.4'")
    fitting = [r for r in known if _key(r) <= wanted]
    if not fitting:
        raise ValueError(
            f"api_version {version!r} is older than the oldest release pvesdk knows ({known[0]})"
        )
    return fitting[-1]


def _mask(operation: str, parameter: str | None = None) -> int | None:
    from ._generated.releases import OPERATIONS, PARAMETERS

    own = OPERATIONS.get(operation)
    if own is None or parameter is None:
        return own
    return PARAMETERS.get(operation, {}).get(parameter, own)


def available(operation: str, release: str, parameter: str | None = None) -> bool:
    """True when ``release`` has ``operation`` (``"GET /version"``), or its ``parameter``.

    Unknown operations are taken as available (nothing says they are missing).
    """
    mask = _mask(operation, parameter)
    return mask is None or bool(mask >> releases().index(release_of(release)) & 1)


def since(operation: str, parameter: str | None = None) -> str | None:
    """The first release with it; ``None`` when the oldest known release already has it."""
    mask = _mask(operation, parameter)
    if not mask:
        return None
    first = (mask & -mask).bit_length() - 1
    return releases()[first] if first > 0 else None


def removed(operation: str, parameter: str | None = None) -> str | None:
    """The release after the last one that has it; ``None`` while the newest still has it."""
    mask = _mask(operation, parameter)
    known = releases()
    if not mask:
        return None
    last = mask.bit_length() - 1
    return known[last + 1] if last < len(known) - 1 else None


class _Node:
    __slots__ = ("param", "static", "templates")

    def __init__(self) -> None:
        self.static: dict[str, _Node] = {}
        self.param: _Node | None = None
        self.templates: dict[str, str] = {}  # method → "METHOD /template"


@cache
def _router() -> _Node:
    from ._generated.releases import OPERATIONS

    root = _Node()
    for key in OPERATIONS:
        method, template = key.split(" ", 1)
        node = root
        for seg in template.strip("/").split("/"):
            if not seg:
                continue
            if seg.startswith("{"):
                node.param = node.param or _Node()
                node = node.param
            else:
                node = node.static.setdefault(seg, _Node())
        node.templates[method] = key
    return root


def match(method: str, path: str) -> str | None:
    """The operation key (``"GET /nodes/{node}/qemu"``) a concrete call hits, like Proxmox's
    router: static segments win over parameters. ``None`` when no release has it."""
    segments = [unquote(s) for s in path.split("?", 1)[0].strip("/").split("/") if s]

    def walk(node: _Node, rest: list[str]) -> str | None:
        if not rest:
            return node.templates.get(method.upper())
        child = node.static.get(rest[0])
        if child is not None:
            found = walk(child, rest[1:])
            if found is not None:
                return found
        return walk(node.param, rest[1:]) if node.param is not None else None

    return walk(_router(), segments)


class ReleaseCheck:
    """The per-client check: which release the cluster runs and what to do about gaps.

    ``version`` is a release (``"8.4"``) or ``"auto"``: then ``read_version()`` (which returns
    ``GET /version``'s ``version``, e.g. ``"9.1.11"``; a coroutine for :meth:`acheck`) is
    called once, on the first check.

    Raises:
        ValueError: ``on_missing`` is not ``"warn"``/``"raise"``, ``"auto"`` without
            ``read_version``, or ``version`` is not a Proxmox VE release pvesdk knows.
    """

    def __init__(
        self,
        version: str,
        on_missing: OnMissing = "warn",
        read_version: Callable[[], Any] | None = None,
    ) -> None:
        if on_missing not in ("warn", "raise"):
            raise ValueError(f"on_missing must be 'warn' or 'raise', not {on_missing!r}")
        if version == "auto":
            if read_version is None:
                raise ValueError("api_version='auto' needs a client to read /version from")
            self._release: str | None = None
        else:
            self._release = release_of(version)
        self.on_missing: OnMissing = on_missing
        self._read_version = read_version
        self._reading = False

    @property
    def release(self) -> str | None:
        """The cluster's release, once known."""
        return self._release

    def check(self, method: str, path: str, params: Mapping[str, Any]) -> None:
        """Warn or raise when the cluster's release lacks the call or a parameter it passes.

        ``params`` are wire names (families as ``net[n]``) to values; ``None`` values are not
        sent and not checked.

        Raises:
            NotInReleaseError: with ``on_missing="raise"``.
        """
        release = self._release
        if release is None:
            if self._reading:  # the /version call itself
                return
            self._reading = True
            try:
                assert self._read_version is not None
                release = self._release = release_of(str(self._read_version()))
            finally:
                self._reading = False
        self._check(release, method, path, params)

    async def acheck(self, method: str, path: str, params: Mapping[str, Any]) -> None:
        """:meth:`check` for the async client, whose ``read_version`` is a coroutine function."""
        release = self._release
        if release is None:
            if self._reading:
                return
            self._reading = True
            try:
                assert self._read_version is not None
                release = self._release = release_of(str(await self._read_version()))
            finally:
                self._reading = False
        self._check(release, method, path, params)

    def _check(self, release: str, method: str, path: str, params: Mapping[str, Any]) -> None:
        operation = match(method, path)
        if operation is None:
            return
        if not available(operation, release):
            first = since(operation)
            gone = removed(operation)
            why = f"new in {first}" if first else f"removed in {gone}"
            self._missing(
                f"{operation} is not in Proxmox VE {release} ({why})", operation, None, release
            )
            return
        self._check_params(operation, release, (k for k, v in params.items() if v is not None))

    def _check_params(self, operation: str, release: str, names: Iterable[str]) -> None:
        for name in names:
            if not available(operation, release, name):
                first, gone = since(operation, name), removed(operation, name)
                why = f"new in {first}" if first else f"removed in {gone}"
                self._missing(
                    f"{operation}: parameter {name!r} is not in Proxmox VE {release} ({why})",
                    operation,
                    name,
                    release,
                )

    def _missing(self, message: str, operation: str, parameter: str | None, release: str) -> None:
        if self.on_missing == "raise":
            raise NotInReleaseError(message, operation, parameter, release)
        warnings.warn(message, NotInReleaseWarning, stacklevel=5)

    def __repr__(self) -> str:
        return f"ReleaseCheck(release={self._release!r}, on_missing={self.on_missing!r})"
