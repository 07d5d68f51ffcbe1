"""Read the API schema array out of a viewer script (``apidoc.js``/``apidata.js``); check its shape.

A Proxmox host serves its schema as a script that starts with ``const apiSchema = [ ... ];``
(PMG: ``var pmgapi = [ ... ];``), usually followed by the viewer's own code.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from .errors import GenError

_ASSIGNMENT = re.compile(r"\b(?:const|var|let)\s+([A-Za-z_$][\w$]*)\s*=\s*\[")
_METHODS = frozenset({"GET", "POST", "PUT", "DELETE"})


def parse_schema_script(text: str, *, source: str = "schema") -> list[dict[str, Any]]:
    """Return the schema tree assigned by the first ``const|var|let NAME = [`` in ``text``."""
    match = _ASSIGNMENT.search(text)
    if match is None:
        raise GenError(
            f"{source}: no 'const apiSchema = [' assignment found (not an API viewer script)"
        )
    start = match.end() - 1
    try:
        tree, _ = json.JSONDecoder().raw_decode(text, start)
    except json.JSONDecodeError as exc:
        raise GenError(
            f"{source}: the {match.group(1)} array is malformed or truncated "
            f"({exc.msg} at line {exc.lineno} column {exc.colno})"
        ) from None
    check_tree(tree, source=source)
    return tree  # type: ignore[no-any-return]


def check_tree(tree: Any, *, source: str = "schema") -> None:
    """Raise :class:`GenError` unless ``tree`` has the shape of a Proxmox API schema."""
    if not isinstance(tree, list) or not tree:
        raise GenError(f"{source}: expected a non-empty array of API path nodes")
    count = 0
    stack: list[tuple[Any, str]] = [(node, "") for node in tree]
    while stack:
        node, parent = stack.pop()
        if not isinstance(node, dict):
            raise GenError(f"{source}: a child of {parent or 'the root'} is not an object")
        path = node.get("path")
        if not isinstance(path, str) or not path.startswith("/"):
            raise GenError(f"{source}: a node under {parent or 'the root'} has no valid 'path'")
        info = node.get("info", {})
        if not isinstance(info, dict):
            raise GenError(f"{source}: {path}: 'info' is not an object")
        for method, op in info.items():
            if method not in _METHODS:
                raise GenError(f"{source}: {path}: unknown HTTP method {method!r}")
            if not isinstance(op, dict) or not isinstance(op.get("parameters", {}), dict):
                raise GenError(f"{source}: {method} {path}: operation is not an object")
        children = node.get("children", [])
        if not isinstance(children, list):
            raise GenError(f"{source}: {path}: 'children' is not an array")
        stack.extend((child, path) for child in children)
        count += 1
    if count == 0:
        raise GenError(f"{source}: the schema holds no paths")


def canonical_json(tree: Any) -> bytes:
    """The capture's canonical bytes: same schema in, same bytes out, whatever produced it."""
    return (json.dumps(tree, sort_keys=True, ensure_ascii=False, indent=1) + "\n").encode()


def sha256(data: bytes) -> str:
    """The hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def walk(tree: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """All nodes of the tree, depth first, in document order."""
    out: list[dict[str, Any]] = []
    stack = list(reversed(tree))
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(reversed(node.get("children") or []))
    return out
