"""One schema → type table for the three places a value is typed, and the result models.

A value is typed by its schema and by its :class:`Direction`: parameters are strict (the exact
type Proxmox checks), results lenient (unknown enum values, unknown keys and ``null`` accepted),
and the values inside a property string are scalars read from text. :func:`schema_type` is the
only place a schema becomes a :class:`~.typeref.TypeRef`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import GenError
from .docstrings import docstring, paragraphs
from .model import Field, Model
from .names import MODEL_RESERVED, camel, identifier
from .typeref import (
    ANY,
    BOOL,
    ELLIPSIS,
    FLOAT,
    INT,
    NONE,
    STR,
    Builtin,
    ClassRef,
    Generic,
    LiteralOf,
    Name,
    TypeRef,
    optional,
    union,
)

if TYPE_CHECKING:
    from .propstrings import PropStrings

__all__ = [
    "DICT",
    "JOINED",
    "LIST",
    "MAPPING",
    "SEQUENCE",
    "TUPLE",
    "Direction",
    "ResultModels",
    "indexed_map",
    "literal",
    "schema_type",
]

LIST = Builtin("list")
DICT = Builtin("dict")
TUPLE = Builtin("tuple")
MAPPING = Name("Mapping", "collections.abc")
SEQUENCE = Name("Sequence", "collections.abc")
_INDEXED_MAP = Name("IndexedMap", "pvesdk.indexed")
#: A `-list` format parameter: one string, or a sequence the runtime joins (`_join`).
JOINED = union(STR, Generic(SEQUENCE, (STR,)))


class Direction(enum.Enum):
    """Which way a typed value travels: it decides how strict its type is."""

    INPUT = "input"  #: a parameter the caller sends: strict
    OUTPUT = "output"  #: a result Proxmox answers: lenient
    PROPSTRING = "propstring"  #: a scalar inside a property string's text


@dataclass(frozen=True)
class _Rules:
    """How one direction types what the directions treat differently."""

    unknown: TypeRef  # a schema without a type
    null: TypeRef  # `{"type": "null"}`
    open_enum: bool  # `Literal[...] | str`: values a newer Proxmox adds still parse
    prop_or_text: bool  # a property-string model, or its text
    list_format: bool  # a `-list` format takes a sequence, joined on the wire
    containers: bool  # arrays and objects typed (a property string's values are scalars)


_RULES = {
    Direction.INPUT: _Rules(ANY, ANY, False, True, True, True),
    Direction.OUTPUT: _Rules(ANY, NONE, True, False, False, True),
    Direction.PROPSTRING: _Rules(STR, STR, False, False, False, False),
}
_SCALARS: dict[str, TypeRef] = {"integer": INT, "number": FLOAT, "boolean": BOOL, "string": STR}


def literal(values: list[Any]) -> LiteralOf:
    """``Literal[...]`` of enum values, each as the string Proxmox sends."""
    return LiteralOf(tuple(str(v) for v in values))


def indexed_map(item: TypeRef) -> TypeRef:
    """``IndexedMap[item]``: a result's indexed family (``net0`` … ``net31``) by index."""
    return Generic(_INDEXED_MAP, (item,))


