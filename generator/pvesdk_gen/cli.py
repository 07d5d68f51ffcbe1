"""``pvesdk-gen``: the command line over the pipeline stages.

``pvesdk-gen --version 9.2`` runs everything (capture → spec → code); the sub-commands run one
stage each. Errors print one line on stderr and exit non-zero; nothing is written unless every
stage before the write succeeded.
"""

from __future__ import annotations

import atexit
import gzip
import itertools
import json
import keyword
import lzma
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from . import openapi
from .errors import GenError
from .files import diff_tree, lock_bytes, spec_bytes, write_atomic, write_tree
from .history import History, history
from .overrides import apply_patches, load_overrides
from .parse import canonical_json, check_tree, sha256

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


def _layout(root: str | None) -> Layout:
    if root:
        return Layout(Path(root).resolve())
    try:
        return Layout(find_root())
    except GenError:
        scratch = Path(tempfile.mkdtemp(prefix="pvesdk-gen-"))
        atexit.register(shutil.rmtree, scratch, True)
        return installed_layout(scratch)


def _fail(exc: GenError | OSError) -> None:
    if isinstance(exc, OSError):
        # A file the run needs cannot be read or written: name it and the reason, one line.
        where = f"{exc.filename}: " if exc.filename else ""
        exc = GenError(f"{where}{exc.strerror or exc}")
    click.echo(f"pvesdk-gen: error: {exc}", err=True)
    sys.exit(1)


