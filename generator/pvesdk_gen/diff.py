"""What changed between two releases' specs: operations and parameters added, removed and changed.

A parameter change names what differs (type, enum values, required, default, format, range,
property-string keys); an operation change adds permissions and the return shape. Descriptions
are left out: wording changes every release and says nothing about compatibility. The result is
plain data (:func:`diff`), printed as text, JSON or Markdown (:func:`as_text`, :func:`as_json`,
:func:`as_markdown`).
"""

from __future__ import annotations

import json
from typing import Any

from .history import operations, parameters

#: Schema keys compared for a parameter, as (key, label).
_COMPARED = (
    ("type", "type"),
    ("format", "format"),
    ("default", "default"),
    ("minimum", "minimum"),
    ("maximum", "maximum"),
    ("minLength", "min length"),
    ("maxLength", "max length"),
    ("pattern", "pattern"),
)
# Wording, and how the GUI renders a value (x-pve-renderer): neither changes what is sent or read.
_WORDING = frozenset(
    {"description", "x-pve-verbose-description", "x-pve-typetext", "x-pve-format-description",
     "title", "x-pve-text", "x-pve-renderer"}
)  # fmt: skip


def _plain(schema: Any) -> Any:
    """``schema`` without wording, for comparing shapes."""
    if isinstance(schema, dict):
        return {k: _plain(v) for k, v in schema.items() if k not in _WORDING}
    if isinstance(schema, list):
        return [_plain(v) for v in schema]
    return schema


def _keys(schema: dict[str, Any]) -> set[str]:
    fmt = schema.get("x-pve-property-string") or {}
    return set(fmt.get("properties") or {})


