"""Normalize a Proxmox API schema tree into an OpenAPI 3.1 document, losslessly.

Every key of the Proxmox schema lands somewhere: standard JSON Schema keywords where one fits
(``type``, ``enum``, ``minimum``, ``pattern``, ``default``, ``required``…), ``x-pve-*``
extensions for the rest (``typetext``, property-string ``format`` objects, ``alias``,
``keyAlias``, permissions…).
:func:`to_tree` inverts the mapping; the test suite proves ``to_tree(to_openapi(t)) == t`` for every
dump, so nothing the schema says is lost on the way to the generated code.
"""

from __future__ import annotations

import re
from typing import Any

from .errors import GenError
from .overrides import Overrides
from .perlre import translate

OPENAPI_VERSION = "3.1.0"
_FAMILY = re.compile(r"^([a-z][a-z0-9_-]*)\[n\]$")
_NUMERIC_KEYS = ("minimum", "maximum", "minLength", "maxLength")
_TYPES = frozenset({"string", "integer", "number", "boolean", "array", "object", "null"})
# Proxmox key -> extension name, for keys whose value is kept as it is.
_EXTENSIONS = {
    "verbose_description": "x-pve-verbose-description",
    "typetext": "x-pve-typetext",
    "format_description": "x-pve-format-description",
    "alias": "x-pve-alias",
    "keyAlias": "x-pve-key-alias",
    "links": "x-pve-links",
    "renderer": "x-pve-renderer",
    "requires": "x-pve-requires",
    "instance-types": "x-pve-instance-types",
    "type-property": "x-pve-type-property",
}
_EXTENSIONS_BACK = {v: k for k, v in _EXTENSIONS.items()}
_OP_FLAGS = {
    "protected": "x-pve-protected",
    "allowtoken": "x-pve-allowtoken",
    "download_allowed": "x-pve-download-allowed",
    "expose_credentials": "x-pve-expose-credentials",
}
_OP_FLAGS_BACK = {v: k for k, v in _OP_FLAGS.items()}


# --------------------------------------------------------------------------- schemas


def _flag(value: Any) -> bool | None:
    """1/0 as a JSON boolean, or None when the value is not in Proxmox's canonical flag form."""
    if value is True or value is False:
        return None
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    return None


def _typed_default(pve_type: Any, value: Any) -> tuple[bool, Any]:
    """(True, JSON value) when ``value`` is the canonical default for ``pve_type``."""
    if pve_type == "boolean":
        flag = _flag(value)
        return (flag is not None, flag)
    if pve_type == "integer":
        return (isinstance(value, int) and not isinstance(value, bool), value)
    if pve_type == "number":
        return (isinstance(value, int | float) and not isinstance(value, bool), value)
    if pve_type == "string":
        return (isinstance(value, str), value)
    return (False, None)


