"""A mock per release: ``pvesdk-server --version 7.4`` serves 7.4's API (real server over TLS).

Facts from the dumps: ``/cluster/qemu/custom-cpu-models`` is absent from 7.4 (new in 9.2), the
qemu ``amd-sev`` parameter is absent before 8.2, ``/nodes/{node}/ceph/pools`` exists in 7.4 only.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from pvesdk import PveClient
from pvesdk.errors import MethodNotImplementedError, ParameterError

from ..support.server import Server, pvesdk_server

TOKEN = "00000000-0000-4000-8000-000000000000"
AUTH = {"Authorization": f"PVEAPIToken=root@pam!mock={TOKEN}"}


@pytest.fixture(scope="module")
def server74(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with pvesdk_server(tmp_path_factory.mktemp("server74"), "--version", "7.4") as running:
        yield running


def get(server: Server, path: str) -> httpx.Response:
    context = ssl.create_default_context(cafile=str(server.cert))
    with httpx.Client(verify=context, timeout=30) as http:
        return http.get(f"{server.url}{path}", headers=AUTH)


def client(server: Server) -> PveClient:
    return PveClient(
        "127.0.0.1", port=server.port, user="root@pam", token_name="mock", token_value=TOKEN,
        verify_ssl=str(server.cert),
    )  # fmt: skip


def test_operation_the_release_lacks_answers_501(server74: Server) -> None:
    response = get(server74, "/api2/json/cluster/qemu/custom-cpu-models")
    assert response.status_code == 501
    assert response.reason_phrase == "Method 'GET /cluster/qemu/custom-cpu-models' not implemented"


def test_parameter_the_release_lacks_answers_400(server74: Server) -> None:
    with client(server74) as pve, pytest.raises(ParameterError) as caught:
        pve.nodes.node("pve1").qemu.post(vmid=9001, amd_sev="type=std")
    assert caught.value.status == 400
    assert "amd-sev" in str(caught.value)


def test_operation_only_the_old_release_has_is_routed(server74: Server) -> None:
    response = get(server74, "/api2/json/nodes/pve1/ceph/pools")
    assert response.status_code != 501


def test_version_answers_the_served_release(server74: Server) -> None:
    with client(server74) as pve:
        assert pve.version.get().release == "7.4"


def test_versions_lists_every_shipped_release(server74: Server) -> None:
    data = get(server74, "/versions").json()["data"]
    assert data["served"] == "7.4"
    assert data["available"] == ["7.4", "8.0", "8.1", "8.2", "8.3", "8.4", "9.0", "9.1", "9.2"]


def test_openapi_document_is_the_served_releases_spec(server74: Server) -> None:
    assert get(server74, "/pvesdk/openapi.json").json()["info"]["version"] == "7.4"


def test_in_process_mock_takes_the_same_option() -> None:
    pve = PveClient.mock(version="8.1")
    assert pve.version.get().release == "8.1"
    with pytest.raises(MethodNotImplementedError):
        pve.cluster.qemu.custom_cpu_models.get()


def test_unknown_release_is_refused_naming_the_shipped_ones() -> None:
    with pytest.raises(ValueError, match=r"no spec for pve 6\.4 .*shipped: 7\.4, 8\.0"):
        PveClient.mock(version="6.4")


def test_server_refuses_to_start_with_an_unknown_release(tmp_path: Path) -> None:
    with (
        pytest.raises(RuntimeError, match=r"no spec for pve 6\.4"),
        pvesdk_server(tmp_path, "--version", "6.4"),
    ):
        pass
