"""An upload body that streams from the caller's ASGI ``receive`` to the upstream.

pvesdk's https transport sends a :class:`~pvesdk.upload.MultipartFile` by calling ``read(n)`` in a
worker thread; this one answers each ``read`` with the next chunk the caller sent, fetched on the
event loop, so a multi-gigabyte ISO passes through in flat memory (one chunk at a time). It can
be sent once: the transport never re-sends a body that may have reached a server.
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

    def _next_chunk(self) -> bytes:
        async def pull() -> Any:
            return await self._receive()

        message = asyncio.run_coroutine_threadsafe(pull(), self._loop).result()
        if message.get("type") == "http.disconnect":
            raise OSError("the caller disconnected during the upload")
        self._more = bool(message.get("more_body", False))
        return bytes(message.get("body", b""))

    def read(self, size: int = -1) -> bytes:
        """The next bytes of the caller's body (at most ``size``, default 256 KiB), awaited on the
        server's loop from this worker thread.

        Raises:
            OSError: the caller disconnected, or sent more or fewer bytes than announced.
        """
        if size is None or size < 0:
            size = 256 * 1024
        while not self._buffer and self._more and self._sent < self.length:
            self._buffer = self._next_chunk()
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        self._sent += len(data)
        if self._sent > self.length or (not data and self._sent < self.length):
            raise OSError(f"upload body is not {self.length} bytes as announced")
        return data

    def close(self) -> None:
        """Drop what is buffered."""
        self._buffer = b""

    def __repr__(self) -> str:
        return f"ReceiveStream({self.length} bytes)"
