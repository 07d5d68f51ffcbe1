"""Answers checked against pvesdk's generated models: what a pvesdk user would trip over.

For an operation (``GET /nodes/{node}/qemu``) the result type is the return annotation of the
generated method, found by walking the generated path classes along the template (a static
segment is a property, a ``{param}`` segment a method). The answer's ``data`` is validated with
pydantic (lenient like the client: numbers as strings are fine), and three kinds of drift are
reported: a field of the wrong type, a required field missing, and a key the schema does not know.
Values are never reported, only JSON type names, so no secret can leak into a drift record.
"""

from __future__ import annotations

import inspect
import sys
from dataclasses import dataclass
from functools import cache
from typing import Any, get_args, get_origin

__all__ = ["Finding", "check_answer", "result_type"]

_MISSING = object()

_EXPECTED = {
    "int_parsing": "integer",
    "int_type": "integer",
    "int_from_float": "integer",
    "float_parsing": "number",
    "float_type": "number",
    "bool_parsing": "boolean",
    "bool_type": "boolean",
    "string_type": "string",
    "model_type": "object",
    "model_attributes_type": "object",
    "dict_type": "object",
    "list_type": "array",
    "literal_error": "one of the enumeration",
    "none_required": "null",
    "missing": "present (required)",
}


@dataclass(frozen=True)
class Finding:
    """One kind of drift: ``field`` (``[].maxcpu``), what the model expects, what came."""

    field: str
    expected: str
    seen: str


def json_type(value: Any) -> str:
    """The JSON type name of a value (never the value itself)."""
    if value is _MISSING:
        return "missing"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _child(node: Any, segment: str) -> Any:
    """The generated path object one segment below ``node``, or None."""
    want = node._path + "/" + segment
    for cls in type(node).__mro__:
        for name, attr in vars(cls).items():
            if isinstance(attr, property) and attr.fget is not None:
                try:
                    child = attr.fget(node)
                except Exception:
                    continue
                if getattr(child, "_path", None) == want:
                    return child
            elif segment == "x" and callable(attr) and name not in ("get", "post", "put", "delete"):
                if name.startswith("_"):
                    continue
                try:
                    params = list(inspect.signature(attr).parameters)
                except (TypeError, ValueError):
                    continue
                if len(params) != 2:
                    continue
                try:
                    child = attr(node, "x")
                except Exception:
                    continue
                if getattr(child, "_path", None) == want:
                    return child
    return None


@cache
def result_type(method: str, template: str) -> Any:
    """The declared result type of an operation in the generated client, or ``_MISSING``.

    Args:
        method: ``GET``, ``POST``, ``PUT`` or ``DELETE``.
        template: The spec path (``/nodes/{node}/qemu/{vmid}/config``).
    """
    from pvesdk._generated.sync.root import Api

    node: Any = Api(None, "")
    for segment in template.strip("/").split("/"):
        if not segment:
            continue
        node = _child(node, "x" if segment.startswith("{") else segment)
        if node is None:
            return _MISSING
    operation = getattr(type(node), method.lower(), None)
    if operation is None:
        return _MISSING
    annotation = operation.__annotations__.get("return", _MISSING)
    if isinstance(annotation, str):
        module = sys.modules[operation.__module__]
        annotation = eval(annotation, vars(module), _wire_names())
    return annotation


def _wire_names() -> Any:
    """The names of generated annotations as the wire has them: models and property strings
    (named for type checkers only, imported on lookup), and ``Task``/``AsyncTask`` as the UPID
    string they are on the wire (the client binds it to itself; the proxy has no client)."""
    from pvesdk._runtime import GeneratedNames

    class WireNames(GeneratedNames):
        def __getitem__(self, name: str) -> Any:
            if name in ("Task", "AsyncTask"):
                return str
            return super().__getitem__(name)

    return WireNames()


def _model_findings(model: Any, data: Any, prefix: str) -> list[Finding]:
    from pydantic import ValidationError

    if not isinstance(data, dict):
        return [Finding(prefix or "data", "object", json_type(data))]
    found: list[Finding] = []
    try:
        model.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            loc = [str(part) for part in error["loc"]]
            # pydantic reports union members separately (`field.int`, `field.str`): keep the field
            where = ".".join(p for p in loc[:1])
            kind = error["type"]
            seen = "missing" if kind == "missing" else json_type(error.get("input"))
            expected = _EXPECTED.get(kind, kind)
            found.append(Finding(f"{prefix}{where}", expected, seen))
    known: set[str] = set()
    for name, info in model.model_fields.items():
        known.add(name)
        if info.alias:
            known.add(info.alias)
    bases = {base for base, _, _ in getattr(model, "__pve_families__", {}).values()}
    for key in data:
        stem = key.rstrip("0123456789")
        if key in known or (stem != key and stem in bases):
            continue
        found.append(Finding(f"{prefix}{key}", "not in the schema", json_type(data[key])))
    return found


def check_answer(tp: Any, data: Any) -> list[Finding]:
    """Drift between an answer's ``data`` and the generated result type ``tp``."""
    if tp is _MISSING or tp is Any:
        return []
    if hasattr(tp, "model_validate"):
        return _model_findings(tp, data, "")
    if get_origin(tp) is list:
        (item,) = get_args(tp) or (Any,)
        if not isinstance(data, list):
            return [Finding("data", "array", json_type(data))]
        if hasattr(item, "model_validate"):
            found: dict[Finding, None] = {}
            for entry in data:
                for finding in _model_findings(item, entry, "[]."):
                    found[finding] = None
            return list(found)
        tp = list[item]  # type: ignore[valid-type]
    from pydantic import TypeAdapter, ValidationError

    try:
        TypeAdapter(tp).validate_python(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        return [Finding("data", _EXPECTED.get(first["type"], str(tp)), json_type(data))]
    return []
