"""``AsyncPveClient``: :class:`~pvesdk.PveClient` with ``await`` on every call.

Everything the two clients decide is in :mod:`pvesdk._client_setup`; this module keeps only
the awaits.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, TypeVar, Unpack

from ._client_setup import ClientCommon, ClientOptions, EventOptions, UploadOptions
from ._client_setup import collected_envelope as _collected_envelope
from ._generated.aio.root import Api as _AsyncApi
from ._runtime import Returns
from .paging import Page, check_paged
from .transport import AsyncCloseable, AsyncTransport, decode_response

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from ._sse import Event
    from .tasks import AsyncTask

T = TypeVar("T")
P = ParamSpec("P")

__all__ = ["AsyncPveClient"]


class AsyncPveClient(ClientCommon, AsyncCloseable, _AsyncApi):
    """Asynchronous twin of :class:`~pvesdk.PveClient`: same tree, same names, ``await`` each
    call.

    Raises:
        ValueError, TypeError, FileNotFoundError: as :class:`~pvesdk.PveClient` (a transport
            object needs ``handle_async_request``/``aclose``).
    """

    _is_async = True
    transport: AsyncTransport

    def __init__(
        self,
        host: str | Sequence[str] | None = None,
        *,
        transport: AsyncTransport | Literal["https", "ssh", "openssh", "local"] = "https",
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(self, "")
        self._setup(host, transport, options, self._read_version)

    async def _read_version(self) -> str:
        return (await self.version.get()).version

    async def _call(self, method: str, path: str, params: dict[str, Any], returns: Returns[T]) -> T:
        if self._releases is not None:
            await self._releases.acheck(method, path, params)
        request = self._request(method, path, params)
        return self._decoded(request, await self.transport.handle_async_request(request), returns)

    async def with_total(
        self, call: Callable[P, Awaitable[list[T]]], /, *args: P.args, **kwargs: P.kwargs
    ) -> Page[T]:
        """``await call(*args, **kwargs)`` with Proxmox's ``total``: see
        :meth:`~pvesdk.PveClient.with_total`.

        Raises:
            TypeError: the operation does not answer a list.
            PveApiError, PveConnectionError: as the call itself.
        """
        check_paged(call)
        with _collected_envelope() as envelope:
            result = await call(*args, **kwargs)
        return Page.of(result, envelope.extras)

    def task(self, upid: str) -> AsyncTask:
        """The task ``upid`` (started elsewhere) bound to this client; see
        :meth:`~pvesdk.PveClient.task`.

        Raises:
            ValueError: ``upid`` is not a UPID.
        """
        from .tasks import AsyncTask

        return AsyncTask(upid, self)

    def events(self, **options: Unpack[EventOptions]) -> AsyncIterator[Event]:
        """See :meth:`~pvesdk.PveClient.events`; ``async for event in client.events()``. Ends
        only after the server's ``error`` and ``complete`` frames; otherwise break out of it.

        Raises:
            PveApiError, PveConnectionError, PveError: as :meth:`~pvesdk.PveClient.events`.
        """
        from ._sse import EventSettings, aiter_events, async_login

        settings, login = EventSettings.of(self.transport), async_login(self)
        return aiter_events(settings, "/pvesdk/events", ends=False, login=login, **options)

    async def upload(
        self,
        node: str,
        storage: str,
        path: str | os.PathLike[str],
        **options: Unpack[UploadOptions],
    ) -> AsyncTask:
        """Upload a local file to a storage; see :meth:`~pvesdk.PveClient.upload`.

        Raises:
            FileNotFoundError, ValueError, PveApiError, PveConnectionError: as
                :meth:`~pvesdk.PveClient.upload`.
        """
        from ._client_setup import upload_request
        from .tasks import bind_async_task

        request = upload_request(node, storage, path, self._timeout, options)
        response = await self.transport.handle_async_request(request)
        return bind_async_task(decode_response(request, response), self)

    async def aclose(self) -> None:
        """Close the transport (its pooled connections); idempotent."""
        await self.transport.aclose()
