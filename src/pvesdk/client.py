"""``PveClient`` and ``AsyncPveClient``: the generated API tree on top of a transport.

Both inherit the generated root path class, so ``client.nodes.node("pve1").qemu.vmid(100)``
is plain attribute access. Each generated method ends in :meth:`PveClient._call`, which encodes
the parameters, asks the transport, unwraps the ``{"data": …}`` envelope (or raises the matching
:class:`~pvesdk.errors.PveApiError`) and validates the result into the declared type.

What the two clients share without I/O (options, building the transport, decoding) is in
:mod:`pvesdk._client_setup`; :class:`AsyncPveClient` lives in :mod:`pvesdk._async_client` and
is importable from here as well.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, TypeVar, Unpack

from ._client_setup import ClientCommon, ClientOptions, EventOptions, UploadOptions
from ._client_setup import collected_envelope as _collected_envelope
from ._generated.sync.root import Api as _SyncApi
from ._runtime import Returns
from .paging import Page, check_paged
from .transport import Closeable, Transport, decode_response

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ._sse import Event
    from .tasks import Task

T = TypeVar("T")
P = ParamSpec("P")

__all__ = ["AsyncPveClient", "ClientOptions", "EventOptions", "PveClient", "UploadOptions"]


class PveClient(ClientCommon, Closeable, _SyncApi):
    """Synchronous Proxmox VE API client.

    ``PveClient("pve1.example.com", user="root@pam", token_name="ci", token_value="…")`` talks
    https to port 8006 with an API token (``password=`` logs in with a ticket instead).
    ``transport="ssh"`` (paramiko) or ``"openssh"`` runs ``pvesh`` on ``host`` over ssh, and
    ``transport="local"`` runs it on this machine; any transport object is accepted as well.
    ``api_version="8.4"`` (or ``"auto"``: read from ``/version`` on the first call) warns, or with
    ``on_missing="raise"`` raises :class:`pvesdk.releases.NotInReleaseError`, before sending a
    call whose operation or parameter that release lacks (see :mod:`pvesdk.releases`).
    Use the client as a context manager (or call :meth:`close`) to release connections.
    ``timeout`` is each call's whole deadline and ``connect_timeout`` each connection attempt's,
    in seconds; ``backend="httpx"`` sends through an ``httpx.Client`` (see
    :class:`~pvesdk.transports.https.HttpsTransport`).

    Raises:
        ValueError: contradicting or incomplete credentials (password and token, a token
            without its user), a malformed host, fingerprint or header, an unknown service,
            transport or backend name (each names the argument, never a secret).
        TypeError: a transport object without ``handle_request``/``close``.
        FileNotFoundError: ``verify_ssl`` names a CA file that does not exist.
    """

    _is_async = False
    transport: Transport

    def __init__(
        self,
        host: str | Sequence[str] | None = None,
        *,
        transport: Transport | Literal["https", "ssh", "openssh", "local"] = "https",
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(self, "")
        self._setup(host, transport, options, lambda: self.version.get().version)

    def _call(self, method: str, path: str, params: dict[str, Any], returns: Returns[T]) -> T:
        if self._releases is not None:
            self._releases.check(method, path, params)
        request = self._request(method, path, params)
        return self._decoded(request, self.transport.handle_request(request), returns)

    def with_total(
        self, call: Callable[P, list[T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> Page[T]:
        """``call(*args, **kwargs)`` with the ``total`` Proxmox sends beside a paged list.

        ``client.with_total(client.nodes.node("pve1").tasks.get, limit=50).total`` counts every
        matching task, not only the 50 returned (see :mod:`pvesdk.paging` for the endpoints).

        Returns:
            The result as a :class:`~pvesdk.paging.Page` (a ``list``), ``total`` set when the
            envelope had one (``None`` over pvesh, which prints ``data`` alone).

        Raises:
            TypeError: the operation does not answer a list.
            PveApiError, PveConnectionError: as the call itself.
        """
        check_paged(call)
        with _collected_envelope() as envelope:
            result = call(*args, **kwargs)
        return Page.of(result, envelope.extras)

    def task(self, upid: str) -> Task:
        """The task ``upid`` (started elsewhere) bound to this client: ``client.task(upid).wait()``.

        Raises:
            ValueError: ``upid`` is not a UPID.
        """
        from .tasks import Task

        return Task(upid, self)

    def events(self, **options: Unpack[EventOptions]) -> Iterator[Event]:
        """Every task event of the cluster from now on, as pvesdk-server streams them
        (``/pvesdk/events``). It goes on while the server can: the iteration ends only after
        the server's ``error`` frame and the ``complete`` (``ok: False``) that follows it (the
        events to resume from are no longer kept, or a proxy cannot resume at all); otherwise
        break out of the loop. See :meth:`pvesdk.tasks.Task.events` and
        :class:`~pvesdk._client_setup.EventOptions` for the keyword arguments.

        Raises:
            PveApiError: the server refused the stream (501: it has none, e.g. Proxmox VE).
            PveConnectionError: the stream broke and could not be reopened.
            PveError: the transport is not https.
        """
        from ._sse import EventSettings, iter_events, sync_login

        settings, login = EventSettings.of(self.transport), sync_login(self)
        return iter_events(settings, "/pvesdk/events", ends=False, login=login, **options)

    def upload(
        self,
        node: str,
        storage: str,
        path: str | os.PathLike[str],
        **options: Unpack[UploadOptions],
    ) -> Task:
        """Upload a local file to a storage (``POST /nodes/{node}/storage/{storage}/upload``).

        ``client.upload("pve1", "local", path, content="iso")``: the file is streamed from disk
        with a Content-Length, in flat memory; ``progress(sent, total)`` is called as it goes
        (``progress=True`` draws a bar: the ``progress`` extra). The keyword arguments are
        :class:`~pvesdk._client_setup.UploadOptions`. Returns the ``imgcopy``
        :class:`~pvesdk.tasks.Task`. https only.

        Raises:
            FileNotFoundError: ``path`` is not a regular file.
            ValueError: ``checksum`` without ``checksum_algorithm``, or the transport is pvesh
                (ssh, local), which cannot send a file.
            PveApiError: Proxmox refused the upload (wrong content type for the storage, …).
            PveConnectionError: the upload did not reach the server, or broke (never re-sent).
        """
        from ._client_setup import upload_request
        from .tasks import bind_task

        request = upload_request(node, storage, path, self._timeout, options)
        return bind_task(decode_response(request, self.transport.handle_request(request)), self)

    def close(self) -> None:
        """Close the transport (its pooled connections, ssh session); idempotent."""
        self.transport.close()


from ._async_client import AsyncPveClient  # noqa: E402 - it needs nothing of this module
