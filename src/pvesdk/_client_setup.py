"""How a client is built from its keyword arguments, and what :class:`~pvesdk.PveClient` and
:class:`~pvesdk.AsyncPveClient` share without I/O: the options (:class:`ClientOptions`), the
transport they describe, the release check, the request of an upload, and the decoding of an
answer (with the envelope's extras when :meth:`~pvesdk.PveClient.with_total` asks for them).
The two clients keep only their calls and awaits.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Literal, Required, Self, TypedDict, TypeVar

from ._runtime import Returns, encode_params
from .auth import Auth, Secret, TicketAuth, TokenAuth
from .paging import ENVELOPE as _ENVELOPE
from .transport import Request, Response, Transport, checked_transport, decode_response

if TYPE_CHECKING:
    from ._sse import Event
    from .paging import Envelope
    from .releases import ReleaseCheck
    from .upload import Progress

T = TypeVar("T")

__all__ = ["ClientCommon", "ClientOptions", "EventOptions", "UploadOptions"]

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
    ``verify_ssl`` [True; or a CA file or directory], ``fingerprint`` (a pinned SHA-256),
    ``timeout`` [30.0 s, the whole call], ``connect_timeout`` [10.0 s], ``headers``, ``backend``
    [``"httpcore"``; ``engine`` is its deprecated name], ``proxy`` (``http://[user:pw@]…``),
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


def _hide_options(options: ClientOptions) -> None:
    """Turn every credential and header value of ``options`` into a
    :class:`~pvesdk.auth.Secret`, in place: the dict is the constructor's own ``**options``, so
    no frame's locals (the constructor's included) show them afterwards.

    Raises:
        TypeError: an unknown keyword argument (named; type checkers report it too).
    """
    unknown = sorted(set(options) - set(ClientOptions.__annotations__))
    if unknown:
        raise TypeError(f"unexpected keyword argument(s): {', '.join(unknown)}")
    password, token_value, otp = _secrets(
        options.get("password"), options.get("token_value"), options.get("otp")
    )
    options["password"], options["token_value"], options["otp"] = password, token_value, otp
    options["headers"] = _hidden(options.get("headers"))


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


class UploadOptions(TypedDict, total=False):
    """The keyword arguments of :meth:`~pvesdk.PveClient.upload` after ``node, storage, path``.

    ``content`` (required): ``"iso"``, ``"vztmpl"`` or ``"import"``; ``filename`` [the file's
    name]; ``checksum`` with ``checksum_algorithm``; ``progress``: ``progress(sent, total)`` in
    bytes, or True for a bar (the ``progress`` extra).
    """

    content: Required[Literal["iso", "vztmpl", "import"]]
    filename: str | None
    checksum: str | None
    checksum_algorithm: Literal["md5", "sha1", "sha224", "sha256", "sha384", "sha512"] | None
    progress: Progress | bool | None


class EventOptions(TypedDict, total=False):
    """The keyword arguments of :meth:`~pvesdk.PveClient.events`: ``last_event_id`` (resume
    after it), ``read_timeout`` [3600.0 s a read], ``reconnect`` [5 attempts], ``on_event``
    (called with each event as well)."""

    last_event_id: str | None
    read_timeout: float | None
    reconnect: int
    on_event: Callable[[Event], None] | None


def upload_request(
    node: str,
    storage: str,
    path: str | os.PathLike[str],
    timeout: float | None,
    options: UploadOptions,
) -> Request:
    """The multipart request of an upload (the file is read when it is sent).

    Raises:
        ValueError: ``checksum`` without ``checksum_algorithm``.
        FileNotFoundError: ``path`` is not a regular file.
    """
    from ._runtime import segment
    from .upload import MultipartFile

    fields: list[tuple[str, str]] = [("content", options["content"])]
    checksum, algorithm = options.get("checksum"), options.get("checksum_algorithm")
    if checksum is not None:
        if algorithm is None:
            raise ValueError("checksum= needs checksum_algorithm= (e.g. 'sha256')")
        fields += [("checksum-algorithm", algorithm), ("checksum", checksum)]
    filename = options.get("filename")
    progress = _bar(options.get("progress"), path, filename)
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


@contextmanager
def collected_envelope() -> Iterator[Envelope]:
    """Around one call: the envelope's keys beside ``data`` (``total``) are collected."""
    from .paging import Envelope

    envelope = Envelope()
    token = _ENVELOPE.set(envelope)
    try:
        yield envelope
    finally:
        _ENVELOPE.reset(token)


#: Client options :meth:`ClientCommon.mock` hands to the client rather than the mock engine.
_CHECK_OPTIONS = ("api_version", "on_missing")


class ClientCommon:
    """What :class:`~pvesdk.PveClient` and :class:`~pvesdk.AsyncPveClient` share (no I/O here)."""

    _client: Any  # the client the generated paths call through (named by the generated code)
    _is_async: bool
    _releases: ReleaseCheck | None
    _timeout: float | None
    #: Set once the server answered that it has no task event streams (Proxmox VE itself):
    #: Task.wait() and follow() then poll at once.
    _no_event_streams: bool = False

    def _setup(
        self,
        host: str | Sequence[str] | None,
        transport: object,
        options: ClientOptions,
        read_version: Callable[[], Any],
    ) -> None:
        """Build the transport (a name) or check it (an object), and the release check.

        Raises:
            ValueError, TypeError, FileNotFoundError: as the client's constructor.
        """
        _hide_options(options)
        self._releases = _release_check(
            options.get("api_version"), options.get("on_missing", "warn"), read_version
        )
        if isinstance(transport, str):
            transport = _make_transport(self._is_async, transport, host, options)
        self.transport = checked_transport(transport, is_async=self._is_async)
        self._timeout = None  # per call; None: the transport's default

    def _request(self, method: str, path: str, params: dict[str, Any]) -> Request:
        return Request(method, path, encode_params(params), self._timeout)

    @staticmethod
    def _decoded(request: Request, response: Response, returns: Returns[T]) -> T:
        """The typed result of ``response``.

        Raises:
            PveApiError, PveProtocolError: as :func:`~pvesdk.transport.decode_response`.
        """
        envelope = _ENVELOPE.get()
        if envelope is None:
            return returns.decode(request, response)  # one pass from the bytes
        # with_total: the envelope's other keys are wanted too
        return returns.parse(decode_response(request, response, envelope.fresh()))

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
        clone._client = clone  # paths reached from the clone call through the clone
        clone._timeout = timeout
        return clone

    def __repr__(self) -> str:
        # getattr: a repr is also asked of a half-built object (a traceback with locals)
        return f"{type(self).__name__}(transport={getattr(self, 'transport', None)!r})"