def schema_type(
    schema: dict[str, Any],
    direction: Direction,
    *,
    props: PropStrings | None = None,
    models: ResultModels | None = None,
    name: str = "",
) -> TypeRef:
    """The annotation of a value with ``schema`` travelling in ``direction``.

    Args:
        schema: the value's JSON schema (from our OpenAPI document, or a property string's).
        direction: parameter, result or property-string value.
        props: the spec's property-string formats; a schema holding one is typed as its model.
        models: where an output's objects become result models (needed for those only).
        name: the name a result model made here gets (nested objects extend it).

    Raises:
        GenError: an output object with properties and no ``models`` to name it.
    """
    rules = _RULES[direction]
    prop = props.name(schema) if props is not None else None
    if prop is not None:
        # A result's property string is parsed leniently; its text stays in `.raw`.
        ref = ClassRef(prop, "propstr")
        return union(ref, STR) if rules.prop_or_text else ref
    if "anyOf" in schema:
        return union(*(schema_type(sub, direction, props=props) for sub in schema["anyOf"]))
    if "enum" in schema:
        values = literal(schema["enum"])
        return union(values, STR) if rules.open_enum else values
    kind = schema.get("type")
    if kind == "string" and rules.list_format and str(schema.get("format", "")).endswith("-list"):
        return JOINED
    if isinstance(kind, str) and kind in _SCALARS:
        return _SCALARS[kind]
    if kind == "null":
        return rules.null
    if not rules.containers:
        return rules.unknown
    if kind == "array":
        item = schema_type(
            schema.get("items") or {}, direction, props=props, models=models, name=name + "Item"
        )
        if direction is Direction.INPUT:
            # Not Sequence[...]: a bare `str` is a Sequence[str], and type checkers would let it
            # pass where Proxmox wants a list (the guest agent's `command`).
            return union(Generic(LIST, (item,)), Generic(TUPLE, (item, ELLIPSIS)))
        return Generic(LIST, (item,))
    if direction is Direction.INPUT and kind == "object":
        return Generic(MAPPING, (STR, ANY))
    if direction is Direction.OUTPUT and (kind == "object" or "properties" in schema):
        if schema.get("properties") or schema.get("patternProperties"):
            if models is None:
                raise GenError(f"result model {name or '?'}: no ResultModels to name it")
            return models.model(schema, name)
        return Generic(DICT, (STR, ANY))
    return rules.unknown


class ResultModels:
    """Collects the result models of one module, naming nested objects after their owner."""

    def __init__(self, taken: set[str], prop_strings: PropStrings | None = None) -> None:
        self.models: list[Model] = []
        self.taken = taken
        self.prop_strings = prop_strings

    def _name(self, base: str) -> str:
        name = base
        n = 2
        while name in self.taken:
            name = f"{base}{n}"
            n += 1
        self.taken.add(name)
        return name

    def output_type(self, schema: dict[str, Any], name: str) -> TypeRef:
        """A result's type; its objects become models named after ``name``."""
        return schema_type(
            schema, Direction.OUTPUT, props=self.prop_strings, models=self, name=name
        )

    def model(self, schema: dict[str, Any], name: str) -> ClassRef:
        """A result model for an object ``schema``, named ``name`` (numbered if taken).

        Raises:
            GenError: two of its keys map to one Python name.
        """
        name = self._name(name)
        doc = paragraphs(schema.get("description")) or [f"Result object ``{name}``."]
        model = Model(name=name, doc=docstring(doc), fields=[])
        self.models.append(model)  # parents before children keeps the module readable
        required = set(schema.get("required", []))
        used: set[str] = set()
        for wire, sub in (schema.get("properties") or {}).items():
            py = identifier(wire, MODEL_RESERVED)
            if py in used:
                raise GenError(f"model {name}: two fields map to the Python name {py!r}")
            used.add(py)
            annotation = self.output_type(sub, name + camel(wire))
            if sub.get("format") == "urlencoded" and annotation == STR:
                model.urlencoded.append(wire)
            is_required = wire in required and annotation not in (ANY, NONE)
            if not is_required and annotation != ANY:
                annotation = optional(annotation)
            model.fields.append(
                Field(
                    name=py,
                    alias=wire if py != wire else None,
                    annotation=annotation,
                    required=is_required,
                    doc=docstring(paragraphs(sub.get("description"))),
                )
            )
        plain = set(schema.get("properties") or {})
        for sub in (schema.get("patternProperties") or {}).values():
            family = sub.get("x-pve-family")
            if not family:
                continue
            base = family["name"].removesuffix("[n]")
            py = identifier(base + "_n" if base in plain else base, MODEL_RESERVED)
            if py in used:
                raise GenError(f"model {name}: two fields map to the Python name {py!r}")
            used.add(py)
            item = self.output_type(sub, name + camel(base))
            model.families.append((py, base, family["minimum"], family["maximum"]))
            model.fields.append(
                Field(
                    name=py,
                    alias=None,
                    annotation=indexed_map(item),
                    required=False,
                    doc=docstring(
                        [
                            f"``{base}0`` … ``{base}{family['maximum']}`` by index "
                            f"(the flat keys stay readable too).",
                            *paragraphs(sub.get("description")),
                        ]
                    ),
                    default=" = Field(default_factory=IndexedMap)",
                )
            )
        model.fields.sort(key=lambda f: not f.required)
        return ClassRef(name, "model")
