"""Property strings: one model per distinct format, structures read from schemas or typetext."""

from __future__ import annotations

import re
from typing import Any

from . import typeref
from .docstrings import clean, constraints, docstring, paragraphs
from .model import PropField, PropStr
from .names import METHODS, MODEL_RESERVED, camel, identifier, static_segments
from .types import Direction, schema_type

_TYPETEXT_ITEM = re.compile(
    r"(?P<open>\[*)(?P<comma>,?)(?P<key>[A-Za-z0-9_\-]+)=(?P<dk>\]?)"
    r"(?P<value><[^>]*>|[^\s\]]+)"
)
_WORD = re.compile(r"^[A-Za-z0-9_.\-/]+$")
_RANGE = re.compile(r"^(\d+)-(\d+)$")


def from_typetext(typetext: str) -> dict[str, Any] | None:
    """A property-string structure read from a named format's ``typetext``.

    Named formats (``pve-qm-ipconfig``, ``pve-qm-hostpci``, …) are described only by their
    human-readable syntax, ``[gw=<GatewayIPv4>] [,ip=<IPv4Format/CIDR>]``: ``[key=]`` marks the
    default key, brackets mark optional keys, ``<a|b>`` an enum (words or paths such as
    ``/dev/urandom``), ``<1|0>`` a flag, ``<8-64|host>`` an integer range or a word; an
    upper-case alternative (``HOSTUSBDEVICE``) names a kind of value, so the value is free text.
    """
    properties: dict[str, Any] = {}
    required: list[str] = []
    for match in _TYPETEXT_ITEM.finditer(typetext):
        key, value = match["key"], match["value"]
        default_key = match["dk"] == "]"
        optional = len(match["open"]) > (1 if default_key else 0)
        inner = value[1:-1] if value.startswith("<") else value
        choices = inner.split("|")
        schema: dict[str, Any]
        if choices == ["1", "0"]:
            schema = {"type": "boolean"}
        elif inner == "integer":
            schema = {"type": "integer"}
        elif inner == "number":
            schema = {"type": "number"}
        elif len(choices) > 1 and all(_WORD.match(c) and not c.isupper() for c in choices):
            ranges = [(int(m[1]), int(m[2])) for c in choices if (m := _RANGE.match(c))]
            words = [c for c in choices if not _RANGE.match(c)]
            schema = {"type": "string", "enum": words}
            if ranges:
                schema = {"anyOf": [{"type": "integer", "minimum": low, "maximum": high}
                                    for low, high in ranges] + ([schema] if words else []),
                          "x-pve-format-description": inner}  # fmt: skip
        else:
            schema = {"type": "string", "x-pve-format-description": inner}
        if default_key:
            schema["x-pve-default-key"] = True
        properties[key] = schema
        if not optional:
            required.append(key)
    if not properties:
        return None
    return {"type": "object", "properties": properties, "required": required}


