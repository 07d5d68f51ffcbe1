"""Parameter verification as Proxmox does it, with its messages.

What it finds becomes the per-field ``errors`` of a ``400 Parameter verification failed.``

The order and the texts follow pve-common ``PVE::JSONSchema::check_prop``: the type, then the
``format`` (a named format from :mod:`pvesdk.formats` or :mod:`.formats`, or a property
string parsed as ``parse_property_string`` parses it, every key checked by its own schema), then
``pattern`` (the spec carries the regex Proxmox applies, translated from Perl by the
generator), the lengths, the numeric bounds (for any value that looks like a number) and the
enumeration; the first failure is the field's message. A format's failure reads ``invalid
format - <its message>`` plus the newline Proxmox's ``die`` leaves in it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pvesdk.formats import decimal

from .formats import STRUCTURES, VALIDATORS, verify_format
from .spec import Operation

__all__ = ["check_value", "parse_property_string", "verify"]

_INT = re.compile(r"^[+-]?\d+$")
_NUM = re.compile(r"^[+-]?(\d+\.\d+|\d+\.|\.\d+|\d+)([eE][+-]?\d+)?$")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}
_UNDEFINED = "property is not defined in schema and the schema does not allow additional properties"


class FormatError(Exception):
    """A property string Proxmox refuses: its ``die`` text, or per-key errors (``format error``)."""

    def __init__(self, message: str, errors: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.errors = errors or {}

    def text(self) -> str:
        """The exception as Perl stringifies it (``PVE::Exception::stringify``)."""
        return self.message + "".join(f"{k}: {v}\n" for k, v in sorted(self.errors.items()))


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


# pve-storage's OCI reference patterns (the Docker reference grammar) repeat '[a-z\d]+' after a
# separator that may be empty, '(?:[._]|__|[-]*)': Python's backtracking takes exponential time
# on a refused name (seconds for 25 characters). A separator of at least one '-' accepts the
# same strings, empty separators only joining runs the first '[a-z\d]+' takes anyway.
_NESTED_SEPARATOR = ("(?:[._]|__|[-]*)", "(?:[._]|__|[-]+)")


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.replace(*_NESTED_SEPARATOR))


def _boolean(raw: str) -> str:
    low = raw.lower()
    return "1" if low in _TRUE else "0" if low in _FALSE else raw


def check_value(schema: dict[str, Any], raw: str, path: str = "") -> tuple[Any, str | None]:
    """(typed value, error message or None) for one wire value at ``path`` (its name)."""
    kind = schema.get("type")
    value: Any = raw
    if kind == "integer":
        if not _INT.match(raw):
            return raw, f"type check ('integer') failed - got '{raw}'"
        value = decimal(raw)
    elif kind == "number":
        if not _NUM.match(raw):
            return raw, f"type check ('number') failed - got '{raw}'"
        value = float(raw)
    elif kind == "boolean":
        # check_type takes exactly '1' or '0' (a JSON body's true/false arrive as those);
        # only property strings read yes/no/on/off/true/false, before their keys are checked
        if raw not in ("0", "1"):
            return raw, f"type check ('boolean') failed - got '{raw}'"
        value = raw == "1"
    fmt = schema.get("format")
    if isinstance(fmt, str) and fmt in STRUCTURES:
        try:
            parsed = parse_property_string(STRUCTURES[fmt], raw, path)
        except FormatError as exc:
            return raw, f"invalid format - {exc.text()}"
        validator = VALIDATORS.get(fmt)
        problem = validator(parsed) if validator is not None else None
        if problem is not None:
            return raw, f"invalid format - {problem}\n"
    elif isinstance(fmt, str):
        problem = verify_format(fmt, raw)
        if problem is not None:
            return raw, f"invalid format - {problem}\n"
    structure = schema.get("x-pve-property-string")
    if structure is not None:
        try:
            parse_property_string(structure, raw, path)
        except FormatError as exc:
            return raw, f"invalid format - {exc.text()}"
    if "pattern" in schema and not _regex(schema["pattern"]).search(raw):
        return raw, "value does not match the regex pattern"
    if "maxLength" in schema and len(raw) > schema["maxLength"]:
        return raw, f"value may only be {schema['maxLength']} characters long"
    if "minLength" in schema and len(raw) < schema["minLength"]:
        return raw, f"value must be at least {schema['minLength']} characters long"
    if _NUM.match(raw):
        number = float(raw)
        if "maximum" in schema and number > schema["maximum"]:
            return raw, f"value must have a maximum value of {_number_text(schema['maximum'])}"
        if "minimum" in schema and number < schema["minimum"]:
            return raw, f"value must have a minimum value of {_number_text(schema['minimum'])}"
    if "enum" in schema and raw not in schema["enum"]:
        choices = ", ".join(schema["enum"])
        return raw, f"value '{raw}' does not have a value in the enumeration '{choices}'"
    return value, None


def parse_property_string(structure: dict[str, Any], data: str, path: str) -> dict[str, str]:
    """``data`` read as pve-common ``parse_property_string`` reads it, then every key checked.

    Returns the keys and values (aliases resolved, booleans as ``1``/``0``).

    Raises:
        FormatError: with Proxmox's ``die`` text (an unknown or duplicate key, a second bare
            value, …) or, when keys break their schemas, ``format error`` and one error per key
            (``net0.macaddr: invalid format - …``).
    """
    props: dict[str, Any] = structure.get("properties") or {}
    found: dict[str, str] = {}
    default_key: str | None = None
    for part in data.split(","):
        if not part.strip():
            continue
        pair = re.match(r"^([^=]+)=(.+)$", part, re.DOTALL)
        if pair is not None:
            key, value = pair.group(1), pair.group(2)
            if key in found:
                raise FormatError(f"duplicate key in comma-separated list property: {key}\n")
            schema = props.get(key)
            alias = schema.get("x-pve-alias") if schema else None
            if alias:
                key_alias = schema.get("x-pve-key-alias") if schema else None
                if key_alias:
                    if key_alias in found:
                        raise FormatError(f"key alias '{key_alias}' is already defined\n")
                    found[key_alias] = key
                key, schema = alias, props.get(alias)
                if key in found:
                    raise FormatError(f"key '{key}' is already defined (via alias)\n")
            if not schema:
                raise FormatError(f"invalid key in comma-separated list property: {key}\n")
            found[key] = _boolean(value) if schema.get("type") == "boolean" else value
        elif "=" not in part:
            if default_key:
                raise FormatError(
                    f"duplicate key in comma-separated list property: {default_key}\n"
                )
            for key, schema in props.items():
                if schema.get("x-pve-default-key"):
                    default_key = key
                    if found.get(key) not in (None, "", "0"):
                        raise FormatError(
                            f"duplicate key in comma-separated list property: {key}\n"
                        )
                    found[key] = _boolean(part) if schema.get("type") == "boolean" else part
                    break
            if not default_key:
                raise FormatError("value without key, but schema does not define a default key\n")
        else:
            raise FormatError("missing key in comma-separated list property\n")
    errors: dict[str, str] = {}
    required = set(structure.get("required") or [])
    for key, schema in props.items():
        where = f"{path}.{key}" if path else key
        if schema.get("x-pve-alias"):
            continue
        if key not in found:
            if key in required:
                errors[where] = "property is missing and it is not optional"
            continue
        _, error = check_value(schema, found[key], where)
        if error:
            errors[where] = error
        needs = schema.get("x-pve-requires")
        if isinstance(needs, str) and needs not in found:
            errors[f"{path}.{needs}" if path else needs] = f"missing property required by '{where}'"
    if errors:
        raise FormatError("format error\n", errors)
    return found


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
                    if not low <= decimal(suffix) <= high:
                        errors[name] = _UNDEFINED
                    schema = sub
                    break
        if schema is None:
            if not op.additional:
                errors[name] = _UNDEFINED
            continue
        if name in errors:
            continue
        if schema.get("type") == "array":
            items = schema.get("items") or {}
            typed = []
            for raw in raws:
                value, error = check_value(items, raw, name)
                if error:
                    errors[name] = error
                    break
                typed.append(value)
            values[name] = typed
            continue
        raw = raws[0]
        if len(raws) > 1:
            # RESTHandler's normalize_legacy_param_formats: a repeated -list string is joined.
            if schema.get("type") != "string" or not str(schema.get("format")).endswith("-list"):
                errors[name] = "property is not an array"
                continue
            raw = ",".join(raws)
        value, error = check_value(schema, raw, name)
        if error:
            errors[name] = error
        else:
            values[name] = value
    for name in op.required:
        if name not in params and name not in errors:
            errors[name] = "property is missing and it is not optional"
    for name in params:  # JSONSchema check_object: a parameter that needs another beside it
        needs = (op.properties.get(name) or {}).get("x-pve-requires")
        if isinstance(needs, str) and needs not in params:
            errors.setdefault(needs, f"missing property required by '{name}'")
    return values, errors
