"""What a backend is given (:class:`Call`) and returns (:class:`RawResponse` or
:class:`BackendError`), how the server is trusted (:class:`TlsOptions`), and the two backend
protocols."""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ...upload import MultipartFile

__all__ = [
    "AsyncBackend",
    "Backend",
    "BackendError",
    "Call",
    "RawResponse",
    "TlsOptions",
    "fingerprint_text",
]


def fingerprint_text(digest: bytes) -> str:
    """``AA:BB:…`` (upper-case hex pairs), the way Proxmox shows a certificate fingerprint."""
    return ":".join(f"{byte:02X}" for byte in digest)


class TlsOptions:
    """How to trust the server: verify (default), a CA file (or a directory of hashed CA files,
    as ``c_rehash`` and requests' ``verify=`` take), or a pinned SHA-256 fingerprint.

    ``fingerprint`` is ``"AA:BB:…"`` as Proxmox shows it, or plain hex; :attr:`pin` holds its 32
    bytes.

    Raises:
        ValueError: the fingerprint is not a hex SHA-256 digest.
        FileNotFoundError: ``ca_file`` does not exist (the message names it).
        ValueError: from :meth:`context`, ``ca_file`` holds no PEM certificate.
    """

    __slots__ = ("ca_file", "fingerprint", "pin", "verify")

    def __init__(
        self, verify: bool = True, ca_file: str | None = None, fingerprint: str | None = None
    ) -> None:
        self.verify = verify
        self.ca_file = ca_file
        self.fingerprint = fingerprint
        self.pin = _parse_pin(fingerprint)
        if ca_file is not None and self.pin is None and not os.path.exists(ca_file):
            raise FileNotFoundError(f"CA file not found: {ca_file}")

    def context(self) -> ssl.SSLContext:
        """A client SSL context: system or ``ca_file`` trust, or none (pinned or unverified).

        Raises:
            ValueError: ``ca_file`` holds no PEM certificate (the message names the file).
        """
        if self.pin is not None or not self.verify:
            # With a pin, trust comes from the fingerprint check right after the handshake.
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            return context
        ca_dir = self.ca_file is not None and os.path.isdir(self.ca_file)
        try:
            if ca_dir:
                return ssl.create_default_context(capath=self.ca_file)
            return ssl.create_default_context(cafile=self.ca_file)
        except ssl.SSLError as exc:
            # ssl names neither the file nor what was wrong with it in words a user reads.
            raise ValueError(
                f"CA file {self.ca_file}: no PEM certificate in it ({exc.reason or exc})"
            ) from None

    def __repr__(self) -> str:
        pinned = getattr(self, "pin", None) is not None
        return f"TlsOptions(verify={self.verify!r}, ca_file={self.ca_file!r}, pinned={pinned})"


def _parse_pin(fingerprint: str | None) -> bytes | None:
    if fingerprint is None:
        return None
    digest = fingerprint.replace(":", "").strip().lower()
    try:
        raw = bytes.fromhex(digest)
    except ValueError:
        raise ValueError(f"fingerprint is not hex: {fingerprint!r}") from None
    if len(raw) != 32:
        raise ValueError(f"fingerprint must be a SHA-256 digest (32 bytes), got {len(raw)}")
    return raw


class RawResponse:
    """Status, reason phrase (Proxmox's message), lower-cased headers and the whole body."""

    __slots__ = ("content", "headers", "reason", "status")

    def __init__(
        self, status: int, reason: str, headers: Mapping[str, str], content: bytes
    ) -> None:
        self.status = status
        self.reason = reason
        self.headers = headers
        self.content = content

    def __repr__(self) -> str:
        return f"RawResponse({self.status}, {self.reason!r}, {len(self.content)} bytes)"


class BackendError(Exception):
    """A failure below HTTP; ``sent`` is False when no byte of the request left this machine.

    Attributes:
        sent: whether any byte of the request was written over TLS (it may have been executed).
        timeout: the call's deadline or the connect timeout passed.
        fatal: retrying cannot help (the certificate is not trusted or does not match the pin).
    """

    def __init__(
        self, message: str, *, sent: bool, timeout: bool = False, fatal: bool = False
    ) -> None:
        super().__init__(message)
        self.sent = sent
        self.timeout = timeout
        self.fatal = fatal


class Call:
    """One request to one origin (``https://host:port``); ``target`` is path and query.

    ``deadline`` is a :func:`time.monotonic` instant by which the whole call must be done
    (None: no deadline); ``timeout`` is the whole call's length in seconds (the cap of each
    read and write as well); ``connect_timeout`` bounds each connection attempt in seconds.
    """

    __slots__ = (
        "body",
        "connect_timeout",
        "deadline",
        "headers",
        "method",
        "origin",
        "target",
        "timeout",
    )

    def __init__(
        self,
        method: str,
        origin: str,
        target: str,
        headers: dict[str, str],
        body: bytes | MultipartFile | None = None,
        deadline: float | None = None,
        connect_timeout: float | None = None,
        timeout: float | None = None,
    ) -> None:
        self.method = method
        self.origin = origin
        self.target = target
        self.headers = headers
        self.body = body
        self.deadline = deadline
        self.connect_timeout = connect_timeout
        self.timeout = timeout

    def __repr__(self) -> str:  # headers carry credentials: never shown
        return f"Call({self.method!r}, {self.origin + self.target!r})"


class Backend(Protocol):
    """A synchronous HTTP backend: sends one :class:`Call`, answers or raises."""

    def send(self, call: Call) -> RawResponse:
        """Send ``call``; the answer whatever its status.

        Raises:
            BackendError: no answer (connection, TLS, pin, deadline); says whether it was sent.
        """
        ...

    def close(self) -> None:
        """Close the pooled connections."""
        ...


class AsyncBackend(Protocol):
    """An asynchronous HTTP backend: :class:`Backend` with ``await``."""

    async def send(self, call: Call) -> RawResponse:
        """Send ``call``; the answer whatever its status.

        Raises:
            BackendError: no answer (connection, TLS, pin, deadline); says whether it was sent.
        """
        ...

    async def aclose(self) -> None:
        """Close the pooled connections."""
        ...
