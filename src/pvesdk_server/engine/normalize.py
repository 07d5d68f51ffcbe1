"""Config values written the way Proxmox writes them.

Proxmox parses every property string it stores and prints it back in its own order (default key
bare and first, required keys next, the rest sorted). The mock does the same with pvesdk's
generated property-string models, found through the generated config result models, so a value
sent as ``bridge=vmbr0,virtio`` is stored, and read back, as ``virtio=…,bridge=vmbr0``.
"""

from __future__ import annotations

import typing
from functools import cache
from typing import Any

__all__ = ["normalize"]


@cache
def _classes(kind: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(family base → model, plain key → model) for one guest kind's config."""
    from pvesdk._propstr import PropertyString
    from pvesdk.indexed import IndexedMap
    from pvesdk.models import NodesLxcConfigGetResult, NodesQemuConfigGetResult

    result = NodesQemuConfigGetResult if kind == "qemu" else NodesLxcConfigGetResult
    families: dict[str, Any] = {}
    plain: dict[str, Any] = {}
    for name, (base, _, _) in result.__pve_families__.items():
        (item,) = typing.get_args(result.model_fields[name].annotation)
        item = _real(item)
        if isinstance(item, type) and issubclass(item, PropertyString):
            families[base] = item
    for name, info in result.model_fields.items():
        if typing.get_origin(info.annotation) is IndexedMap:
            continue
        for arg in map(_real, (info.annotation, *typing.get_args(info.annotation))):
            if isinstance(arg, type) and issubclass(arg, PropertyString):
                plain[info.alias or name] = arg
    return families, plain


def _real(tp: Any) -> Any:
    """A result model's run-time stand-in for a property string → the model it stands for."""
    from pvesdk._model import LazyPropertyString

    if isinstance(tp, type) and issubclass(tp, LazyPropertyString):
        return tp.resolve()
    return tp


def normalize(kind: str, key: str, value: str) -> str:
    """``value`` as Proxmox would store it under ``key`` (unchanged when it cannot be read)."""
    families, plain = _classes(kind)
    model = plain.get(key)
    if model is None:
        stem = key.rstrip("0123456789")
        model = families.get(stem) if stem != key else None
    if model is None:
        return value
    try:
        return str(model.parse(value))
    except ValueError:
        return value