def convert_schema(s: dict[str, Any], families: dict[str, tuple[int, int]]) -> dict[str, Any]:
    """One Proxmox JSON schema → one OpenAPI 3.1 schema object (plus ``x-pve-*`` extensions).

    A value not in the form the standard keyword needs is kept verbatim as ``x-pve-raw-<key>``,
    and so is any key this function does not know.
    """
    out: dict[str, Any] = {}
    raw: dict[str, Any] = {}
    pve_type = s.get("type")
    if pve_type in _TYPES:
        out["type"] = pve_type
    elif "type" in s:
        raw["type"] = pve_type
    for key in ("title", "description"):
        if key in s:
            out[key] = s[key]
    if "enum" in s:
        enum = s["enum"]
        (out if isinstance(enum, list) and enum else raw)["enum"] = enum
    if "default" in s:
        ok, value = _typed_default(pve_type, s["default"])
        (out if ok else raw)["default"] = value if ok else s["default"]
    for key in _NUMERIC_KEYS:
        if key in s:
            value = s[key]
            numeric = isinstance(value, int | float) and not isinstance(value, bool)
            (out if numeric else raw)[key] = value
    if "pattern" in s:
        if isinstance(s["pattern"], str):
            # The regex Proxmox applies, in Python syntax; Perl's text kept for the way back.
            out["pattern"] = translate(s["pattern"])
            out["x-pve-pattern"] = s["pattern"]
        else:
            raw["pattern"] = s["pattern"]
    fmt = s.get("format")
    if isinstance(fmt, str):
        out["format"] = fmt
    elif isinstance(fmt, dict):
        out["x-pve-property-string"] = {"type": "object", **_convert_object(fmt, {}, families)}
    elif "format" in s:
        raw["format"] = fmt
    if "default_key" in s:
        flag = _flag(s["default_key"])
        if flag is not None:
            out["x-pve-default-key"] = flag
        else:
            raw["default_key"] = s["default_key"]
    for key, ext in _EXTENSIONS.items():
        if key in s:
            out[ext] = s[key]
    if "items" in s:
        if isinstance(s["items"], dict):
            out["items"] = convert_schema(s["items"], families)
        else:
            raw["items"] = s["items"]
    if "properties" in s:
        out.update(_convert_object(s["properties"], s, families))
    elif "additionalProperties" in s:
        _additional(s["additionalProperties"], families, out, raw)
    if "oneOf" in s:
        out["oneOf"] = [convert_schema(member, families) for member in s["oneOf"]]
    if "optional" in s:
        raw["optional"] = s["optional"]  # the owning object decides what is canonical
    for key in sorted(set(s) - _HANDLED):
        raw[key] = s[key]
    out.update({f"x-pve-raw-{key}": value for key, value in raw.items()})
    return out


_HANDLED = frozenset(
    {
        "type", "title", "description", "enum", "default", "pattern", "format", "default_key",
        "items", "properties", "additionalProperties", "oneOf", "optional",
        *_NUMERIC_KEYS, *_EXTENSIONS,
    }
)  # fmt: skip


def _additional(
    value: Any, families: dict[str, tuple[int, int]], out: dict[str, Any], raw: dict[str, Any]
) -> None:
    flag = _flag(value)
    if flag is not None:
        out["additionalProperties"] = flag
    elif isinstance(value, dict):
        out["additionalProperties"] = convert_schema(value, families)
    else:
        raw["additionalProperties"] = value


def _convert_object(
    props: dict[str, Any], owner: dict[str, Any], families: dict[str, tuple[int, int]]
) -> dict[str, Any]:
    """``properties`` + ``required``, with ``name[n]`` families as ``patternProperties``.

    ``owner`` is the schema holding ``props`` (its ``additionalProperties`` is converted here too).
    """
    properties: dict[str, Any] = {}
    patterns: dict[str, Any] = {}
    required: list[str] = []
    for name, sub in props.items():
        if not isinstance(sub, dict):
            raise GenError(f"property {name!r}: schema is not an object")
        schema = convert_schema(sub, families)
        optional = sub.get("optional")
        if optional == 1 and type(optional) is int:
            del schema["x-pve-raw-optional"]  # the canonical form: not in `required`
            is_required = False
        else:
            is_required = not optional
        family = _FAMILY.match(name)
        if family:
            base = family.group(1)
            if base not in families:
                raise GenError(
                    f"indexed property {name!r} has no index range in the overrides file "
                    "(add it under 'families')"
                )
            low, high = families[base]
            schema["x-pve-family"] = {"name": name, "minimum": low, "maximum": high}
            if is_required:
                schema["x-pve-family"]["required"] = True
            patterns[f"^{re.escape(base)}(?:0|[1-9][0-9]*)$"] = schema
            continue
        properties[name] = schema
        if is_required:
            required.append(name)
    out: dict[str, Any] = {"properties": properties}
    if patterns:
        out["patternProperties"] = patterns
    if required:
        out["required"] = required
    if "additionalProperties" in owner:
        raw: dict[str, Any] = {}
        _additional(owner["additionalProperties"], families, out, raw)
        out.update({f"x-pve-raw-{key}": value for key, value in raw.items()})
    return out


# --------------------------------------------------------------------------- operations


def operation_id(method: str, path: str) -> str:
    """Stable id from method and path: ``GET /nodes/{node}/qemu`` → ``get_nodes_node_qemu``."""
    parts = [re.sub(r"[^0-9A-Za-z]+", "_", seg.strip("{}")).strip("_") for seg in path.split("/")]
    return "_".join([method.lower(), *[p for p in parts if p]])


