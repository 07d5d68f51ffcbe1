"""The base of every generated property-string model (``net0: virtio=…,bridge=vmbr0``).

A subclass declares its fields (typed, wire names as aliases) and, as class variables, what the
schema says about the string: the default key (given bare, first), aliases (``volume`` → ``file``)
and a key alias (``virtio=MAC`` means model=virtio + macaddr=MAC). :meth:`PropertyString.parse`
and ``str()`` turn strings into models and back; keys the model does not know are kept.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any, ClassVar, Self
from urllib.parse import quote, unquote

from pydantic import (
    BaseModel,
    ConfigDict,
    ModelWrapValidatorHandler,
    ValidationError,
    model_validator,
)

__all__ = ["PropertyString"]

_LENIENT: ContextVar[bool] = ContextVar("pvesdk_lenient", default=False)
_RAW = "__pvesdk_raw__"
#: What encodeURIComponent (Proxmox's GUI) leaves as it is, besides letters, digits and ``-_.~``.
_URI_SAFE = "!*'()"
_ENCODED: dict[type, frozenset[str]] = {}


def _encoded_keys(cls: type[PropertyString]) -> frozenset[str]:
    """Wire keys of ``cls`` whose format is ``urlencoded`` (cached per class)."""
    found = _ENCODED.get(cls)
    if found is None:
        fields = cls.model_fields
        found = _ENCODED[cls] = frozenset(
            (fields[name].alias or name) if name in fields else name
            for name, fmt in cls.__pve_formats__.items()
            if fmt == "urlencoded"
        )
    return found


def _text(value: Any) -> str:
    if value is True:
        return "1"
    if value is False:
        return "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class PropertyString(BaseModel):
    """A Proxmox property string as a model: ``QemuNet.parse(s)``, ``str(net)``.

    A property string is a comma-separated list of ``key=value`` pairs whose format the schema
    names (``net0: virtio=BC:24:11:00:00:01,bridge=vmbr0,firewall=1``); Proxmox parses and
    prints them in ``PVE::JSONSchema::parse_property_string`` / ``print_property_string``.
    Fields are typed (``bool`` written ``1``/``0``, enums as ``Literal``), wire keys with ``-``
    are aliases (``import_from`` ↔ ``import-from``).

    Built in code the model is strict (a wrong enum value raises ``pydantic.ValidationError``);
    read from a result it is lenient, keeps keys it does not know (``model.model_extra``) and
    remembers the text it came from (:attr:`raw`). ``str()`` prints the canonical form:
    default key first and bare, then required keys, then the rest sorted.
    """

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )

    __pve_property_string__: ClassVar[bool] = True
    #: The wire key given bare in first position (``file`` in ``local-lvm:vm-100-disk-0,…``).
    __pve_default_key__: ClassVar[str | None] = None
    #: Wire alias → the wire key it stands for (``volume`` → ``file``).
    __pve_aliases__: ClassVar[dict[str, str]] = {}
    #: Key alias: (keyed field, value field, keys) — ``virtio=MAC``: model=virtio, macaddr=MAC.
    __pve_key_alias__: ClassVar[tuple[str, str, frozenset[str]] | None] = None
    #: Wire keys Proxmox prints right after the default key (its required keys), sorted.
    __pve_required__: ClassVar[tuple[str, ...]] = ()
    #: Field name → the value format it is checked against (see :mod:`pvesdk.formats`); a
    #: field of format ``urlencoded`` (a drive's ``serial``, ``model``) holds plain text, read
    #: percent-decoded and printed percent-encoded.
    __pve_formats__: ClassVar[dict[str, str]] = {}

    @model_validator(mode="after")
    def _check_formats(self) -> Self:
        if self.__pve_formats__ and not _LENIENT.get():
            from .formats import check

            for name, fmt in self.__pve_formats__.items():
                check(fmt, name, getattr(self, name, None))
        return self

    @property
    def raw(self) -> str:
        """The string this value was read from (or how it is written, when built in code)."""
        text = self.__dict__.get(_RAW)
        return text if isinstance(text, str) else str(self)

    def _remember(self, text: str) -> None:
        # Kept beside the fields rather than as a pydantic private attribute, whose
        # per-instance set-up would double the cost of reading a config full of these.
        object.__setattr__(self, "__dict__", {**self.__dict__, _RAW: text})

    @model_validator(mode="wrap")
    @classmethod
    def _from_text(cls, data: Any, handler: ModelWrapValidatorHandler[Self]) -> Self:
        """Results hold property strings as text: accept it, leniently (new keys and values)."""
        if not isinstance(data, str):
            return handler(data)
        try:
            values = cls._values(data)
        except ValueError:
            values = {}  # unreadable: an empty value that still carries the text in `.raw`
        token = _LENIENT.set(True)  # results are not format-checked: they are what Proxmox has
        try:
            model = handler(values)
        except ValidationError:
            model = cls.model_construct(**values)
        finally:
            _LENIENT.reset(token)
        model._remember(data)
        return model

    @classmethod
    def parse(cls, text: str) -> Self:
        """The model of one property string, checked strictly; unknown keys are kept
        (``model.model_extra``).

        Args:
            text: the property string, e.g. ``"virtio=BC:24:11:00:00:01,bridge=vmbr0"``; a bare
                value is the default key's (once, wherever it stands, as in Proxmox).

        Raises:
            ValueError: a second bare value, or one where the format has no default key.
            pydantic.ValidationError: a value does not fit its field (type, enum, format) or a
                required key is missing; it names the field and the value.
        """
        model = cls.model_validate(cls._values(text), strict=False)
        model._remember(text)
        return model

    @classmethod
    def _values(cls, text: str) -> dict[str, Any]:
        values: dict[str, Any] = {}
        key_alias = cls.__pve_key_alias__
        for part in text.split(","):
            if not part:
                continue
            key, sep, value = part.partition("=")
            if not sep:
                # Like Proxmox: a bare value is the default key's, wherever it stands, once.
                default = cls.__pve_default_key__
                if default and default not in values:
                    values[default] = part
                    continue
                raise ValueError(f"{cls.__name__}: {part!r} has no key (in {text!r})")
            if key_alias is not None and key in key_alias[2]:
                values[key_alias[0]] = key
                values[key_alias[1]] = value
            else:
                values[cls.__pve_aliases__.get(key, key)] = value
        for key in _encoded_keys(cls) & values.keys():
            if isinstance(values[key], str):
                values[key] = unquote(values[key])
        return values

    def wire(self) -> dict[str, Any]:
        """Set values by wire key, unknown keys included, in no particular order."""
        out: dict[str, Any] = {}
        for name, info in type(self).model_fields.items():
            value = getattr(self, name)
            if value is not None:
                out[info.alias or name] = value
        out.update({k: v for k, v in (self.model_extra or {}).items() if v is not None})
        return out

    def __setattr__(self, name: str, value: Any) -> None:
        super().__setattr__(name, value)
        self.__dict__.pop(_RAW, None)  # changed: no longer the text it was read from

    def model_copy(self, *, update: Any = None, deep: bool = False) -> Self:
        copied = super().model_copy(update=update, deep=deep)
        if update:
            copied.__dict__.pop(_RAW, None)
        return copied

    def __eq__(self, other: object) -> bool:
        """Equal when they say the same thing, however each was written (``raw`` aside)."""
        if not isinstance(other, PropertyString):
            return NotImplemented
        return type(self) is type(other) and self.wire() == other.wire()

    __hash__ = None  # type: ignore[assignment]

    def __str__(self) -> str:
        data = self.wire()
        for key in _encoded_keys(type(self)) & data.keys():
            if isinstance(data[key], str):
                data[key] = quote(data[key], safe=_URI_SAFE)
        parts: list[str] = []
        key_alias = type(self).__pve_key_alias__
        default = type(self).__pve_default_key__
        if key_alias is not None and key_alias[0] in data and key_alias[1] in data:
            keyed = data.pop(key_alias[0])
            parts.append(f"{_text(keyed)}={_text(data.pop(key_alias[1]))}")
        elif default is not None and default in data:
            parts.append(_text(data.pop(default)))
        # As Proxmox's print_property_string: required keys next, then the rest, each sorted.
        for key in type(self).__pve_required__:
            if key in data:
                parts.append(f"{key}={_text(data.pop(key))}")
        parts += [f"{key}={_text(data[key])}" for key in sorted(data)]
        return ",".join(parts)
