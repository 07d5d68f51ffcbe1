"""Where pvesdk-gen reads and writes: the checkout's layout (or an installed one), the
committed specs of each release (plain JSON for the newest, reproducible gzip for older ones)
and their lock files, and where ``--package NAME`` renders a user's package."""

from __future__ import annotations

import atexit
import gzip
import json
import keyword
import lzma
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import GenError
from .files import spec_bytes, write_atomic

#: A release's spec: plain JSON for the newest release, gzip (reproducible) for older ones.
SPEC_NAMES = ("openapi.json", "openapi.json.gz")


def release_key(version: str) -> tuple[int, ...]:
    """``"8.10"`` sorts after ``"8.9"``; a name that is not dotted numbers sorts first."""
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return ()


@dataclass
class Layout:
    """Where things live in a checkout of the project."""

    root: Path

    @property
    def templates(self) -> Path:
        """The Jinja templates directory."""
        return self.root / "templates"

    @property
    def generated(self) -> Path:
        """``src/pvesdk/_generated``, where rendered code goes."""
        return self.root / "src" / "pvesdk" / "_generated"

    def generated_for(self, product: str) -> Path:
        """Where ``product``'s code goes: ``_generated`` (PVE), ``_generated_pmg``, …."""
        return (
            self.generated
            if product == "pve"
            else self.generated.with_name(f"_generated_{product}")
        )

    @staticmethod
    def package_for(product: str) -> str:
        """The import name of ``product``'s generated package (see :meth:`generated_for`)."""
        return "pvesdk._generated" if product == "pve" else f"pvesdk._generated_{product}"

    def server_spec(self, product: str, version: str) -> Path:
        """The spec copy the mock server loads at run time (package data, gzip)."""
        return self.root / "src" / "pvesdk_server" / "specs" / f"{product}-{version}.json.gz"

    def server_releases(self, product: str) -> Path:
        """Every older release's spec in one xz stream, for ``pvesdk-server --version``."""
        return self.root / "src" / "pvesdk_server" / "specs" / f"{product}-releases.json.xz"

    def spec_dir(self, product: str, version: str) -> Path:
        """``specs/<product>/<version>``: the committed OpenAPI document and its lock file."""
        return self.root / "specs" / product / version

    def releases(self, product: str) -> list[str]:
        """The releases with a committed spec, oldest first."""
        base = self.root / "specs" / product
        found = [
            d.name
            for d in base.iterdir()
            if d.is_dir() and any((d / name).is_file() for name in SPEC_NAMES)
        ] if base.is_dir() else []  # fmt: skip
        return sorted(found, key=release_key)

    def is_newest(self, product: str, version: str) -> bool:
        """True when no committed spec is newer: that release's spec is plain and gets the code."""
        return all(release_key(v) <= release_key(version) for v in self.releases(product))

    def spec_file(self, product: str, version: str) -> Path:
        """The newest release's spec is plain JSON (reviewable); older ones are gzipped."""
        name = SPEC_NAMES[0] if self.is_newest(product, version) else SPEC_NAMES[1]
        return self.spec_dir(product, version) / name

    def default_source(self, product: str, version: str) -> Path:
        """The schema dump in ``../shared/<product>-apidoc/<version>/apidata.js``."""
        return self.root.parent / "shared" / f"{product}-apidoc" / version / "apidata.js"


def find_root(start: Path | None = None) -> Path:
    """The repository root (it has ``templates/`` and ``pyproject.toml``) at or above ``start``.

    Raises:
        GenError: there is none.
    """
    here = (start or Path.cwd()).resolve()
    for candidate in [here, *here.parents]:
        if _is_checkout(candidate):
            return candidate
    package_root = Path(__file__).resolve().parents[2]
    if _is_checkout(package_root):
        return package_root
    raise GenError("cannot find the pvesdk checkout (a directory with templates/); pass --root")


def _is_checkout(path: Path) -> bool:
    # pvesdk's own templates: a project of the user's with templates/ and pyproject.toml is not.
    return (path / "templates" / "paths.py.jinja").is_file() and (path / "pyproject.toml").is_file()


