"""pvesh-based transports: argument building, error parsing, local pvesh, ssh via paramiko and
via the system ssh, the last two against a real OpenSSH sshd on loopback."""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import pvesdk
from pvesdk import AsyncPveClient, PveClient
from pvesdk.transport import Request, decode_response
from pvesdk.transports.pvesh import PveshTransport, pvesh_argv, pvesh_response
from pvesdk.transports.ssh import OpensshTransport, SshTransport

from ..support.sshd import SSHD, Sshd, fake_pvesh, sshd

NASTY = [
    "two words",
    'quote\'s "double"',
    "$(touch /tmp/pvesdk-pwned) `id`",
    "a; rm -rf / #",
    "line one\nline two",
    "ünïcødé ✓ 日本",
    "-starts-with-dash",
    "back\\slash",
    "",
]
needs_sshd = pytest.mark.skipif(
    not Path(SSHD).is_file() or shutil.which("ssh-keygen") is None,
    reason="OpenSSH server not installed (apt-get install openssh-server)",
)


# -- building and parsing (no processes)


def test_methods_map_to_pvesh_verbs() -> None:
    verbs = [pvesh_argv(Request(m, "/version"))[1] for m in ("GET", "PUT", "POST", "DELETE")]
    assert verbs == ["get", "set", "create", "delete"]


def test_argv_uses_key_equals_value_and_json_output() -> None:
    request = Request("POST", "/nodes/pve1/qemu", [("vmid", "101"), ("net0", "virtio"),
                                                   ("description", "-x")])  # fmt: skip
    assert pvesh_argv(request) == [
        "pvesh", "create", "/nodes/pve1/qemu", "--vmid=101", "--net0=virtio",
        "--description=-x", "--output-format", "json",
    ]  # fmt: skip


def test_path_segments_are_decoded_but_an_encoded_slash_stays() -> None:
    path = "/nodes/pve1/storage/local/content/local%3Aiso%2Fx%20y.iso"
    assert (
        pvesh_argv(Request("GET", path))[2]
        == "/nodes/pve1/storage/local/content/local:iso%2Fx y.iso"
    )


def test_400_with_field_lines_becomes_a_parameter_error() -> None:
    stderr = b"400 Parameter verification failed.\nvmid: type check ('integer') failed\n"
    response = pvesh_response(255, b"", stderr)
    with pytest.raises(pvesdk.ParameterError) as err:
        decode_response(Request("POST", "/x"), response)
    assert err.value.message == "Parameter verification failed."
    assert err.value.errors == {"vmid": "type check ('integer') failed"}


@pytest.mark.parametrize(
    ("stderr", "error", "message"),
    [
        (b"403 Permission check failed (/vms/100, VM.Audit)\n", pvesdk.PermissionDeniedError,
         "Permission check failed (/vms/100, VM.Audit)"),
        (b"501 Method 'GET /x' not implemented\n", pvesdk.MethodNotImplementedError,
         "Method 'GET /x' not implemented"),
        (b"VM 100 already exists on node 'pve1'\n", pvesdk.ServerError,
         "VM 100 already exists on node 'pve1'"),
        (b"", pvesdk.ServerError, "pvesh failed"),
    ],
)  # fmt: skip
def test_other_failures_map_like_https(
    stderr: bytes, error: type[pvesdk.PveApiError], message: str
) -> None:
    with pytest.raises(error) as err:
        decode_response(Request("GET", "/x"), pvesh_response(255, b"", stderr))
    assert err.value.message == message


def test_empty_output_is_null_and_json_is_data() -> None:
    assert decode_response(Request("PUT", "/x"), pvesh_response(0, b"", b"")) is None
    assert decode_response(Request("GET", "/x"), pvesh_response(0, b'{"a": 1}\n', b"")) == {"a": 1}


# -- local pvesh (a fake pvesh answering from the mock engine)


