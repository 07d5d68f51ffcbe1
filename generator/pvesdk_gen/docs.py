"""The API reference of the docs site, printed from our OpenAPI document and the IR.

One Markdown page per generated module (a subtree such as ``nodes/qemu``), listing each path
with the Python call that reaches it (``client.nodes.node(node).qemu.vmid(vmid).config.get()``),
each operation's parameters (Python name, annotation, enum values, range, length, pattern,
format, default, property-string syntax, indexed-family range), its permissions and its result
model's fields, and (given every release's spec) the release an operation or parameter appeared
in or went away. Names and annotations come from :func:`ir.build`, the facts from the schema, so
the reference says what the generated code does. ``docs/gen_reference.py`` (a mkdocs-gen-files
script) writes these pages at build time; nothing here is committed.
"""

from __future__ import annotations

import html
import json
import re
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .history import History, operation_key
from .ir import Model, Module, Operation, Package, Param, PathClass, build
from .ir.docstrings import paragraphs
from .ir.typeref import TypeRef

__all__ = ["ReferencePage", "reference_pages", "reference_pages_from_file"]

_ESCAPE = re.compile(r"([\\`*_\[\]{}()#+!|])")


@dataclass(frozen=True)
class ReferencePage:
    """One page of the API reference: its path, title and Markdown text."""

    path: str  # relative to the reference's directory, e.g. "nodes_qemu.md"
    title: str
    text: str


def md(text: str) -> str:
    """Plain schema text as Markdown that shows exactly that text."""
    return _ESCAPE.sub(r"\\\1", html.escape(" ".join(text.split()), quote=False))


