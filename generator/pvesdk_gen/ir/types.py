"""Python annotations from schemas: strict for parameters, lenient result models for returns."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import GenError
from .docstrings import docstring, paragraphs
from .model import Field, Model
from .names import MODEL_RESERVED, camel, identifier

if TYPE_CHECKING:
    from .propstrings import PropStrings


def literal(values: list[Any]) -> str:
    return "Literal[" + ", ".join(repr(str(v)) for v in values) + "]"


def input_type(schema: dict[str, Any], props: PropStrings | None = None) -> str:
    """Parameters are strict: the exact type Proxmox checks (a property string: its model)."""
    name = props.name(schema) if props is not None else None
    if name is not None:
        return f"{name} | str"
    if "enum" in schema:
        return literal(schema["enum"])
    kind = schema.get("type")
    if kind == "integer":
        return "int"
    if kind == "number":
        return "float"
    if kind == "boolean":
        return "bool"
    if kind == "array":
        items = schema.get("items") or {}
        # Not Sequence[...]: a bare `str` is a Sequence[str], and type checkers would let it pass
        # where Proxmox wants a list (the guest agent's `command`).
        item = input_type(items, props)
        return f"list[{item}] | tuple[{item}, ...]"
    if kind == "object":
        return "Mapping[str, Any]"
    if kind == "string":
        if str(schema.get("format", "")).endswith("-list"):
            return "str | Sequence[str]"
        return "str"
    return "Any"


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

    def output_type(self, schema: dict[str, Any], name: str) -> str:
        """Results are lenient: unknown enum values and unknown keys are accepted."""
        prop = self.prop_strings.name(schema) if self.prop_strings is not None else None
        if prop is not None:
            return prop  # parsed leniently from the string, which stays in `.raw`
        if "enum" in schema:
            return f"{literal(schema['enum'])} | str"
        kind = schema.get("type")
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "string":
            return "str"
        if kind == "null":
            return "None"
        if kind == "array":
            items = schema.get("items")
            if not items:
                return "list[Any]"
            return f"list[{self.output_type(items, name + 'Item')}]"
        if kind == "object" or "properties" in schema:
            if schema.get("properties") or schema.get("patternProperties"):
                return self.model(schema, name)
            return "dict[str, Any]"
        return "Any"

    def model(self, schema: dict[str, Any], name: str) -> str:
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
            if sub.get("format") == "urlencoded" and annotation == "str":
                model.urlencoded.append(wire)
            is_required = wire in required and annotation not in ("Any", "None")
            if not is_required and annotation != "Any":
                annotation += " | None"
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
                    annotation=f"IndexedMap[{item}]",
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
        return name
