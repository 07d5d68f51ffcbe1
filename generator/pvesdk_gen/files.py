"""The generator's only writes: a spec with its lock file, and the generated package, each atomic.

Everything is computed in memory first; a failure before these functions leaves the tree as it
was, and each write replaces its target in one rename so nothing is left half-written.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from . import GENERATOR_VERSION


def spec_bytes(doc: dict[str, Any]) -> bytes:
    """The spec as committed: JSON indented by one, UTF-8, a final newline."""
    return (json.dumps(doc, indent=1, ensure_ascii=False) + "\n").encode()


def lock_bytes(
    doc: dict[str, Any], *, source_sha256: str, spec_sha256: str, capture_size: int
) -> bytes:
    """The lock file: the capture's and the spec's SHA-256, the capture's size in bytes, counts."""
    paths = doc["paths"]
    ops = sum(1 for item in paths.values() for m in ("get", "post", "put", "delete") if m in item)
    lock = {
        "product": doc["info"].get("x-pve-product", "pve"),
        "version": doc["info"]["version"],
        "generator": GENERATOR_VERSION,
        "source_sha256": source_sha256,
        "source_bytes": capture_size,
        "spec_sha256": spec_sha256,
        "paths": len(paths),
        "operations": ops,
        "overrides_applied": len(doc.get("x-pve-overrides", [])),
    }
    return (json.dumps(lock, indent=2) + "\n").encode()


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename (never half-written)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_tree(target: Path, files: dict[str, str]) -> None:
    """Replace directory ``target`` with exactly ``files`` (relative path → text)."""
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=parent))
    try:
        for rel, text in files.items():
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=parent))
            old.rmdir()
            target.rename(old)
        staging.rename(target)
        if old is not None:
            shutil.rmtree(old)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def diff_tree(target: Path, files: dict[str, str]) -> list[str]:
    """Relative paths where ``target`` differs from ``files`` (missing, extra or changed)."""
    problems: list[str] = []
    present = {
        p.relative_to(target).as_posix()
        for p in target.rglob("*.py")
        if "__pycache__" not in p.parts
    } if target.exists() else set()  # fmt: skip
    for rel, text in sorted(files.items()):
        path = target / rel
        if rel not in present:
            problems.append(f"missing {rel}")
        elif path.read_text() != text:
            problems.append(f"differs {rel}")
    problems += [f"extra {rel}" for rel in sorted(present - set(files))]
    return problems