def code(text: str) -> str:
    """``text`` as one inline code span, whatever backticks it holds."""
    text = " ".join(str(text).split())
    fence = "`" * (max((len(m) for m in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def title_of(module: str) -> str:
    return "/" if module == "root" else module.replace("_", "/")


def calls(package: Package) -> dict[str, str]:
    """Path class name → the Python expression reaching it from ``client``."""
    classes = {c.name: c for m in package.modules for c in m.classes}
    out = {package.root_class: "client"}
    queue = deque([package.root_class])
    while queue:
        parent = classes[queue.popleft()]
        for child in parent.children:
            step = f".{child.attr}" if child.param_annotation is None else (
                f".{child.attr}({child.attr})"
            )  # fmt: skip
            out[child.class_name] = out[parent.name] + step
            queue.append(child.class_name)
    return out


def _schemas(op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Wire name (``net[n]`` for a family) → its schema, for one operation of the document."""
    found: dict[str, dict[str, Any]] = {}
    for param in op.get("parameters", []):
        if param["in"] == "query":
            found[param["name"]] = param["schema"]
    content = (op.get("requestBody") or {}).get("content", {})
    body = content.get("application/x-www-form-urlencoded", {}).get("schema", {})
    found.update(body.get("properties") or {})
    for sub in (body.get("patternProperties") or {}).values():
        found[sub["x-pve-family"]["name"]] = sub
    return found


def facts(schema: dict[str, Any]) -> list[str]:
    """What the schema says about a value besides its description, as Markdown sentences."""
    out: list[str] = []
    enum = schema.get("enum") or (schema.get("items") or {}).get("enum")
    if enum:
        out.append("One of " + ", ".join(code(str(v)) for v in enum) + ".")
    if "minimum" in schema or "maximum" in schema:
        low, high = schema.get("minimum", "-∞"), schema.get("maximum", "∞")
        out.append(f"Range {code(low)} to {code(high)}.")
    if "minLength" in schema or "maxLength" in schema:
        low, high = schema.get("minLength", 0), schema.get("maxLength", "any")
        out.append(f"Length {code(low)} to {code(high)}.")
    if "pattern" in schema:
        out.append(f"Pattern {code(schema['pattern'])}.")
    if "format" in schema:
        out.append(f"Format {code(schema['format'])}.")
    if "default" in schema:
        default = schema["default"]
        if isinstance(default, bool):
            default = int(default)
        out.append(f"Default {code(str(default))}.")
    elif "x-pve-raw-default" in schema:
        out.append(f"Default: {md(str(schema['x-pve-raw-default']))}.")
    listed = "x-pve-property-string" in schema or str(schema.get("format", "")).endswith("-list")
    if listed and "x-pve-typetext" in schema:
        out.append(f"Syntax {code(schema['x-pve-typetext'])}.")
    family = schema.get("x-pve-family")
    if family:
        low, high = family["minimum"], family["maximum"]
        base = str(family["name"]).removesuffix("[n]")
        out.append(
            f"Indexed family: {code('{index: value}')} for {code(f'{base}{low}')} … "
            f"{code(f'{base}{high}')}."
        )
    return out


def _param(param: Param, schema: dict[str, Any], note: str = "") -> str:
    text = " ".join(paragraphs(schema.get("description"))) or "(no description in the schema)"
    kind = "required" if param.required else "optional"
    same = param.wire == param.name or "x-pve-family" in schema
    wire = "" if same else f", sent as {code(param.wire)}"
    return f"- {code(param.name)} ({code(str(param.annotation))}, {kind}{wire}): " + " ".join(
        [md(text), *facts(schema), *([f"*{note}*"] if note else [])]
    )


def _release_note(history: History | None, key: str, wire: str | None = None) -> str:
    """``"New in 8.2."`` (or removed in) for an operation or one of its parameters; ``""`` when
    every release with a spec has it or there is no history."""
    if history is None or key not in history.operations:
        return ""
    mask = history.param_mask(key, wire) if wire else history.operations[key]
    if wire and mask == history.operations[key]:
        return ""  # the same as its operation: said once, at the operation
    return history.note(mask)


def _permissions(op: dict[str, Any]) -> list[str]:
    perms = op.get("x-pve-permissions") or {}
    out: list[str] = []
    if perms.get("description"):
        out.append(md(" ".join(paragraphs(perms["description"]))))
    if perms.get("check"):
        out.append(f"Check: {code(json.dumps(perms['check']))}.")
    if perms.get("user"):
        out.append(f"User: {code(perms['user'])}.")
    if op.get("x-pve-allowtoken") is False:
        out.append("Not available to API tokens.")
    return out


def _models(returns: TypeRef, models: dict[str, Model]) -> list[Model]:
    """The result models an annotation names, then the models their fields name, once each."""
    order: list[Model] = []
    pending = _model_names(returns)
    while pending:
        name = pending.pop(0)
        model = models.get(name)
        if model is None or model in order:
            continue
        order.append(model)
        for item in model.fields:
            pending += _model_names(item.annotation)
    return order


def _model_names(ref: TypeRef) -> list[str]:
    return [c.name for c in ref.classes() if c.kind == "model"]


def _result(operation: Operation, data: dict[str, Any], models: dict[str, Model]) -> list[str]:
    note = " ".join(paragraphs(data.get("description")))
    lines = [f"**Returns** {code(str(operation.returns))}" + (f": {md(note)}" if note else "")]
    for model in _models(operation.returns, models):
        lines += ["", f"{code(model.name)} fields:", ""]
        for item in model.fields:
            wire = f", key {code(item.alias)}" if item.alias else ""
            doc = f": {md(item.doc)}" if item.doc.strip() else ""
            lines.append(f"- {code(item.name)} ({code(str(item.annotation))}{wire}){doc}")
        for name, base, low, high in model.families:
            lines.append(
                f"- {code(name)}: the family {code(f'{base}{low}')} … {code(f'{base}{high}')} "
                f"as an {code('IndexedMap')} (also readable as {code(f'result[{base}{low!r}]')})"
            )
    return lines


def _operation(
    path: str,
    call: str,
    operation: Operation,
    op: dict[str, Any],
    models: dict[str, Model],
    history: History | None = None,
) -> list[str]:
    summary = (paragraphs(op.get("description")) or [operation.http])[0]
    key = operation_key(operation.method, path)
    note = _release_note(history, key)
    required = [p.name for p in operation.params if p.required]
    args = [f"{name}=…" for name in required]
    if len(required) < len(operation.params):
        args.append("…")
    lines = [
        f"### {operation.http} {code(op.get('x-pve-name', ''))}",
        "",
        md(" ".join(paragraphs(op.get("description"))) or summary),
        "",
        *([f"**Proxmox VE:** {note}", ""] if note else []),
        "```python",
        f"{call}.{operation.method}({', '.join(args)})",
        "```",
        "",
    ]
    schemas = _schemas(op)
    if operation.params:
        lines += ["**Parameters**", ""]
        lines += [
            _param(p, schemas.get(p.wire, {}), _release_note(history, key, p.wire))
            for p in operation.params
        ]
        lines.append("")
    content = op["responses"]["200"]["content"]["application/json"]["schema"]
    lines += [*_result(operation, content["properties"]["data"], models), ""]
    perms = _permissions(op)
    if perms:
        lines += ["**Permissions** " + " ".join(perms), ""]
    notes = []
    if op.get("x-pve-proxyto"):
        notes.append(f"Forwarded to the node named by {code(op['x-pve-proxyto'])}.")
    if op.get("x-pve-protected"):
        notes.append("Runs in the privileged daemon (protected).")
    if notes:
        lines += [" ".join(notes), ""]
    return lines


def _page(
    module: Module,
    doc: dict[str, Any],
    call_of: dict[str, str],
    version: str,
    history: History | None = None,
) -> str:
    models = {m.name: m for m in module.models}
    title = title_of(module.name)
    ops = sum(len(c.operations) for c in module.classes)
    lines = [
        f"# {md(title)}",
        "",
        f"Proxmox VE {version}: {len(module.classes)} paths, {ops} operations. Generated from "
        f"the API schema; the classes are in {code(f'pvesdk._generated.sync.{module.name}')} "
        "(and the same names, awaited, for `AsyncPveClient`).",
        "",
    ]
    classes: list[PathClass] = sorted(module.classes, key=lambda c: c.path)
    for path_class in classes:
        item = doc["paths"].get(path_class.path, {})
        lines += [
            f"## {code(path_class.path or '/')}",
            "",
            f"{code(call_of[path_class.name])} is a {code(path_class.name)}.",
            "",
        ]
        for operation in path_class.operations:
            lines += _operation(
                path_class.path,
                call_of[path_class.name],
                operation,
                item[operation.method],
                models,
                history,
            )
    return "\n".join(lines).rstrip() + "\n"


def reference_pages(doc: dict[str, Any], history: History | None = None) -> list[ReferencePage]:
    """Every page of the API reference for one OpenAPI document, ``index.md`` and
    ``SUMMARY.md`` (the section's navigation, for mkdocs-literate-nav) included.

    With the ``history`` of every release (:func:`pvesdk_gen.cli.release_history`), operations and
    parameters say the release they appeared in ("New in 8.2.") or went away in.
    """
    package = build(doc, history)
    call_of = calls(package)
    version = package.version
    modules = [m for m in package.modules if any(c.operations for c in m.classes)]
    pages = [
        ReferencePage(f"{m.name}.md", title_of(m.name), _page(m, doc, call_of, version, history))
        for m in modules
    ]
    index = [
        "# API reference",
        "",
        f"Every path and operation of the Proxmox VE {version} API ({package.path_count} paths, "
        f"{package.operation_count} operations), with the Python call that reaches it. A static "
        "path segment is an attribute, a `{param}` segment a method taking its value; the "
        "operation is `get`, `post`, `put` or `delete` with keyword arguments. "
        "`AsyncPveClient` has the same tree: `await` the call.",
        "",
        "One page per subtree:",
        "",
    ]
    for m in modules:
        ops = sum(len(c.operations) for c in m.classes)
        index.append(f"- [{md(title_of(m.name))}]({m.name}.md): {ops} operations")
    summary = ["* [Overview](index.md)"] + [f"* [{p.title}]({p.path})" for p in pages]
    return [
        ReferencePage("index.md", "API reference", "\n".join(index) + "\n"),
        *pages,
        ReferencePage("SUMMARY.md", "", "\n".join(summary) + "\n"),
    ]


def reference_pages_from_file(spec: Path, *, root: Path | None = None) -> list[ReferencePage]:
    """:func:`reference_pages` of an ``openapi.json`` file; with the checkout's ``root``, the
    committed specs of the older releases give each operation and parameter its release."""
    doc: dict[str, Any] = json.loads(spec.read_text())
    if root is None:
        return reference_pages(doc)
    from .cli import release_history
    from .layout import Layout

    return reference_pages(doc, release_history(Layout(root), doc))
