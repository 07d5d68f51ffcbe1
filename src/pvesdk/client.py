"""``PveClient`` and ``AsyncPveClient``: the generated API tree on top of a transport.

Both inherit the generated root path class, so ``client.nodes.node("pve1").qemu.vmid(100)``
is plain attribute access. Each generated method ends in :meth:`PveClient._call`, which encodes
the parameters, asks the transport, unwraps the ``{"data": …}`` envelope (or raises the matching
:class:`~pvesdk.errors.PveApiError`) and validates the result into the declared type.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, Self, TypedDict, TypeVar, Unpack

from ._generated.aio.root import Api as _AsyncApi
from ._generated.sync.root import Api as _SyncApi
from ._runtime import Returns, encode_params
from .auth import Auth, Secret, TicketAuth, TokenAuth
from .paging import ENVELOPE as _ENVELOPE
from .transport import AsyncTransport, Request, Transport, checked_transport, decode_response

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Awaitable, Iterator

    from ._sse import Event
    from .paging import Page
    from .releases import ReleaseCheck
    from .tasks import AsyncTask, Task
    from .upload import Progress

T = TypeVar("T")
P = ParamSpec("P")

__all__ = ["AsyncPveClient", "ClientOptions", "PveClient"]


#: Port and API path of each Proxmox product (PVE and PMG share the API layout; PBS differs).
SERVICES: dict[str, tuple[int, str]] = {
    "pve": (8006, "/api2/json"),
    "pmg": (8006, "/api2/json"),
    "pbs": (8007, "/api2/json"),
}


def _service(service: str, port: int | None) -> tuple[int, str]:
    try:
        default_port, path = SERVICES[service]
    except KeyError:
        raise ValueError(f"service must be one of {sorted(SERVICES)}, got {service!r}") from None
    return (port if port is not None else default_port), path


def _make_auth(
    user: str | None,
    password: str | None,
    otp: str | Callable[[], str] | None,
    token_name: str | None,
    token_value: str | None,
    auth: Auth | None,
    product: str = "pve",
) -> Auth | None:
    if auth is not None:
        return auth
    if token_name is not None or token_value is not None:
        if password is not None:
            raise ValueError("pass either password= or token_name=/token_value=, not both")
        if user is None or token_name is None or token_value is None:
            raise ValueError("token auth needs user=, token_name= and token_value=")
        return TokenAuth(user, token_name, token_value, product=product)
    if password is not None:
        if user is None:
            raise ValueError("password auth needs user= (e.g. root@pam)")
        return TicketAuth(user, password, otp=otp, product=product)
    return None


def _secrets(
    password: str | None, token_value: str | None, otp: str | Callable[[], str] | None
) -> tuple[str | None, str | None, str | Callable[[], str] | None]:
    """The credentials as :class:`~pvesdk.auth.Secret`, so no frame's locals show them."""
    return (
        None if password is None else Secret(password),
        None if token_value is None else Secret(token_value),
        Secret(otp) if isinstance(otp, str) else otp,
    )


def _hidden(headers: Mapping[str, str] | None) -> dict[str, str] | None:
    """Custom headers with their values as :class:`~pvesdk.auth.Secret` (they may hold one)."""
    if headers is None:
        return None
    return {
        name: Secret(value) if isinstance(value, str) else value for name, value in headers.items()
    }


