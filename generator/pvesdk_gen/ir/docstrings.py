"""Docstring text from schema descriptions, constraints and permissions."""

from __future__ import annotations

from typing import Any


def docstring(lines: list[str]) -> str:
    """Lines joined into text that is safe between triple quotes."""
    text = "\n".join(line.rstrip() for line in lines).strip("\n")
    return text + " " if text.endswith('"') else text


def clean(text: str) -> str:
    """Text safe inside a triple-quoted docstring."""
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').rstrip()


def paragraphs(text: str | None) -> list[str]:
    """A schema description as docstring-safe lines (none for a missing description)."""
    if not text:
        return []
    lines = [clean(line) for line in text.strip().splitlines()]
    return [line.rstrip() for line in lines]


def constraints(schema: dict[str, Any]) -> list[str]:
    """One line per fact a schema states: range, length, pattern, format, default, syntax."""
    notes: list[str] = []
    if "minimum" in schema or "maximum" in schema:
        notes.append(f"Range: {schema.get('minimum', '-inf')} to {schema.get('maximum', 'inf')}.")
    if "minLength" in schema or "maxLength" in schema:
        notes.append(f"Length: {schema.get('minLength', 0)} to {schema.get('maxLength', 'any')}.")
    if "pattern" in schema:
        notes.append(f"Pattern: ``{clean(schema['pattern'])}``.")
    if "format" in schema:
        notes.append(f"Format: ``{schema['format']}``.")
    if "default" in schema:
        default = schema["default"]
        if isinstance(default, bool):
            default = "1" if default else "0"
        notes.append(f"Default: ``{clean(str(default))}``.")
    elif "x-pve-raw-default" in schema:
        notes.append(f"Default: {clean(str(schema['x-pve-raw-default']))}.")
    if schema.get("format") == "urlencoded":
        notes.append("Pass plain text: pvesdk percent-encodes it as Proxmox expects.")
    if "x-pve-typetext" in schema and (
        "x-pve-property-string" in schema or schema.get("format", "").endswith("-list")
    ):
        notes.append(f"Syntax: ``{clean(schema['x-pve-typetext'])}``.")
    return notes


def param_doc(name: str, schema: dict[str, Any], wire: str, note: str = "") -> list[str]:
    """A parameter's entry under ``Args:``: ``name: description`` with its facts indented.

    ``wire`` is the family's base name (``net``) for the indexed-family note; ``note`` the
    release it appeared in, if any.
    """
    text = schema.get("description") or schema.get("x-pve-verbose-description") or ""
    body = paragraphs(text) or ["(no description in the schema)"]
    if note:
        body.append(f"Proxmox VE: {note}")
    body += constraints(schema)
    family = schema.get("x-pve-family")
    if family:
        body.append(
            f"Indexed: ``{{{family['minimum']}: …, …}}`` sends ``{wire}{family['minimum']}`` … "
            f"``{wire}{family['maximum']}``; where the operation deletes, ``None`` deletes a "
            f"member (``delete={wire}{family['minimum']}``)."
        )
    first, *rest = body
    return [f"{name}: {first}", *(f"    {line}" if line else "" for line in rest)]


def permissions(op: dict[str, Any]) -> list[str]:
    """The lines of an operation's ``Permissions:`` section (none when the schema has none)."""
    perms = op.get("x-pve-permissions")
    if not perms:
        return []
    out: list[str] = []
    if perms.get("description"):
        out += paragraphs(perms["description"])
    if perms.get("check"):
        out.append(f"Check: ``{clean(_render_check(perms['check']))}``")
    if perms.get("user"):
        out.append(f"User: {perms['user']}")
    return out


def _render_check(check: Any) -> str:
    if isinstance(check, list):
        return "[" + ", ".join(_render_check(c) for c in check) + "]"
    if isinstance(check, dict):
        return "{" + ", ".join(f"{k}: {_render_check(v)}" for k, v in check.items()) + "}"
    return str(check)


def returns_note(data: dict[str, Any]) -> str:
    """``": description"`` of a result, appended to its annotation; ``""`` without one."""
    text = " ".join(paragraphs(data.get("description")))
    return f": {text}" if text else ""
