"""The ``pvesdk`` command line end to end: ``python -m pvesdk`` against the real mock server (TLS).

Exit codes: 0 success, 1 Proxmox answered an error, 2 usage or a parameter the spec refuses,
3 no connection, 4 a waited-for task failed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.shell_completion import BashComplete

from pvesdk.cli import main

from .support.server import Server, free_port, pvesdk_server

TOKEN = "00000000-0000-4000-8000-000000000000"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    # Tasks run for 5 s, so --wait has to poll and a running task can be stopped in time.
    with pvesdk_server(tmp_path_factory.mktemp("cli"), "--task-seconds", "5") as running:
        yield running


def env_for(server: Server, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PVESDK_")}
    env.update(
        PVESDK_HOST="127.0.0.1",
        PVESDK_PORT=str(server.port),
        PVESDK_USER="root@pam",
        PVESDK_TOKEN_NAME="mock",
        PVESDK_TOKEN_VALUE=TOKEN,
        PVESDK_FINGERPRINT=server.fingerprint,
    )
    env.update(extra)
    return env


def pvesdk(
    *args: str, env: dict[str, str], stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "pvesdk", *args]
    return subprocess.run(cmd, env=env, input=stdin, capture_output=True, text=True, timeout=120)


def test_get_prints_json(server: Server) -> None:
    result = pvesdk("get", "/version", env=env_for(server))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["release"] == "9.2"


def test_get_prints_yaml(server: Server) -> None:
    result = pvesdk("--output", "yaml", "get", "/nodes", env=env_for(server))
    assert result.returncode == 0, result.stderr
    assert {n["node"] for n in yaml.safe_load(result.stdout)} == {"pve1", "pve2"}


def test_get_prints_a_table(server: Server) -> None:
    result = pvesdk("-o", "table", "get", "/nodes", env=env_for(server))
    assert result.returncode == 0, result.stderr
    header = result.stdout.splitlines()[1]
    assert header.startswith("| node ") and "| status " in header


def test_create_with_wait_returns_the_finished_task(server: Server) -> None:
    result = pvesdk("create", "/nodes/pve1/qemu/100/status/start", "--wait", env=env_for(server))
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    assert (status["status"], status["exitstatus"], status["type"]) == ("stopped", "OK", "qmstart")


def test_wait_draws_a_task_bar_on_a_terminal(server: Server) -> None:
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    # A real terminal has a size; tqdm draws nothing on one 0 columns wide.
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    cmd = [sys.executable, "-m", "pvesdk", "create", "/nodes/pve1/lxc/200/status/start", "--wait"]
    with subprocess.Popen(cmd, env=env_for(server), stdout=subprocess.PIPE,
                          stderr=follower) as process:  # fmt: skip
        os.close(follower)
        drawn = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal's other end closed: the process is done
                break
            if not chunk:
                break
            drawn += chunk
        out = process.stdout.read() if process.stdout else b""
        assert process.wait(timeout=60) == 0
    os.close(leader)
    assert b"vzstart 200 on pve1" in drawn and b"OK" in drawn
    assert json.loads(out)["exitstatus"] == "OK"


def test_wait_draws_no_bar_when_stderr_is_not_a_terminal(server: Server) -> None:
    # stopping a VM is a task whatever its state (qemu-server's vm_stop worker)
    result = pvesdk("create", "/nodes/pve1/qemu/100/status/stop", "--wait", env=env_for(server))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_a_failed_wait_shows_the_end_of_the_task_log(server: Server) -> None:
    env = env_for(server)
    # two starts: whichever ends second finds the VM running (qemu-server's vm_start worker)
    assert pvesdk("create", "/nodes/pve1/qemu/100/status/start", env=env).returncode == 0
    result = pvesdk("create", "/nodes/pve1/qemu/100/status/start", "--wait", env=env)
    assert result.returncode == 4
    assert "  TASK ERROR: " in result.stderr


def test_output_option_after_the_path_as_pvesh_takes_it(server: Server) -> None:
    result = pvesdk("get", "/nodes", "-o", "yaml", env=env_for(server))
    assert result.returncode == 0, result.stderr
    assert {n["node"] for n in yaml.safe_load(result.stdout)} == {"pve1", "pve2"}


def test_set_and_get_round_trip_a_parameter(server: Server) -> None:
    env = env_for(server)
    done = pvesdk("set", "/nodes/pve1/qemu/100/config", "--description=from the cli", env=env)
    assert done.returncode == 0, done.stderr
    config = json.loads(pvesdk("get", "/nodes/pve1/qemu/100/config", env=env).stdout)
    assert config["description"] == "from the cli"


def test_failed_task_exits_4(server: Server) -> None:
    env = env_for(server)
    created = pvesdk("create", "/nodes/pve1/qemu", "--vmid", "4242", env=env)
    assert created.returncode == 0, created.stderr
    upid = json.loads(created.stdout)
    assert pvesdk("delete", f"/nodes/pve1/tasks/{upid}", env=env).returncode == 0
    result = pvesdk("tasks", "wait", upid, env=env)
    assert result.returncode == 4
    assert "task failed: unexpected status" in result.stderr


def test_parameter_the_spec_refuses_exits_2_before_sending(server: Server) -> None:
    env = env_for(server)
    result = pvesdk("create", "/nodes/pve1/qemu", "--vmid", "abc", env=env)
    assert result.returncode == 2
    assert "vmid: type check ('integer') failed - got 'abc'" in result.stderr


def test_unknown_parameter_exits_2(server: Server) -> None:
    result = pvesdk("set", "/nodes/pve1/qemu/100/config", "--nosuch", "1", env=env_for(server))
    assert result.returncode == 2
    assert "nosuch: property is not defined in schema" in result.stderr


def test_unknown_path_exits_2(server: Server) -> None:
    result = pvesdk("get", "/nodes/pve1/nosuch", env=env_for(server))
    assert (result.returncode, result.stderr.strip()) == (
        2,
        "pvesdk: error: no such API path: /nodes/pve1/nosuch",
    )


def test_proxmox_error_exits_1(server: Server) -> None:
    result = pvesdk("get", "/nodes/pve1/qemu/4040/config", env=env_for(server))
    assert result.returncode == 1
    assert "4040" in result.stderr


def test_wrong_token_exits_1_without_echoing_the_secret(server: Server) -> None:
    secret = "11111111-2222-4333-8444-555555555555"
    result = pvesdk("get", "/version", env=env_for(server, PVESDK_TOKEN_VALUE=secret))
    assert result.returncode == 1
    assert secret not in result.stdout + result.stderr


def test_no_server_exits_3(server: Server) -> None:
    result = pvesdk("get", "/version", env=env_for(server, PVESDK_PORT=str(free_port())))
    assert result.returncode == 3
    assert "connection failed" in result.stderr


def test_password_from_stdin(server: Server) -> None:
    env = env_for(server, PVESDK_TOKEN_NAME="", PVESDK_TOKEN_VALUE="")
    result = pvesdk("--password-stdin", "get", "/version", env=env, stdin="pvesdk\n")
    assert result.returncode == 0, result.stderr
    assert "pvesdk" not in result.stderr


def test_named_profile_from_the_config_file(server: Server, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        f'[profiles.lab]\nhost = "127.0.0.1"\nport = {server.port}\nuser = "root@pam"\n'
        f'token_name = "mock"\ntoken_value = "{TOKEN}"\nfingerprint = "{server.fingerprint}"\n'
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PVESDK_")}
    env["PVESDK_CONFIG"] = str(config)
    result = pvesdk("--profile", "lab", "get", "/version", env=env)
    assert result.returncode == 0, result.stderr


def test_missing_profile_is_named(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[profiles.other]\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PVESDK_")}
    result = pvesdk(
        "--profile", "lab", "get", "/version", env={**env, "PVESDK_CONFIG": str(config)}
    )
    assert result.returncode == 2
    assert "profile 'lab' is not in" in result.stderr


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('profiles = 5\n', "'profiles' must be a table"),
        ('[profiles.lab]\nhost = 5\n', "host must be a string, got int"),
        ('[profiles.lab]\ntoken_value = ["s3cret-tok"]\n', "token_value must be a string"),
        ('[profiles.lab]\ntoken-value = "s3cret-tok"\n', "unknown setting 'token-value'"),
        ('[profiles.lab]\nport = true\n', "port must be a string or a number, got bool"),
    ],
)  # fmt: skip
def test_malformed_profile_is_refused_in_one_line_naming_the_setting(
    tmp_path: Path, text: str, named: str
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(text)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PVESDK_")}
    result = pvesdk(
        "--profile", "lab", "get", "/version", env={**env, "PVESDK_CONFIG": str(config)}
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert named in result.stderr and str(config) in result.stderr
    assert "s3cret-tok" not in result.stderr


def test_config_path_that_is_a_directory_is_named(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PVESDK_")}
    result = pvesdk(
        "--profile", "lab", "get", "/version", env={**env, "PVESDK_CONFIG": str(tmp_path)}
    )
    assert result.returncode == 2
    assert f"pvesdk: error: {tmp_path}: cannot read it" in result.stderr
    assert "Traceback" not in result.stderr


def test_ls_lists_spec_children_and_members(server: Server) -> None:
    result = pvesdk("ls", "/nodes/pve1/qemu", env=env_for(server))
    assert result.returncode == 0, result.stderr
    names = {row["name"] for row in json.loads(result.stdout)}
    assert "100" in names


def test_usage_lists_the_operations_parameters(server: Server) -> None:
    result = pvesdk("usage", "/nodes/pve1/qemu", "--command", "create", env=env_for(server))
    assert result.returncode == 0, result.stderr
    (entry,) = json.loads(result.stdout)
    vmid = next(p for p in entry["parameters"] if p["name"] == "vmid")
    assert (entry["method"], vmid["required"], vmid["type"]) == ("POST", True, "integer")


def completions(args: list[str], incomplete: str) -> list[str]:
    complete = BashComplete(main, {}, "pvesdk", "_PVESDK_COMPLETE")
    return [item.value for item in complete.get_completions(args, incomplete)]


def test_completion_of_api_paths_from_the_spec() -> None:
    assert "/nodes/{node}" in completions(["get"], "/nodes/")
    assert completions(["get"], "/nodes/pve1/qe") == ["/nodes/pve1/qemu"]


def test_completion_of_parameter_names_from_the_spec() -> None:
    found = completions(["create", "/nodes/pve1/qemu"], "--mem")
    assert "--memory" in found


def test_password_stdin_with_nothing_on_stdin_exits_2_naming_the_option(server: Server) -> None:
    env = env_for(server, PVESDK_TOKEN_NAME="", PVESDK_TOKEN_VALUE="")
    result = pvesdk("--password-stdin", "get", "/version", env=env, stdin="")
    assert result.returncode == 2
    assert "--password-stdin: no password on stdin" in result.stderr


def test_password_stdin_on_a_terminal_is_asked_for_without_echo(server: Server) -> None:
    import pty
    import select
    import termios

    leader, follower = pty.openpty()
    env = env_for(server, PVESDK_TOKEN_NAME="", PVESDK_TOKEN_VALUE="")
    cmd = [sys.executable, "-m", "pvesdk", "--password-stdin", "get", "/version"]

    def controlling_terminal() -> None:  # getpass reads /dev/tty: the pty must be the session's
        import fcntl

        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    terminal = {"stdin": follower, "stderr": follower, "start_new_session": True}
    with subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, preexec_fn=controlling_terminal, **terminal
    ) as process:
        os.close(follower)
        seen = b""
        while b"Password:" not in seen:
            ready, _, _ = select.select([leader], [], [], 30)
            if not ready:
                process.kill()
                pytest.fail(f"no password prompt on the terminal; it showed {seen!r}")
            seen += os.read(leader, 1024)
        os.write(leader, b"pvesdk\n")
        out = process.stdout.read() if process.stdout else b""
        assert process.wait(timeout=60) == 0
        try:
            while chunk := os.read(leader, 1024):
                seen += chunk
        except OSError:
            pass
    os.close(leader)
    assert json.loads(out)["release"]
    assert b"pvesdk" not in seen  # the terminal never showed it


@pytest.mark.parametrize("command", [["ls", "/nodes/pve1/qemu"], ["usage", "/version"]])
def test_output_option_after_the_path_of_ls_and_usage(server: Server, command: list[str]) -> None:
    result = pvesdk(*command, "-o", "yaml", env=env_for(server))
    assert result.returncode == 0, result.stderr
    assert isinstance(yaml.safe_load(result.stdout), list)


def test_a_value_holding_a_slash_may_end_the_path_as_it_is(server: Server) -> None:
    env = env_for(server)
    assert pvesdk("create", "/cluster/firewall/ipset", "--name", "slashes", env=env).returncode == 0
    add = pvesdk("create", "/cluster/firewall/ipset/slashes", "--cidr", "10.9.0.0/24", env=env)
    assert add.returncode == 0, add.stderr
    for path in (
        "/cluster/firewall/ipset/slashes/10.9.0.0/24",
        "/cluster/firewall/ipset/slashes/10.9.0.0%2F24",
    ):
        result = pvesdk("get", path, env=env)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["cidr"] == "10.9.0.0/24"


def test_a_slash_elsewhere_is_still_an_unknown_path(server: Server) -> None:
    result = pvesdk("get", "/nodes/pve1/qemu/100/config/extra", env=env_for(server))
    assert result.returncode == 2
    assert "no such API path: /nodes/pve1/qemu/100/config/extra" in result.stderr


def ca_signed(directory: Path) -> tuple[Path, Path, Path]:
    """A CA (``ca.pem``) and a loopback certificate it signed: (ca, cert, key)."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "pvesdk test CA")])
    leaf_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])

    def build(subject: x509.Name, public: Any, ca: bool) -> x509.CertificateBuilder:
        return (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(ca_name)
            .public_key(public)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        )

    ca_cert = build(ca_name, ca_key.public_key(), True).sign(ca_key, hashes.SHA256())
    san = x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))])
    leaf = (
        build(leaf_name, key.public_key(), False)
        .add_extension(san, critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    directory.mkdir(parents=True, exist_ok=True)
    paths = directory / "ca.pem", directory / "cert.pem", directory / "key.pem"
    paths[0].write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return paths


@pytest.fixture(scope="module")
def ca_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Path]]:
    tmp = tmp_path_factory.mktemp("cli-ca")
    ca, cert, key = ca_signed(tmp / "tls")
    with pvesdk_server(tmp, tls=(cert, key)) as running:
        yield running, ca