class ClientOptions(TypedDict, total=False):
    """The keyword arguments :class:`PveClient` and :class:`AsyncPveClient` share (defaults in
    brackets; see :class:`PveClient`).

    ``user`` (``root@pam``), ``password``, ``otp`` (a code or a callable asked for one),
    ``token_name``/``token_value`` or ``auth`` (an :class:`~pvesdk.auth.Auth`) authenticate;
    ``port`` [the service's: 8006, 8007 for ``service="pbs"``], ``service`` [``"pve"``],
    ``verify_ssl`` [True; or a CA file], ``fingerprint`` (a pinned SHA-256), ``timeout``
    [30.0 s, the whole call], ``connect_timeout`` [10.0 s], ``headers``, ``backend``
    [``"httpcore"``; ``engine`` is its deprecated name], ``proxy`` (``http://…``),
    ``key_filename`` and ``accept_unknown_host`` [False] for ssh, ``api_version`` and
    ``on_missing`` [``"warn"``] for the release check.
    """

    user: str | None
    password: str | None
    otp: str | Callable[[], str] | None
    token_name: str | None
    token_value: str | None
    auth: Auth | None
    port: int | None
    service: str
    verify_ssl: bool | str | os.PathLike[str]
    fingerprint: str | None
    timeout: float | None
    connect_timeout: float | None
    headers: Mapping[str, str] | None
    backend: Literal["httpcore", "httpx"]
    engine: Literal["httpcore", "httpx"] | None
    proxy: str | None
    key_filename: str | None
    accept_unknown_host: bool
    api_version: str | None
    on_missing: Literal["warn", "raise"]


def _hidden_options(options: ClientOptions) -> ClientOptions:
    """``options`` with every credential and header value as :class:`~pvesdk.auth.Secret`, so
    no frame's locals show them.

    Raises:
        TypeError: an unknown keyword argument (named; type checkers report it too).
    """
    unknown = sorted(set(options) - set(ClientOptions.__annotations__))
    if unknown:
        raise TypeError(f"unexpected keyword argument(s): {', '.join(unknown)}")
    hidden = options.copy()
    password, token_value, otp = _secrets(
        options.get("password"), options.get("token_value"), options.get("otp")
    )
    hidden["password"], hidden["token_value"], hidden["otp"] = password, token_value, otp
    hidden["headers"] = _hidden(options.get("headers"))
    return hidden


def _make_transport(
    is_async: bool, kind: str, host: str | Sequence[str] | None, options: ClientOptions
) -> Any:
    """The transport a client's keyword arguments describe (https, ssh, openssh or local).

    Raises:
        ValueError: an unknown transport or service, no host, contradicting credentials.
    """
    user, password, port = options.get("user"), options.get("password"), options.get("port")
    timeout = options.get("timeout", 30.0)
    if kind in ("ssh", "openssh", "local"):
        key_filename = options.get("key_filename")
        accept_unknown_host = options.get("accept_unknown_host", False)
        return _pvesh_transport(
            kind, host, user, password, port, key_filename, accept_unknown_host, timeout
        )
    if kind != "https":
        raise ValueError(
            f"transport must be 'https', 'ssh', 'openssh', 'local' or an object, got {kind!r}"
        )
    if host is None:
        raise ValueError("the client needs a host (or a transport=)")
    from .transports.https import AsyncHttpsTransport, HttpsTransport

    port, path = _service(options.get("service", "pve"), port)
    auth = _make_auth(
        user,
        password,
        options.get("otp"),
        options.get("token_name"),
        options.get("token_value"),
        options.get("auth"),
        options.get("service", "pve"),
    )
    cls: Any = AsyncHttpsTransport if is_async else HttpsTransport
    return cls(
        host,
        port=port,
        path=path,
        auth=auth,
        verify=options.get("verify_ssl", True),
        fingerprint=options.get("fingerprint"),
        timeout=timeout,
        connect_timeout=options.get("connect_timeout", 10.0),
        headers=options.get("headers"),
        backend=options.get("backend", "httpcore"),
        engine=options.get("engine"),
        proxy=options.get("proxy"),
    )


def _upload_request(
    node: str,
    storage: str,
    path: str | os.PathLike[str],
    content: str,
    filename: str | None,
    checksum: str | None,
    checksum_algorithm: str | None,
    progress: Progress | None,
    timeout: float | None,
) -> Request:
    from ._runtime import segment
    from .upload import MultipartFile

    fields = [("content", content)]
    if checksum is not None:
        if checksum_algorithm is None:
            raise ValueError("checksum= needs checksum_algorithm= (e.g. 'sha256')")
        fields += [("checksum-algorithm", checksum_algorithm), ("checksum", checksum)]
    body = MultipartFile(fields, "filename", path, filename=filename, progress=progress)
    api_path = f"/nodes/{segment(node)}/storage/{segment(storage)}/upload"
    return Request("POST", api_path, fields, timeout, body=body)