def path_params(path: str) -> list[str]:
    """The ``{name}`` placeholders of an API path, in order."""
    return re.findall(r"\{([^}]+)\}", path)


def _convert_operation(
    method: str, path: str, op: dict[str, Any], families: dict[str, tuple[int, int]]
) -> dict[str, Any]:
    where = f"{method} {path}"
    params = op.get("parameters") or {}
    props: dict[str, Any] = params.get("properties") or {}
    in_path = path_params(path)
    for name in in_path:
        if name not in props:
            raise GenError(
                f"{where}: path parameter {{{name}}} is not declared in 'parameters' "
                f"(fix the schema through the overrides file)"
            )
    out: dict[str, Any] = {
        "operationId": operation_id(method, path),
        "tags": [path.strip("/").split("/")[0]],
    }
    description = op.get("description")
    if isinstance(description, str) and description:
        out["summary"] = description.strip().splitlines()[0][:200]
    if "description" in op:
        out["description"] = description
    if "name" in op:
        out["x-pve-name"] = op["name"]
    if "method" in op:
        out["x-pve-method"] = op["method"]
    try:
        converted = _convert_object(props, {}, families)
        meta = {k: v for k, v in params.items() if k != "properties"}
        param_meta = convert_schema(meta, families)
    except GenError as exc:
        raise GenError(f"{where}: {exc}") from None
    if "properties" not in params:
        param_meta["x-pve-no-properties"] = True
    parameters: list[dict[str, Any]] = []
    for name in in_path:
        schema = converted["properties"][name]
        if name not in converted.get("required", []):
            # Marked optional although it is part of the path: keep the marker, required anyway.
            schema = {**schema, "x-pve-raw-optional": props[name]["optional"]}
        parameters.append({"name": name, "in": "path", "required": True, "schema": schema})
    rest = {k: v for k, v in converted["properties"].items() if k not in in_path}
    required = [r for r in converted.get("required", []) if r not in in_path]
    if method in ("GET", "DELETE"):
        if converted.get("patternProperties"):
            raise GenError(f"{where}: indexed parameters in a query are not supported")
        parameters += [
            {"name": name, "in": "query", "required": name in required, "schema": schema}
            for name, schema in rest.items()
        ]
    elif rest or converted.get("patternProperties"):
        body: dict[str, Any] = {"type": "object", "properties": rest}
        if converted.get("patternProperties"):
            body["patternProperties"] = converted["patternProperties"]
        if required:
            body["required"] = required
        if "additionalProperties" in param_meta:
            body["additionalProperties"] = param_meta["additionalProperties"]
        out["requestBody"] = {
            "required": bool(required),
            "content": {
                "application/x-www-form-urlencoded": {"schema": body},
                "application/json": {"schema": {"$ref": "#/components/schemas/_body"}},
            },
        }
    if parameters:
        out["parameters"] = parameters
    out["x-pve-parameters"] = param_meta
    returns = op.get("returns")
    data_schema = convert_schema(returns, families) if isinstance(returns, dict) else {}
    response: dict[str, Any] = {
        "description": "Success: the result in the `data` member of the envelope.",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {"data": data_schema},
                    "required": ["data"],
                }
            }
        },
    }
    if not isinstance(returns, dict):
        response["x-pve-returns"] = returns
    out["responses"] = {"200": response, "default": {"$ref": "#/components/responses/PveError"}}
    if "permissions" in op:
        out["x-pve-permissions"] = op["permissions"]
    if "proxyto" in op:
        out["x-pve-proxyto"] = op["proxyto"]
    for key, ext in _OP_FLAGS.items():
        if key in op:
            flag = _flag(op[key])
            if flag is not None:
                out[ext] = flag
            else:
                out[f"x-pve-raw-{key}"] = op[key]
    if op.get("allowtoken") == 0:
        out["security"] = [{"ticket": []}]
    handled = {"name", "method", "description", "parameters", "returns", "permissions", "proxyto"}
    for key in sorted(set(op) - handled - set(_OP_FLAGS)):  # keys this version does not know
        out[f"x-pve-raw-{key}"] = op[key]
    # The JSON body accepts the same fields as the form body.
    if "requestBody" in out:
        content = out["requestBody"]["content"]
        content["application/json"] = {
            "schema": content["application/x-www-form-urlencoded"]["schema"]
        }
    return out


