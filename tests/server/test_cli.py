"""``pvesdk-server``'s command line: every option documented, every mistake refused at start in
one line naming the option or file (no traceback, no banner), the bound port printed."""

from __future__ import annotations

import re
import socket
import ssl
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pvesdk_server.cli import main
from pvesdk_server.tls import self_signed

PLANTED = "planted-Secret-7f3e"  # a password in a seed file: never echoed back


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def assert_one_line_error(result: Result, exit_code: int, *parts: str) -> None:
    assert result.exit_code == exit_code, result.output
    assert isinstance(result.exception, SystemExit), result.exception  # click's exit
    assert "Traceback" not in result.output
    error_lines = [line for line in result.output.splitlines() if line.startswith("Error: ")]
    assert len(error_lines) == 1, result.output
    for part in parts:
        assert part in error_lines[0], error_lines[0]
    assert "pvesdk-server: http" not in result.output  # no banner
    assert PLANTED not in result.output


def test_every_option_has_help_text() -> None:
    result = run("--help")
    assert result.exit_code == 0
    options = [p for p in main.params if p.name != "help"]
    assert all(getattr(p, "help", None) for p in options), [
        p.name for p in options if not getattr(p, "help", None)
    ]
    for flag in ("--host", "--port", "--version", "--access-log"):
        assert flag in result.output


def test_cert_without_key_is_refused(tmp_path: Path) -> None:
    cert, _ = self_signed(tmp_path)
    assert_one_line_error(run("--cert", str(cert)), 2, "--cert needs --key")


def test_key_without_cert_is_refused(tmp_path: Path) -> None:
    _, key = self_signed(tmp_path)
    assert_one_line_error(run("--key", str(key)), 2, "--key needs --cert")


def test_cert_with_no_tls_is_refused(tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path)
    result = run("--no-tls", "--cert", str(cert), "--key", str(key))
    assert_one_line_error(result, 2, "--no-tls")


def test_unknown_api_version_is_a_clean_error() -> None:
    assert_one_line_error(run("--version", "6.0"), 2, "--version", "6.0", "9.2")


def test_version_that_is_not_a_version_is_a_clean_error() -> None:
    assert_one_line_error(run("--version", "../../etc"), 2, "--version")


def test_port_out_of_range_is_refused() -> None:
    assert_one_line_error(run("--port", "70000"), 2, "--port")


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        ("seed.json", '{"users": {"root@pam": {"password": "' + PLANTED + '"}', "not valid JSON"),
        ("seed.yaml", "users:\n  root@pam: {password: " + PLANTED + "\n", "not valid YAML"),
        ("seed.yml", "- " + PLANTED, "not a seed: a seed is a mapping"),
        ("seed.json", "[]", "not a seed: a seed is a mapping"),
        ("seed.json", '{"nodes": "pve1"}', "nodes: expected a mapping, got a string"),
        ("seed.json", '{"guests": [100]}', "guests: expected a mapping, got a list"),
        ("seed.json", '{"users": {"root@pam": "' + PLANTED + '"}}', "users.root@pam: expected"),
        ("seed.json", '{"node": {}}', "unknown key 'node'"),
        ("seed.json", '{"guests": {"100": {"node": "pve9", "kind": "qemu"}}}', "guests.100.node"),
        ("seed.json", '{"guests": {"abc": {"node": "pve1", "kind": "qemu"}}}', "guests.abc"),
        ("seed.json", '{"guests": {"100": {"node": "pve1", "kind": "vm"}}}', "guests.100.kind"),
        ("seed.json", '{"acls": ["x"]}', "acls[0]"),
        ("seed.json", '{"tokens": {"x": {"value": "s"}}}', "tokens.x: a token's key is its id"),
        ("seed.json", '{"tokens": {"bob@pve!ci": {"value": "s"}}}', "user 'bob@pve' is not"),
        ("seed.json", '{"tokens": {"root@pam!ci": {}}}', "tokens.root@pam!ci.value"),
        ("seed.json", '{"nodes": {"pveX": {}}}', "a default guest: give 'guests'"),
        ("seed.json", '{"cluster": 5}', "cluster: expected a string, got an integer"),
        # Shapes only a read of the object shows: refused at start, not a 500 on first use.
        ("seed.json", '{"storages": {"local": {"content": "iso"}}}', "KeyError: 'type'"),
        ("seed.json", '{"pools": {"p": {"members": 5}}}', "GET /pools/p breaks on it"),
        ("seed.json", '{"users": {"root@pam": {"enable": "yes"}}}', "ValueError"),
        (
            "seed.json",
            '{"guests": {"100": {"node": "pve1", "kind": "qemu", "config": {"memory": "x"}}}}',
            "GET /nodes/pve1/qemu breaks on it",
        ),
    ],
)
def test_bad_seed_file_is_refused_at_start_naming_file_and_problem(
    tmp_path: Path, name: str, text: str, problem: str
) -> None:
    seed = tmp_path / name
    seed.write_text(text)
    assert_one_line_error(run("--seed", str(seed)), 1, str(seed), problem)


