"""The plain dataclasses the templates print: path classes, operations, result models, modules."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..history import History
    from .typeref import TypeRef


@dataclass
class Param:
    """One keyword argument of an operation's method."""

    wire: str
    name: str
    annotation: TypeRef
    required: bool
    value: str  # the expression the method passes on for this parameter
    doc: list[str]
    default: str = ""
    # The runtime function `value` calls (`family`, `join`, …; imported as `_family`), or "".
    helper: str = ""
    # A password, OTP, token or key: the method rebinds it to a `Secret` first (`_secret`).
    secret: bool = False


@dataclass
class Operation:
    """One HTTP method of a path: a method of its path class."""

    method: str  # get, post, put, delete
    http: str
    params: list[Param]
    returns: TypeRef
    returns_var: str
    doc: str
    # An operation that answers a UPID returns a task bound to the client instead of the `str`:
    # `bind` names the wrapper (`_task`, or `_task_or_none` where `data` may be null) and
    # `sync_returns`/`async_returns` the annotation each flavour prints.
    bind: str = ""
    sync_returns: TypeRef | None = None
    async_returns: TypeRef | None = None


@dataclass
class Child:
    """A path one segment below a path class: a property (static) or a method (``{param}``)."""

    attr: str
    class_name: str
    module: str | None  # None: same module
    segment: str  # static segment (already URL-safe) or the parameter's wire name
    param_annotation: TypeRef | None  # set for {param} children
    doc: str
    ref: str = ""  # the class as the parent module names it


@dataclass
class PathClass:
    """One API path: a class whose attributes lead on and whose methods call it."""

    name: str
    path: str
    doc: str
    children: list[Child]
    operations: list[Operation]


@dataclass
class Field:
    """One field of a result model."""

    name: str
    alias: str | None
    annotation: TypeRef
    required: bool
    doc: str
    default: str = ""  # source text after the annotation: "", " = None", " = Field(...)"


@dataclass
class Model:
    """A result model: a lenient pydantic model of one object in a result."""

    name: str
    doc: str
    fields: list[Field]
    families: list[tuple[str, str, int, int]] = field(default_factory=list)  # field, base, range
    urlencoded: list[str] = field(default_factory=list)  # wire keys read percent-decoded


@dataclass
class ModelGroup:
    """The result models of one operation: one module, imported on that operation's first call."""

    name: str  # module name below `models/<path module>/`
    models: list[Model]
    model_typing_names: list[str] = field(default_factory=list)
    needs_field: bool = False  # a model field has an alias
    needs_classvar: bool = False  # a model declares indexed families or urlencoded keys
    needs_indexed: bool = False  # a model declares indexed families (IndexedMap fields)
    bases: list[str] = field(default_factory=list)  # PveModel, PveFamilyModel: as used
    model_propstr_imports: list[tuple[str, str]] = field(default_factory=list)  # (module, class)


@dataclass
class ReturnSpec:
    """How a module parses one operation's result (its ``Returns`` object)."""

    var: str
    annotation: TypeRef
    operation: str  # `GET /nodes/{node}/qemu`, named in errors about the result
    # Modules (below `_generated`) whose names the annotation uses, imported on the first call.
    modules: list[str] = field(default_factory=list)


@dataclass
class Module:
    """One generated path module (printed once per flavour) and what it imports."""

    name: str
    classes: list[PathClass] = field(default_factory=list)
    models: list[Model] = field(default_factory=list)
    returns: list[ReturnSpec] = field(default_factory=list)
    imports: list[str] = field(default_factory=list)  # sibling path modules used by children
    typing_names: list[str] = field(default_factory=list)
    abc_names: list[str] = field(default_factory=list)
    runtime_imports: list[str] = field(default_factory=list)  # besides the path base class
    runtime_aliases: list[str] = field(default_factory=list)  # imported as _name
    needs_builtins: bool = False  # an annotation says `builtins.list` (a child hides `list`)
    task_binds: list[str] = field(default_factory=list)  # `_task`, `_task_or_none` used here
    model_groups: list[ModelGroup] = field(default_factory=list)
    # Result models and property strings the annotations name, imported for the type checkers
    # only (under TYPE_CHECKING): (module below `_generated`, class name), sorted.
    checking_imports: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Package:
    """The whole render model of one release: modules, property strings and counts."""

    product: str
    version: str
    modules: list[Module]
    root_class: str
    model_index: list[tuple[str, str]]  # (model name, `path module.group module`), sorted
    path_count: int
    operation_count: int
    propstrs: list[PropStr] = field(default_factory=list)
    history: History | None = None


@dataclass
class PropField:
    """One key of a property string, as a model field."""

    name: str
    alias: str | None
    annotation: TypeRef
    required: bool
    doc: str
    default: str


@dataclass
class PropStr:
    """A property-string model: one per distinct format (``net[n]`` gives ``Net``)."""

    name: str
    doc: str
    fields: list[PropField]
    default_key: str | None
    aliases: list[tuple[str, str]]
    key_alias: tuple[str, str, list[str]] | None
    formats: list[tuple[str, str]] = field(default_factory=list)  # (field, checked format)
    required: list[str] = field(default_factory=list)  # wire keys printed after the default key
    module: str = ""  # its module below `propstr/`
    typing_names: list[str] = field(default_factory=list)  # ClassVar, Literal: as used
    needs_field: bool = False  # a field has an alias