@pytest.fixture
def local(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> PveClient:
    monkeypatch.setenv("PVESDK_MOCK_STATE", str(tmp_path / "cluster.json"))
    return PveClient(transport=PveshTransport(pvesh=(str(fake_pvesh(tmp_path / "bin")),)))


def test_local_pvesh_serves_the_typed_client(local: PveClient) -> None:
    assert local.version.get().release == "9.2"
    assert [n.node for n in local.nodes.get()] == ["pve1", "pve2"]
    vm = local.nodes.node("pve1").qemu.vmid(100)
    assert vm.status.start.post().startswith("UPID:pve1:")
    assert vm.status.current.get().status == "running"
    assert vm.config.put(cores=4) is None
    assert vm.config.get().cores == 4


def test_a_task_run_in_the_foreground_by_pvesh_comes_back_as_its_task(local: PveClient) -> None:
    # Real pvesh prints the worker's output before the UPID (fork_worker is synchronous).
    task = local.nodes.node("pve1").vzdump.post(vmid="100", storage="local")
    assert task.type == "vzdump"
    result = task.wait(interval=0.01)
    assert result.ok and any(line.startswith("INFO: ") for line in result.log_tail)


def test_a_upid_printed_after_task_output_is_the_answer() -> None:
    upid = "UPID:pve1:00001234:00005678:6745D2C3:vzdump:100:root@pam:"
    stdout = f'INFO: starting new backup job\nINFO: Finished Backup of VM 100\n"{upid}"\n'
    response = pvesh_response(0, stdout.encode(), b"")
    assert decode_response(Request("POST", "/nodes/pve1/vzdump"), response) == upid


def test_a_upid_printed_right_after_unterminated_task_output_is_the_answer() -> None:
    upid = "UPID:pve1:00001234:00005678:6745D2C3:qmstart:100:root@pam:"
    response = pvesh_response(0, f'progress 100%"{upid}"\n'.encode(), b"")
    assert decode_response(Request("POST", "/x"), response) == upid


def test_plain_text_output_without_json_stays_text() -> None:
    response = pvesh_response(0, b"line one\nline two\n", b"")
    assert decode_response(Request("GET", "/x"), response) == "line one\nline two"


def test_total_is_none_over_pvesh_which_prints_data_alone(local: PveClient) -> None:
    page = local.with_total(local.nodes.node("pve1").tasks.get)
    assert page.total is None


def test_local_pvesh_values_arrive_unchanged(local: PveClient) -> None:
    config = local.nodes.node("pve1").qemu.vmid(100).config
    for value in NASTY:
        config.put(description=value)
        assert config.get().description == value


def test_local_pvesh_errors_are_the_https_ones(local: PveClient) -> None:
    with pytest.raises(pvesdk.ParameterError) as err:
        local.nodes.node("pve1").qemu.post(vmid=101, cores=0)
    assert err.value.errors == {"cores": "value must have a minimum value of 1"}
    with pytest.raises(pvesdk.ServerError, match="VM 100 already exists"):
        local.nodes.node("pve1").qemu.post(vmid=100)
    with pytest.raises(pvesdk.MethodNotImplementedError, match="not implemented"):
        decode_response(
            Request("GET", "/nosuch"), local.transport.handle_request(Request("GET", "/nosuch"))
        )


def test_missing_pvesh_is_a_clear_error(tmp_path: Path) -> None:
    client = PveClient(transport=PveshTransport(pvesh=(str(tmp_path / "pvesh"),)))
    with pytest.raises(pvesdk.PveConnectionError, match="not found"):
        client.version.get()


# -- ssh (real sshd; its pvesh answers from the mock engine)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sshd]:
    if not Path(SSHD).is_file() or shutil.which("ssh-keygen") is None:
        pytest.skip("OpenSSH server not installed (apt-get install openssh-server)")
    with sshd(tmp_path_factory.mktemp("sshd")) as running:
        yield running


def paramiko_transport(server: Sshd, **kwargs: object) -> SshTransport:
    options: dict[str, object] = {
        "port": server.port,
        "key_filename": str(server.key),
        "known_hosts": str(server.known_hosts),
        "allow_agent": False,
        "look_for_keys": False,
        **kwargs,
    }
    return SshTransport("127.0.0.1", **options)  # type: ignore[arg-type]


def openssh_transport(server: Sshd, **kwargs: object) -> OpensshTransport:
    options: dict[str, object] = {
        "port": server.port, "user": "root", "identity_file": str(server.key),
        "known_hosts": str(server.known_hosts), **kwargs,
    }  # fmt: skip
    return OpensshTransport("127.0.0.1", **options)  # type: ignore[arg-type]


TRANSPORTS = [paramiko_transport, openssh_transport]
IDS = ["paramiko", "openssh"]


@needs_sshd
@pytest.mark.parametrize("make", TRANSPORTS, ids=IDS)
def test_ssh_serves_the_typed_client(server: Sshd, make: object) -> None:
    client = PveClient(transport=make(server))  # type: ignore[operator]
    assert client.version.get().version == "9.2.0"
    assert client.nodes.get()[0].node == "pve1"
    vmid = 300 + TRANSPORTS.index(make)  # type: ignore[arg-type]
    upid = client.nodes.node("pve1").qemu.post(vmid=vmid, net={0: "virtio,bridge=vmbr0"})
    assert f":qmcreate:{vmid}:" in upid
    assert client.nodes.node("pve1").qemu.vmid(vmid).config.get().net[0].model == "virtio"


@needs_sshd
@pytest.mark.parametrize("make", TRANSPORTS, ids=IDS)
def test_ssh_values_arrive_unchanged(server: Sshd, make: object) -> None:
    config = PveClient(transport=make(server)).nodes.node("pve1").qemu.vmid(100).config  # type: ignore[operator]
    for value in NASTY:
        config.put(description=value)
        assert config.get().description == value
    assert not Path("/tmp/pvesdk-pwned").exists()


@needs_sshd
@pytest.mark.parametrize("make", TRANSPORTS, ids=IDS)
def test_ssh_errors_map_to_the_same_exceptions(server: Sshd, make: object) -> None:
    client = PveClient(transport=make(server))  # type: ignore[operator]
    with pytest.raises(pvesdk.ParameterError) as err:
        client.nodes.node("pve1").qemu.post(vmid=101, cores=0, sockets=0)
    assert set(err.value.errors) == {"cores", "sockets"}
    with pytest.raises(pvesdk.ServerError, match="already exists"):
        client.nodes.node("pve1").qemu.post(vmid=100)


@needs_sshd
@pytest.mark.parametrize("make", TRANSPORTS, ids=IDS)
def test_unknown_host_key_is_refused(server: Sshd, make: object, tmp_path: Path) -> None:
    empty = tmp_path / "known_hosts"
    empty.write_text("")
    transport = make(server, known_hosts=str(empty))  # type: ignore[operator]
    with pytest.raises(pvesdk.PveConnectionError, match=r"(?i)host key"):
        transport.handle_request(Request("GET", "/version"))


@needs_sshd
def test_unknown_host_key_is_accepted_only_when_asked(server: Sshd, tmp_path: Path) -> None:
    empty = tmp_path / "known_hosts"
    empty.write_text("")
    transport = paramiko_transport(server, known_hosts=str(empty), accept_unknown_host=True)
    assert PveClient(transport=transport).version.get().release == "9.2"


@needs_sshd
@pytest.mark.parametrize("make", TRANSPORTS, ids=IDS)
def test_wrong_key_is_an_authentication_error(server: Sshd, make: object) -> None:
    option = "key_filename" if make is paramiko_transport else "identity_file"
    transport = make(server, **{option: str(server.other_key)})  # type: ignore[operator]
    with pytest.raises(pvesdk.AuthenticationError, match="ssh"):
        transport.handle_request(Request("GET", "/version"))


@needs_sshd
def test_async_client_over_ssh(server: Sshd) -> None:
    client = AsyncPveClient(transport=paramiko_transport(server))
    assert asyncio.run(client.version.get()).release == "9.2"


@needs_sshd
def test_ssh_repr_hides_the_password(server: Sshd) -> None:
    transport = paramiko_transport(server, password="hunter2-secret")
    assert "hunter2-secret" not in repr(transport)


# -- proxmoxer-like construction


@needs_sshd
def test_transport_ssh_shortcut_reads_like_proxmoxer(server: Sshd) -> None:
    client = PveClient("127.0.0.1", transport="ssh", user="root@pam", port=server.port,
                       key_filename=str(server.key), accept_unknown_host=True)  # fmt: skip
    assert isinstance(client.transport, SshTransport)
    assert client.transport.user == "root"
    assert client.version.get().release == "9.2"


def test_transport_local_shortcut_runs_pvesh_here() -> None:
    client = PveClient(transport="local")
    assert isinstance(client.transport, PveshTransport)
    if shutil.which("pvesh") is None:
        with pytest.raises(pvesdk.PveConnectionError, match="pvesh: not found"):
            client.version.get()


def test_transport_openssh_shortcut_needs_one_host() -> None:
    with pytest.raises(ValueError, match="one host"):
        PveClient(["a", "b"], transport="openssh")
    client = PveClient("pve1", transport="openssh", user="root@pam", port=2222)
    assert isinstance(client.transport, OpensshTransport)


# -- ssh authentication by password and by agent


@pytest.fixture(scope="module")
def password_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sshd]:
    from ..support.sshd import password_namespace_available

    if not Path(SSHD).is_file() or not password_namespace_available():
        pytest.skip("needs root, unshare and openssl to give the test sshd a root password")
    with sshd(tmp_path_factory.mktemp("sshd-pw"), root_password="pw-Test-123") as running:
        yield running