def _with_structure(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with ``x-pve-property-string``: its own, or one read from its typetext."""
    if "x-pve-property-string" in schema:
        return schema
    if not isinstance(schema.get("format"), str) or "=" not in schema.get("x-pve-typetext", ""):
        return schema
    derived = from_typetext(schema["x-pve-typetext"])
    return schema if derived is None else {**schema, "x-pve-property-string": derived}


def _prop_key(schema: dict[str, Any]) -> str:
    import json

    return json.dumps(schema["x-pve-property-string"], sort_keys=True)


class PropStrings:
    """Every distinct property-string format of the spec, named after the property holding it.

    ``net[n]`` gives ``Net``; when two different formats would share a name (qemu's and lxc's
    ``net``), each is qualified by the last static segment of the path that first uses it
    (``QemuNet``, ``LxcNet``; ``PciMap``, ``UsbMap``), then by the one before it.
    """

    def __init__(self, doc: dict[str, Any]) -> None:
        found: dict[
            str, tuple[dict[str, Any], str, tuple[str, ...]]
        ] = {}  # key → schema, base, path
        for path, item in doc["paths"].items():
            area = static_segments(path) or ("api",)
            for method in METHODS:
                op = item.get(method)
                if op:
                    for schema, name in _schemas_in(op):
                        found.setdefault(_prop_key(schema), (schema, name, area))
        by_base: dict[str, list[str]] = {}
        for key, (_, name, _) in found.items():
            by_base.setdefault(camel(name) or "Value", []).append(key)
        self.names: dict[str, str] = {}
        taken: set[str] = set()
        for base, keys in by_base.items():

            def named(depth: int, keys: list[str] = keys, base: str = base) -> list[str]:
                return [
                    base if depth == 0 else camel(" ".join(found[k][2][-depth:])) + base
                    for k in keys
                ]

            names = next(
                (
                    candidates
                    for depth in (0, 1, 2, 3)
                    if len(set(candidates := named(depth))) == len(candidates)
                    and not taken & set(candidates)
                ),
                named(1 if len(keys) > 1 else 0),  # still alike: numbered below
            )
            for key, name in zip(keys, names, strict=True):
                candidate, n = name, 2
                while candidate in taken:
                    candidate, n = f"{name}{n}", n + 1
                taken.add(candidate)
                self.names[key] = candidate
        self.classes = [_prop_class(self.names[key], entry[0]) for key, entry in found.items()]
        self.classes.sort(key=lambda c: c.name)
        self.shapes = [(_shape(entry[0]), self.names[key]) for key, entry in found.items()]
        # Named formats, whose results carry no typetext to read a structure from.
        self.by_format = {
            entry[0]["format"]: self.names[key]
            for key, entry in found.items()
            if isinstance(entry[0].get("format"), str)
        }

    def name(self, schema: dict[str, Any]) -> str | None:
        """The model class typing a property-string ``schema``; ``None`` for other schemas."""
        named = schema.get("format")
        if isinstance(named, str) and named in self.by_format:
            return self.by_format[named]
        schema = _with_structure(schema)
        if "x-pve-property-string" not in schema:
            return None
        exact = self.names.get(_prop_key(schema))
        if exact is not None:
            return exact
        # A result's format is often an input's minus a create-only key (scsi without
        # `import-from`): use the smallest input format that covers it, field for field.
        wanted = _shape(schema)
        covering = [
            (len(shape), name)
            for shape, name in self.shapes
            if wanted and all(shape.get(key) == kind for key, kind in wanted.items())
        ]
        return min(covering)[1] if covering else None


def _shape(schema: dict[str, Any]) -> dict[str, str]:
    """A format's fields as wire key → type (enum values included), for matching formats."""
    props = schema["x-pve-property-string"].get("properties") or {}
    return {
        key: f"{sub.get('type')}:{','.join(sub.get('enum', []))}:{sub.get('x-pve-alias', '')}"
        for key, sub in props.items()
    }


def _schemas_in(op: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    """(schema, property name) for every property string an operation's inputs mention."""
    out: list[tuple[dict[str, Any], str]] = []

    def visit(schema: dict[str, Any], name: str) -> None:
        schema = _with_structure(schema)
        if "x-pve-property-string" in schema:
            out.append((schema, name))
        if isinstance(schema.get("items"), dict):
            visit(schema["items"], name)

    for param in op.get("parameters", []):
        visit(param["schema"], param["name"])
    body = (op.get("requestBody") or {}).get("content", {}).get("application/x-www-form-urlencoded")
    if body:
        for name, sub in (body["schema"].get("properties") or {}).items():
            visit(sub, name)
        for sub in (body["schema"].get("patternProperties") or {}).values():
            visit(sub, sub["x-pve-family"]["name"].removesuffix("[n]"))
    return out


def _prop_class(name: str, schema: dict[str, Any]) -> PropStr:
    fmt = schema["x-pve-property-string"]
    props: dict[str, Any] = fmt.get("properties") or {}
    required = set(fmt.get("required", []))
    aliases: list[tuple[str, str]] = []
    key_alias: tuple[str, str, list[str]] | None = None
    default_key: str | None = None
    fields: list[PropField] = []
    formats: list[tuple[str, str]] = []
    for wire, sub in props.items():
        if "x-pve-alias" in sub:
            if "x-pve-key-alias" in sub:
                keys = [*(key_alias[2] if key_alias else []), wire]
                key_alias = (sub["x-pve-key-alias"], sub["x-pve-alias"], keys)
            else:
                aliases.append((wire, sub["x-pve-alias"]))
            continue
        if sub.get("x-pve-default-key"):
            default_key = wire
        py = identifier(wire, MODEL_RESERVED)
        annotation = schema_type(sub, Direction.PROPSTRING)
        is_required = wire in required
        if not is_required:
            annotation = typeref.optional(annotation)
        alias = wire if py != wire else None
        if is_required:
            default = f" = Field(alias={wire!r})" if alias else ""
        else:
            default = f" = Field(default=None, alias={wire!r})" if alias else " = None"
        text = sub.get("description") or sub.get("x-pve-format-description") or ""
        doc = docstring([*paragraphs(text), *constraints(sub)])
        fields.append(PropField(py, alias, annotation, is_required, doc, default))
        if sub.get("format") in checked_formats() or sub.get("format") == "urlencoded":
            formats.append((py, sub["format"]))
    fields.sort(key=lambda f: (not f.required, f.name))
    typetext = schema.get("x-pve-typetext")
    lines = paragraphs(schema.get("description")) or [f"Property string ``{name}``."]
    if typetext:
        lines += ["", f"Syntax: ``{clean(typetext)}``"]
    printed_first = sorted(
        wire
        for wire, sub in props.items()
        if wire in required and "x-pve-alias" not in sub and wire != default_key
    )
    return PropStr(
        name,
        docstring(lines),
        fields,
        default_key,
        sorted(aliases),
        key_alias,
        sorted(formats),
        printed_first,
    )


def checked_formats() -> frozenset[str]:
    """The value formats the runtime checks (``pvesdk.formats``), so generated code calls it."""
    from pvesdk.formats import CHECKS

    return frozenset(CHECKS)
