"""The base of every generated result model (pydantic is imported only with the models)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, ClassVar, Self
from urllib.parse import unquote

from pydantic import BaseModel, ConfigDict, model_validator

from .indexed import IndexedMap

if TYPE_CHECKING:
    from ._propstr import PropertyString

__all__ = ["LazyPropertyString", "PveFamilyModel", "PveModel", "lazy_property_string"]


_BASES: dict[type, dict[str, str]] = {}
_MEMBERS: dict[type, dict[str, tuple[str, int]]] = {}


def _bases(cls: type[PveFamilyModel]) -> dict[str, str]:
    """Wire base → field name for a model's families (cached per class)."""
    found = _BASES.get(cls)
    if found is None:
        found = _BASES[cls] = {base: name for name, (base, _, _) in cls.__pve_families__.items()}
    return found


def _members(cls: type[PveFamilyModel]) -> dict[str, tuple[str, int]]:
    """Wire key → (field name, index) for every member in a model's ranges (cached per class):
    ``net12`` → ``("net", 12)``, one dictionary look-up per key of a result."""
    found = _MEMBERS.get(cls)
    if found is None:
        found = _MEMBERS[cls] = {
            f"{base}{index}": (name, index)
            for name, (base, low, high) in cls.__pve_families__.items()
            for index in range(low, high + 1)
        }
    return found


#: Wire keys of results that hold a secret (login tickets and CSRF tokens, console passwords,
#: a new storage's encryption key, TFA recovery codes, webhook secrets, the cluster's corosync
#: key): their values never show in a repr, a str or a ``pytest --showlocals`` frame.
SECRET_KEYS = frozenset(
    {"ticket", "CSRFPreventionToken", "password", "cipassword", "vncticket", "secret"}
    | {"encryption-key", "recovery", "corosync_authkey"}
)
#: A new API token's secret is its ``value``, beside its ``full-tokenid``.
_TOKEN_ID = "full-tokenid"


class PveModel(BaseModel):
    """Base of every result model: lenient, because new Proxmox releases add keys and values.

    Unknown keys are kept (``model.model_extra``, or ``model["key"]``); integers and booleans
    sent as strings or 0/1 are coerced; fields are reachable by their Python name or wire name.
    Values under :data:`SECRET_KEYS` (and a new token's ``value``) read ``'***'`` in reprs.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
        protected_namespaces=(),
        coerce_numbers_to_str=True,
    )

    #: Indexed families of this model: field name → (wire base, lowest, highest index).
    __pve_families__: ClassVar[dict[str, tuple[str, int, int]]] = {}
    #: Wire keys whose format is ``urlencoded`` (cloud-init ``sshkeys``): Proxmox stores and
    #: answers them percent-encoded; the model holds the plain text, which the typed write
    #: methods encode again, so a value read can be written back unchanged.
    __pve_urlencoded__: ClassVar[frozenset[str]] = frozenset()

    def __repr_args__(self) -> Any:
        fields = type(self).model_fields
        aliases = {name: info.alias or name for name, info in fields.items()}
        token = _TOKEN_ID in aliases.values() or _TOKEN_ID in (self.model_extra or {})
        for name, value in super().__repr_args__():
            wire = aliases.get(name or "", name)
            if value is not None and (wire in SECRET_KEYS or (token and wire == "value")):
                yield name, _MASK
            else:
                yield name, value

    def __getitem__(self, key: str) -> Any:
        """The value under a wire name (``cfg["allow-ksm"]``), known or not."""
        for name, info in type(self).model_fields.items():
            if key in (name, info.alias):
                return getattr(self, name)
        extra = self.model_extra or {}
        if key in extra:
            return extra[key]
        raise KeyError(key)


class _Masked:
    """Stands for a secret in a repr."""

    def __repr__(self) -> str:
        return "'***'"


_MASK = _Masked()


class PveFamilyModel(PveModel):
    """Base of the result models that declare indexed families (``net0`` … ``net31`` read as
    ``cfg.net``) or ``urlencoded`` keys. Only these run Python validators per object; every
    other model validates wholly in pydantic-core, straight from the response's bytes."""

    @model_validator(mode="before")
    @classmethod
    def _group_families(cls, data: Any) -> Any:
        """Collect ``net0``, ``net1``… into ``net: {0: …, 1: …}``; the flat keys stay as extras.
        Percent-decode the ``urlencoded`` keys."""
        families = cls.__pve_families__
        encoded = cls.__pve_urlencoded__
        if not (families or encoded) or not isinstance(data, dict):
            return data
        out = dict(data)
        for key in encoded:
            value = data.get(key)
            if isinstance(value, str):
                out[key] = unquote(value)
        if not families:
            return out
        members = _members(cls)
        by_base: dict[str, str] | None = None
        grouped: dict[str, dict[int, Any]] = {}
        for key, value in data.items():
            # One pass over the keys: `net12` → field `net`, index 12.
            hit = members.get(key)
            if hit is not None:
                name, index = hit
            elif key[-1:].isdigit():
                # Beyond the declared range (a newer release may widen it): grouped all the same.
                stem = key.rstrip("0123456789")
                by_base = by_base or _bases(cls)
                if stem == key or stem not in by_base:
                    continue
                name, index = by_base[stem], int(key[len(stem) :])
            else:
                continue
            family = grouped.get(name)
            if family is None:
                family = grouped[name] = {}
            family[index] = value
        out.update(grouped)
        return out

    @model_validator(mode="after")
    def _family_ranges(self) -> Self:
        for field_name, (base, low, high) in type(self).__pve_families__.items():
            members = getattr(self, field_name, None)
            if isinstance(members, IndexedMap):
                members.bounded(base, low, high)
        return self


class LazyPropertyString:
    """Stands for a property-string model in result models' annotations at run time (the type
    checkers see the model itself): the model's module is imported, and its validator built,
    when the first value arrives. A VM config declares some thirty property strings; a call
    builds those its answer holds, and family members (``net0``…) only when they are read.

    A field validates exactly as one typed with the model: ``resolve().model_validate(value)``.
    """

    __pve_property_string__: ClassVar[bool] = True
    __pve_module__: ClassVar[str] = ""
    __pve_package__: ClassVar[str] = "pvesdk._generated"
    __pve_target__: ClassVar[type[PropertyString] | None] = None

    @classmethod
    def resolve(cls) -> type[PropertyString]:
        """The property-string model this stands for (imported on first use)."""
        target = cls.__pve_target__
        if target is None:
            module = import_module(f"{cls.__pve_package__}.propstr.{cls.__pve_module__}")
            target = cls.__pve_target__ = getattr(module, cls.__name__)
        return target

    @classmethod
    def model_validate(cls, value: Any) -> Any:
        return cls.resolve().model_validate(value)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_plain_validator_function(
            cls.model_validate, json_schema_input_schema=core_schema.str_schema()
        )


_LAZY: dict[tuple[str, str], type[LazyPropertyString]] = {}


def lazy_property_string(module: str, name: str, package: str = "pvesdk._generated") -> Any:
    """The stand-in for property-string model ``name`` of ``<package>.propstr.<module>``
    (one per model, shared by every result model that names it); ``package`` is
    ``pvesdk._generated`` or a package ``pvesdk-gen --package`` rendered."""
    found = _LAZY.get((package, module))
    if found is None:
        found = _LAZY[package, module] = type(
            name, (LazyPropertyString,), {"__pve_module__": module, "__pve_package__": package}
        )
    return found
