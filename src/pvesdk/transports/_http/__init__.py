"""HTTP backends under the https transport: they move one request to one origin, nothing more.

The https transport decides what to send (auth, CSRF, retries, which host); a *backend* sends
one HTTP/1.1 request and returns the answer ("backend" is httpcore's word for the I/O layer; the
mock cluster in :mod:`pvesdk_server.engine` is the only "engine"). HTTP itself (framing,
keep-alive, pooling) is httpcore's (h11 underneath): pvesdk parses no HTTP. What pvesdk adds sits
in httpcore's *network backend*, below HTTP and above the socket, so it holds for every backend
and through proxies alike:

* **Pinning before credentials**: a pinned SHA-256 certificate fingerprint is checked in
  ``start_tls``, right after the handshake and before any request byte is written.
* **Whole-call deadline**: every connect, TLS handshake, write and read gets at most the time
  left until the call's deadline, so a server trickling one byte a second cannot stretch a call.
* **Sent or not**: the network backend records whether any byte of the request was written over
  TLS, so a failure says for certain whether the request may have reached the server
  (:attr:`BackendError.sent`); only requests that certainly did not are ever sent again.

Modules: :mod:`.call` (what a backend is given and returns), :mod:`.guard` (the per-call state
the network layer keeps: deadline, pin, sent flag; no I/O), :mod:`.guarded_async` (the guard
around any httpcore network backend; :mod:`.guarded_sync` is generated from it by
``scripts/unasync.py``), :mod:`.network_async` (asyncio's own streams), :mod:`.backends`
(:class:`CoreBackend` / :class:`AsyncCoreBackend` on httpcore directly, the defaults, and
:class:`HttpxBackend` / :class:`AsyncHttpxBackend`, an httpx client on the same pool for users
whose tests intercept httpx).
"""

from __future__ import annotations

from .backends import AsyncCoreBackend, AsyncHttpxBackend, CoreBackend, HttpxBackend
from .call import (
    AsyncBackend,
    Backend,
    BackendError,
    Call,
    RawResponse,
    TlsOptions,
    fingerprint_text,
)

__all__ = [
    "AsyncBackend",
    "AsyncCoreBackend",
    "AsyncHttpxBackend",
    "Backend",
    "BackendError",
    "Call",
    "CoreBackend",
    "HttpxBackend",
    "RawResponse",
    "TlsOptions",
    "fingerprint_text",
]
