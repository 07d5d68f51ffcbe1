"""Render the package model (:mod:`ir`) through the Jinja templates into source files.

Rendering is pure: it returns ``{relative path: text}``. The files are then formatted with the
pinned ``ruff`` so the generated code meets the same gates as hand-written code.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import jinja2

from . import GENERATOR_VERSION
from .errors import GenError
from .ir import Package
from .reserved import check_root_names

_BASES = {"sync": "SyncPath", "aio": "AsyncPath"}


#: What a package rendered for pvesdk itself is called; ``--package`` names another.
DEFAULT_PACKAGE = "pvesdk._generated"


def header(package: Package, target: str = DEFAULT_PACKAGE) -> str:
    """The DO-NOT-EDIT header every generated file starts with (``target``: the package)."""
    product = "" if package.product == "pve" else f"--product {package.product} "
    if target.startswith("pvesdk."):  # pvesdk's own (PVE's, PMG's)
        again = f"Change templates/ or generator/ and run `pvesdk-gen {product}"
        again += f"--version {package.version}`."
    else:
        again = f"Run `pvesdk-gen {product}--version {package.version} --package {target}` again."
    return (
        f"# DO NOT EDIT. Rendered by pvesdk-gen {GENERATOR_VERSION} from "
        f"specs/{package.product}/{package.version}/openapi.json.\n# {again}"
    )


def environment(templates: Path) -> jinja2.Environment:
    """The Jinja environment: strict undefined names, no autoescape, blocks trimmed."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


# Tasks: both flavours call the wrappers `_task`/`_task_or_none`/`_task_or_text`, each bound to
# its own class.
_TASK_NAMES = {
    "sync": {
        "class": "Task",
        "_task": "bind_task",
        "_task_or_none": "bind_task_or_none",
        "_task_or_text": "bind_task_or_text",
    },
    "aio": {
        "class": "AsyncTask",
        "_task": "bind_async_task",
        "_task_or_none": "bind_async_task_or_none",
        "_task_or_text": "bind_async_task_or_text",
    },
}


def render_package(
    package: Package, templates: Path, *, spec_sha256: str, target: str = DEFAULT_PACKAGE
) -> dict[str, str]:
    """All generated files of one package, keyed by path relative to ``_generated/``.

    ``target`` is the package's import name: ``pvesdk._generated``, or (``pvesdk-gen
    --package``) one in the user's project, which also gets ``api.py`` (``api(client)``: the
    tree of that release on a pvesdk client), its lazy imports resolved below ``target``.

    Raises:
        GenError: a root API path clashes with a name of the client (:mod:`.reserved`).
    """
    check_root_names(
        child.attr
        for module in package.modules
        for cls in module.classes
        if cls.name == package.root_class
        for child in cls.children
    )
    env = environment(templates)
    common = {
        "header": header(package, target),
        "package": package,
        "spec_sha256": spec_sha256,
        # Where result models and property strings are imported from on first use.
        "package_arg": "" if target == DEFAULT_PACKAGE else f', package="{target}"',
    }
    files: dict[str, str] = {
        "__init__.py": env.get_template("package_init.py.jinja").render(**common),
        "models/__init__.py": env.get_template("models_init.py.jinja").render(**common),
    }
    if target != DEFAULT_PACKAGE:
        files["api.py"] = env.get_template("package_api.py.jinja").render(**common)
    if not target.startswith("pvesdk."):  # a package of the user's own: typed for its users too
        files["py.typed"] = ""
    paths = env.get_template("paths.py.jinja")
    models = env.get_template("models.py.jinja")
    for flavour, base in _BASES.items():
        is_async = flavour == "aio"
        name = "async" if is_async else "sync"
        files[f"{flavour}/__init__.py"] = env.get_template("flavour_init.py.jinja").render(
            flavour=name, **common
        )
        for module in package.modules:
            files[f"{flavour}/{module.name}.py"] = paths.render(
                module=module,
                base=base,
                flavour=name,
                async_kw="async " if is_async else "",
                await_kw="await " if is_async else "",
                returns_key="async_returns" if is_async else "sync_returns",
                task_names=_TASK_NAMES[flavour],
                **common,
            )
    files["propstr/__init__.py"] = env.get_template("propstr_init.py.jinja").render(**common)
    propstr = env.get_template("propstr.py.jinja")
    for ps in package.propstrs:
        files[f"propstr/{ps.module}.py"] = propstr.render(ps=ps, **common)
    if package.history is not None:
        files["releases.py"] = env.get_template("releases.py.jinja").render(
            history=package.history, **common
        )
    # Models: a package per path module, one module per operation's result models inside.
    models_init = env.get_template("models_module_init.py.jinja")
    for module in package.modules:
        if not module.model_groups:
            continue
        files[f"models/{module.name}/__init__.py"] = models_init.render(module=module, **common)
        operations = {spec.modules[0]: spec.operation for spec in module.returns if spec.modules}
        for group in module.model_groups:
            operation = operations[f"models.{module.name}.{group.name}"]
            files[f"models/{module.name}/{group.name}.py"] = models.render(
                group=group, operation=operation, **common
            )
    return files


def format_sources(files: dict[str, str]) -> dict[str, str]:
    """Run the pinned ``ruff`` (import sorting, then format) over the rendered files."""
    with tempfile.TemporaryDirectory(prefix="pvesdk-gen-") as scratch:
        root = Path(scratch)
        for rel, text in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
        cmd = [
            *(sys.executable, "-m", "ruff", "format", "--quiet", "--no-cache", "--isolated"),
            *("--line-length", "100", "--target-version", "py311", str(root)),
        ]
        # Import order as the project's own `ruff check` wants it, then the layout.
        isort = [
            *(sys.executable, "-m", "ruff", "check", "--quiet", "--no-cache", "--isolated"),
            *(
                "--config",
                "lint.isort.known-first-party = ['pvesdk', 'pvesdk_gen', 'pvesdk_server']",
                "--select",
                "I,RUF022",
                "--fix",
                "--exit-zero",
                "--target-version",
                "py311",
                str(root),
            ),
        ]
        try:
            subprocess.run(isort, check=True, capture_output=True, text=True)
            subprocess.run(cmd, check=True, capture_output=True, text=True)
        except FileNotFoundError:
            raise GenError("ruff is not installed (pip install 'pvesdk[gen]')") from None
        except subprocess.CalledProcessError as exc:
            first = (exc.stderr or exc.stdout or "").strip().splitlines()[:1]
            raise GenError(f"ruff format failed on the rendered code: {' '.join(first)}") from None
        return {rel: (root / rel).read_text() for rel in files}
