"""``pvesdk-gen``: the command line over the pipeline stages.

``pvesdk-gen --version 9.2`` runs everything (capture → spec → code); the sub-commands run one
stage each. Errors print one line on stderr and exit non-zero; nothing is written unless every
stage before the write succeeded.
"""

from __future__ import annotations

import itertools
import json
import lzma
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from . import openapi
from .errors import GenError
from .files import diff_tree, lock_bytes, spec_bytes, write_atomic, write_tree
from .history import History, history
from .layout import (
    SPEC_NAMES,
    Layout,
    gzip_spec,
    layout_for,
    load_spec,
    package_dir,
    read_spec_bytes,
    release_key,
    write_spec,
)
from .overrides import apply_patches, load_overrides
from .parse import canonical_json, check_tree, sha256


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
        layout = layout_for(root)
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
        layout = layout_for(root)
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
        layout = layout_for(root)
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
        layout = layout_for(root)
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
