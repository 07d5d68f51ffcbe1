"""Schema fixes kept as data: index ranges of ``name[n]`` families and patches to Proxmox's schema.

The Proxmox schema has a few errors and gaps (a path parameter not declared, ``min``/``max`` where
``minimum``/``maximum`` is meant, no index ranges for ``net[n]``). They are corrected here, from
``data/overrides-<product>.json``, never by special cases in the generator's code. Every patch
applied is recorded in the spec (``x-pve-overrides``) so the spec says how it differs from the dump.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any


@dataclass
class Overrides:
    families: dict[str, tuple[int, int]] = field(default_factory=dict)
    patches: list[dict[str, Any]] = field(default_factory=list)
    applied: list[dict[str, Any]] = field(default_factory=list)


def load_overrides(product: str, version: str) -> Overrides:
    """The overrides for one product release: defaults, then that version's section on top."""
    name = f"overrides-{product}.json"
    try:
        text = resources.files("pvesdk_gen").joinpath("data", name).read_text()
    except FileNotFoundError:
        return Overrides()
    data = json.loads(text)
    families = {k: (int(v[0]), int(v[1])) for k, v in data.get("families", {}).items()}
    section = data.get("versions", {}).get(version, {})
    families.update({k: (int(v[0]), int(v[1])) for k, v in section.get("families", {}).items()})
    patches = [p for p in data.get("patches", []) if version in p.get("versions", [version])]
    return Overrides(families=families, patches=patches)


def _operation_list(product: str, key: str) -> set[str]:
    name = f"overrides-{product}.json"
    try:
        text = resources.files("pvesdk_gen").joinpath("data", name).read_text()
    except FileNotFoundError:
        return set()
    return {f"{o['method']} {o['path']}" for o in json.loads(text).get(key, [])}


def not_tasks(product: str) -> set[str]:
    """Writes (``"POST /path"``) whose bare-string result is not a task's UPID (``not-tasks`` in
    ``data/overrides-<product>.json``): the schema does not mark UPIDs, the IR assumes one."""
    return _operation_list(product, "not-tasks")


def tasks_or_text(product: str) -> set[str]:
    """Writes that answer a UPID or, with no work to do, a plain string (``tasks-or-text``):
    ``vzdump`` answers ``"OK"`` when none of the selected guests is on the node."""
    return _operation_list(product, "tasks-or-text")


def apply_patches(tree: list[dict[str, Any]], overrides: Overrides) -> list[dict[str, Any]]:
    """A patched deep copy of ``tree``; records what was applied in ``overrides.applied``.

    A patch names a node (``path``), optionally an operation (``method``), a location inside it
    (``at``: keys joined by ``/``) and one action: ``set`` (a dict of keys to set), ``rename``
    (old key → new key) or ``remove`` (a list of keys). A patch that no longer matches is skipped
    and not recorded: a later Proxmox release may have fixed the schema itself.
    """
    tree = copy.deepcopy(tree)
    index: dict[str, dict[str, Any]] = {}
    stack = list(tree)
    while stack:
        node = stack.pop()
        index[node["path"]] = node
        stack.extend(node.get("children") or [])
    overrides.applied = []
    for patch in overrides.patches:
        target: Any = index.get(patch["path"])
        if target is None:
            continue
        if "method" in patch:
            target = (target.get("info") or {}).get(patch["method"])
        for key in [k for k in patch.get("at", "").split("/") if k]:
            target = target.get(key) if isinstance(target, dict) else None
        if not isinstance(target, dict):
            continue
        changed = False
        for key, value in patch.get("set", {}).items():
            if target.get(key) != value:
                target[key] = copy.deepcopy(value)
                changed = True
        for old, new in patch.get("rename", {}).items():
            if old in target and new not in target:
                target[new] = target.pop(old)
                changed = True
        for key in patch.get("remove", []):
            if key in target:
                del target[key]
                changed = True
        if changed:
            overrides.applied.append({k: v for k, v in patch.items() if k != "versions"})
    return tree