class Progress:
    """One line per pipeline stage on stderr (``crawl … 1.2s``), only when stderr is a terminal:
    a pipe or a log file gets the one summary line alone."""

    def __init__(self, stream: Any = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Report stage ``name`` and its duration in seconds (when enabled)."""
        started = time.perf_counter()
        if self.enabled:
            self.stream.write(f"pvesdk-gen: {name} …")
            self.stream.flush()
        yield
        if self.enabled:
            self.stream.write(f" {time.perf_counter() - started:.1f}s\n")
            self.stream.flush()


def capture_tree(source: str, *, chromium: str | None, insecure: bool, timeout: float) -> Any:
    """The raw schema tree of an API viewer (a URL, crawled in Chromium) or a dump file.

    Raises:
        GenError: the source cannot be read or holds no schema (``timeout`` in seconds).
    """
    from .crawl import capture

    return capture(source, chromium=chromium, insecure=insecure, timeout=timeout)


def build_spec(
    tree: Any, *, product: str, version: str, strict: bool = True
) -> tuple[dict[str, Any], bytes, bytes]:
    """(OpenAPI document, its bytes, lock bytes) for a raw capture.

    ``strict=False`` skips stale overrides instead of refusing them (codegen for a live cluster,
    whose schema may be a release between the ones the overrides were checked against).

    Raises:
        GenError: a malformed capture or overrides file, or (strict) a stale override.
    """
    check_tree(tree)
    overrides = load_overrides(product, version)
    patched = apply_patches(tree, overrides, strict=strict)
    doc = openapi.to_openapi(patched, product=product, version=version, overrides=overrides)
    raw = canonical_json(tree)
    spec = spec_bytes(doc)
    lock = lock_bytes(
        doc, source_sha256=sha256(raw), spec_sha256=sha256(spec), capture_size=len(raw)
    )
    return doc, spec, lock


def release_history(layout: Layout, doc: dict[str, Any]) -> History:
    """The history of every committed release up to ``doc``'s (``doc`` standing for its own)."""
    product = doc["info"].get("x-pve-product", "pve")
    version = doc["info"]["version"]
    docs = {
        v: load_spec(layout, product, v)[0]
        for v in layout.releases(product)
        if release_key(v) < release_key(version)
    }
    docs[version] = doc
    return history(docs)


def render_code(
    layout: Layout, doc: dict[str, Any], spec: bytes, target: str | None = None
) -> dict[str, str]:
    """Every generated file for ``doc`` (path under ``_generated/`` → text), formatted;
    ``target`` is the import name of a package in the user's project (``--package``).

    Raises:
        GenError: the spec cannot be rendered (a clash with the client's names, ruff failed).
    """
    from .ir import build
    from .render import DEFAULT_PACKAGE, format_sources, render_package

    package = build(doc, release_history(layout, doc))
    files = render_package(
        package, layout.templates, spec_sha256=sha256(spec), target=target or DEFAULT_PACKAGE
    )
    return format_sources(files)


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


_common = [
    click.option("--product", default="pve", show_default=True, help="pve, pmg or pbs."),
    click.option("--root", type=click.Path(file_okay=False), help="The pvesdk checkout."),
]


def common(func: Any) -> Any:
    """Add the options every command takes (``--product``, ``--root``) to ``func``."""
    for option in reversed(_common):
        func = option(func)
    return func


def browser_options(func: Any) -> Any:
    """Add the crawler's options (``--chromium``, ``--insecure``, ``--timeout``) to ``func``."""
    func = click.option("--chromium", help="Chromium executable (default /usr/bin/chromium).")(func)
    func = click.option("--insecure", is_flag=True, help="Accept a self-signed TLS certificate.")(
        func
    )
    return click.option("--timeout", default=60.0, show_default=True, help="Seconds.")(func)


@click.group(invoke_without_command=True)
@click.option("--version", "version", help="Regenerate spec and code for this release (e.g. 9.2).")
@click.option(
    "--source",
    help="Viewer URL (…/api-viewer/index.html), apidoc.js URL, or apidata.js file "
    "(default: ../shared/<product>-apidoc/<version>/apidata.js).",
)
@click.option("--spec-only", is_flag=True, help="Write the spec, not the code.")
@click.option("--check", is_flag=True, help="Compare with what is committed; write nothing.")
@click.option(
    "--package",
    "target",
    metavar="NAME",
    help="Render the typed package of --version into your project as NAME (e.g. myproj.pve84), "
    "from the committed spec (or --source); nothing in pvesdk is written.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    default=".",
    show_default=True,
    help="With --package: the directory NAME goes below.",
)
@common
@browser_options
@click.pass_context
def main(
    ctx: click.Context,
    version: str | None,
    source: str | None,
    spec_only: bool,
    check: bool,
    target: str | None,
    out: str,
    product: str,
    root: str | None,
    chromium: str | None,
    insecure: bool,
    timeout: float,
) -> None:
    """Turn a Proxmox API viewer into pvesdk's OpenAPI spec and typed client."""
    if ctx.invoked_subcommand is not None:
        return
    if version is None:
        click.echo(ctx.get_help())
        return
    try:
        layout = _layout(root)
        if target is not None:
            crawl = {"chromium": chromium, "insecure": insecure, "timeout": timeout}
            render_user_package(layout, product, version, source, target, Path(out), crawl)
            return
        if source is None:
            default = layout.default_source(product, version)
            if not default.is_file():
                raise GenError(
                    f"no source for {product} {version}: {default} is absent; pass --source"
                )
            source = str(default)
        started = time.perf_counter()
        progress = Progress()
        if check and not any(
            (layout.spec_dir(product, version) / name).is_file() for name in SPEC_NAMES
        ):
            raise GenError(
                f"{layout.spec_file(product, version)}: no committed spec for {product} "
                f"{version} to check against; run pvesdk-gen --version {version} "
                "(without --check) to create it"
            )
        with progress.stage("crawl"):
            tree = capture_tree(source, chromium=chromium, insecure=insecure, timeout=timeout)
        with progress.stage("spec"):
            doc, spec, lock = build_spec(tree, product=product, version=version)
        # Only the newest release renders the typed client; older ones are specs (and history).
        newest = layout.is_newest(product, version)
        files: dict[str, str] = {}
        generated = layout.generated_for(product)
        # The mock server (and so its copy of the spec) is PVE's only.
        serves = product == "pve"
        if not spec_only and newest:
            with progress.stage("code"):
                files = render_code(layout, doc, spec, layout.package_for(product))
        if check:
            with progress.stage("compare"):
                problems = []
                committed = read_spec_bytes(layout, product, version)
                if committed != spec:
                    problems.append(f"{layout.spec_file(product, version)} differs")
                problems += diff_tree(generated, files) if files else []
                server_spec = layout.server_spec(product, version)
                if (
                    files
                    and serves
                    and (not server_spec.is_file() or server_spec.read_bytes() != gzip_spec(spec))
                ):
                    problems.append(f"{server_spec} differs")
            if problems:
                raise GenError("not up to date: " + "; ".join(problems[:5]))
            click.echo(f"up to date: {product} {version}")
            return
        with progress.stage("write"):
            write_spec(layout, product, version, spec, lock)
            if files:
                write_tree(generated, files)
            if files and serves:
                write_atomic(layout.server_spec(product, version), gzip_spec(spec))
        elapsed = time.perf_counter() - started
        click.echo(
            f"{product} {version}: {len(doc['paths'])} paths, "
            f"{json.loads(lock)['operations']} operations, {len(files)} files in {elapsed:.1f}s"
        )
    except (GenError, OSError) as exc:
        _fail(exc)


def render_user_package(
    layout: Layout,
    product: str,
    version: str,
    source: str | None,
    target: str,
    out: Path,
    crawl: dict[str, Any],
) -> None:
    """``--package``: the typed package of one release, written to ``out`` as ``target``.

    Raises:
        GenError: a bad name or directory (see :func:`package_dir`), no spec for the release.
    """
    where = package_dir(out, target)
    if source is None:
        doc, spec = load_spec(layout, product, version)
    else:
        tree = capture_tree(source, **crawl)
        doc, spec, _lock = build_spec(tree, product=product, version=version)
    files = render_code(layout, doc, spec, target)
    write_tree(where, files)
    click.echo(
        f"{product} {version}: {len(doc['paths'])} paths into {where} "
        f"(from {target}.api import api; api(PveClient(...)))"
    )


@main.command()
@click.option("--url", "url", required=True, help="Viewer page, apidoc.js URL or file.")
@click.option("--out", type=click.Path(dir_okay=False), help="Capture file (default: stdout).")
@click.option("--no-browser", is_flag=True, help="Read the script directly, without Chromium.")
@browser_options
def crawl(
    url: str,
    out: str | None,
    no_browser: bool,
    chromium: str | None,
    insecure: bool,
    timeout: float,
) -> None:
    """Capture the raw API schema from a viewer (real headless Chromium) or its script."""
    from .crawl import capture

    try:
        tree = capture(
            url, chromium=chromium, insecure=insecure, timeout=timeout,
            browser=False if no_browser else None,
        )  # fmt: skip
        data = canonical_json(tree)
        if out:
            write_atomic(Path(out), data)
            click.echo(f"captured {url}: sha256 {sha256(data)} → {out}", err=True)
        else:
            sys.stdout.buffer.write(data)
    except (GenError, OSError) as exc:
        _fail(exc)


@main.command()
@click.option("--capture", "capture_file", required=True, type=click.Path(dir_okay=False))
@click.option("--version", "version", required=True)
@common
def spec(capture_file: str, version: str, product: str, root: str | None) -> None:
    """Normalize a raw capture into specs/<product>/<version>/openapi.json (+ lock)."""
    try:
        layout = _layout(root)
        try:
            tree = json.loads(Path(capture_file).read_bytes())
        except (OSError, json.JSONDecodeError) as exc:
            raise GenError(f"{capture_file}: cannot read the capture ({exc})") from None
        doc, spec_data, lock = build_spec(tree, product=product, version=version)
        path = write_spec(layout, product, version, spec_data, lock)
        click.echo(f"wrote {path}: {len(doc['paths'])} paths")
    except (GenError, OSError) as exc:
        _fail(exc)


def older_releases_json(layout: Layout, product: str, newest: str) -> bytes:
    """The specs of every committed release older than ``newest``, as one compact JSON object."""
    docs = {
        v: load_spec(layout, product, v)[0]
        for v in layout.releases(product)
        if release_key(v) < release_key(newest)
    }
    return json.dumps(docs, separators=(",", ":"), ensure_ascii=False).encode()


def changes_files(layout: Layout, product: str) -> dict[Path, str]:
    """``specs/<product>/CHANGES-<a>-<b>.md`` for each pair of consecutive committed releases."""
    from .diff import as_markdown, diff

    found = layout.releases(product)
    docs = {v: load_spec(layout, product, v)[0] for v in found}
    return {
        layout.root / "specs" / product / f"CHANGES-{a}-{b}.md": as_markdown(diff(docs[a], docs[b]))
        for a, b in itertools.pairwise(found)
    }


@main.command("diff")
@click.argument("old")
@click.argument("new")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
)
@common
def diff_command(old: str, new: str, fmt: str, product: str, root: str | None) -> None:
    """What changed from release OLD to release NEW: operations and parameters added, removed,
    changed (type, enum values, required, defaults, permissions, return shape)."""
    from .diff import as_json, as_markdown, as_text, diff

    try:
        layout = _layout(root)
        result = diff(load_spec(layout, product, old)[0], load_spec(layout, product, new)[0])
        printer = {"text": as_text, "json": as_json, "markdown": as_markdown}[fmt]
        click.echo(printer(result), nl=False)
    except (GenError, OSError) as exc:
        _fail(exc)


