"""Transports that drive Proxmox's own CLI, ``pvesh``: locally, over ssh (paramiko) or over the
system ``ssh`` binary.

One request becomes ``pvesh <get|set|create|delete> PATH --key=value … --output-format json``:
``set`` is PUT and ``create`` is POST. ``--key=value`` keeps a value that starts with ``-``
from being read as an option; arrays repeat the key. pvesh prints the bare ``data`` as JSON on
stdout, after a task's own output (pvesh runs tasks in the foreground, so the task has ended
when the UPID comes back; a failed task still exits 0). Failures go to stderr with a non-zero
exit: ``400 Parameter verification failed.`` followed by ``key: message`` lines, or
``403 …``, ``500 …``, ``501 …``, or plain text. They are
turned into the same :class:`~pvesdk.transport.Response` an https server would have sent, so the
client raises the same exceptions whatever the transport.

Not possible over pvesh: file upload (``POST …/upload`` reads a multipart body); use https.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
from collections.abc import Sequence
from typing import Any
from urllib.parse import unquote

from ..auth import Secret
from ..errors import PveConnectionError, PveTimeoutError
from ..transport import AsyncBaseTransport, BaseTransport, Request, Response

__all__ = ["PveshTransport", "pvesh_argv", "pvesh_response"]

_VERBS = {"GET": "get", "PUT": "set", "POST": "create", "DELETE": "delete"}
_STATUS_LINE = re.compile(r"^(\d{3})\s+(.*)$")
_FIELD_LINE = re.compile(r"^([A-Za-z0-9_.\[\]-]+):\s+(.*)$")
# The UPID pvesh prints last, after a task's output that may not end in a newline.
_TRAILING_UPID = re.compile(rb'"(UPID:[^"\s]+)"\s*$')


def _stdout_data(text: bytes) -> Any:
    """What pvesh printed as the result: its JSON, or plain text.

    pvesh runs a task in the foreground (``fork_worker`` is synchronous for the CLI) and prints
    the task's output before the result, so for an operation that answers a UPID stdout is the
    task log, then the UPID as one JSON line.
    """
    try:
        return json.loads(text)
    except ValueError:
        pass
    last = text.rsplit(b"\n", 1)[-1].strip()
    if last and last[:1] in b'"[{' and b"\n" in text:
        try:
            return json.loads(last)
        except ValueError:
            pass
    match = _TRAILING_UPID.search(text)
    if match is not None:
        return match.group(1).decode("utf-8", "replace")
    return text.decode("utf-8", "replace")  # a plain-text answer


def pvesh_path(path: str) -> str:
    """The API path as pvesh wants it: segments decoded, except an encoded ``/`` stays ``%2F``."""
    segments = path.split("/")
    return "/".join(unquote(s).replace("/", "%2F") for s in segments) or "/"


def pvesh_argv(request: Request, pvesh: Sequence[str] = ("pvesh",)) -> list[str]:
    """The argument vector for one request (no shell quoting; see :func:`shell_command`).

    Raises:
        ValueError: a file upload (pvesh reads no multipart body), or a method pvesh has no verb
            for.
    """
    if request.body is not None:
        raise ValueError(
            "file upload is not possible through pvesh (it reads a multipart body); use https"
        )
    try:
        verb = _VERBS[request.method]
    except KeyError:
        raise ValueError(f"pvesh cannot send HTTP method {request.method!r}") from None
    argv = [*pvesh, verb, pvesh_path(request.path)]
    # An argument holding a secret parameter stays a Secret (repr '***'): argv is a local of
    # the frames a failed call's traceback shows.
    argv += [
        Secret(arg) if isinstance(value, Secret) else arg
        for key, value in request.params
        for arg in (f"--{key}={value}",)
    ]
    argv += ["--output-format", "json"]
    return argv


def shell_command(argv: Sequence[str]) -> str:
    """One string for a remote shell, every argument quoted: spaces, quotes, ``$()``, ``;``,
    newlines and unicode reach pvesh unchanged."""
    command = " ".join(shlex.quote(arg) for arg in argv)
    return Secret(command) if any(isinstance(arg, Secret) for arg in argv) else command


def pvesh_response(code: int, stdout: bytes, stderr: bytes) -> Response:
    """The Response an https server would have given for one pvesh run."""
    if code == 0:
        text = stdout.strip()
        data: Any = _stdout_data(text) if text else None
        return Response(200, "OK", json.dumps({"data": data}).encode())
    lines = [line.rstrip() for line in stderr.decode("utf-8", "replace").splitlines()]
    lines = [line for line in lines if line.strip()]
    status, message = 500, "pvesh failed"
    errors: dict[str, str] = {}
    if lines:
        match = _STATUS_LINE.match(lines[0])
        if match:
            status, message = int(match.group(1)), match.group(2).strip()
            rest = lines[1:]
        else:
            message, rest = lines[0].strip(), lines[1:]
        for line in rest:
            field = _FIELD_LINE.match(line.strip())
            if field and status == 400:
                errors[field.group(1)] = field.group(2).strip()
    body: dict[str, Any] = {"data": None}
    if errors:
        body["errors"] = errors
    return Response(status, message, json.dumps(body).encode())


def run_command(
    argv: Sequence[str], timeout: float | None, *, missing: str, late: str
) -> subprocess.CompletedProcess[bytes]:
    """Run ``argv`` to its end (at most ``timeout`` seconds), output captured.

    Raises:
        PveConnectionError: the program is not installed (``missing``; ``sent`` is False).
        PveTimeoutError: it ran longer than ``timeout`` (``late``).
    """
    try:
        return subprocess.run(argv, capture_output=True, timeout=timeout, check=False)
    except FileNotFoundError:
        raise PveConnectionError(missing, sent=False) from None
    except subprocess.TimeoutExpired:
        raise PveTimeoutError(late) from None


class Threaded(BaseTransport, AsyncBaseTransport):
    """A blocking transport that serves the async client too: each async call (and
    :meth:`aclose`) runs the blocking one in a worker thread."""

    async def handle_async_request(self, request: Request) -> Response:
        """:meth:`handle_request` in a worker thread; raises what it raises."""
        import asyncio

        return await asyncio.to_thread(self.handle_request, request)

    async def aclose(self) -> None:
        """:meth:`close` in a worker thread."""
        import asyncio

        await asyncio.to_thread(self.close)


class PveshTransport(Threaded):
    """``pvesh`` run locally, on the Proxmox host itself (as root or a user allowed to)."""

    def __init__(self, *, pvesh: Sequence[str] = ("pvesh",), timeout: float | None = 300.0) -> None:
        self.pvesh = tuple(pvesh)
        self.timeout = timeout

    def handle_request(self, request: Request) -> Response:
        """Run ``pvesh`` for ``request``; its output as an https answer would be.

        Raises:
            ValueError: an upload, or a method pvesh has no verb for.
            PveConnectionError: ``pvesh`` is not installed here (``sent`` is False).
            PveTimeoutError: it ran longer than the timeout (seconds).
        """
        argv = pvesh_argv(request, self.pvesh)
        timeout = request.timeout if request.timeout is not None else self.timeout
        done = run_command(
            argv,
            timeout,
            missing=f"{self.pvesh[0]}: not found (is this a Proxmox host?)",
            late=f"{request.method} {request.path}: pvesh timed out after {timeout}s",
        )
        return pvesh_response(done.returncode, done.stdout, done.stderr)

    def __repr__(self) -> str:
        return f"PveshTransport(pvesh={getattr(self, 'pvesh', None)!r})"
