"""Schema fixes kept as data: index ranges of ``name[n]`` families and patches to Proxmox's schema.

The Proxmox schema has a few errors and gaps (a path parameter not declared, ``min``/``max`` where
``minimum``/``maximum`` is meant, no index ranges for ``net[n]``). They are corrected here, from
``data/overrides-<product>.json``, never by special cases in the generator's code. Every patch
applied is recorded in the spec (``x-pve-overrides``) so the spec says how it differs from the dump.

The file's shape is checked (pydantic, unknown keys refused), and a patch that no longer finds
what it fixes is an error naming it: a new Proxmox release that moved or renamed a node must not
quietly undo a fix. A patch whose fix Proxmox made itself (the value is already right) is fine
and not recorded. A patch for a path that only some releases have says so with ``since`` (the
first release it applies to) or ``versions`` (the releases it applies to).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from importlib import resources
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import GenError

__all__ = [
    "Overrides",
    "OverridesFile",
    "Patch",
    "apply_patches",
    "load_overrides",
    "not_tasks",
    "parse_overrides",
    "tasks_or_text",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def _release(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


class Patch(_Strict):
    """One fix: a node (``path``), optionally an operation (``method``), a location inside it
    (``at``: keys joined by ``/``) and exactly one action: ``set`` (keys to set), ``rename``
    (old key → new key) or ``remove`` (keys to drop)."""

    why: Annotated[str, Field(min_length=1)]
    path: Annotated[str, Field(pattern=r"^/")]
    method: Literal["GET", "POST", "PUT", "DELETE"] | None = None
    at: str = ""
    set: dict[str, Any] | None = None
    rename: dict[str, str] | None = None
    remove: list[str] | None = None
    since: Annotated[str | None, Field(pattern=r"^\d+(\.\d+)*$")] = None
    versions: list[str] | None = None

    @model_validator(mode="after")
    def _one_action(self) -> Patch:
        actions = [name for name in ("set", "rename", "remove") if getattr(self, name)]
        if len(actions) != 1:
            raise ValueError(f"a patch needs exactly one of set, rename, remove (has {actions})")
        return self

    def applies_to(self, version: str) -> bool:
        """Whether this patch is meant for ``version`` (``"9.2"``)."""
        if self.versions is not None and version not in self.versions:
            return False
        return self.since is None or _release(version) >= _release(self.since)

    def describe(self) -> str:
        """``PUT /cluster/options at parameters/… ("why")``: how errors name the patch."""
        where = f"{self.method} {self.path}" if self.method else self.path
        at = f" at {self.at}" if self.at else ""
        return f"{where}{at} ({self.why!r})"

    def record(self) -> dict[str, Any]:
        """The patch as the spec records it in ``x-pve-overrides`` (without release filters)."""
        data = self.model_dump(exclude_none=True, exclude={"since", "versions"})
        if not data.get("at"):
            data.pop("at", None)
        return data


Range = tuple[int, int]


class NotTask(_Strict):
    """A write whose bare-string result is not (always) a task's UPID."""

    method: Literal["POST", "PUT", "DELETE"]
    path: Annotated[str, Field(pattern=r"^/")]
    why: Annotated[str, Field(min_length=1)]


class VersionSection(_Strict):
    """What one release adds: more family ranges."""

    families: dict[str, Range] = Field(default_factory=dict)


class OverridesFile(_Strict):
    """The whole ``data/overrides-<product>.json``."""

    comment: str = ""
    families: dict[str, Range] = Field(default_factory=dict)
    patches: list[Patch] = Field(default_factory=list)
    not_tasks: list[NotTask] = Field(default_factory=list, alias="not-tasks")
    tasks_or_text: list[NotTask] = Field(default_factory=list, alias="tasks-or-text")
    versions: dict[str, VersionSection] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _ranges_ascend(self) -> OverridesFile:
        sections = [self.families, *(section.families for section in self.versions.values())]
        for families in sections:
            for name, (low, high) in families.items():
                if not 0 <= low <= high:
                    raise ValueError(f"family {name!r}: range [{low}, {high}] is not ascending")
        return self


@dataclass
class Overrides:
    """The overrides for one release: family ranges, the patches meant for it, and (after
    :func:`apply_patches`) the patches that changed something, as the spec records them."""

    families: dict[str, tuple[int, int]] = field(default_factory=dict)
    patches: list[Patch] = field(default_factory=list)
    applied: list[dict[str, Any]] = field(default_factory=list)
    source: str = "overrides"
    version: str = ""


