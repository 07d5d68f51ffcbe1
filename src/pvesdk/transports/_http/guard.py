"""The per-call guard the network backends apply, without I/O: the call's deadline, the pinned
fingerprint check, and whether a request byte was written.

httpcore calls the network backend with no reference to the request it serves, so the state of
the current call travels in a context variable: :func:`tracked` sets it around one send, and the
network streams read it (:func:`time_left`, :func:`mark_written`, :func:`pin_mismatch`). On
failure :func:`tracked` turns httpcore's exception into a :class:`~.call.BackendError` that says
whether the request was sent.
"""

from __future__ import annotations

import hashlib
import ssl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpcore

from .call import BackendError, Call, fingerprint_text

__all__ = ["PinMismatchError", "mark_written", "pin_mismatch", "time_left", "tracked"]


class _CallState:
    """What the network backend learns during one call."""

    __slots__ = ("deadline", "presented", "written")

    def __init__(self, deadline: float | None) -> None:
        self.deadline = deadline
        self.written = False  # a request byte was written over TLS
        self.presented: bytes | None = None  # the fingerprint of a certificate that did not match


_CURRENT_CALL: ContextVar[_CallState | None] = ContextVar("pvesdk_call", default=None)


class PinMismatchError(httpcore.ConnectError):
    """The server's certificate does not have the pinned fingerprint."""


def time_left(timeout: float | None, expired: type[Exception]) -> float | None:
    """``timeout`` (seconds) shortened to what is left of the current call's deadline.

    Raises:
        expired: the deadline already passed (an httpcore timeout class).
    """
    state = _CURRENT_CALL.get()
    if state is None or state.deadline is None:
        return timeout
    left = state.deadline - time.monotonic()
    if left <= 0:
        raise expired("the call's deadline passed")
    return left if timeout is None or timeout > left else timeout


def pin_mismatch(ssl_object: Any, pin: bytes | None) -> PinMismatchError | None:
    """The error to raise when the peer certificate's SHA-256 is not ``pin`` (32 bytes), None
    when it is or nothing is pinned. The caller closes the stream, then raises it.

    Returns:
        A :class:`PinMismatchError` naming the fingerprint the server presented, or None.
    """
    if pin is None:
        return None
    der = ssl_object.getpeercert(True) if ssl_object is not None else None
    digest = hashlib.sha256(der or b"").digest()
    if digest == pin:
        return None
    state = _CURRENT_CALL.get()
    if state is not None:
        state.presented = digest
    return PinMismatchError(
        f"TLS certificate fingerprint {fingerprint_text(digest)} does not match the pinned one"
    )


def mark_written(tls: bool) -> None:
    """Record that a request byte is about to be written (only over TLS: a proxy's plain
    ``CONNECT`` carries no request byte)."""
    if tls:
        state = _CURRENT_CALL.get()
        if state is not None:
            state.written = True


@contextmanager
def tracked(call: Call, failures: tuple[type[Exception], ...]) -> Iterator[None]:
    """Run one send with its per-call state.

    Raises:
        BackendError: in place of any of ``failures`` (its message never quotes request bytes).
    """
    state = _CallState(call.deadline)
    token = _CURRENT_CALL.set(state)
    try:
        yield
    except failures as exc:
        raise _backend_error(call, exc, state) from None
    finally:
        _CURRENT_CALL.reset(token)


def _backend_error(call: Call, exc: Exception, state: _CallState) -> BackendError:
    """A BackendError whose message never quotes request bytes (they may hold credentials)."""
    cause: BaseException | None = exc
    while cause is not None and not isinstance(cause, httpcore.ConnectError | ssl.SSLError):
        cause = cause.__cause__ or cause.__context__
    timeout = isinstance(exc, httpcore.TimeoutException) or "Timeout" in type(exc).__name__
    fatal = False
    if state.presented is not None:
        text = (
            f"TLS certificate fingerprint {fingerprint_text(state.presented)} "
            "does not match the pinned one"
        )
        fatal = True
    elif "CERTIFICATE_VERIFY_FAILED" in str(exc) or isinstance(cause, ssl.SSLCertVerificationError):
        reason = getattr(cause, "verify_message", None) or str(exc).split("failed:", 1)[-1]
        text, fatal = f"TLS certificate not trusted ({reason.strip()})", True
    elif type(exc).__name__ == "LocalProtocolError":
        text = "the request was refused by the HTTP layer before sending (invalid header)"
    else:
        text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return BackendError(f"{call.origin}: {text}", sent=state.written, timeout=timeout, fatal=fatal)
