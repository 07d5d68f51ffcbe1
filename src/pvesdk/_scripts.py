"""The console scripts (``pvesdk``, ``pvesdk-server``, ``pvesdk-gen``) and ``python -m`` runs.

Each command lives in a module that imports its optional extra (click, litestar, jinja2…) at the
top. Started without that extra, a command says in one line which extra to install (exit 1)
instead of ending in a ``ModuleNotFoundError`` traceback.
"""

from __future__ import annotations

import importlib
import sys

__all__ = ["EXTRAS", "pvesdk", "pvesdk_gen", "pvesdk_server", "run"]

#: command → (module with its ``main``, the extra it needs, the top-level modules of that extra).
EXTRAS: dict[str, tuple[str, str, frozenset[str]]] = {
    "pvesdk": ("pvesdk.cli", "cli", frozenset({"click", "yaml"})),
    "pvesdk-server": (
        "pvesdk_server.cli",
        "server",
        frozenset(
            {"click", "cryptography", "httptools", "litestar", "swagger_ui_bundle", "uvicorn"}
            | {"uvloop", "yaml"}
        ),
    ),
    "pvesdk-gen": ("pvesdk_gen.cli", "gen", frozenset({"click", "jinja2", "playwright"})),
}


def run(command: str) -> None:
    """Run ``command``'s ``main``.

    Raises:
        SystemExit: with a one-line message naming the extra to install when a module of that
            extra is missing (exit status 1); otherwise as the command exits.
        KeyError: ``command`` is not one of :data:`EXTRAS`.
    """
    module_name, extra, modules = EXTRAS[command]
    try:
        importlib.import_module(module_name).main()
    except ModuleNotFoundError as exc:
        missing = (exc.name or "").partition(".")[0]
        if missing not in modules:
            raise
        sys.exit(
            f"{command}: needs pvesdk's {extra} extra: pip install 'pvesdk[{extra}]' "
            f"(missing: {missing})"
        )


def pvesdk() -> None:
    """``pvesdk``: the command line (the ``cli`` extra)."""
    run("pvesdk")


def pvesdk_server() -> None:
    """``pvesdk-server``: the mock cluster and validating proxy (the ``server`` extra)."""
    run("pvesdk-server")


def pvesdk_gen() -> None:
    """``pvesdk-gen``: the generator (the ``gen`` extra)."""
    run("pvesdk-gen")