def test_ca_option_trusts_a_server_certificate_the_ca_signed(
    ca_server: tuple[Server, Path],
) -> None:
    server, ca = ca_server
    env = env_for(server, PVESDK_FINGERPRINT="")
    result = pvesdk("--ca", str(ca), "get", "/version", env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["release"] == "9.2"


def test_without_the_ca_the_certificate_is_refused(ca_server: tuple[Server, Path]) -> None:
    server, _ca = ca_server
    result = pvesdk("get", "/version", env=env_for(server, PVESDK_FINGERPRINT=""))
    assert result.returncode == 3
    assert "certificate" in result.stderr.lower()


def test_ca_from_the_environment(ca_server: tuple[Server, Path]) -> None:
    server, ca = ca_server
    env = env_for(server, PVESDK_FINGERPRINT="", PVESDK_CA=str(ca))
    result = pvesdk("get", "/version", env=env)
    assert result.returncode == 0, result.stderr


def test_ca_directory_of_hashed_certificates(
    ca_server: tuple[Server, Path], tmp_path: Path
) -> None:
    server, ca = ca_server
    # OpenSSL's capath: files named <subject hash>.0, as c_rehash writes them.
    subject_hash = subprocess.run(
        ["openssl", "x509", "-subject_hash", "-noout", "-in", str(ca)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if subject_hash.returncode != 0:
        pytest.skip("no openssl to name the hashed CA file")
    (tmp_path / f"{subject_hash.stdout.strip()}.0").write_bytes(ca.read_bytes())
    env = env_for(server, PVESDK_FINGERPRINT="")
    result = pvesdk("--ca", str(tmp_path), "get", "/version", env=env)
    assert result.returncode == 0, result.stderr


def test_ca_from_a_profile(ca_server: tuple[Server, Path], tmp_path: Path) -> None:
    server, ca = ca_server
    config = tmp_path / "config.toml"
    config.write_text(
        f'[profiles.lab]\nhost = "127.0.0.1"\nport = {server.port}\nuser = "root@pam"\n'
        f'token_name = "mock"\ntoken_value = "{TOKEN}"\nca = "{ca}"\n'
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PVESDK_")}
    result = pvesdk(
        "--profile", "lab", "get", "/version", env={**env, "PVESDK_CONFIG": str(config)}
    )
    assert result.returncode == 0, result.stderr


def offline_env(**extra: str) -> dict[str, str]:
    """Settings enough to connect; the refusals tested with them come before any connection."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PVESDK_")}
    env.update(PVESDK_HOST="127.0.0.1", PVESDK_USER="root@pam", PVESDK_TOKEN_NAME="t",
               PVESDK_TOKEN_VALUE="v", **extra)  # fmt: skip
    return env


@pytest.mark.parametrize(
    ("args", "extra", "message"),
    [
        (["--ca", "ca.pem", "--insecure"], {}, "--ca and --insecure exclude each other"),
        (["--insecure"], {"PVESDK_CA": "ca.pem"}, "--ca and --insecure exclude each other"),
        (["--ca", "ca.pem"], {"PVESDK_FINGERPRINT": "AA"},
         "--ca and --fingerprint exclude each other"),
    ],
)  # fmt: skip
def test_ca_with_another_trust_choice_is_refused_in_one_line(
    args: list[str], extra: dict[str, str], message: str
) -> None:
    result = pvesdk(*args, "get", "/version", env=offline_env(**extra))
    assert (result.returncode, result.stderr) == (2, f"pvesdk: error: {message}\n")


def test_profile_with_both_ca_and_fingerprint_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[profiles.lab]\nca = "ca.pem"\nfingerprint = "AA"\n')
    result = pvesdk("--profile", "lab", "get", "/version",
                    env=offline_env(PVESDK_CONFIG=str(config)))  # fmt: skip
    assert (result.returncode, result.stderr) == (
        2, "pvesdk: error: profile 'lab': ca and fingerprint exclude each other\n"
    )  # fmt: skip


def test_missing_ca_file_is_named_in_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "nosuch-ca.pem"
    result = pvesdk("--ca", str(missing), "get", "/version", env=offline_env())
    assert result.returncode == 2
    assert result.stderr == f"pvesdk: error: --ca: no such CA file or directory: {missing}\n"


def test_usage_table_wraps_descriptions_to_the_terminal_width() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PVESDK_")}
    args = ("usage", "/nodes/pve1/qemu", "-c", "create")
    table = pvesdk(*args, "-o", "table", env={**env, "COLUMNS": "100"})
    assert table.returncode == 0, table.stderr
    assert max(len(line) for line in table.stdout.splitlines()) <= 100
    # Every description is all there, over the lines of its cell, rows still one per parameter.
    (entry,) = json.loads(pvesdk(*args, env=env).stdout)
    cells: dict[str, list[str]] = {}
    name = ""
    for line in table.stdout.splitlines()[4:]:
        if line.startswith("|"):
            row = [cell.strip() for cell in line.split(" | ")]
            name = row[0].lstrip("| ") or name
            cells.setdefault(name, []).append(row[3])
    assert list(cells) == [p["name"] for p in entry["parameters"]]
    archive = next(p for p in entry["parameters"] if p["name"] == "archive")
    assert len(cells["archive"]) > 1
    assert " ".join(cells["archive"]) == " ".join(archive["description"].split())


def test_a_wrapped_cell_breaks_between_enum_values_and_cuts_only_long_words() -> None:
    from pvesdk._cli_table import wrap as _wrap

    assert _wrap("other|wxp|w2k|l26", 10) == ["other|wxp|", "w2k|l26"]
    assert _wrap("see abcdefghijkl", 6) == ["see", "abcdef", "ghijkl"]


@pytest.mark.parametrize(
    ("profile_trust", "args", "extra"),
    [
        ('ca = "/nonexistent/ca.pem"', ["--insecure"], {}),
        (f'fingerprint = "{"00:" * 31}00"', [], {"PVESDK_CA": "CA"}),
    ],
)  # fmt: skip
def test_trust_from_options_or_environment_replaces_the_profiles(
    ca_server: tuple[Server, Path],
    tmp_path: Path,
    profile_trust: str,
    args: list[str],
    extra: dict[str, str],
) -> None:
    server, ca = ca_server
    config = tmp_path / "config.toml"
    config.write_text(
        f'[profiles.lab]\nhost = "127.0.0.1"\nport = {server.port}\nuser = "root@pam"\n'
        f'token_name = "mock"\ntoken_value = "{TOKEN}"\n{profile_trust}\n'
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PVESDK_")}
    env.update({k: str(ca) if v == "CA" else v for k, v in extra.items()})
    env["PVESDK_CONFIG"] = str(config)
    result = pvesdk("--profile", "lab", *args, "get", "/version", env=env)
    assert result.returncode == 0, result.stderr


def test_cli_settings_hold_secrets_hidden_from_reprs_and_frames(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The option and profile dictionaries are locals of the CLI's frames (a traceback printed
    with its locals shows them): token values and passwords are Secrets there, sent as given."""
    from pvesdk import cli

    planted = "planted-Cli-s3cret"
    config = tmp_path / "config.toml"
    config.write_text(f'[profiles.lab]\nhost = "pve1"\ntoken_value = "{planted}"\n')
    monkeypatch.setenv("PVESDK_CONFIG", str(config))
    profile = cli._profile("lab")
    given = cli._hide_secrets({"token_value": planted, "password": planted, "user": "root@pam"})
    assert planted not in repr(profile) and planted not in repr(given)
    assert profile["token_value"] == planted and given["password"] == planted
    assert given["user"] == "root@pam"
