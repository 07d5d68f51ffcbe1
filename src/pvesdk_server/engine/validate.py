"""Parameter verification as Proxmox does it, with its messages: the per-field ``errors`` of a
``400 Parameter verification failed.``"""

from __future__ import annotations

import re
from typing import Any

from .spec import Operation

__all__ = ["verify"]

_INT = re.compile(r"^[+-]?\d+$")
_NUM = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def check_value(schema: dict[str, Any], raw: str) -> tuple[Any, str | None]:
    """(typed value, error message or None) for one wire value."""
    kind = schema.get("type")
    value: Any = raw
    if kind == "integer":
        if not _INT.match(raw.strip()):
            return raw, f"type check ('integer') failed - got '{raw}'"
        value = int(raw)
    elif kind == "number":
        if not _NUM.match(raw.strip()):
            return raw, f"type check ('number') failed - got '{raw}'"
        value = float(raw)
    elif kind == "boolean":
        low = raw.strip().lower()
        if low not in _TRUE | _FALSE:
            return raw, f"type check ('boolean') failed - got '{raw}'"
        value = low in _TRUE
    if kind in ("integer", "number"):
        if "minimum" in schema and value < schema["minimum"]:
            return raw, f"value must have a minimum value of {_number_text(schema['minimum'])}"
        if "maximum" in schema and value > schema["maximum"]:
            return raw, f"value may have a maximum value of {_number_text(schema['maximum'])}"
    if kind == "string" or kind is None:
        if "enum" in schema and raw not in schema["enum"]:
            choices = ", ".join(schema["enum"])
            return raw, f"value '{raw}' does not have a value in the enumeration '{choices}'"
        if "maxLength" in schema and len(raw) > schema["maxLength"]:
            return raw, f"value may only be {schema['maxLength']} characters long"
        if "minLength" in schema and len(raw) < schema["minLength"]:
            return raw, f"value must be at least {schema['minLength']} characters long"
        if any(c in raw for c in "\x00") or (
            schema.get("format") == "pve-volume-id" and ".." in raw.split("/")
        ):
            return raw, "value contains invalid characters"
    return value, None


def verify(op: Operation, params: dict[str, list[str]]) -> tuple[dict[str, Any], dict[str, str]]:
    """(typed parameters, errors). Families come back as ``{"net": {0: "…"}}`` too."""
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name, raws in params.items():
        schema = op.properties.get(name)
        if schema is None:
            for base, low, high, sub in op.families:
                suffix = name[len(base) :]
                if name.startswith(base) and suffix.isdigit():
                    if not low <= int(suffix) <= high:
                        errors[name] = (
                            "property is not defined in schema and the schema does not allow "
                            "additional properties"
                        )
                    schema = sub
                    break
        if schema is None:
            if not op.additional:
                errors[name] = (
                    "property is not defined in schema and the schema does not allow additional "
                    "properties"
                )
            continue
        if name in errors:
            continue
        if schema.get("type") == "array":
            items = schema.get("items") or {}
            typed = []
            for raw in raws:
                value, error = check_value(items, raw)
                if error:
                    errors[name] = error
                    break
                typed.append(value)
            values[name] = typed
            continue
        if len(raws) > 1:
            errors[name] = "property is not an array"
            continue
        value, error = check_value(schema, raws[0])
        if error:
            errors[name] = error
        else:
            values[name] = value
    for name in op.required:
        if name not in params and name not in errors:
            errors[name] = "property is missing and it is not optional"
    return values, errors
