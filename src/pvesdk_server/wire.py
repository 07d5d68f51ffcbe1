"""Proxmox puts its messages in the HTTP status line (``500 VM 100 already exists on node
'pve1'``, ``401 No ticket``) and clients read them there. ASGI has no way to say a reason phrase,
so the app passes it in a private ``x-pve-reason`` response header and this uvicorn protocol moves
it into the status line (and drops the header). ``pvesdk-server`` runs uvicorn with it.
"""

from __future__ import annotations

from typing import Any

from uvicorn.protocols.http import h11_impl

__all__ = ["REASON_HEADER", "PveH11Protocol"]

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