def installed_layout(
    scratch: Path, templates: Path | None = None, specs: Path | None = None
) -> Layout:
    """What an installed pvesdk ships (no checkout: the templates in ``pvesdk_gen/templates``,
    the specs in ``pvesdk_server/specs``, or ``templates`` and ``specs``), laid out like a
    checkout below ``scratch``.

    Raises:
        GenError: this installation ships no templates or no specs.
    """
    here = Path(__file__).resolve().parent
    shipped = templates or here / "templates"
    specs = specs or here.parent / "pvesdk_server" / "specs"  # read as files, never imported
    if not (shipped / "paths.py.jinja").is_file() or not specs.is_dir():
        raise GenError("cannot find the pvesdk checkout (a directory with templates/); pass --root")
    shutil.copytree(shipped, scratch / "templates")
    (scratch / "pyproject.toml").write_text("")
    for packed in sorted(specs.iterdir()):
        name = packed.name
        if name.endswith("-releases.json.xz"):
            product = name.removesuffix("-releases.json.xz")
            docs = json.loads(lzma.decompress(packed.read_bytes()))
        elif name.endswith(".json.gz"):
            product, version = name.removesuffix(".json.gz").split("-", 1)
            docs = {version: json.loads(gzip.decompress(packed.read_bytes()))}
        else:
            continue
        for version, doc in docs.items():
            target = scratch / "specs" / product / version / SPEC_NAMES[0]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(spec_bytes(doc))
    return Layout(scratch)


def layout_for(root: str | None) -> Layout:
    """The layout ``--root`` names, else the checkout around the working directory, else
    what an installed pvesdk ships (copied to a scratch directory removed at exit)."""
    if root:
        return Layout(Path(root).resolve())
    try:
        return Layout(find_root())
    except GenError:
        scratch = Path(tempfile.mkdtemp(prefix="pvesdk-gen-"))
        atexit.register(shutil.rmtree, scratch, True)
        return installed_layout(scratch)


def package_dir(out: Path, name: str) -> Path:
    """Where ``--package name`` goes below ``out`` (``a.b`` → ``out/a/b``), checked.

    Raises:
        GenError: ``name`` is not a dotted Python name, is pvesdk's own, or the directory holds
            something other than a package pvesdk-gen rendered (it would be replaced).
    """
    parts = name.split(".")
    if not all(p.isidentifier() and not keyword.iskeyword(p) for p in parts):
        raise GenError(f"--package {name!r}: not a Python package name (e.g. myproj.pve84)")
    if parts[0] in ("pvesdk", "pvesdk_gen", "pvesdk_server"):
        raise GenError(f"--package {name!r}: pick a name outside pvesdk's own packages")
    target = out.joinpath(*parts)
    init = target / "__init__.py"
    if target.exists() and not (
        init.is_file() and init.read_text().startswith("# DO NOT EDIT. Rendered by pvesdk-gen")
    ):
        raise GenError(
            f"{target}: exists and was not rendered by pvesdk-gen; it would be replaced, "
            "so pick another --package or --out"
        )
    return target


def gzip_spec(spec: bytes) -> bytes:
    """The spec, gzipped reproducibly (no timestamp, no file name)."""
    return gzip.compress(spec, compresslevel=9, mtime=0)


def stored_spec(path: Path, spec: bytes) -> bytes:
    """The bytes written for ``spec`` at ``path`` (gzipped when the name says so)."""
    return gzip_spec(spec) if path.suffix == ".gz" else spec


def read_spec_bytes(layout: Layout, product: str, version: str) -> bytes:
    """A committed spec's JSON bytes, plain or gzipped; GenError when there is none."""
    spec_dir = layout.spec_dir(product, version)
    for name in SPEC_NAMES:
        path = spec_dir / name
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            continue
        if name.endswith(".gz"):
            try:
                return gzip.decompress(data)
            except (OSError, EOFError) as exc:
                raise GenError(f"{path}: not a readable gzip file ({exc})") from None
        return data
    raise GenError(
        f"{spec_dir}/openapi.json: no spec for {product} {version}; run pvesdk-gen crawl first"
    )


def load_spec(layout: Layout, product: str, version: str) -> tuple[dict[str, Any], bytes]:
    """The committed spec of one release and its bytes, checked against its lock file.

    Raises:
        GenError: missing, unreadable, or not matching its lock.
    """
    data = read_spec_bytes(layout, product, version)
    path = layout.spec_dir(product, version)
    try:
        doc = json.loads(data)
    except json.JSONDecodeError as exc:
        raise GenError(f"{path}: spec is not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("paths"), dict):
        raise GenError(
            f"{path}: not an OpenAPI document (no 'paths'); "
            f"regenerate it with pvesdk-gen --product {product} --version {version}"
        )
    return doc, data


def write_spec(layout: Layout, product: str, version: str, spec: bytes, lock: bytes) -> Path:
    """Write one release's spec (plain or gzipped, see :meth:`Layout.spec_file`) and its lock."""
    path = layout.spec_file(product, version)
    write_atomic(path, stored_spec(path, spec))
    for name in SPEC_NAMES:
        if name != path.name:
            (path.parent / name).unlink(missing_ok=True)
    write_atomic(path.parent / "openapi.lock.json", lock)
    return path
