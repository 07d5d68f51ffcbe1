"""Proxmox puts its messages in the HTTP status line (``500 VM 100 already exists on node
'pve1'``, ``401 No ticket``) and clients read them there. ASGI has no way to say a reason phrase,
so the app passes it in a private ``x-pve-reason`` response header and this uvicorn protocol moves
it into the status line (and drops the header). ``pvesdk-server`` runs uvicorn with it.

uvicorn has no supported hook for a reason phrase (ASGI's ``http.response.start`` has no field
for one), so this module borrows three uvicorn internals: the ``RequestResponseCycle`` class each
protocol module instantiates per request, h11's ``STATUS_PHRASES`` table and httptools'
``STATUS_LINE`` table. pyproject pins the uvicorn range this was tested with;
:func:`check_uvicorn` runs at import and fails loudly if a uvicorn release moved any of them, and
``tests/server/test_wire.py`` checks the status line on the wire with both protocols.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

from uvicorn.protocols.http import h11_impl

__all__ = ["REASON_HEADER", "PveH11Protocol", "PveHttpToolsProtocol", "check_uvicorn", "protocol"]

REASON_HEADER = b"x-pve-reason"


def check_uvicorn(module: ModuleType, table: str, protocol: type, method: str) -> None:
    """Check that ``module`` still has what this file borrows: a ``RequestResponseCycle`` class
    that ``protocol.method`` instantiates by its module-global name, and a dict ``table`` keyed
    by status code.

    Raises:
        RuntimeError: naming the missing piece and the installed uvicorn version.
    """
    import uvicorn

    where = f"uvicorn {uvicorn.__version__} ({module.__name__})"
    cycle = getattr(module, "RequestResponseCycle", None)
    if not isinstance(cycle, type):
        raise RuntimeError(f"{where} has no RequestResponseCycle class; pin uvicorn<0.55")
    if not isinstance(getattr(module, table, None), dict) or 500 not in getattr(module, table):
        raise RuntimeError(f"{where} has no {table} table by status code; pin uvicorn<0.55")
    try:
        source = inspect.getsource(getattr(protocol, method))
    except OSError:  # installed without sources (.pyc only): the wire test is the guard then
        return
    if "RequestResponseCycle(" not in source:
        raise RuntimeError(
            f"{where}: {protocol.__name__}.{method} no longer builds RequestResponseCycle; "
            "pin uvicorn<0.55"
        )


check_uvicorn(h11_impl, "STATUS_PHRASES", h11_impl.H11Protocol, "handle_events")


def _split(message: Any) -> tuple[Any, bytes | None]:
    """``message`` without the reason header, and the reason it carried (None: none)."""
    headers = list(message.get("headers", []))
    reason = next((v for k, v in headers if k.lower() == REASON_HEADER), None)
    if reason is None:
        return message, None
    return {
        **message,
        "headers": [(k, v) for k, v in headers if k.lower() != REASON_HEADER],
    }, reason


async def _send_start(
    cycle: Any,
    message: Any,
    send: Any,
    table: dict[int, bytes],
    entry: Callable[[int, bytes], bytes],
) -> None:
    """Send ``http.response.start`` through uvicorn's ``send``, with the reason the app gave
    (if any) borrowed into uvicorn's status ``table`` as ``entry(status, reason)``."""
    message, reason = _split(message)
    if reason is None:
        await send(message)
        return
    if cycle.flow.write_paused and not cycle.disconnected:
        await cycle.flow.drain()
    # From here to the status line being written nothing awaits, so borrowing the shared
    # table for this one response cannot leak into another.
    status = message["status"]
    previous = table[status]
    table[status] = entry(status, bytes(reason))
    try:
        await send(message)
    finally:
        table[status] = previous


@contextmanager
def _serving(module: ModuleType, cycle: type) -> Iterator[None]:
    """``module.RequestResponseCycle`` is ``cycle`` for the requests started inside."""
    original = module.RequestResponseCycle
    module.RequestResponseCycle = cycle  # type: ignore[attr-defined]
    try:
        yield
    finally:
        module.RequestResponseCycle = original  # type: ignore[attr-defined]


class _Cycle(h11_impl.RequestResponseCycle):
    async def send(self, message: Any) -> None:
        if message["type"] != "http.response.start" or self.response_started:
            await super().send(message)
            return
        phrases = h11_impl.STATUS_PHRASES
        await _send_start(self, message, super().send, phrases, lambda _, reason: reason)


class PveH11Protocol(h11_impl.H11Protocol):
    """uvicorn's h11 protocol, with Proxmox-style reason phrases."""

    def handle_events(self) -> None:
        """uvicorn's ``handle_events`` with :class:`_Cycle` serving the requests it starts."""
        with _serving(h11_impl, _Cycle):
            super().handle_events()


try:
    from uvicorn.protocols.http import httptools_impl
except ImportError:  # httptools is optional
    httptools_impl = None  # type: ignore[assignment]


def _status_line(status: int, reason: bytes) -> bytes:
    return b"HTTP/1.1 %d %s\r\n" % (status, reason)


if httptools_impl is not None:
    check_uvicorn(
        httptools_impl, "STATUS_LINE", httptools_impl.HttpToolsProtocol, "on_headers_complete"
    )

    class _FastCycle(httptools_impl.RequestResponseCycle):
        async def send(self, message: Any) -> None:
            if message["type"] != "http.response.start" or self.response_started:
                await super().send(message)
                return
            lines = httptools_impl.STATUS_LINE
            await _send_start(self, message, super().send, lines, _status_line)

    class PveHttpToolsProtocol(httptools_impl.HttpToolsProtocol):
        """uvicorn's httptools protocol (the fast one), with Proxmox-style reason phrases."""

        def on_headers_complete(self) -> None:
            """uvicorn's ``on_headers_complete`` with :class:`_FastCycle` serving the request."""
            with _serving(httptools_impl, _FastCycle):
                super().on_headers_complete()


def protocol() -> type[Any]:
    """The fastest protocol available: httptools when installed, else h11."""
    return PveHttpToolsProtocol if httptools_impl is not None else PveH11Protocol