def _bar(
    progress: Progress | bool | None, path: str | os.PathLike[str], filename: str | None
) -> Progress | None:
    """``progress=True``: a byte bar (:mod:`pvesdk.progress`, the ``progress`` extra)."""
    if progress is True:
        from .progress import upload_bar

        return upload_bar(filename or os.path.basename(path))
    return progress or None


def _pvesh_transport(
    kind: str,
    host: str | Sequence[str] | None,
    user: str | None,
    password: str | None,
    port: int | None,
    key_filename: str | None,
    accept_unknown_host: bool,
    timeout: float | None,
) -> Transport:
    command_timeout = max(timeout or 0.0, 300.0)  # pvesh runs whole tasks in the foreground
    if kind == "local":
        from .transports.pvesh import PveshTransport

        return PveshTransport(timeout=command_timeout)
    if not isinstance(host, str):
        raise ValueError(f"transport={kind!r} needs one host name")
    login = (user or "root").split("@", 1)[0]  # root@pam → root
    if kind == "openssh":
        from .transports.ssh import OpensshTransport

        return OpensshTransport(
            host,
            user=user and login,
            port=port,
            identity_file=key_filename,
            accept_unknown_host=accept_unknown_host,
            timeout=command_timeout,
        )
    from .transports.ssh import SshTransport

    return SshTransport(
        host,
        user=login,
        port=port or 22,
        password=password,
        key_filename=key_filename,
        accept_unknown_host=accept_unknown_host,
        timeout=command_timeout,
    )


def _release_check(
    api_version: str | None, on_missing: Literal["warn", "raise"], read: Callable[[], Any]
) -> ReleaseCheck | None:
    """``api_version=`` (a release, or ``"auto"``: ``/version``, read once): see pvesdk.releases."""
    if api_version is None:
        return None
    from .releases import ReleaseCheck

    return ReleaseCheck(api_version, on_missing, read)


#: Client options :meth:`_ClientCommon.mock` hands to the client rather than the mock engine.
_CHECK_OPTIONS = ("api_version", "on_missing")


class _ClientCommon:
    """What :class:`PveClient` and :class:`AsyncPveClient` share (no I/O here)."""

    _c: Any
    _timeout: float | None
    #: Set once the server answered that it has no task event streams (Proxmox VE itself):
    #: Task.wait() and follow() then poll at once.
    _no_event_streams: bool = False

    @classmethod
    def mock(
        cls, seed: dict[str, Any] | None = None, *, task_seconds: float = 0.0, **options: Any
    ) -> Self:
        """A client on an in-process mock cluster (no sockets): ``PveClient.mock()``.

        ``seed`` replaces the default cluster (see the README); ``task_seconds`` is how long
        tasks run (0: they finish at once); ``version="8.4"`` serves that release. The client's
        own release check, ``api_version=`` and ``on_missing=``, goes to the client; other
        options to the mock engine. The engine is ``client.transport.engine``.

        Raises:
            TypeError: an option neither the client's release check nor the engine takes.
        """
        from .transports.mock import MockTransport

        client_options = {k: options.pop(k) for k in _CHECK_OPTIONS if k in options}
        transport = MockTransport(seed=seed, task_seconds=task_seconds, **options)
        return cls(transport=transport, **client_options)  # type: ignore[call-arg]

    def with_options(self, *, timeout: float | None) -> Self:
        """The same client (same transport and connections) with another per-call timeout.

        ``client.with_options(timeout=300).nodes.node("pve1").vzdump.post(...)``; ``timeout``
        is the whole call's deadline in seconds (None: the transport's default).
        """
        clone = copy.copy(self)
        clone._c = clone  # paths reached from the clone call through the clone
        clone._timeout = timeout
        return clone

    def __repr__(self) -> str:
        # getattr: a repr is also asked of a half-built object (a traceback with locals)
        return f"{type(self).__name__}(transport={getattr(self, 'transport', None)!r})"


