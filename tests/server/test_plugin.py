"""The pytest fixtures users get with pvesdk installed."""

from __future__ import annotations

from typing import Any

from pvesdk import PveClient


def test_pve_mock_fixture_is_a_fresh_cluster(pve_mock: PveClient) -> None:
    pve_mock.nodes.node("pve1").qemu.post(vmid=150, name="x")
    assert {vm.vmid for vm in pve_mock.nodes.node("pve1").qemu.get()} == {100, 150}


def test_pve_mock_fixture_does_not_leak_between_tests(pve_mock: PveClient) -> None:
    assert {vm.vmid for vm in pve_mock.nodes.node("pve1").qemu.get()} == {100}


def test_pve_mock_server_fixture_serves_https(pve_mock_server: Any) -> None:
    client = PveClient(
        "127.0.0.1",
        port=pve_mock_server.port,
        user=pve_mock_server.user,
        password=pve_mock_server.password,
        verify_ssl=str(pve_mock_server.cert),
    )
    assert client.version.get().release == "9.2"


def test_pve_mock_server_answers_its_certificate_for_the_first_node(pve_mock_server: Any) -> None:
    """pveproxy serves the node's own certificate, whose fingerprint ``GET /nodes`` lists."""
    client = PveClient(
        "127.0.0.1",
        port=pve_mock_server.port,
        user=pve_mock_server.user,
        password=pve_mock_server.password,
        verify_ssl=str(pve_mock_server.cert),
    )
    nodes = {n.node: n.ssl_fingerprint for n in client.nodes.get()}
    assert nodes["pve1"] == pve_mock_server.fingerprint
    assert nodes["pve2"] not in (None, pve_mock_server.fingerprint)
    # a console's `cert` is the CA to trust for its TLS: here the served certificate
    console = client.nodes.node("pve1").qemu.vmid(100).vncproxy.post()
    assert console.cert == pve_mock_server.cert.read_text()
