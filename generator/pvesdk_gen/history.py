"""Which releases have each operation and parameter, read from the committed specs of every release.

An availability is a bit mask over the releases, oldest first (bit 0 is the oldest release with a
spec): exact even when something disappears and comes back. ``since`` is the first release that
has it (``None`` when the oldest release already has it: we cannot tell how old it is), ``removed``
the release after the last one that has it (``None`` while the newest release still has it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

METHODS = ("get", "post", "put", "delete")


def operation_key(method: str, path: str) -> str:
    """``"POST /nodes/{node}/qemu"``: how history and diff name an operation."""
    return f"{method.upper()} {path}"


def parameters(op: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """An operation's query and body parameters by wire name (families as ``net[n]``).

    Path parameters are left out: they come with the path.
    """
    out: dict[str, dict[str, Any]] = {}
    for param in op.get("parameters", []):
        if param["in"] == "query":
            out[param["name"]] = param["schema"]
    body = (op.get("requestBody") or {}).get("content", {}).get("application/x-www-form-urlencoded")
    if body:
        out.update(body["schema"].get("properties") or {})
        for sub in (body["schema"].get("patternProperties") or {}).values():
            out[sub["x-pve-family"]["name"]] = sub
    return out


def operations(doc: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Every operation of a spec by :func:`operation_key`."""
    return {
        operation_key(method, path): item[method]
        for path, item in doc["paths"].items()
        for method in METHODS
        if method in item
    }


@dataclass
class History:
    """Which releases have each operation and parameter: a bit mask per key, bit ``i`` for
    ``releases[i]``.
    """

    releases: list[str]
    #: operation key → availability mask
    operations: dict[str, int] = field(default_factory=dict)
    #: operation key → parameter wire name → mask, only where it differs from the operation's
    params: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def full(self) -> int:
        """The mask of every release."""
        return (1 << len(self.releases)) - 1

    def since(self, mask: int) -> str | None:
        """The first release in ``mask``; None when it is the oldest one known."""
        first = (mask & -mask).bit_length() - 1
        return self.releases[first] if first > 0 else None

    def removed(self, mask: int) -> str | None:
        """The release after the last one in ``mask``; None when the newest still has it."""
        last = mask.bit_length() - 1
        return self.releases[last + 1] if 0 <= last < len(self.releases) - 1 else None

    def param_mask(self, key: str, wire: str) -> int:
        """The mask of parameter ``wire`` of operation ``key`` (else the operation's)."""
        return self.params.get(key, {}).get(wire, self.operations.get(key, 0))

    def note(self, mask: int) -> str:
        """``"New in Proxmox VE 8.1."``, ``"Removed in 9.0."``, both, or ``""``."""
        since, removed = self.since(mask), self.removed(mask)
        parts = []
        if since:
            parts.append(f"New in {since}")
        if removed:
            parts.append(f"removed in {removed}" if parts else f"Removed in {removed}")
        return ", ".join(parts) + "." if parts else ""


def history(docs: Mapping[str, Mapping[str, Any]]) -> History:
    """The history of ``docs`` (release → OpenAPI document), given oldest first."""
    releases = list(docs)
    found = History(releases)
    param_masks: dict[str, dict[str, int]] = {}
    for bit, doc in enumerate(docs.values()):
        for key, op in operations(doc).items():
            found.operations[key] = found.operations.get(key, 0) | (1 << bit)
            masks = param_masks.setdefault(key, {})
            for wire in parameters(op):
                masks[wire] = masks.get(wire, 0) | (1 << bit)
    for key in sorted(param_masks):
        differing = {
            w: m for w, m in sorted(param_masks[key].items()) if m != found.operations[key]
        }
        if differing:
            found.params[key] = differing
    found.operations = dict(sorted(found.operations.items()))
    return found
