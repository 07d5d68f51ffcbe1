"""Python names from wire names and paths, and the split of paths into modules."""

from __future__ import annotations

import keyword
import re

METHODS = ("get", "post", "put", "delete")
#: Path nodes per generated module before a subtree is split into modules of its own.
MODULE_LIMIT = 30
MODULE_MIN = 4
MODEL_RESERVED = frozenset(
    {
        "construct", "copy", "dict", "from_orm", "json", "parse_file", "parse_obj", "parse_raw",
        "schema", "schema_json", "update_forward_refs", "validate", "fields", "self",
    }
)  # fmt: skip
PARAM_RESERVED = frozenset({"self"})
BUILTIN_TYPES = frozenset({"list", "dict", "str", "int", "float", "bool"})


def camel(text: str) -> str:
    """Words of ``text`` (split at anything but letters and digits) in CamelCase."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", text) if part)


def snake(name: str) -> str:
    """A class name as a module name: ``NodesQemuConfigGet`` → ``nodes_qemu_config_get``."""
    return re.sub(r"(?<=[0-9a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def identifier(wire: str, reserved: frozenset[str] = frozenset()) -> str:
    """A wire name as a Python identifier (the rule the package docstring states)."""
    name = re.sub(r"[^0-9A-Za-z_]", "_", wire)
    if name[:1].isdigit():
        name = "_" + name
    if keyword.iskeyword(name) or name in reserved or name.startswith("model_"):
        name += "_"
    return name


def path_class_name(path: str) -> str:
    """A path's class name: its segments in CamelCase, ``Api`` for the root."""
    return camel(path.replace("{", "").replace("}", "")) or "Api"


def static_segments(path: str) -> tuple[str, ...]:
    """A path's segments other than ``{param}`` ones."""
    return tuple(seg for seg in path.strip("/").split("/") if seg and not seg.startswith("{"))


def assign_modules(paths: list[str]) -> dict[str, str]:
    """Module name for each path: a subtree gets its own module when it is big enough.

    A prefix holding more than :data:`MODULE_LIMIT` paths is split: each child subtree of at
    least :data:`MODULE_MIN` paths becomes a module of its own (recursively), smaller ones stay.
    """
    out: dict[str, str] = {}

    def assign(prefix: tuple[str, ...], members: list[str]) -> None:
        name = "_".join(identifier(s) for s in prefix).lower() or "root"
        if len(members) <= MODULE_LIMIT:
            out.update(dict.fromkeys(members, name))
            return
        groups: dict[str, list[str]] = {}
        for path in members:
            statics = static_segments(path)
            if len(statics) > len(prefix):
                groups.setdefault(statics[len(prefix)], []).append(path)
            else:
                out[path] = name
        for segment, group in groups.items():
            if len(group) >= MODULE_MIN or not prefix:
                assign((*prefix, segment), group)
            else:
                out.update(dict.fromkeys(group, name))

    assign((), paths)
    return out