class PveClient(_ClientCommon, _SyncApi):
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

    def __init__(
        self,
        host: str | Sequence[str] | None = None,
        *,
        transport: Transport | Literal["https", "ssh", "openssh", "local"] = "https",
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(self, "")
        options = _hidden_options(options)
        self._releases = _release_check(
            options.get("api_version"),
            options.get("on_missing", "warn"),
            lambda: self.version.get().version,
        )
        if isinstance(transport, str):
            transport = _make_transport(False, transport, host, options)
        self.transport: Transport = checked_transport(transport, is_async=False)
        self._timeout: float | None = None  # per call; None: the transport's default

    def _call(self, method: str, path: str, params: dict[str, Any], returns: Returns[T]) -> T:
        if self._releases is not None:
            self._releases.check(method, path, params)
        request = Request(method, path, encode_params(params), self._timeout)
        response = self.transport.handle_request(request)
        envelope = _ENVELOPE.get()
        if envelope is None:
            return returns.decode(request, response)  # one pass from the bytes
        # with_total: the envelope's other keys are wanted too
        return returns.parse(decode_response(request, response, envelope.fresh()))

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
        from .paging import Envelope, Page

        envelope = Envelope()
        token = _ENVELOPE.set(envelope)
        try:
            result = call(*args, **kwargs)
        finally:
            _ENVELOPE.reset(token)
        return Page.of(result, envelope.extras)

    def task(self, upid: str) -> Task:
        """The task ``upid`` (started elsewhere) bound to this client: ``client.task(upid).wait()``.

        Raises:
            ValueError: ``upid`` is not a UPID.
        """
        from .tasks import Task

        return Task(upid, self)

    def events(
        self,
        *,
        last_event_id: str | None = None,
        read_timeout: float | None = 3600.0,
        reconnect: int = 5,
        on_event: Callable[[Event], None] | None = None,
    ) -> Iterator[Event]:
        """Every task event of the cluster from now on, as pvesdk-server streams them
        (``/pvesdk/events``); never ends by itself. See :meth:`pvesdk.tasks.Task.events`.

        Raises:
            PveApiError: the server refused the stream (501: it has none, e.g. Proxmox VE).
            PveConnectionError: the stream broke and could not be reopened.
            PveError: the transport is not https.
        """
        from ._sse import EventSettings, iter_events, sync_login

        return iter_events(
            EventSettings.of(self.transport),
            "/pvesdk/events",
            ends=False,
            last_event_id=last_event_id,
            read_timeout=read_timeout,
            reconnect=reconnect,
            on_event=on_event,
            login=sync_login(self),
        )

    def upload(
        self,
        node: str,
        storage: str,
        path: str | os.PathLike[str],
        *,
        content: Literal["iso", "vztmpl", "import"],
        filename: str | None = None,
        checksum: str | None = None,
        checksum_algorithm: Literal["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]
        | None = None,
        progress: Progress | bool | None = None,
    ) -> Task:
        """Upload a local file to a storage (``POST /nodes/{node}/storage/{storage}/upload``).

        The file is streamed from disk with a Content-Length, in flat memory; ``progress(sent,
        total)`` is called as it goes (``progress=True`` draws a bar: the ``progress`` extra).
        Returns the ``imgcopy`` :class:`~pvesdk.tasks.Task`. https only.

        Raises:
            FileNotFoundError: ``path`` is not a regular file.
            ValueError: ``checksum`` without ``checksum_algorithm``, or the transport is pvesh
                (ssh, local), which cannot send a file.
            PveApiError: Proxmox refused the upload (wrong content type for the storage, …).
            PveConnectionError: the upload did not reach the server, or broke (never re-sent).
        """
        from .tasks import bind_task

        request = _upload_request(
            node,
            storage,
            path,
            content,
            filename,
            checksum,
            checksum_algorithm,
            _bar(progress, path, filename),
            self._timeout,
        )
        response = self.transport.handle_request(request)
        return bind_task(decode_response(request, response), self)

    def close(self) -> None:
        """Close the transport (its pooled connections, ssh session); idempotent."""
        self.transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncPveClient(_ClientCommon, _AsyncApi):
    """Asynchronous twin of :class:`PveClient`: same tree, same names, ``await`` each call.

    Raises:
        ValueError, TypeError, FileNotFoundError: as :class:`PveClient` (a transport object
            needs ``handle_async_request``/``aclose``).
    """

    def __init__(
        self,
        host: str | Sequence[str] | None = None,
        *,
        transport: AsyncTransport | Literal["https", "ssh", "openssh", "local"] = "https",
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(self, "")
        options = _hidden_options(options)
        self._releases = _release_check(
            options.get("api_version"), options.get("on_missing", "warn"), self._read_version
        )
        if isinstance(transport, str):
            transport = _make_transport(True, transport, host, options)
        self.transport: AsyncTransport = checked_transport(transport, is_async=True)
        self._timeout: float | None = None  # per call; None: the transport's default

    async def _read_version(self) -> str:
        return (await self.version.get()).version

    async def _call(self, method: str, path: str, params: dict[str, Any], returns: Returns[T]) -> T:
        if self._releases is not None:
            await self._releases.acheck(method, path, params)
        request = Request(method, path, encode_params(params), self._timeout)
        response = await self.transport.handle_async_request(request)
        envelope = _ENVELOPE.get()
        if envelope is None:
            return returns.decode(request, response)  # one pass from the bytes
        # with_total: the envelope's other keys are wanted too
        return returns.parse(decode_response(request, response, envelope.fresh()))

    async def with_total(
        self, call: Callable[P, Awaitable[list[T]]], /, *args: P.args, **kwargs: P.kwargs
    ) -> Page[T]:
        """``await call(*args, **kwargs)`` with Proxmox's ``total``: see
        :meth:`PveClient.with_total`.

        Raises:
            TypeError: the operation does not answer a list.
            PveApiError, PveConnectionError: as the call itself.
        """
        from .paging import Envelope, Page

        envelope = Envelope()
        token = _ENVELOPE.set(envelope)
        try:
            result = await call(*args, **kwargs)
        finally:
            _ENVELOPE.reset(token)
        return Page.of(result, envelope.extras)

    def task(self, upid: str) -> AsyncTask:
        """The task ``upid`` (started elsewhere) bound to this client; see :meth:`PveClient.task`.

        Raises:
            ValueError: ``upid`` is not a UPID.
        """
        from .tasks import AsyncTask

        return AsyncTask(upid, self)

    def events(
        self,
        *,
        last_event_id: str | None = None,
        read_timeout: float | None = 3600.0,
        reconnect: int = 5,
        on_event: Callable[[Event], None] | None = None,
    ) -> AsyncIterator[Event]:
        """See :meth:`PveClient.events`; ``async for event in client.events()``."""
        from ._sse import EventSettings, aiter_events, async_login

        return aiter_events(
            EventSettings.of(self.transport),
            "/pvesdk/events",
            ends=False,
            last_event_id=last_event_id,
            read_timeout=read_timeout,
            reconnect=reconnect,
            on_event=on_event,
            login=async_login(self),
        )

    async def upload(
        self,
        node: str,
        storage: str,
        path: str | os.PathLike[str],
        *,
        content: Literal["iso", "vztmpl", "import"],
        filename: str | None = None,
        checksum: str | None = None,
        checksum_algorithm: Literal["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]
        | None = None,
        progress: Progress | bool | None = None,
    ) -> AsyncTask:
        """Upload a local file to a storage; see :meth:`PveClient.upload`.

        Raises:
            FileNotFoundError, ValueError, PveApiError, PveConnectionError: as
                :meth:`PveClient.upload`.
        """
        from .tasks import bind_async_task

        request = _upload_request(
            node,
            storage,
            path,
            content,
            filename,
            checksum,
            checksum_algorithm,
            _bar(progress, path, filename),
            self._timeout,
        )
        response = await self.transport.handle_async_request(request)
        return bind_async_task(decode_response(request, response), self)

    async def aclose(self) -> None:
        """Close the transport (its pooled connections); idempotent."""
        await self.transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
