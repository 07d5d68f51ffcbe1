"""An upload body that streams from the caller's ASGI ``receive`` to the upstream.

pvesdk's async https transport reads a :class:`~pvesdk.upload.MultipartFile` with ``aread(n)``;
this one answers each with the next chunk the caller sent, awaited on the event loop itself, so a
multi-gigabyte ISO passes through in flat memory (one chunk at a time) and a slow caller holds no
worker thread: the loop's default executor (a handful of threads) stays free for the answer
checks and name look-ups of every other request. It can be sent once: the transport never
re-sends a body that may have reached a server.
"""

from __future__ import annotations

import asyncio
from typing import Any

from litestar.types import Receive

from pvesdk.upload import MultipartFile

__all__ = ["ReceiveStream"]


class ReceiveStream(MultipartFile):
    """``Content-Length`` bytes of a multipart body, read from ASGI ``receive`` on demand.

    Raises (from :meth:`read`):
        OSError: the caller disconnected or sent more or fewer bytes than announced, or the body
            was asked for a second time (after a partial send).
    """

    # MultipartFile's __init__ opens a file; a stream has none, so it is not called.
    def __init__(
        self, receive: Receive, loop: asyncio.AbstractEventLoop, content_type: str, length: int
    ) -> None:
        self._receive = receive
        self._loop = loop
        self.content_type = content_type
        self.length = length
        self.size = length
        self.filename = ""
        self._buffer = b""
        self._sent = 0
        self._more = True

    def rewind(self) -> None:
        """Nothing to do before the first byte; a stream cannot start over.

        Raises:
            OSError: some of the body was already read (it is never sent twice).
        """
        if self._sent:
            raise OSError("a streamed upload cannot be sent twice")

    def _take(self, message: Any) -> bytes:
        """The body bytes of one ASGI message (and whether more follow)."""
        if message.get("type") == "http.disconnect":
            raise OSError("the caller disconnected during the upload")
        self._more = bool(message.get("more_body", False))
        return bytes(message.get("body", b""))

    def _wanted(self) -> bool:
        return not self._buffer and self._more and self._sent < self.length

    def _slice(self, size: int) -> bytes:
        if size is None or size < 0:
            size = 256 * 1024
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        self._sent += len(data)
        if self._sent > self.length or (not data and self._sent < self.length):
            raise OSError(f"upload body is not {self.length} bytes as announced")
        return data

    async def aread(self, size: int = -1) -> bytes:
        """The next bytes of the caller's body (at most ``size``, default 256 KiB), awaited on
        the server's loop.

        Raises:
            OSError: the caller disconnected, or sent more or fewer bytes than announced.
        """
        while self._wanted():
            self._buffer = self._take(await self._receive())
        return self._slice(size)

    def read(self, size: int = -1) -> bytes:
        """:meth:`aread` for a caller in a worker thread (a sync transport): each chunk is
        awaited on the server's loop from that thread.

        Raises:
            OSError: the caller disconnected, or sent more or fewer bytes than announced.
        """

        async def pull() -> Any:
            return await self._receive()

        while self._wanted():
            message = asyncio.run_coroutine_threadsafe(pull(), self._loop).result()
            self._buffer = self._take(message)
        return self._slice(size)

    def close(self) -> None:
        """Drop what is buffered."""
        self._buffer = b""

    def __repr__(self) -> str:
        return f"ReceiveStream({self.length} bytes)"