def test_ssh_password_authentication(password_server: Sshd) -> None:
    transport = SshTransport(
        "127.0.0.1",
        port=password_server.port,
        password="pw-Test-123",
        known_hosts=str(password_server.known_hosts),
        allow_agent=False,
        look_for_keys=False,
    )
    assert PveClient(transport=transport).version.get().release == "9.2"
    assert "pw-Test-123" not in repr(transport)


def test_ssh_wrong_password_is_an_authentication_error(password_server: Sshd) -> None:
    transport = SshTransport(
        "127.0.0.1",
        port=password_server.port,
        password="wrong",
        known_hosts=str(password_server.known_hosts),
        allow_agent=False,
        look_for_keys=False,
    )
    with pytest.raises(pvesdk.AuthenticationError) as err:
        transport.handle_request(Request("GET", "/version"))
    assert "wrong" not in str(err.value)


@needs_sshd
def test_ssh_agent_authentication(
    server: Sshd, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import subprocess

    if shutil.which("ssh-agent") is None:
        pytest.skip("ssh-agent not installed")
    sock = tmp_path / "agent.sock"
    agent = subprocess.Popen(["ssh-agent", "-D", "-a", str(sock)], stdout=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if sock.exists():
                break
            import time

            time.sleep(0.02)
        env = {**os.environ, "SSH_AUTH_SOCK": str(sock)}
        subprocess.run(["ssh-add", str(server.key)], env=env, check=True, capture_output=True)
        monkeypatch.setenv("SSH_AUTH_SOCK", str(sock))
        transport = SshTransport(
            "127.0.0.1",
            port=server.port,
            known_hosts=str(server.known_hosts),
            allow_agent=True,
            look_for_keys=False,
        )
        assert PveClient(transport=transport).version.get().release == "9.2"
    finally:
        agent.terminate()
        agent.wait(timeout=5)
