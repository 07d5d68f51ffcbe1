"""Every code block of the README runs.

* ``python`` blocks run in order in one namespace (as a reader types them into one session)
  against the real ``pvesdk-server`` over TLS: a client the README builds for ``pve1`` is built
  for the mock instead (host, port, CA and the mock's credentials), after its arguments were
  bound to the real signature, so a misspelt or missing option still fails. Transports other
  than https are built as written.
* ``sh`` lines that run ``pvesdk-server``, ``pvesdk-gen`` or ``pvesdk`` are parsed by the real
  commands (every option and subcommand exists, every value is accepted), ``export`` lines set
  only variables the ``pvesdk`` command reads; ``pip install`` lines are what
  ``tests/test_typing.py`` does in throwaway venvs, and ``./scripts/test`` is CI itself.
* The layout block names only paths that exist.
"""

from __future__ import annotations

import inspect
import re
import shlex
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest

import pvesdk
from pvesdk.cli import main as pvesdk_main
from pvesdk_gen.cli import main as gen_main
from pvesdk_server.cli import main as server_main

from .conftest import ROOT
from .support.server import Server, pvesdk_server

README = (ROOT / "README.md").read_text()
BLOCKS = re.findall(r"^```(\w*)\n(.*?)^```", README, flags=re.S | re.M)
TOKEN = "00000000-0000-4000-8000-000000000000"


def blocks(language: str) -> list[str]:
    return [text for lang, text in BLOCKS if lang == language]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with pvesdk_server(tmp_path_factory.mktemp("readme")) as running:
        yield running


def mock_client_class(server: Server) -> type[pvesdk.PveClient]:
    real = pvesdk.PveClient
    signature = inspect.signature(real.__init__)

    class ReadmeClient(real):  # type: ignore[misc, valid-type]
        def __init__(self, host: Any = None, **options: Any) -> None:
            signature.bind(self, host, **options)  # the README's call, checked as written
            if options.get("transport", "https") == "https":
                login = (
                    {"user": "root@pam", "password": "pvesdk"}
                    if "password" in options
                    else {"user": "root@pam", "token_name": "mock", "token_value": TOKEN}
                )
                for name in ("user", "password", "otp", "token_name", "token_value"):
                    options.pop(name, None)
                options.pop("fingerprint", None)  # pinning is tested against the mock elsewhere
                options.pop("service", None)
                options.update(login, port=server.port, verify_ssl=str(server.cert))
                host = "127.0.0.1"
            super().__init__(host, **options)

    return ReadmeClient


def test_there_are_python_blocks_to_run() -> None:
    assert len(blocks("python")) >= 5


def test_python_blocks_run_against_the_mock_server(
    server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "debian-12-netinst.iso").write_bytes(b"\0" * 4096)  # the upload example's file
    monkeypatch.setattr(pvesdk, "PveClient", mock_client_class(server))
    namespace: dict[str, Any] = {"PveClient": pvesdk.PveClient}
    for number, text in enumerate(blocks("python"), start=1):
        try:
            exec(compile(text, f"README python block {number}", "exec"), namespace)
        except Exception as exc:
            raise AssertionError(f"README python block {number} failed: {exc!r}\n{text}") from exc
    assert namespace["upid"].startswith("UPID:pve1:")  # the last UPID: the upload's task


def command_lines() -> list[list[str]]:
    lines: list[list[str]] = []
    for text in blocks("sh"):
        for line in text.replace("\\\n", " ").splitlines():
            for command in line.split("&&"):
                words = shlex.split(command, comments=True)
                if words:
                    lines.append(words)
    return lines


COMMANDS = command_lines()
OURS = [words for words in COMMANDS if words[0] in ("pvesdk-server", "pvesdk-gen", "pvesdk")]
EXPORTS = [words for words in COMMANDS if words[0] == "export"]


def test_every_shell_command_is_one_the_tests_cover() -> None:
    others = {" ".join(w) for w in COMMANDS if w not in OURS and w not in EXPORTS}
    # pip installs: tests/test_typing.py; mkdocs: tests/docs/test_site.py builds the site;
    # benchmarks/run: tests/test_benchmarks.py runs its report in quick mode.
    covered = {"pip install -e .[server]", "pip install -e .[gen]", "pip install -e .[docs]"}
    covered |= {"benchmarks/run", "benchmarks/run --quick"}
    assert others <= covered | {"./scripts/test", "mkdocs serve"}


@pytest.mark.parametrize("words", OURS, ids=[" ".join(w) for w in OURS])
def test_shell_commands_parse_with_the_real_cli(
    words: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("cluster.yaml", "cert.pem", "key.pem", "pve-root-ca.pem"):  # files named
        (tmp_path / name).write_text("{}\n")
    if words[0] == "pvesdk":
        parse_all(pvesdk_main, words)
    elif words[0] == "pvesdk-server":
        server_main.make_context(words[0], words[1:]).close()
    elif len(words) > 1 and words[1] in gen_main.commands:
        with gen_main.make_context(words[0], []) as parent:
            gen_main.commands[words[1]].make_context(words[1], words[2:], parent=parent).close()
    else:
        gen_main.make_context(words[0], words[1:]).close()


def parse_all(group: click.Group, words: list[str]) -> None:
    """Parse a command line through the group and every subcommand it names, as click would."""
    with group.make_context(words[0], words[1:], resilient_parsing=False) as ctx:
        with warnings.catch_warnings():  # click 8.2 deprecates protected_args; 9.0 folds it in
            warnings.simplefilter("ignore", DeprecationWarning)
            rest = [*ctx.protected_args, *ctx.args]
        name, command, args = group.resolve_command(ctx, rest)
        assert command is not None and name is not None, words
        with command.make_context(name, args, parent=ctx) as sub:
            # an option the command does not know would land in its free-form parameters
            leftovers = sub.params.get("params", ())
            assert not any(p.startswith("-") and not p.startswith("--") for p in leftovers), words


def test_readme_exports_set_only_what_the_cli_reads() -> None:
    read = {
        envvar
        for param in pvesdk_main.params
        for envvar in ([param.envvar] if isinstance(param.envvar, str) else param.envvar or [])
    } | {"PVESDK_PASSWORD"}
    assert EXPORTS, "the README shows how to configure the pvesdk command"
    for words in EXPORTS:
        names = {word.split("=", 1)[0] for word in words[1:]}
        assert names <= read, names - read


def test_layout_block_names_paths_that_exist() -> None:
    (layout,) = [text for lang, text in BLOCKS if lang == "" and "templates/" in text]
    heads = [re.split(r"\s{2,}", line)[0] for line in layout.splitlines() if line[:1].strip()]
    paths = [path.strip() for head in heads for path in head.split(",")]
    assert len(paths) >= 8
    missing = [p for p in paths if not (ROOT / p).exists()]
    assert missing == []


def test_propstr_docstring_names_classes_that_exist() -> None:
    import pvesdk.propstr

    doc = pvesdk.propstr.__doc__ or ""
    named = re.findall(r"``(\w+)``", doc)
    assert named and all(hasattr(pvesdk.propstr, name) for name in named), named
