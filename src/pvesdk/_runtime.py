"""What the generated path classes stand on: path-node bases, result parsing, wire encoding.

A generated method only describes a call (HTTP method, path, parameters, result type) and hands it
to its client's ``_call``; everything that touches the wire lives in the client and its transport.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from importlib import import_module
from typing import (
    TYPE_CHECKING,
    Any,
    Generic,
    Literal,
    Protocol,
    TypeVar,
    cast,
    get_args,
    get_origin,
)
from urllib.parse import quote, unquote

from .auth import Secret
from .errors import PveResultError
from .transport import decode_response

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from .tasks import AsyncTask, Task
    from .transport import Request, Response

T = TypeVar("T")
_V = TypeVar("_V")

__all__ = [
    "AsyncCaller",
    "AsyncPath",
    "Family",
    "GeneratedNames",
    "Returns",
    "SyncCaller",
    "SyncPath",
    "bind_async_task",
    "bind_async_task_or_none",
    "bind_async_task_or_text",
    "bind_task",
    "bind_task_or_none",
    "bind_task_or_text",
    "checked",
    "encode_params",
    "family",
    "join",
    "segment",
    "sequence",
]


class Returns(Generic[T]):
    """How to turn one operation's ``data`` into its declared type (validator built on first use).

    ``tp`` is the type, or in generated code the annotation as text (``"list[X]"``) with the
    modules below ``package`` (``pvesdk._generated``, or the package ``pvesdk-gen --package``
    rendered) whose names it uses: those are imported on the first call, so reaching a path
    imports no result model (the type checkers read the annotation).

    Results are lenient (unknown keys kept, numbers sent as strings coerced). Where the data still
    does not fit: ``null`` for a declared list reads as an empty list (Proxmox prints an empty
    array as ``null`` in places); anything else raises :class:`~pvesdk.errors.PveResultError`
    naming the operation and the field, with no pydantic error chained or shown.
    """

    __slots__ = ("_adapter", "_envelope", "_item", "_modules", "_package", "_tp", "operation")

    def __init__(
        self, tp: Any, operation: str = "", *modules: str, package: str = "pvesdk._generated"
    ) -> None:
        self._tp = tp if not isinstance(tp, str) else _UNRESOLVED
        self._modules = (tp, modules) if isinstance(tp, str) else None
        self._package = package
        self.operation = operation  # `GET /nodes/{node}/qemu`
        self._adapter: TypeAdapter[T] | None = None
        self._envelope: TypeAdapter[Any] | None = None
        self._item: Any = _UNRESOLVED

    @property
    def tp(self) -> Any:
        """The declared type (resolved from its text on first use)."""
        tp = self._tp
        if tp is _UNRESOLVED:
            assert self._modules is not None
            text, modules = self._modules
            namespace: dict[str, Any] = {"Any": Any, "Literal": Literal}
            for module in modules:
                namespace.update(vars(import_module(f"{self._package}.{module}")))
            # The text is generated from the schema (never input): a type expression.
            tp = self._tp = eval(text, namespace)
        return tp

    def decode(self, request: Request, response: Response) -> T:
        """The typed ``data`` of a response, or the :class:`~pvesdk.errors.PveApiError` its
        status means: one pass from the bytes to the models (pydantic-core reads the JSON and
        builds the models as it goes, no intermediate dicts).

        Raises:
            PveApiError: the status is an error (see :func:`pvesdk.transport.decode_response`).
            PveProtocolError: the body is not a JSON ``{"data": …}`` envelope.
            PveResultError: ``data`` does not fit the declared type.
        """
        tp = self.tp
        content = response.content
        if 200 <= response.status < 300 and content and tp not in _PLAIN:
            envelope = self._envelope
            if envelope is None:
                envelope = self._envelope = _envelope(tp)
            try:
                data = envelope.validate_json(content).get("data")
            except Exception as exc:  # pydantic's ValidationError, imported only with the models
                if type(exc).__name__ != "ValidationError":
                    raise
                # Not an envelope, or data that does not fit: the path below names the problem.
            else:
                if data is not None:
                    return data  # type: ignore[no-any-return]
        return self.parse(decode_response(request, response))

    def parse(self, data: Any) -> T:
        """``data`` (the ``data`` of the envelope, already decoded from JSON) validated into the
        declared type.

        Raises:
            PveResultError: it does not fit and no lenient reading applies (naming the field).
        """
        tp = self.tp
        if tp is None or tp is Any:
            return data  # type: ignore[no-any-return]
        if tp is str and isinstance(data, str):
            return data  # type: ignore[return-value]
        if data is None and get_origin(tp) is list:
            return []  # type: ignore[return-value]
        where, value = "data", data
        try:
            # A model, or a list of models, validates directly: no TypeAdapter on first use.
            model = getattr(tp, "model_validate", None)
            if model is not None and isinstance(data, dict):
                return model(data)  # type: ignore[no-any-return]
            item = self._item
            if item is _UNRESOLVED:
                args = get_args(tp) if get_origin(tp) is list else ()
                item = self._item = getattr(args[0], "model_validate", None) if args else None
            if item is not None and isinstance(data, list) and all(type(x) is dict for x in data):
                parsed = []
                for index, value in enumerate(data):
                    where = f"data[{index}]"
                    parsed.append(item(value))
                return parsed  # type: ignore[return-value]
            where, value = "data", data
            return self._fallback(data)
        except Exception as exc:  # pydantic's ValidationError, imported only with the models
            if type(exc).__name__ != "ValidationError":
                raise
            field, problem = _first_problem(exc, where, value)
        raise PveResultError(self.operation or repr(tp), field, problem)

    def _fallback(self, data: Any) -> T:
        adapter = self._adapter
        if adapter is None:
            from pydantic import TypeAdapter  # first parse only: `import pvesdk` stays light

            adapter = self._adapter = TypeAdapter(self.tp)
        return adapter.validate_python(data)

    def __repr__(self) -> str:
        tp = self._modules[0] if self._tp is _UNRESOLVED and self._modules else self._tp
        return f"Returns({tp!r}, {self.operation!r})"


_UNRESOLVED: Any = object()
#: Results read with json.loads as they are (no validation to do in one pass).
_PLAIN: tuple[Any, ...] = (None, Any, str)


def _envelope(tp: Any) -> TypeAdapter[Any]:
    """A validator of ``{"data": tp | null, …}`` read straight from JSON bytes."""
    from pydantic import TypeAdapter
    from typing_extensions import TypedDict

    # Other keys of the envelope (total, changes, message) are ignored, as decode_response does.
    # Functional syntax: the type of `data` is known at run time only.
    Envelope = TypedDict("Envelope", {"data": tp | None}, total=False)  # noqa: UP013
    return TypeAdapter(Envelope)


def _first_problem(exc: Any, path: str, value: Any) -> tuple[str, str]:
    """(field, problem) of a pydantic ValidationError's first error, in pvesdk's words: the field
    as a path below ``path`` (where ``value`` was validated), what was expected, and the type
    that came (never the value: a result may hold a ticket)."""
    errors = exc.errors(include_url=False, include_input=False, include_context=False)
    # A value of the wrong kind says more than a required key left out beside it.
    present = [error for error in errors if error.get("type") != "missing"]
    first: dict[str, Any] = (present or errors or [{"loc": (), "type": ""}])[0]
    loc = list(first["loc"])
    for position, part in enumerate(loc):
        # Keys and indexes walk into the data; other parts name union members: left out.
        member = loc[position + 1] if position + 1 < len(loc) else None
        wire = f"{part}{member}" if isinstance(part, str) and isinstance(member, int) else ""
        if wire and isinstance(value, dict) and part not in value and wire in value:
            # An indexed family (`net`, 0) was grouped from the wire's `net0`: name that key.
            path += f".{wire}"
            value = value[wire]
            loc[position + 1] = None  # the index is spent
            continue
        if isinstance(value, dict) and isinstance(part, str):
            path += f".{part}"
            value = value.get(part)
        elif isinstance(value, list) and isinstance(part, int) and part < len(value):
            path += f"[{part}]"
            value = value[part]
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    if first.get("type") == "missing":
        return path, f"required, but absent{more}"
    got = _KINDS.get(type(value), type(value).__name__)
    kind = str(first.get("type", "")).removesuffix("_type").removesuffix("_parsing")
    expected = _EXPECTED.get(kind, "a value of another kind")
    return path, f"expected {expected}, got {got}{more}"


_KINDS = {type(None): "null", dict: "an object", list: "a list", str: "a string",
          bool: "a boolean", int: "an integer", float: "a number"}  # fmt: skip
_EXPECTED = {
    "int": "an integer", "float": "a number", "bool": "a boolean", "string": "a string",
    "list": "a list", "dict": "an object", "model": "an object", "model_attributes": "an object",
    "literal_error": "one of the declared values", "enum": "one of the declared values",
    "tuple": "a list", "set": "a list",
}  # fmt: skip


class GeneratedNames(Mapping[str, Any]):
    """Result models and property-string models by name, each imported when first looked up.

    Generated path modules name these in annotations only (imported under ``TYPE_CHECKING``);
    to evaluate such an annotation at run time pass this as the locals:
    ``eval(annotation, vars(path_module), GeneratedNames())``.
    """

    def __getitem__(self, name: str) -> Any:
        from ._generated import models, propstr

        for package in (models, propstr):
            try:
                return getattr(package, name)
            except AttributeError:
                continue
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        from ._generated import models, propstr

        return iter([*dir(models), *dir(propstr)])

    def __len__(self) -> int:
        return sum(1 for _ in self)


class Family:
    """The members of an indexed family (``net0`` … ``net31``) a caller passes as a mapping."""

    __slots__ = ("high", "items", "low")

    def __init__(self, items: Mapping[int, Any], low: int, high: int) -> None:
        self.items = items
        self.low = low
        self.high = high


def family(items: Mapping[int, Any] | None, low: int, high: int) -> Family | None:
    return None if items is None else Family(items, low, high)


def join(value: str | Sequence[str] | None) -> str | None:
    """A ``-list`` parameter (``pve-configid-list``…) given as a sequence, joined with commas.

    Raises:
        ValueError: an item is not a string or contains ``,``.
    """
    if value is None or isinstance(value, str):
        return value
    items = list(value)
    for item in items:
        if not isinstance(item, str) or "," in item:
            raise ValueError(f"list item {item!r} must be a string without ','")
    return ",".join(items)


def sequence(name: str, value: Any) -> list[Any] | None:
    """An array parameter (the guest agent's ``command``…) as a list; a bare ``str`` or ``bytes``
    is refused rather than sent as one element.

    Raises:
        TypeError: ``value`` is a string, bytes, or not a list or tuple.
    """
    if value is None:
        return None
    if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
        # The value is not shown: an argument vector may hold a password.
        hint = "; for one item pass a one-element list" if isinstance(value, str | bytes) else ""
        raise TypeError(f"parameter {name!r} takes a list, got {type(value).__name__}{hint}")
    return list(value)


def urlencoded(value: str | None) -> str | None:
    """A parameter whose format is ``urlencoded`` (cloud-init ``sshkeys``): Proxmox expects the
    text percent-encoded as a whole (then form-encoded again on the wire); callers pass it plain.

    Text already in that form (exactly what encoding its decoded text gives, with a ``%``: as
    read from ``pending``, ``cloudinit`` or a raw answer, where it is not decoded) is sent as
    it is, so writing such a value back does not store it encoded twice. A plain SSH key never
    has that form (its spaces would be encoded)."""
    if value is None:
        return None
    if "%" in value and quote(unquote(value), safe="") == value:
        return value
    return quote(value, safe="")


def secret(value: _V) -> _V:
    """A password, OTP, token or key parameter as a :class:`~pvesdk.auth.Secret` (the same
    text; its repr is ``'***'``), so the frames of a failed call (``pytest --showlocals``,
    Sentry) do not show it. Anything but a ``str`` is returned as it is."""
    if isinstance(value, str) and not isinstance(value, Secret):
        return cast(_V, Secret(value))
    return value


def checked(fmt: str, name: str, value: str | None) -> str | None:
    """``value`` once it passed the check for format ``fmt`` (:mod:`pvesdk.formats`)."""
    if value is None:
        return None
    from .formats import check

    check(fmt, name, value)
    return value


def segment(value: str | int) -> str:
    """One path segment, percent-encoded so ``local:iso/x.iso`` stays one segment.

    Raises:
        TypeError: not a str or int (a bool is refused too).
        ValueError: the empty string.
    """
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"path parameter must be str or int, got {type(value).__name__}")
    text = str(value)
    if not text:
        raise ValueError("path parameter must not be empty")
    return quote(text, safe="")


def _scalar(name: str, value: Any) -> str:
    if getattr(value, "__pve_property_string__", False):
        return str(value)
    if value is True:
        return "1"
    if value is False:
        return "0"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    raise TypeError(f"parameter {name!r}: cannot send a {type(value).__name__} value")


def encode_params(params: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Parameters as Proxmox expects them on the wire.

    ``None`` is omitted, booleans become ``1``/``0``, numbers their decimal text, a list or tuple
    repeats the key (array parameters), and an indexed family expands to ``name<i>`` keys after
    its index range is checked; a member given as ``None`` is deleted the Proxmox way, by adding
    ``name<i>`` to ``delete``. (``-list`` strings were joined by :func:`join` already.)

    Raises:
        TypeError: an array parameter given as a bare string, or a value of no wire form.
        ValueError: a family index outside its range (naming ``name<i>`` and the range).
    """
    out: list[tuple[str, str]] = []
    deletions: list[str] = []
    for name, value in params.items():
        if value is None:
            continue
        if isinstance(value, Family):
            name = name.removesuffix("[n]")  # the family `net[n]` sends net0, net1, …
            for index in sorted(value.items):
                if isinstance(index, bool) or not isinstance(index, int):
                    raise TypeError(f"{name}: index must be an int, got {index!r}")
                if not value.low <= index <= value.high:
                    raise ValueError(
                        f"{name}{index}: index out of range ({name}{value.low}…{name}{value.high})"
                    )
                item = value.items[index]
                if item is None:
                    deletions.append(f"{name}{index}")
                else:
                    out.append((f"{name}{index}", _scalar(f"{name}{index}", item)))
        elif isinstance(value, list | tuple):
            out.extend((name, _scalar(name, v)) for v in value)
        elif isinstance(value, Mapping):
            raise TypeError(f"parameter {name!r}: cannot send a mapping")
        else:
            out.append((name, _scalar(name, value)))
    if deletions:
        if "delete" not in params:
            raise ValueError(
                f"{', '.join(deletions)}: None deletes a member, but this operation has no "
                "'delete' parameter"
            )
        given = [value for key, value in out if key == "delete"]
        out = [(key, value) for key, value in out if key != "delete"]
        out.append(("delete", ",".join([*given, *deletions])))
    return out


class SyncCaller(Protocol):
    def _call(self, method: str, path: str, params: dict[str, Any], returns: Returns[T]) -> T: ...


class AsyncCaller(Protocol):
    async def _call(
        self, method: str, path: str, params: dict[str, Any], returns: Returns[T]
    ) -> T: ...


class _PathBase:
    __slots__ = ("_client", "_path")

    def __init__(self, client: Any, path: str) -> None:
        self._client = client
        self._path = path

    @property
    def path(self) -> str:
        """The API path this object stands for (percent-encoded), e.g. ``/nodes/pve1/qemu``."""
        return self._path or "/"

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.path}>"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, _PathBase)
        return other._path == self._path and other._client is self._client

    def __hash__(self) -> int:
        return hash((type(self), self._path))


