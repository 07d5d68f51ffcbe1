"""Since / removed-in facts from every release's spec, and the check for clusters on older releases.

The facts asserted here were read in the dumps themselves (``../shared/pve-apidoc/<v>/apidata.js``):
``amd-sev`` first appears in 8.2, ``/nodes/{node}/ceph/pools`` is in 7.4 and gone in 8.0,
``maxfiles`` is gone from vzdump in 9.2, ``/cluster/qemu/custom-cpu-models`` is new in 9.2.
"""

from __future__ import annotations

import asyncio
import re
import warnings

import pytest

from pvesdk import AsyncPveClient, PveClient
from pvesdk.releases import (
    NotInReleaseError,
    NotInReleaseWarning,
    available,
    match,
    release_of,
    releases,
    removed,
    since,
)


def test_releases_are_every_shipped_release_oldest_first() -> None:
    assert releases() == ("7.4", "8.0", "8.1", "8.2", "8.3", "8.4", "9.0", "9.1", "9.2")


def test_parameter_since_is_its_first_release() -> None:
    assert since("POST /nodes/{node}/qemu", "amd-sev") == "8.2"


def test_operation_removed_in_is_the_release_after_its_last() -> None:
    assert removed("GET /nodes/{node}/ceph/pools") == "8.0"


def test_parameter_removed_in_is_the_release_after_its_last() -> None:
    assert removed("POST /nodes/{node}/vzdump", "maxfiles") == "9.2"


def test_operation_present_in_the_oldest_release_has_no_since() -> None:
    assert since("GET /version") is None


def test_operation_new_in_the_newest_release() -> None:
    assert since("GET /cluster/qemu/custom-cpu-models") == "9.2"
    assert not available("GET /cluster/qemu/custom-cpu-models", "9.1")


def test_match_prefers_static_segments_like_proxmox() -> None:
    assert match("GET", "/nodes/pve1/qemu/100/config") == "GET /nodes/{node}/qemu/{vmid}/config"
    assert match("GET", "/nodes/pve1/qemu") == "GET /nodes/{node}/qemu"


def test_release_of_a_point_release_is_its_minor_release() -> None:
    assert release_of("9.1.11") == "9.1"


def test_release_newer_than_known_is_the_newest() -> None:
    assert release_of("10.0") == "9.2"


@pytest.mark.parametrize("bad", ["7.3", "eight", "9"])
def test_unknown_release_is_refused_with_its_name(bad: str) -> None:
    with pytest.raises(ValueError, match=repr(bad)):
        release_of(bad)


def test_raise_setting_refuses_a_parameter_the_release_lacks_before_sending() -> None:
    mock = PveClient.mock()
    old = PveClient(transport=mock.transport, api_version="8.1", on_missing="raise")
    before = len(mock.nodes.node("pve1").qemu.get())
    with pytest.raises(
        NotInReleaseError, match=re.escape("'amd-sev' is not in Proxmox VE 8.1 (new in 8.2)")
    ):
        old.nodes.node("pve1").qemu.post(vmid=4242, amd_sev="type=std")
    assert len(mock.nodes.node("pve1").qemu.get()) == before


def test_raise_setting_refuses_an_operation_the_release_lacks() -> None:
    old = PveClient(transport=PveClient.mock().transport, api_version="9.1", on_missing="raise")
    with pytest.raises(NotInReleaseError) as caught:
        old.cluster.qemu.custom_cpu_models.get()
    assert (caught.value.operation, caught.value.release) == (
        "GET /cluster/qemu/custom-cpu-models",
        "9.1",
    )


def test_warn_setting_warns_and_still_sends() -> None:
    old = PveClient(transport=PveClient.mock().transport, api_version="8.1")
    # allow-ksm rather than amd-sev: qemu-server lets only root@pam itself (not the mock's
    # token) set amd-sev, as no privilege covers it
    with pytest.warns(NotInReleaseWarning, match="allow-ksm"):
        old.nodes.node("pve1").qemu.post(vmid=4243, allow_ksm=False)
    assert old.nodes.node("pve1").qemu.vmid(4243).config.get().allow_ksm is False


def test_a_call_the_release_has_passes_silently() -> None:
    old = PveClient(transport=PveClient.mock().transport, api_version="7.4", on_missing="raise")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert old.nodes.get()


def test_auto_reads_the_release_from_version_once() -> None:
    client = PveClient(transport=PveClient.mock().transport, api_version="auto")
    client.nodes.get()
    assert client._releases is not None
    assert client._releases.release == "9.2"


def test_async_client_checks_with_the_same_rules() -> None:
    async def run() -> None:
        client = AsyncPveClient(
            transport=AsyncPveClient.mock().transport, api_version="8.1", on_missing="raise"
        )
        with pytest.raises(NotInReleaseError, match="amd-sev"):
            await client.nodes.node("pve1").qemu.post(vmid=4244, amd_sev="type=std")

    asyncio.run(run())


def test_bad_on_missing_setting_is_named() -> None:
    with pytest.raises(ValueError, match="'explode'"):
        PveClient(transport=PveClient.mock().transport, api_version="8.4", on_missing="explode")  # type: ignore[arg-type]


def test_mock_passes_the_release_check_to_the_client_and_the_release_to_the_engine() -> None:
    client = PveClient.mock(version="8.4", api_version="8.4", on_missing="raise")
    assert client.version.get().release == "8.4"
    with pytest.raises(NotInReleaseError, match="allow-ksm"):
        client.nodes.node("pve1").qemu.post(vmid=101, allow_ksm=False)
