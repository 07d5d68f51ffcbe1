"""File upload: a multipart body streamed from disk with a Content-Length (Proxmox refuses
chunked encoding), in flat memory, with an optional progress callback."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

__all__ = ["MultipartFile", "Progress"]

#: ``progress(sent, total)``, called as the body goes out: bytes of the whole request body
#: sent so far and in all (the file plus a few hundred bytes of multipart framing), so
#: ``sent == total`` once, at the end.
Progress = Callable[[int, int], None]
CHUNK = 256 * 1024


def _quote(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\r", " ").replace("\n", " ")


class MultipartFile:
    """``multipart/form-data``: the form fields, then one file part read from disk on demand.

    ``read(n)`` serves ``http.client``, iteration serves httpx; :meth:`rewind` starts over (the
    transport rewinds before sending the same body to another host). Memory stays flat: the
    file is read in 256 KiB chunks as the transport asks for them. ``size`` is the file's size
    and ``length`` the body's (the ``Content-Length``), both in bytes. Proxmox reads the upload
    in ``PVE::APIServer::AnyEvent`` (``file_upload_multipart``) and refuses chunked encoding,
    hence the length known up front.

    Raises:
        FileNotFoundError: ``path`` is not a regular file.
        OSError: the file shrank while it was being sent (from :meth:`read`).
    """

    def __init__(
        self,
        fields: Sequence[tuple[str, str]],
        file_field: str,
        path: str | os.PathLike[str],
        *,
        filename: str | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise FileNotFoundError(f"upload source is not a file: {self.path}")
        self.boundary = f"pvesdk-{secrets.token_hex(16)}"
        name = filename or self.path.name
        self.filename = name
        head = "".join(
            f'--{self.boundary}\r\nContent-Disposition: form-data; name="{_quote(key)}"'
            f"\r\n\r\n{value}\r\n"
            for key, value in fields
        )
        head += (
            f'--{self.boundary}\r\nContent-Disposition: form-data; name="{_quote(file_field)}"; '
            f'filename="{_quote(name)}"\r\nContent-Type: application/octet-stream\r\n\r\n'
        )
        self._head = head.encode()
        self._tail = f"\r\n--{self.boundary}--\r\n".encode()
        self.size = self.path.stat().st_size
        self.length = len(self._head) + self.size + len(self._tail)
        self.content_type = f"multipart/form-data; boundary={self.boundary}"
        self._progress = progress
        self._file: BinaryIO | None = None
        self._sent = 0

    def rewind(self) -> None:
        """Start the body over from its first byte (closes the file; progress restarts)."""
        self.close()
        self._sent = 0

    def read(self, size: int = -1) -> bytes:
        """The next bytes of the body (never more than ``size``; at most one file chunk).

        Raises:
            OSError: the file shrank while it was being sent, or cannot be read.
        """
        if size is None or size < 0:
            size = CHUNK
        pos = self._sent
        head, body_end = len(self._head), len(self._head) + self.size
        if pos < head:
            data = self._head[pos : pos + size]
        elif pos < body_end:
            if self._file is None:
                self._file = self.path.open("rb")
                self._file.seek(pos - head)
            data = self._file.read(min(size, body_end - pos))
            if not data:
                raise OSError(f"{self.path} shrank while it was being uploaded")
        else:
            data = self._tail[pos - body_end : pos - body_end + size]
        self._sent += len(data)
        if self._progress is not None and data:
            self._progress(self._sent, self.length)
        if self._sent >= self.length:
            self.close()
        return data

    async def aread(self, size: int = -1) -> bytes:
        """:meth:`read` for the async transport: the file is read in a worker thread, so the
        event loop never waits on the disk (a body that arrives on the loop itself, as the
        proxy's, overrides this and takes no thread).

        Raises:
            OSError: as :meth:`read`.
        """
        from .transports._http.loops import to_thread

        return await to_thread(self.read, size)

    def __iter__(self) -> Iterator[bytes]:
        while True:
            chunk = self.read(CHUNK)
            if not chunk:
                return
            yield chunk

    def close(self) -> None:
        """Close the file if it is open (:meth:`read` opens it again from where it was)."""
        if self._file is not None:
            self._file.close()
            self._file = None

    def __repr__(self) -> str:
        # getattr: a repr is also asked of a half-built object (the path was not a file)
        path, size = getattr(self, "path", None), getattr(self, "size", None)
        return f"MultipartFile({str(path)!r}, {size} bytes)"
