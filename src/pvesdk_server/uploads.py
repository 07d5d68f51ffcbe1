"""``POST /nodes/{node}/storage/{storage}/upload`` on the mock: the multipart body is streamed
(the file part counted and, when asked, checksummed, never kept) and recorded as a volume by an
``imgcopy`` task that runs as the caller, as pve-storage's upload does.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any
from urllib.parse import unquote

from litestar.types import Receive

from .engine import Engine, Reply, store_upload
from .engine.core import PARAM_FAILED, ApiError, Caller
from .engine.spec import Operation
from .engine.validate import verify

__all__ = ["upload"]


async def _multipart(
    receive: Receive, boundary: bytes, limit: int
) -> tuple[dict[str, str], tuple[str, int, str | None] | None] | Reply:
    """Stream a multipart/form-data body: small fields kept, the file part only counted."""
    delimiter = b"\r\n--" + boundary
    buf = bytearray(b"\r\n")
    more, total = True, 0

    async def fill() -> bool:
        nonlocal more, total
        if not more:
            return False
        message: Any = await receive()
        chunk: bytes = message.get("body", b"")
        total += len(chunk)
        buf.extend(chunk)
        more = bool(message.get("more_body", False))
        return True

    async def until(token: bytes) -> int:
        while (index := buf.find(token)) < 0:
            if total > limit or not await fill():
                return -1
        return index

    fields: dict[str, str] = {}
    upload: tuple[str, int, str | None] | None = None
    if (start := await until(delimiter)) < 0:
        return Reply(400, "Parameter verification failed.", errors={"body": "malformed multipart"})
    del buf[: start + len(delimiter)]
    while True:
        while len(buf) < 2 and await fill():
            pass
        if buf[:2] == b"--":
            return fields, upload
        if (end := await until(b"\r\n\r\n")) < 0:
            return Reply(
                400, "Parameter verification failed.", errors={"body": "malformed multipart"}
            )
        head = bytes(buf[:end]).decode("utf-8", "replace")
        del buf[: end + 4]
        name = re.search(r'name="([^"]*)"', head)
        filename = re.search(r'filename="([^"]*)"', head)
        if filename is not None:
            size = 0
            # pve-storage checks the checksum of the file it received (fields sent before it)
            algorithm = fields.get("checksum-algorithm", "")
            hasher = hashlib.new(algorithm) if algorithm in _CHECKSUMS else None
            while (index := buf.find(delimiter)) < 0:
                keep = len(delimiter)
                if len(buf) > keep:
                    size += len(buf) - keep
                    if hasher is not None:
                        hasher.update(buf[: len(buf) - keep])
                    del buf[: len(buf) - keep]
                if total > limit:
                    return Reply(413, "request entity too large")
                if not await fill():
                    return Reply(
                        400,
                        "Parameter verification failed.",
                        errors={"body": "truncated multipart body"},
                    )
            size += index
            if hasher is not None:
                hasher.update(buf[:index])
            upload = (filename.group(1), size, hasher.hexdigest() if hasher else None)
        else:
            if (index := await until(delimiter)) < 0:
                return Reply(400, "Parameter verification failed.", errors={"body": "truncated"})
            if name is not None:
                fields[name.group(1)] = bytes(buf[:index]).decode("utf-8", "replace")
        index = buf.find(delimiter)
        del buf[: index + len(delimiter)]


_CHECKSUMS = frozenset({"md5", "sha1", "sha224", "sha256", "sha384", "sha512"})


def _checksum(fields: dict[str, str], computed: str | None) -> tuple[str, str, str] | None:
    """(algorithm, expected, computed) when the upload asked for a checksum check."""
    algorithm, expected = fields.get("checksum-algorithm"), fields.get("checksum")
    if not algorithm or expected is None or computed is None:
        return None
    return algorithm, expected, computed


_UPLOAD = "/nodes/{node}/storage/{storage}/upload"


def _verified(engine: Engine, op: Operation, caller: Caller, params: dict[str, str]) -> None:
    """The upload operation's permissions, then its parameters (``tmpfilename`` is the server's
    own), as ``PVE::RESTHandler`` checks them.

    Raises:
        ApiError: 403 without ``Datastore.AllocateTemplate`` on the storage; 400 naming each
            parameter that is missing or malformed.
    """
    engine._authorize(caller, op, params)
    _, errors = verify(op, {name: [value] for name, value in params.items()})
    if errors:
        raise ApiError(400, PARAM_FAILED, errors)


async def upload(
    engine: Engine,
    api_path: str,
    creds: dict[str, str | None],
    receive: Receive,
    headers: dict[str, str],
    limit: int,
) -> Reply:
    """``POST …/upload``: the multipart body is streamed (the file part counted, not kept) and
    recorded as a volume by an ``imgcopy`` task owned by the caller (``creds``)."""
    parts = [unquote(p) for p in api_path.strip("/").split("/")]
    matched = engine.router.match(parts) if len(parts) == 5 else None
    if matched is None or matched[0] != _UPLOAD or "POST" not in matched[2]:
        return Reply(501, f"Method 'POST {api_path}' not implemented")
    operation = matched[2]["POST"]
    auth = engine.handle("GET", f"/nodes/{parts[1]}/storage", None, **creds)
    if auth.status != 200:
        return auth
    kind = headers.get("content-type", "")
    match = re.search(r"boundary=\"?([^\";]+)\"?", kind)
    if not kind.startswith("multipart/form-data") or match is None:
        return Reply(
            400,
            "Parameter verification failed.",
            errors={"filename": "expected a multipart/form-data upload"},
        )
    length = headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        return Reply(413, "request entity too large")
    parsed = await _multipart(receive, match.group(1).encode(), limit)
    if isinstance(parsed, Reply):
        return parsed
    fields, received = parsed
    with engine.lock:
        try:
            caller = engine._authenticate("POST", **creds)  # the task runs as the uploader
            # pve-http-server has the body in a temporary file by now; the handler then checks
            # the schema's permissions on the raw parameters, and only then verifies them
            params = {**fields, "node": parts[1], "storage": parts[3]}
            if received is not None:
                params["filename"] = received[0]
            _verified(engine, operation, caller, params)
            assert received is not None  # filename is required: verified above
            upid = store_upload(
                engine,
                caller,
                parts[1],
                parts[3],
                fields["content"],
                received[0],
                received[1],
                checksum=_checksum(fields, received[2]),
            )
        except ApiError as exc:
            return Reply(exc.status, exc.message, errors=exc.errors)
    return Reply(data=upid)
