"""Proxmox puts its messages in the HTTP status line (``500 VM 100 already exists on node
'pve1'``, ``401 No ticket``) and clients read them there. ASGI has no way to say a reason phrase,
so the app passes it in a private ``x-pve-reason`` response header and this uvicorn protocol moves
it into the status line (and drops the header). ``pvesdk-server`` runs uvicorn with it.
"""

from __future__ import annotations

from typing import Any

from uvicorn.protocols.http import h11_impl

__all__ = ["REASON_HEADER", "PveH11Protocol", "PveHttpToolsProtocol", "protocol"]

REASON_HEADER = b"x-pve-reason"


class _Cycle(h11_impl.RequestResponseCycle):
    async def send(self, message: Any) -> None:
        if message["type"] != "http.response.start" or self.response_started:
            await super().send(message)
            return
        headers = list(message.get("headers", []))
        reason = next((v for k, v in headers if k.lower() == REASON_HEADER), None)
        if reason is None:
            await super().send(message)
            return
        message = {**message, "headers": [(k, v) for k, v in headers if k.lower() != REASON_HEADER]}
        if self.flow.write_paused and not self.disconnected:
            await self.flow.drain()
        # From here to the status line being written nothing awaits, so borrowing the shared
        # phrase table for this one response cannot leak into another.
        status = message["status"]
        phrases = h11_impl.STATUS_PHRASES
        previous = phrases[status]
        phrases[status] = bytes(reason)
        try:
            await super().send(message)
        finally:
            phrases[status] = previous


class PveH11Protocol(h11_impl.H11Protocol):
    """uvicorn's h11 protocol, with Proxmox-style reason phrases."""

    def handle_events(self) -> None:
        original = h11_impl.RequestResponseCycle
        h11_impl.RequestResponseCycle = _Cycle  # type: ignore[misc]
        try:
            super().handle_events()
        finally:
            h11_impl.RequestResponseCycle = original  # type: ignore[misc]


def _split(message: Any) -> tuple[Any, bytes | None]:
    headers = list(message.get("headers", []))
    reason = next((v for k, v in headers if k.lower() == REASON_HEADER), None)
    if reason is None:
        return message, None
    return {
        **message,
        "headers": [(k, v) for k, v in headers if k.lower() != REASON_HEADER],
    }, reason


try:
    from uvicorn.protocols.http import httptools_impl
except ImportError:  # httptools is optional
    httptools_impl = None  # type: ignore[assignment]


if httptools_impl is not None:

    class _FastCycle(httptools_impl.RequestResponseCycle):
        async def send(self, message: Any) -> None:
            if message["type"] != "http.response.start" or self.response_started:
                await super().send(message)
                return
            message, reason = _split(message)
            if reason is None:
                await super().send(message)
                return
            if self.flow.write_paused and not self.disconnected:
                await self.flow.drain()
            status = message["status"]
            lines = httptools_impl.STATUS_LINE
            previous = lines[status]
            lines[status] = b"HTTP/1.1 %d %s\r\n" % (status, bytes(reason))
            try:
                await super().send(message)
            finally:
                lines[status] = previous

    class PveHttpToolsProtocol(httptools_impl.HttpToolsProtocol):
        """uvicorn's httptools protocol (the fast one), with Proxmox-style reason phrases."""

        def on_headers_complete(self) -> None:
            original = httptools_impl.RequestResponseCycle
            httptools_impl.RequestResponseCycle = _FastCycle  # type: ignore[misc]
            try:
                super().on_headers_complete()
            finally:
                httptools_impl.RequestResponseCycle = original  # type: ignore[misc]


def protocol() -> type[Any]:
    """The fastest protocol available: httptools when installed, else h11."""
    return PveHttpToolsProtocol if httptools_impl is not None else PveH11Protocol
