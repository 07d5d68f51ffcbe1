"""Mock controls, state files and concurrent writes."""

from __future__ import annotations

import json
import ssl
import threading
from pathlib import Path

import httpx
import pytest

import pvesdk
from pvesdk import PveClient

from ..support.server import pvesdk_server

TOKEN = "00000000-0000-4000-8000-000000000000"


def client_for(port: int, cert: Path) -> PveClient:
    return PveClient("127.0.0.1", port=port, user="root@pam", token_name="mock",
                     token_value=TOKEN, verify_ssl=str(cert))  # fmt: skip


def test_reset_snapshot_and_versions(tmp_path: Path) -> None:
    with pvesdk_server(tmp_path) as server:
        client = client_for(server.port, server.cert)
        client.nodes.node("pve1").qemu.post(vmid=170, name="gone-after-reset")
        context = ssl.create_default_context(cafile=str(server.cert))
        with httpx.Client(base_url=server.url, verify=context) as http:
            snapshot = http.get("/pvesdk/snapshot").json()["data"]
            assert "170" in snapshot["guests"]
            assert http.get("/versions").json()["data"]["served"] == "9.2"
            assert http.post("/pvesdk/reset").status_code == 200
        assert {vm.vmid for vm in client.nodes.node("pve1").qemu.get()} == {100}


def test_reset_refuses_a_browsers_cross_site_request(tmp_path: Path) -> None:
    # /pvesdk/reset needs no login; a page on another site must not wipe the developer's mock
    with pvesdk_server(tmp_path) as server:
        client = client_for(server.port, server.cert)
        client.nodes.node("pve1").qemu.post(vmid=171, name="kept")
        context = ssl.create_default_context(cafile=str(server.cert))
        with httpx.Client(base_url=server.url, verify=context) as http:
            for headers in ({"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"}):
                answer = http.post("/pvesdk/reset", headers=headers)
                assert answer.status_code == 403
                assert answer.reason_phrase == "cross-site request refused"
            assert 171 in {vm.vmid for vm in client.nodes.node("pve1").qemu.get()}
            same = {"Origin": f"https://127.0.0.1:{server.port}", "Sec-Fetch-Site": "same-origin"}
            assert http.post("/pvesdk/reset", headers=same).status_code == 200
        assert {vm.vmid for vm in client.nodes.node("pve1").qemu.get()} == {100}


def test_state_file_survives_a_restart(tmp_path: Path) -> None:
    state = tmp_path / "cluster.json"
    with pvesdk_server(tmp_path / "a", "--state", str(state)) as server:
        client_for(server.port, server.cert).nodes.node("pve1").qemu.post(vmid=180, name="kept")
    assert json.loads(state.read_text())["guests"]["180"]["config"]["name"] == "kept"
    with pvesdk_server(tmp_path / "b", "--state", str(state)) as server:
        config = client_for(server.port, server.cert).nodes.node("pve1").qemu.vmid(180).config
        assert config.get().name == "kept"


def test_seed_file_replaces_the_default_cluster(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps({"nodes": {"lab": {"status": "online"}}, "guests": {},
                                "volumes": {}}))  # fmt: skip
    with pvesdk_server(tmp_path, "--seed", str(seed)) as server:
        assert [n.node for n in client_for(server.port, server.cert).nodes.get()] == ["lab"]


def test_concurrent_digest_guarded_writes_never_both_win() -> None:
    client = PveClient.mock()
    config = client.nodes.node("pve1").qemu.vmid(100).config
    digest = config.get().digest
    outcomes: list[str] = []

    def write(cores: int) -> None:
        try:
            config.put(cores=cores, digest=digest)
            outcomes.append("ok")
        except pvesdk.ServerError:
            outcomes.append("conflict")

    threads = [threading.Thread(target=write, args=(n,)) for n in range(1, 9)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["conflict"] * 7 + ["ok"]
    assert config.get().cores in range(1, 9)


@pytest.mark.parametrize("vmid", ["0", "-5", "1000000000", "1e3"])
def test_bad_vmids_are_parameter_errors(vmid: str) -> None:
    transport = PveClient.mock().transport
    response = transport.handle_request(
        pvesdk.Request("POST", "/nodes/pve1/qemu", [("vmid", vmid)])
    )
    assert response.status == 400 and b"vmid" in response.content


def test_openapi_document_and_docs_page(tmp_path: Path) -> None:
    with pvesdk_server(tmp_path) as server:
        context = ssl.create_default_context(cafile=str(server.cert))
        with httpx.Client(base_url=server.url, verify=context) as http:
            spec = http.get("/pvesdk/openapi.json").json()
            page = http.get("/pvesdk/docs")
    assert spec["openapi"] == "3.1.0" and len(spec["paths"]) == 449
    assert page.headers["content-type"].startswith("text/html")
    assert '"spec": "/pvesdk/openapi.json"' in page.text


def test_yaml_seed_file(tmp_path: Path) -> None:
    seed = tmp_path / "seed.yaml"
    seed.write_text("nodes:\n  yamlnode:\n    status: online\nguests: {}\nvolumes: {}\n")
    with pvesdk_server(tmp_path, "--seed", str(seed)) as server:
        assert [n.node for n in client_for(server.port, server.cert).nodes.get()] == ["yamlnode"]


def test_oversized_upload_is_refused_without_reading_it() -> None:
    from litestar.testing import TestClient

    from pvesdk_server.app import ServerSettings, create_app

    app = create_app(ServerSettings(max_upload=1000))
    with TestClient(app) as http:
        response = http.post(
            "/api2/json/nodes/pve1/storage/local/upload",
            headers={"Authorization": f"PVEAPIToken=root@pam!mock={TOKEN}"},
            data={"content": "iso"},
            files={"filename": ("big.iso", b"x" * 5000)},
        )
    assert response.status_code == 413
    assert response.json() == {"data": None}
    volumes = app.state.engine.snapshot()["volumes"]
    assert not any(v.startswith("local:iso/") for v in volumes)