def _param_changes(
    old: dict[str, Any], new: dict[str, Any], was_required: bool, is_required: bool
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, label in _COMPARED:
        if old.get(key) != new.get(key):
            out[label] = [old.get(key), new.get(key)]
    if old.get("enum") != new.get("enum") and ("enum" in old or "enum" in new):
        before, after = old.get("enum") or [], new.get("enum") or []
        out["enum"] = {
            "added": [v for v in after if v not in before],
            "removed": [v for v in before if v not in after],
        }
        if not out["enum"]["added"] and not out["enum"]["removed"]:
            del out["enum"]  # only the order changed
    if was_required != is_required:
        out["required"] = [was_required, is_required]
    before_keys, after_keys = _keys(old), _keys(new)
    if before_keys != after_keys:
        out["keys"] = {
            "added": sorted(after_keys - before_keys),
            "removed": sorted(before_keys - after_keys),
        }
    return out


def _required(op: dict[str, Any]) -> set[str]:
    names = {p["name"] for p in op.get("parameters", []) if p.get("required")}
    body = (op.get("requestBody") or {}).get("content", {}).get("application/x-www-form-urlencoded")
    if body:
        names |= set(body["schema"].get("required") or [])
        for sub in (body["schema"].get("patternProperties") or {}).values():
            if sub["x-pve-family"].get("required"):
                names.add(sub["x-pve-family"]["name"])
    return names


def _returns(op: dict[str, Any]) -> dict[str, Any]:
    content = op["responses"]["200"]["content"]["application/json"]["schema"]
    return content["properties"]["data"]  # type: ignore[no-any-return]


def _fields(schema: dict[str, Any]) -> dict[str, tuple[dict[str, Any], bool]] | None:
    """The fields of a result (an object, or a list of objects) with their schema and whether
    they are required, nested objects' fields dotted (``memory.available``, ``peers[].id``),
    indexed families as ``net[n]``; None for other results."""
    if schema.get("type") == "array":
        schema = schema.get("items") or {}
    if schema.get("type") != "object" and "properties" not in schema:
        return None
    found: dict[str, tuple[dict[str, Any], bool]] = {}

    def walk(node: dict[str, Any], prefix: str) -> None:
        required = set(node.get("required") or [])
        members = dict(node.get("properties") or {})
        for pattern, sub in (node.get("patternProperties") or {}).items():
            family = sub.get("x-pve-family") if isinstance(sub, dict) else None
            name = str(family["name"]) if isinstance(family, dict) else pattern  # `net[n]`
            members[name] = sub
        for name, sub in members.items():
            found[prefix + name] = (sub, name in required)
            if not isinstance(sub, dict):
                continue
            if sub.get("properties") or sub.get("patternProperties"):
                walk(sub, f"{prefix}{name}.")
            items = sub.get("items")
            if isinstance(items, dict) and items.get("properties"):
                walk(items, f"{prefix}{name}[].")

    walk(schema, "")
    return found


def _returns_change(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any] | None:
    if _plain(old) == _plain(new):
        return None
    change: dict[str, Any] = {}
    if old.get("type") != new.get("type"):
        change["type"] = [old.get("type"), new.get("type")]
    before, after = _fields(old), _fields(new)
    if before is not None and after is not None:
        changed = {}
        for name in sorted(set(before) & set(after)):
            (was, was_required), (now, now_required) = before[name], after[name]
            found = _param_changes(was, now, was_required, now_required)
            if found:
                changed[name] = found
        if set(before) != set(after) or changed:
            change["fields"] = {
                "added": sorted(set(after) - set(before)),
                "removed": sorted(set(before) - set(after)),
            }
            if changed:
                change["fields"]["changed"] = changed
    return change or {"shape": "changed"}


def _op_changes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    before, after = parameters(old), parameters(new)
    req_before, req_after = _required(old), _required(new)
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = {}
    for name in sorted(set(before) & set(after)):
        found = _param_changes(before[name], after[name], name in req_before, name in req_after)
        if found:
            changed[name] = found
    if added or removed or changed:
        out["parameters"] = {
            "added": {n: _summary(after[n], n in req_after) for n in added},
            "removed": removed,
            "changed": changed,
        }
    perms_before = _plain(old.get("x-pve-permissions"))
    perms_after = _plain(new.get("x-pve-permissions"))
    if perms_before != perms_after:
        out["permissions"] = [old.get("x-pve-permissions"), new.get("x-pve-permissions")]
    returns = _returns_change(_returns(old), _returns(new))
    if returns:
        out["returns"] = returns
    return out


def _summary(schema: dict[str, Any], required: bool) -> str:
    kind = str(schema.get("type", "any"))
    if "enum" in schema:
        kind = "enum " + "|".join(str(v) for v in schema["enum"])
    elif "format" in schema and isinstance(schema["format"], str):
        kind += f" ({schema['format']})"
    return kind + (", required" if required else "")


def diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The changes from spec ``old`` to spec ``new`` (OpenAPI documents of two releases)."""
    before, after = operations(old), operations(new)
    changed = {}
    for key in sorted(set(before) & set(after), key=_order):
        found = _op_changes(before[key], after[key])
        if found:
            changed[key] = found
    return {
        "product": new["info"].get("x-pve-product", "pve"),
        "from": old["info"]["version"],
        "to": new["info"]["version"],
        "added": sorted(set(after) - set(before), key=_order),
        "removed": sorted(set(before) - set(after), key=_order),
        "changed": changed,
    }


def _order(key: str) -> tuple[str, int]:
    method, path = key.split(" ", 1)
    return path, ("GET", "POST", "PUT", "DELETE").index(method)


def as_json(result: dict[str, Any]) -> str:
    """The diff ``result`` as indented JSON text."""
    return json.dumps(result, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None:
        return "(none)"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _param_lines(name: str, change: dict[str, Any]) -> list[str]:
    parts = []
    for label, value in change.items():
        if label in ("enum", "keys"):
            what = "values" if label == "enum" else "keys"
            bits = [f"+{v}" for v in value["added"]] + [f"-{v}" for v in value["removed"]]
            parts.append(f"{what} {' '.join(bits)}")
        elif label == "default":  # Proxmox prints boolean defaults as 1 / 0
            old, new = (int(v) if isinstance(v, bool) else v for v in value)
            parts.append(f"default {_show(old)} → {_show(new)}")
        else:
            parts.append(f"{label} {_show(value[0])} → {_show(value[1])}")
    return [f"{name}: {'; '.join(parts)}"]


def _op_lines(change: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    params = change.get("parameters")
    if params:
        lines += [f"+ {n} ({s})" for n, s in params["added"].items()]
        lines += [f"- {n}" for n in params["removed"]]
        for name, found in params["changed"].items():
            lines += [f"~ {line}" for line in _param_lines(name, found)]
    if "permissions" in change:
        before, after = (_permission(p) for p in change["permissions"])
        lines.append(f"~ permissions: {before} → {after}")
    returns = change.get("returns")
    if returns:
        if "type" in returns:
            lines.append(
                f"~ returns: type {_show(returns['type'][0])} → {_show(returns['type'][1])}"
            )
        if "fields" in returns:
            bits = [f"+{f}" for f in returns["fields"]["added"]]
            bits += [f"-{f}" for f in returns["fields"]["removed"]]
            if bits:
                lines.append(f"~ returns: fields {' '.join(bits)}")
            for name, found in returns["fields"].get("changed", {}).items():
                lines += [f"~ returns: field {line}" for line in _param_lines(name, found)]
        if "shape" in returns:
            lines.append("~ returns: shape changed")
    return lines


def _permission(permissions: Any) -> str:
    """A permission object (``x-pve-permissions``) in words: ``/vms/{vmid}: VM.Audit``."""
    if not isinstance(permissions, dict) or not permissions:
        return "(none)"
    parts = []
    if "check" in permissions:
        parts.append(_check(permissions["check"]))
    if "user" in permissions:
        parts.append({"all": "any user", "world": "anyone"}.get(permissions["user"], "root"))
    if "check" not in permissions and permissions.get("description"):
        parts.append(f"({' '.join(str(permissions['description']).split())})")
    return " ".join(parts) or _show(permissions)


def _check(check: Any) -> str:
    """One of Proxmox's permission checks (``PVE::RPCEnvironment::check_api2_permissions``)."""
    if not isinstance(check, list) or not check:
        return _show(check)
    kind = check[0]
    if kind == "perm" and len(check) >= 3:
        options = dict(zip(check[3::2], check[4::2], strict=False))
        which = "any of " if options.get("any") and len(check[2]) > 1 else ""
        return f"{check[1]}: {which}{', '.join(check[2])}"
    if kind in ("and", "or"):
        return "(" + f" {kind} ".join(_check(part) for part in check[1:]) + ")"
    return " ".join(_show(part) for part in check)


def _headline(result: dict[str, Any]) -> str:
    return (
        f"{len(result['added'])} operations added, {len(result['removed'])} removed, "
        f"{len(result['changed'])} changed"
    )


def as_text(result: dict[str, Any]) -> str:
    """The diff ``result`` as plain text lines (``+``/``-``/``~`` per change)."""
    product = result["product"].upper() if result["product"] != "pve" else "Proxmox VE"
    lines = [f"{product} {result['from']} → {result['to']}: {_headline(result)}"]
    lines += [f"+ {key}" for key in result["added"]]
    lines += [f"- {key}" for key in result["removed"]]
    for key, change in result["changed"].items():
        lines.append(f"~ {key}")
        lines += [f"    {line}" for line in _op_lines(change)]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|")


def as_markdown(result: dict[str, Any]) -> str:
    """The diff ``result`` as a Markdown page (a CHANGES file)."""
    product = "Proxmox VE" if result["product"] == "pve" else result["product"].upper()
    out = [
        f"# {product} API changes: {result['from']} → {result['to']}",
        "",
        f"Generated by `pvesdk-gen diff {result['from']} {result['to']}` from the committed "
        "specs; do not edit. Descriptions are not compared.",
        "",
        f"{_headline(result)}.",
        "",
    ]
    if result["added"]:
        out += ["## Operations added", "", *(f"- `{k}`" for k in result["added"]), ""]
    if result["removed"]:
        out += ["## Operations removed", "", *(f"- `{k}`" for k in result["removed"]), ""]
    if result["changed"]:
        out += ["## Operations changed", ""]
        for key, change in result["changed"].items():
            out += [f"### `{key}`", ""]
            params = change.get("parameters")
            if params:
                out += [f"- parameter `{n}` added ({_md(s)})" for n, s in params["added"].items()]
                out += [f"- parameter `{n}` removed" for n in params["removed"]]
                for name, found in params["changed"].items():
                    text = _param_lines(name, found)[0].split(": ", 1)[1]
                    out.append(f"- parameter `{name}`: {_md(text)}")
            lines = _op_lines(change)
            out += [f"- {_md(line[2:])}" for line in lines if line.startswith("~ ret")]
            out += [f"- {_md(line[2:])}" for line in lines if line.startswith("~ perm")]
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