class SyncPath(_PathBase):
    """Base of the generated synchronous path classes."""

    __slots__ = ()
    _client: SyncCaller


class AsyncPath(_PathBase):
    """Base of the generated asynchronous path classes."""

    __slots__ = ()
    _client: AsyncCaller


# What generated operations that answer a UPID call; pvesdk.tasks is imported on the first such
# answer, not when a path module is.


def bind_task(value: str, client: SyncCaller) -> Task:
    """See :func:`pvesdk.tasks.bind_task`."""
    from .tasks import bind_task

    return bind_task(value, client)


def bind_task_or_none(value: str | None, client: SyncCaller) -> Task | None:
    """See :func:`pvesdk.tasks.bind_task_or_none`."""
    from .tasks import bind_task_or_none

    return bind_task_or_none(value, client)


def bind_task_or_text(value: str, client: SyncCaller) -> Task | str:
    """See :func:`pvesdk.tasks.bind_task_or_text`."""
    from .tasks import bind_task_or_text

    return bind_task_or_text(value, client)


def bind_async_task(value: str, client: AsyncCaller) -> AsyncTask:
    """See :func:`pvesdk.tasks.bind_async_task`."""
    from .tasks import bind_async_task

    return bind_async_task(value, client)


def bind_async_task_or_none(value: str | None, client: AsyncCaller) -> AsyncTask | None:
    """See :func:`pvesdk.tasks.bind_async_task_or_none`."""
    from .tasks import bind_async_task_or_none

    return bind_async_task_or_none(value, client)


def bind_async_task_or_text(value: str, client: AsyncCaller) -> AsyncTask | str:
    """See :func:`pvesdk.tasks.bind_async_task_or_text`."""
    from .tasks import bind_async_task_or_text

    return bind_async_task_or_text(value, client)