def to_openapi(
    tree: list[dict[str, Any]], *, product: str, version: str, overrides: Overrides
) -> dict[str, Any]:
    """The OpenAPI 3.1 document for one product release (``tree`` already has overrides applied)."""
    families = overrides.families
    paths: dict[str, Any] = {}
    op_ids: dict[str, str] = {}
    stack = list(reversed(tree))
    while stack:
        node = stack.pop()
        path = node["path"]
        if path in paths:
            raise GenError(f"path {path} appears twice in the schema")
        item: dict[str, Any] = {}
        for method, op in (node.get("info") or {}).items():
            converted = _convert_operation(method, path, op, families)
            other = op_ids.setdefault(converted["operationId"], f"{method} {path}")
            if other != f"{method} {path}":
                raise GenError(f"operation id {converted['operationId']} of {method} {path} "
                               f"clashes with {other}")  # fmt: skip
            item[method.lower()] = converted
        item["x-pve-text"] = node.get("text")
        leaf = _flag(node.get("leaf"))
        if leaf is not None:
            item["x-pve-leaf"] = leaf
        known = {"path", "text", "info", "children"} | ({"leaf"} if leaf is not None else set())
        for key in sorted(set(node) - known):
            item[f"x-pve-raw-{key}"] = node[key]
        if "info" not in node:
            item["x-pve-no-info"] = True
        if "children" not in node:
            item["x-pve-no-children"] = True
        paths[path] = item
        stack.extend(reversed(node.get("children") or []))
    names = {"pve": "Proxmox VE", "pmg": "Proxmox Mail Gateway", "pbs": "Proxmox Backup Server"}
    port = {"pbs": 8007}.get(product, 8006)
    return {
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": f"{names.get(product, product)} API",
            "version": version,
            "description": (
                f"Derived by pvesdk-gen from the {names.get(product, product)} {version} "
                "API schema. "
                "Every value of the source schema is kept: standard JSON Schema keywords where one "
                "fits, x-pve-* extensions for the rest."
            ),
            "x-pve-product": product,
        },
        "servers": [
            {
                "url": "https://{host}:{port}/api2/json",
                "variables": {"host": {"default": "localhost"}, "port": {"default": str(port)}},
            }
        ],
        "security": [{"apiToken": []}, {"ticket": [], "csrf": []}],
        "x-pve-overrides": overrides.applied,
        "paths": paths,
        "components": {
            "securitySchemes": {
                "apiToken": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "Authorization",
                    "description": "PVEAPIToken=USER@REALM!TOKENID=SECRET",
                },
                "ticket": {"type": "apiKey", "in": "cookie", "name": "PVEAuthCookie"},
                "csrf": {"type": "apiKey", "in": "header", "name": "CSRFPreventionToken"},
            },
            "responses": {
                "PveError": {
                    "description": (
                        "An error: the message is in the HTTP reason phrase; 400 carries "
                        "per-parameter messages in `errors`."
                    ),
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "data": {"type": "null"},
                                    "errors": {
                                        "type": "object",
                                        "additionalProperties": {"type": "string"},
                                    },
                                    "message": {"type": "string"},
                                },
                            }
                        }
                    },
                }
            },
        },
    }


# --------------------------------------------------------------------------- inverse


