"""Testing your own code against the mock cluster with pvesdk's pytest fixtures.

    pip install 'pvesdk[server]' pytest
    pytest test_with_fixtures.py

The fixtures come with pvesdk (a pytest plugin registered on install), no conftest needed:

* ``pve_mock``: a PveClient on a fresh in-process mock cluster per test (no sockets; fast).
* ``pve_mock_server``: a real pvesdk-server over HTTPS on a free port, for any client
  (proxmoxer, requests, your CLI); ``.url``, ``.port``, ``.cert``, ``.fingerprint``,
  ``.user``, ``.password``, ``.token_name``, ``.token_value``.

Both start from the default seed: nodes pve1 and pve2, VM 100 ``demo`` and CT 200 on pve1.
"""

from __future__ import annotations

import pytest

from pvesdk import ParameterError, PveClient, ServerError
from pvesdk.propstr import QemuNet
from pvesdk_server.pytest_plugin import MockServer


# --- the code under test: your own helpers --------------------------------------------------
def stopped_vms(client: PveClient, node: str) -> list[int]:
    """The vmids of the VMs on ``node`` that are stopped, in order."""
    return sorted(vm.vmid for vm in client.nodes.node(node).qemu.get() if vm.status == "stopped")


def add_nic(client: PveClient, node: str, vmid: int, bridge: str) -> int:
    """Add a virtio NIC on ``bridge`` at the lowest free netN; returns N."""
    vm = client.nodes.node(node).qemu.vmid(vmid)
    index = vm.config.get().net.add(QemuNet(model="virtio", bridge=bridge))
    vm.config.put(net={index: QemuNet(model="virtio", bridge=bridge)})
    return index


# --- tests --------------------------------------------------------------------------------
def test_the_seeded_vm_is_stopped(pve_mock: PveClient) -> None:
    assert stopped_vms(pve_mock, "pve1") == [100]


def test_a_started_vm_is_no_longer_stopped(pve_mock: PveClient) -> None:
    task = pve_mock.nodes.node("pve1").qemu.vmid(100).status.start.post()
    # A Task waits for itself (raising TaskFailed if it fails); the mock's tasks end in
    # moments, so ask often rather than after Proxmox's 1, 2, 4… seconds.
    assert task.wait(timeout=30, interval=0.05).exitstatus == "OK"
    assert stopped_vms(pve_mock, "pve1") == []


def test_add_nic_takes_the_next_free_index(pve_mock: PveClient) -> None:
    first = add_nic(pve_mock, "pve1", 100, "vmbr0")
    second = add_nic(pve_mock, "pve1", 100, "vmbr0")
    assert second == first + 1
    assert pve_mock.nodes.node("pve1").qemu.vmid(100).config.get().net[second].bridge == "vmbr0"


def test_a_bad_parameter_is_refused_with_the_field_named(pve_mock: PveClient) -> None:
    with pytest.raises(ParameterError) as err:
        pve_mock.nodes.node("pve1").qemu.post(vmid=101, cores=0)
    assert err.value.status == 400 and "cores" in err.value.errors
    assert [vm.vmid for vm in pve_mock.nodes.node("pve1").qemu.get()] == [100]


def test_an_existing_vmid_is_refused_as_proxmox_does(pve_mock: PveClient) -> None:
    with pytest.raises(ServerError, match="already exists"):
        pve_mock.nodes.node("pve1").qemu.post(vmid=100)


def test_proxmoxer_against_the_real_server(pve_mock_server: MockServer) -> None:
    proxmoxer = pytest.importorskip("proxmoxer")
    api = proxmoxer.ProxmoxAPI(
        "127.0.0.1",
        port=pve_mock_server.port,
        user=pve_mock_server.user,
        token_name=pve_mock_server.token_name,
        token_value=pve_mock_server.token_value,
        verify_ssl=False,
    )
    assert {node["node"] for node in api.nodes.get()} == {"pve1", "pve2"}


def test_pvesdk_pins_the_servers_certificate(pve_mock_server: MockServer) -> None:
    client = PveClient(
        "127.0.0.1",
        port=pve_mock_server.port,
        user=pve_mock_server.user,
        token_name=pve_mock_server.token_name,
        token_value=pve_mock_server.token_value,
        fingerprint=pve_mock_server.fingerprint,
    )
    assert client.version.get().release == "9.2"