def read_overrides_file(product: str) -> tuple[str, OverridesFile | None]:
    """(file name, its checked content); None when the product has no overrides file.

    Raises:
        GenError: the file is not JSON or not of the expected shape (naming the place).
    """
    name = f"overrides-{product}.json"
    try:
        text = resources.files("pvesdk_gen").joinpath("data", name).read_text()
    except FileNotFoundError:
        return name, None
    return name, parse_overrides(text, name)


def parse_overrides(text: str, name: str) -> OverridesFile:
    """The checked content of an overrides file (``name`` is how errors call it).

    Raises:
        GenError: not JSON, or not of the expected shape: each problem with its place
            (``patches.3.method: Input should be 'GET', …``).
    """
    try:
        return OverridesFile.model_validate_json(text)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in error['loc']) or '(top)'}: {error['msg']}"
            for error in exc.errors()
        )
        raise GenError(f"{name}: {problems}") from None


def load_overrides(product: str, version: str) -> Overrides:
    """The overrides for one product release: defaults, then that version's section on top.

    Raises:
        GenError: the overrides file is malformed (see :func:`read_overrides_file`).
    """
    name, data = read_overrides_file(product)
    if data is None:
        return Overrides(version=version)
    families = dict(data.families)
    section = data.versions.get(version)
    if section is not None:
        families.update(section.families)
    patches = [patch for patch in data.patches if patch.applies_to(version)]
    return Overrides(families=families, patches=patches, source=name, version=version)


def not_tasks(product: str) -> set[str]:
    """Writes (``"POST /path"``) whose bare-string result is not a task's UPID (``not-tasks`` in
    ``data/overrides-<product>.json``): the schema does not mark UPIDs, the IR assumes one.

    Raises:
        GenError: the overrides file is malformed.
    """
    _, data = read_overrides_file(product)
    return set() if data is None else {f"{o.method} {o.path}" for o in data.not_tasks}


def tasks_or_text(product: str) -> set[str]:
    """Writes that answer a UPID or, with no work to do, a plain string (``tasks-or-text``):
    ``vzdump`` answers ``"OK"`` when none of the selected guests is on the node.

    Raises:
        GenError: the overrides file is malformed.
    """
    _, data = read_overrides_file(product)
    return set() if data is None else {f"{o.method} {o.path}" for o in data.tasks_or_text}


def _target(index: dict[str, dict[str, Any]], patch: Patch) -> tuple[Any, str]:
    """The dict a patch changes, or None and what was missing."""
    target: Any = index.get(patch.path)
    if target is None:
        return None, "no such path"
    if patch.method is not None:
        target = (target.get("info") or {}).get(patch.method)
        if target is None:
            return None, f"the path has no {patch.method}"
    for key in [k for k in patch.at.split("/") if k]:
        target = target.get(key) if isinstance(target, dict) else None
        if target is None:
            return None, f"nothing at {key!r}"
    if not isinstance(target, dict):
        return None, "the location is not an object"
    return target, ""


def apply_patches(
    tree: list[dict[str, Any]], overrides: Overrides, *, strict: bool = True
) -> list[dict[str, Any]]:
    """A patched deep copy of ``tree``; records what changed it in ``overrides.applied``.

    ``strict=False`` skips a stale patch instead (codegen for a live cluster).

    Raises:
        GenError: (strict) a patch is stale (its path, method or location is gone, or neither
            key of a rename is there), naming the patch, the release and the overrides file.
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
        target, missing = _target(index, patch)
        if target is None:
            if strict:
                _stale(overrides, patch, missing)
            continue
        changed = False
        for key, value in (patch.set or {}).items():
            if target.get(key) != value:
                target[key] = copy.deepcopy(value)
                changed = True
        for old, new in (patch.rename or {}).items():
            if old in target and new not in target:
                target[new] = target.pop(old)
                changed = True
            elif old not in target and new not in target and strict:
                _stale(overrides, patch, f"neither {old!r} nor {new!r} is there")
        for key in patch.remove or []:
            if key in target:
                del target[key]
                changed = True
        if changed:
            overrides.applied.append(patch.record())
    return tree


def _stale(overrides: Overrides, patch: Patch, missing: str) -> None:
    release = f" {overrides.version}" if overrides.version else ""
    raise GenError(
        f"{overrides.source}: stale patch for release{release}: {patch.describe()}: {missing}; "
        "fix or drop it, or limit it with 'since'/'versions'"
    )