@main.command()
@click.option("--version", "version", default="9.2", show_default=True)
@click.option("--check", is_flag=True, help="Compare with the committed code; write nothing.")
@common
def render(version: str, check: bool, product: str, root: str | None) -> None:
    """Render src/pvesdk/_generated (``_generated_pmg`` for PMG) from the committed spec, and
    specs/<product>/CHANGES-*.md."""
    try:
        layout = _layout(root)
        progress = Progress()
        with progress.stage("spec"):
            doc, data = load_spec(layout, product, version)
        with progress.stage("code"):
            files = render_code(layout, doc, data, layout.package_for(product))
        changes = changes_files(layout, product)
        generated = layout.generated_for(product)
        if check:
            problems = diff_tree(generated, files)
            if product != "pve":  # the mock server serves PVE only: no copies to compare
                if problems:
                    raise GenError("generated code is not up to date: " + "; ".join(problems[:5]))
                click.echo(f"generated code is up to date with {product} {version}")
                return
            server_spec = layout.server_spec(product, version)
            if not server_spec.is_file() or server_spec.read_bytes() != gzip_spec(data):
                problems.append(f"{server_spec} differs")
            for path, text in changes.items():
                if not path.is_file() or path.read_text() != text:
                    problems.append(f"{path.name} differs")
            # Compared decompressed: xz output may differ between liblzma builds.
            older = layout.server_releases(product)
            try:
                same = lzma.decompress(older.read_bytes()) == older_releases_json(
                    layout, product, version
                )
            except (OSError, lzma.LZMAError):
                same = False
            if not same:
                problems.append(f"{older} differs")
            if problems:
                raise GenError("generated code is not up to date: " + "; ".join(problems[:5]))
            click.echo(f"generated code is up to date with {product} {version}")
            return
        write_tree(generated, files)
        for path, text in changes.items():
            write_atomic(path, text.encode())
        if product != "pve":
            click.echo(f"rendered {len(files)} files into {generated}")
            return
        write_atomic(layout.server_spec(product, version), gzip_spec(data))
        releases_json = older_releases_json(layout, product, version)
        xz_file = layout.server_releases(product)
        try:
            unchanged = lzma.decompress(xz_file.read_bytes()) == releases_json
        except (OSError, lzma.LZMAError):
            unchanged = False
        if not unchanged:  # compressing takes ~10 s: only when the content changed
            write_atomic(xz_file, lzma.compress(releases_json, preset=9))
        click.echo(f"rendered {len(files)} files into {generated}")
    except (GenError, OSError) as exc:
        _fail(exc)