def test_seed_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    seed.write_bytes(b"\xff\xfe{}")
    assert_one_line_error(run("--seed", str(seed)), 1, str(seed), "cannot read it")


def test_broken_state_file_is_refused_at_start(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    state.write_text('{"guests": "none"}')
    assert_one_line_error(run("--state", str(state)), 1, str(state), "guests: expected")


def test_busy_port_is_one_line_before_any_banner() -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = run("--port", str(port), "--no-tls")
    assert_one_line_error(result, 1, f"cannot listen on 127.0.0.1:{port}", "in use")


@contextmanager
def serving(*args: str) -> Iterator[tuple[subprocess.Popen[str], int, list[str]]]:
    """The real server on ``--port 0``; yields it, the port its banner names, the banner."""
    cmd = [sys.executable, "-m", "pvesdk_server", "--port", "0", "--no-tls", *args]
    process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        banner = [process.stdout.readline()]
        match = re.fullmatch(r"pvesdk-server: http://127\.0\.0\.1:(\d+)/api2/json\n", banner[0])
        assert match, banner
        yield process, int(match[1]), banner
    finally:
        process.terminate()
        process.wait(timeout=20)


def get(port: int, path: str) -> int:
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as reply:
                return int(reply.status)
        except urllib.error.HTTPError as exc:
            return exc.code
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_port_0_prints_the_bound_port_and_serves_there() -> None:
    with serving() as (_, port, _):
        assert port != 0
        assert get(port, "/api2/json/version") == 401  # a PVE answer: no ticket


def test_access_log_names_the_full_api_path_once_per_request() -> None:
    with serving("--access-log") as (process, port, _):
        assert get(port, "/api2/json/nodes/pve1/qemu?password=" + PLANTED) == 401
        process.terminate()
        _, err = process.communicate(timeout=20)
    lines = [line for line in err.splitlines() if "/api2/json/nodes/pve1/qemu" in line]
    assert len(lines) == 1, err
    assert " GET /api2/json/nodes/pve1/qemu 401 " in lines[0]
    assert PLANTED not in err


def test_no_access_log_by_default() -> None:
    with serving() as (process, port, _):
        assert get(port, "/api2/json/nodes") == 401
        process.terminate()
        _, err = process.communicate(timeout=20)
    assert "/api2/json/nodes" not in err


def test_tls_banner_names_the_bound_port_and_fingerprint(tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path)
    cmd = [sys.executable, "-m", "pvesdk_server", "--port", "0", "--cert", str(cert),
           "--key", str(key)]  # fmt: skip
    process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        first, second = process.stdout.readline(), process.stdout.readline()
        match = re.fullmatch(r"pvesdk-server: https://127\.0\.0\.1:(\d+)/api2/json\n", first)
        assert match, first
        assert second.startswith("certificate fingerprint (SHA-256): ")
        context = ssl.create_default_context(cafile=str(cert))
        raw = socket.create_connection(("127.0.0.1", int(match[1])), timeout=30)
        with context.wrap_socket(raw, server_hostname="127.0.0.1") as tls:
            assert tls.version() is not None
    finally:
        process.terminate()
        process.wait(timeout=20)
