"""``pvesdk-gen``: the command line over the pipeline stages.

``pvesdk-gen --version 9.2`` runs everything (capture → spec → code); the sub-commands run one
stage each. Errors print one line on stderr and exit non-zero; nothing is written unless every
stage before the write succeeded.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from . import openapi
from .errors import GenError
from .files import diff_tree, lock_bytes, spec_bytes, write_atomic, write_tree
from .overrides import apply_patches, load_overrides
from .parse import canonical_json, check_tree, sha256


@dataclass
class Layout:
    """Where things live in a checkout of the project."""

    root: Path

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    @property
    def generated(self) -> Path:
        return self.root / "src" / "pvesdk" / "_generated"

    def server_spec(self, product: str, version: str) -> Path:
        """The spec copy the mock server loads at run time (package data, gzip)."""
        return self.root / "src" / "pvesdk_server" / "specs" / f"{product}-{version}.json.gz"

    def spec_dir(self, product: str, version: str) -> Path:
        return self.root / "specs" / product / version

    def default_source(self, product: str, version: str) -> Path:
        return self.root.parent / "shared" / f"{product}-apidoc" / version / "apidata.js"


def find_root(start: Path | None = None) -> Path:
    here = (start or Path.cwd()).resolve()
    for candidate in [here, *here.parents]:
        if (candidate / "templates").is_dir() and (candidate / "pyproject.toml").is_file():
            return candidate
    package_root = Path(__file__).resolve().parents[2]
    if (package_root / "templates").is_dir():
        return package_root
    raise GenError("cannot find the pvesdk checkout (a directory with templates/); pass --root")


def _layout(root: str | None) -> Layout:
    return Layout(Path(root).resolve() if root else find_root())


def _fail(exc: GenError) -> None:
    click.echo(f"pvesdk-gen: error: {exc}", err=True)
    sys.exit(1)


def capture_tree(source: str, *, chromium: str | None, insecure: bool, timeout: float) -> Any:
    from .crawl import capture

    return capture(source, chromium=chromium, insecure=insecure, timeout=timeout)


def build_spec(tree: Any, *, product: str, version: str) -> tuple[dict[str, Any], bytes, bytes]:
    """(OpenAPI document, its bytes, lock bytes) for a raw capture."""
    check_tree(tree)
    overrides = load_overrides(product, version)
    doc = openapi.to_openapi(
        apply_patches(tree, overrides), product=product, version=version, overrides=overrides
    )
    raw = canonical_json(tree)
    spec = spec_bytes(doc)
    lock = lock_bytes(
        doc, source_sha256=sha256(raw), spec_sha256=sha256(spec), capture_size=len(raw)
    )
    return doc, spec, lock


def render_code(layout: Layout, doc: dict[str, Any], spec: bytes) -> dict[str, str]:
    from .ir import build
    from .render import format_sources, render_package

    package = build(doc)
    files = render_package(package, layout.templates, spec_sha256=sha256(spec))
    return format_sources(files)


def gzip_spec(spec: bytes) -> bytes:
    """The spec, gzipped reproducibly (no timestamp, no file name)."""
    return gzip.compress(spec, compresslevel=9, mtime=0)


def load_spec(layout: Layout, product: str, version: str) -> tuple[dict[str, Any], bytes]:
    path = layout.spec_dir(product, version) / "openapi.json"
    try:
        data = path.read_bytes()
        return json.loads(data), data
    except FileNotFoundError:
        raise GenError(
            f"{path}: no spec for {product} {version}; run pvesdk-gen crawl first"
        ) from None
    except json.JSONDecodeError as exc:
        raise GenError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None


_common = [
    click.option("--product", default="pve", show_default=True, help="pve, pmg or pbs."),
    click.option("--root", type=click.Path(file_okay=False), help="The pvesdk checkout."),
]


def common(func: Any) -> Any:
    for option in reversed(_common):
        func = option(func)
    return func


def browser_options(func: Any) -> Any:
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
@common
@browser_options
@click.pass_context
def main(
    ctx: click.Context,
    version: str | None,
    source: str | None,
    spec_only: bool,
    check: bool,
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
        if source is None:
            default = layout.default_source(product, version)
            if not default.is_file():
                raise GenError(
                    f"no source for {product} {version}: {default} is absent; pass --source"
                )
            source = str(default)
        started = time.perf_counter()
        tree = capture_tree(source, chromium=chromium, insecure=insecure, timeout=timeout)
        doc, spec, lock = build_spec(tree, product=product, version=version)
        files = {} if spec_only else render_code(layout, doc, spec)
        spec_dir = layout.spec_dir(product, version)
        if check:
            problems = []
            if (spec_dir / "openapi.json").read_bytes() != spec:
                problems.append(f"{spec_dir}/openapi.json differs")
            problems += diff_tree(layout.generated, files) if files else []
            server_spec = layout.server_spec(product, version)
            if files and (not server_spec.is_file() or server_spec.read_bytes() != gzip_spec(spec)):
                problems.append(f"{server_spec} differs")
            if problems:
                raise GenError("not up to date: " + "; ".join(problems[:5]))
            click.echo(f"up to date: {product} {version}")
            return
        write_atomic(spec_dir / "openapi.json", spec)
        write_atomic(spec_dir / "openapi.lock.json", lock)
        if files:
            write_tree(layout.generated, files)
            write_atomic(layout.server_spec(product, version), gzip_spec(spec))
        elapsed = time.perf_counter() - started
        click.echo(
            f"{product} {version}: {len(doc['paths'])} paths, "
            f"{json.loads(lock)['operations']} operations, {len(files)} files in {elapsed:.1f}s"
        )
    except GenError as exc:
        _fail(exc)


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
    except GenError as exc:
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
        spec_dir = layout.spec_dir(product, version)
        write_atomic(spec_dir / "openapi.json", spec_data)
        write_atomic(spec_dir / "openapi.lock.json", lock)
        click.echo(f"wrote {spec_dir}/openapi.json: {len(doc['paths'])} paths")
    except GenError as exc:
        _fail(exc)


@main.command()
@click.option("--version", "version", default="9.2", show_default=True)
@click.option("--check", is_flag=True, help="Compare with the committed code; write nothing.")
@common
def render(version: str, check: bool, product: str, root: str | None) -> None:
    """Render src/pvesdk/_generated from the committed spec."""
    try:
        layout = _layout(root)
        doc, data = load_spec(layout, product, version)
        files = render_code(layout, doc, data)
        if check:
            problems = diff_tree(layout.generated, files)
            server_spec = layout.server_spec(product, version)
            if not server_spec.is_file() or server_spec.read_bytes() != gzip_spec(data):
                problems.append(f"{server_spec} differs")
            if problems:
                raise GenError("generated code is not up to date: " + "; ".join(problems[:5]))
            click.echo(f"generated code is up to date with {product} {version}")
            return
        write_tree(layout.generated, files)
        write_atomic(layout.server_spec(product, version), gzip_spec(data))
        click.echo(f"rendered {len(files)} files into {layout.generated}")
    except GenError as exc:
        _fail(exc)