def _back_schema(o: dict[str, Any]) -> dict[str, Any]:
    s: dict[str, Any] = {}
    for key, value in o.items():
        if key == "pattern" and "x-pve-pattern" in o:
            continue
        if key == "x-pve-pattern":
            s["pattern"] = value
        elif key in ("type", "title", "description", "enum", "pattern", "format", *_NUMERIC_KEYS):
            s[key] = value
        elif key == "default":
            s["default"] = int(value) if o.get("type") == "boolean" else value
        elif key == "x-pve-property-string":
            s["format"] = _back_properties(value)
        elif key == "x-pve-default-key":
            s["default_key"] = int(value)
        elif key in _EXTENSIONS_BACK:
            s[_EXTENSIONS_BACK[key]] = value
        elif key == "items":
            s["items"] = _back_schema(value)
        elif key == "additionalProperties":
            s[key] = int(value) if isinstance(value, bool) else _back_schema(value)
        elif key == "oneOf":
            s["oneOf"] = [_back_schema(m) for m in value]
        elif key.startswith("x-pve-raw-"):
            s[key[len("x-pve-raw-") :]] = value
    if "properties" in o:
        s["properties"] = _back_properties(o)
    return s


def _back_properties(o: dict[str, Any]) -> dict[str, Any]:
    required = set(o.get("required", []))
    props: dict[str, Any] = {}
    for name, sub in (o.get("properties") or {}).items():
        props[name] = back = _back_schema(sub)
        if name not in required and "optional" not in back:
            back["optional"] = 1
    for sub in (o.get("patternProperties") or {}).values():
        family = sub["x-pve-family"]
        props[family["name"]] = back = _back_schema(sub)
        if not family.get("required") and "optional" not in back:
            back["optional"] = 1
    return props


def to_tree(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Rebuild the Proxmox schema tree from an OpenAPI document made by :func:`to_openapi`."""
    nodes: dict[str, dict[str, Any]] = {}
    roots: list[dict[str, Any]] = []
    for path, item in doc["paths"].items():
        node: dict[str, Any] = {"path": path, "text": item["x-pve-text"]}
        if "x-pve-leaf" in item:
            node["leaf"] = int(item["x-pve-leaf"])
        for key, value in item.items():
            if key.startswith("x-pve-raw-"):
                node[key[len("x-pve-raw-") :]] = value
        info: dict[str, Any] = {}
        for method in ("get", "post", "put", "delete"):
            if method in item:
                info[method.upper()] = _back_operation(path, item[method])
        if not item.get("x-pve-no-info"):
            node["info"] = info
        if not item.get("x-pve-no-children"):
            node["children"] = []
        parent = path.rsplit("/", 1)[0]
        while parent and parent not in nodes:  # the tree may skip a level
            parent = parent.rsplit("/", 1)[0]
        if parent:
            nodes[parent].setdefault("children", []).append(node)
        else:
            roots.append(node)
        nodes[path] = node
    return roots


def _back_operation(path: str, o: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = {}
    if "x-pve-name" in o:
        op["name"] = o["x-pve-name"]
    if "x-pve-method" in o:
        op["method"] = o["x-pve-method"]
    if "description" in o:
        op["description"] = o["description"]
    meta = o["x-pve-parameters"]
    no_props = meta.get("x-pve-no-properties", False)
    params = _back_schema(meta)
    merged: dict[str, Any] = {"properties": {}, "patternProperties": {}, "required": []}
    for p in o.get("parameters", []):
        merged["properties"][p["name"]] = p["schema"]
        if p["required"]:
            merged["required"].append(p["name"])
    body = (o.get("requestBody") or {}).get("content", {}).get("application/x-www-form-urlencoded")
    if body:
        schema = body["schema"]
        merged["properties"].update(schema.get("properties") or {})
        merged["patternProperties"].update(schema.get("patternProperties") or {})
        merged["required"] += schema.get("required", [])
    if not no_props:
        params["properties"] = _back_properties(merged)
    op["parameters"] = params
    response = o["responses"]["200"]
    if "x-pve-returns" in response:
        op["returns"] = response["x-pve-returns"]
    else:
        data = response["content"]["application/json"]["schema"]["properties"]["data"]
        op["returns"] = _back_schema(data)
    if "x-pve-permissions" in o:
        op["permissions"] = o["x-pve-permissions"]
    if "x-pve-proxyto" in o:
        op["proxyto"] = o["x-pve-proxyto"]
    for ext, key in _OP_FLAGS_BACK.items():
        if ext in o:
            op[key] = int(o[ext])
    for key, value in o.items():
        if key.startswith("x-pve-raw-"):
            op[key[len("x-pve-raw-") :]] = value
    return op
