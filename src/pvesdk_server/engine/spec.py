"""The API surface the mock serves: every path and operation of the spec, matched like Proxmox's
router (static segments win over parameters), with each operation's parameter schemas."""

from __future__ import annotations

import gc
import gzip
import json
import lzma
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["Operation", "Router", "load_spec", "serves", "shipped"]


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split(".") if p.isdigit())


def _older(product: str) -> dict[str, Any]:
    """Every older release's spec, from ``<product>-releases.json.xz`` (written by pvesdk-gen
    render: one xz stream holds them all in ~120 KB, as the releases share most of their text).
    Not cached: parsed they take ~75 MiB, and a server keeps only the one it serves
    (:func:`load_spec` caches that)."""
    try:
        data = resources.files("pvesdk_server").joinpath("specs", f"{product}-releases.json.xz")
        return json.loads(lzma.decompress(data.read_bytes()))  # type: ignore[no-any-return]
    except FileNotFoundError:
        return {}


def shipped(product: str = "pve") -> list[str]:
    """The releases this package can serve, oldest first."""
    prefix = f"{product}-"
    names = [p.name for p in resources.files("pvesdk_server").joinpath("specs").iterdir()]
    newest = {
        n.removeprefix(prefix).removesuffix(".json.gz")
        for n in names
        if n.startswith(prefix) and n.endswith(".json.gz")
    }
    return sorted(newest | set(_older_names(product)), key=_key)


def serves(product: str, version: str) -> bool:
    """Whether this package ships ``version``'s spec; the newest answers without reading the
    older releases' file."""
    name = f"{product}-{version}.json.gz"
    if resources.files("pvesdk_server").joinpath("specs", name).is_file():
        return True
    return version in _older_names(product)


@cache
def _older_names(product: str) -> frozenset[str]:
    return frozenset(_older(product))


@cache
def load_spec(product: str = "pve", version: str = "9.2") -> dict[str, Any]:
    """The OpenAPI document of one release (the newest from its own gzip file).

    Raises:
        ValueError: no such release shipped; the message lists the ones there are.
    """
    name = f"{product}-{version}.json.gz"
    try:
        data = resources.files("pvesdk_server").joinpath("specs", name).read_bytes()
    except FileNotFoundError:
        older = _older(product)
        if version in older:
            return older[version]  # type: ignore[no-any-return]
        available = ", ".join(shipped(product)) or "none"
        raise ValueError(
            f"no spec for {product} {version} in pvesdk_server/specs (shipped: {available})"
        ) from None
    return _decode(gzip.decompress(data))  # type: ignore[no-any-return]


def _decode(text: bytes) -> Any:
    """JSON ``text`` as Python objects: msgspec's decoder (the server's Litestar brings it) reads
    the 3.6 MB spec in about half json's time; the ``cli`` extra alone has only json. The cyclic
    garbage collector pauses meanwhile: decoded JSON holds no cycles, and in a fresh process its
    full collections, run for the ~90,000 new values, took as long as the decoding itself."""
    decode: Callable[[bytes], Any]
    try:
        from msgspec.json import decode
    except ImportError:
        decode = json.loads
    enabled = gc.isenabled()
    gc.disable()
    try:
        return decode(text)
    finally:
        if enabled:
            gc.enable()


@dataclass
class Operation:
    """One operation of the OpenAPI document, flattened for parameter verification.

    ``properties`` holds every parameter's schema (path, query and form alike), ``families`` the
    numbered ones (``net[n]``) as ``(base, minimum, maximum, schema)``, ``additional`` whether
    unknown parameters are allowed (``x-pve-parameters``).
    """

    method: str
    template: str  # /nodes/{node}/qemu
    schema: dict[str, Any]  # the OpenAPI operation
    properties: dict[str, dict[str, Any]] = field(default_factory=dict)
    families: list[tuple[str, int, int, dict[str, Any]]] = field(default_factory=list)
    required: set[str] = field(default_factory=set)
    additional: bool = False
    path_params: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, method: str, template: str, op: dict[str, Any]) -> Operation:
        """The operation at ``method template`` from its OpenAPI operation object ``op``."""
        made = cls(method, template, op)
        for param in op.get("parameters", []):
            made.properties[param["name"]] = param["schema"]
            if param["required"]:
                made.required.add(param["name"])
            if param["in"] == "path":
                made.path_params.append(param["name"])
        body = (op.get("requestBody") or {}).get("content", {})
        form = body.get("application/x-www-form-urlencoded", {}).get("schema", {})
        made.properties.update(form.get("properties") or {})
        made.required.update(form.get("required") or [])
        for sub in (form.get("patternProperties") or {}).values():
            family = sub["x-pve-family"]
            base = family["name"].removesuffix("[n]")
            made.families.append((base, family["minimum"], family["maximum"], sub))
        meta = op.get("x-pve-parameters") or {}
        made.additional = bool(meta.get("additionalProperties", False))
        return made


class _Node:
    __slots__ = ("ops", "param", "static", "template")

    def __init__(self) -> None:
        self.static: dict[str, _Node] = {}
        self.param: tuple[str, _Node] | None = None
        self.ops: dict[str, Operation] = {}
        self.template = ""


class Router:
    """Finds the operation for a concrete path: a tree of static segments and one ``{param}``
    branch a level.

    Static segments win over the parameter, as the Proxmox router
    (``PVE::RESTHandler::find_handler``) does.
    """

    def __init__(self, spec: dict[str, Any]) -> None:
        self.root = _Node()
        for template, item in spec["paths"].items():
            node = self.root
            for segment in template.strip("/").split("/"):
                if segment.startswith("{") and segment.endswith("}"):
                    if node.param is None:
                        node.param = (segment[1:-1], _Node())
                    node = node.param[1]
                else:
                    node = node.static.setdefault(segment, _Node())
            node.template = template
            for method in ("get", "post", "put", "delete"):
                if method in item:
                    node.ops[method.upper()] = Operation.build(
                        method.upper(), template, item[method]
                    )

    def match(self, segments: list[str]) -> tuple[str, dict[str, str], dict[str, Operation]] | None:
        """(template, path parameters, operations) for decoded path segments, or None."""
        found = self._match(self.root, segments, {})
        if found is None:
            return None
        node, params = found
        return node.template, params, node.ops

    def _match(
        self, node: _Node, segments: list[str], params: dict[str, str]
    ) -> tuple[_Node, dict[str, str]] | None:
        if not segments:
            return (node, params) if node.template else None
        head, rest = segments[0], segments[1:]
        child = node.static.get(head)
        if child is not None:
            found = self._match(child, rest, params)
            if found is not None:
                return found
        if node.param is not None and head:
            name, sub = node.param
            return self._match(sub, rest, {**params, name: head})
        return None
