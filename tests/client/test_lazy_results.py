"""Result types load on a call, not on navigation; and reading them in one pass from the bytes
(``Returns.decode``) gives exactly what decoding the JSON first and validating it gave."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from pvesdk import PveApiError, PveProtocolError, PveResultError
from pvesdk._runtime import GeneratedNames, Returns
from pvesdk.models import (
    ClusterResourcesGetResultItem,
    NodesQemuConfigGetResult,
    VersionGetResult,
)
from pvesdk.transport import Request, Response, decode_response

# A client on a transport that answers every request with the bytes given (no sockets), then
# the result modules and pydantic modules the process loaded, as JSON.
PROBE = """
import json, sys
from pvesdk import PveClient
from pvesdk.transport import BaseTransport, Response

class Canned(BaseTransport):
    def handle_request(self, request):
        return Response(200, "OK", {body!r})

client = PveClient(transport=Canned())
node = {path}
{call}
print(json.dumps(sorted(m for m in sys.modules if m.startswith(("pvesdk._generated.models",
    "pvesdk._generated.propstr", "pydantic")))))
"""

NAVIGATIONS = [
    'client.nodes.node("pve1").qemu.vmid(100).config',
    'client.nodes.node("pve1").lxc.vmid(200).config',
    "client.cluster.resources",
    'client.access.users.userid("root@pam")',
    'client.nodes.node("pve1").storage.storage("local").content',
    'client.cluster.sdn.zones.zone("z1")',
    "client.cluster.firewall.rules",
    'client.nodes.node("pve1").ceph.osd',
    "client.cluster.ha.resources",
    'client.nodes.node("pve1").tasks',
]


def loaded(path: str, call: str = "", body: bytes = b'{"data": null}') -> list[str]:
    code = PROBE.format(body=body, path=path, call=call)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return list(json.loads(out.stdout))


@pytest.mark.parametrize("path", NAVIGATIONS)
def test_reaching_a_path_imports_no_result_model_and_no_pydantic(path: str) -> None:
    assert loaded(path) == []


def test_a_call_imports_its_own_result_module_and_no_property_strings() -> None:
    body = json.dumps({"data": [{"id": "node/pve1", "type": "node"}]}).encode()
    modules = loaded("client.cluster.resources", "node.get()", body)
    generated = [m for m in modules if m.startswith("pvesdk._generated.")]
    assert generated == [
        "pvesdk._generated.models",
        "pvesdk._generated.models.cluster",
        "pvesdk._generated.models.cluster.cluster_resources_get",
    ]


CONFIG_BODY = json.dumps(
    {"data": {"digest": "d", "agent": "1", "net0": "virtio=BC:24:11:00:00:01"}}
).encode()


def test_a_config_call_builds_only_the_property_strings_its_answer_holds() -> None:
    modules = loaded('client.nodes.node("pve1").qemu.vmid(100).config', "node.get()", CONFIG_BODY)
    models = [m for m in modules if m.startswith("pvesdk._generated.models.")]
    assert models == [
        "pvesdk._generated.models.nodes_qemu",
        "pvesdk._generated.models.nodes_qemu.nodes_qemu_config_get",
    ]
    propstr = [m for m in modules if m.startswith("pvesdk._generated.propstr")]
    # `agent` came as a plain key; the `net` family is parsed when read, and not yet read.
    assert propstr == ["pvesdk._generated.propstr", "pvesdk._generated.propstr.agent"]


def test_reading_a_family_member_imports_its_property_string() -> None:
    call = "print(node.get().net[0].bridge, file=sys.stderr)"
    modules = loaded('client.nodes.node("pve1").qemu.vmid(100).config', call, CONFIG_BODY)
    assert "pvesdk._generated.propstr.qemu_net" in modules


# -- one pass from bytes: the same results as json.loads + model validation


def respond(data: Any, status: int = 200, **envelope: Any) -> tuple[Request, Response]:
    body = json.dumps({"data": data, **envelope}).encode()
    return Request("GET", "/x"), Response(status, "OK" if status < 300 else "Bad", body)


def both(returns: Returns[Any], request: Request, response: Response) -> tuple[Any, Any]:
    """(one pass from the bytes, json.loads then validation) of the same response."""
    reference = Returns(returns.tp, returns.operation)
    return returns.decode(request, response), reference.parse(decode_response(request, response))


CONFIG = {
    "digest": "0123",
    "name": "vm1",
    "cores": "4",
    "memory": "2048",
    "onboot": 1,
    "net0": "virtio=BC:24:11:00:00:01,bridge=vmbr0,firewall=1",
    "net3": "e1000=BC:24:11:00:00:02,bridge=vmbr1",
    "scsi0": "local-lvm:vm-100-disk-0,size=32G",
    "unused0": "local-lvm:vm-100-disk-9",
    "agent": "1,fstrim_cloned_disks=1",
    "future-key": "kept",
}


def test_a_list_of_models_read_in_one_pass_equals_the_dict_path() -> None:
    items = [
        {"id": "qemu/100", "type": "qemu", "vmid": 100, "maxmem": "1024", "template": 0},
        {"id": "node/pve1", "type": "node", "cpu": 0.25, "cgroup-mode": 2, "new": [1]},
    ]
    fast, slow = both(Returns(list[ClusterResourcesGetResultItem]), *respond(items))
    assert fast == slow
    assert [type(x) for x in fast] == [ClusterResourcesGetResultItem] * 2
    assert fast[1].model_extra == {"new": [1]}


def test_a_config_with_families_read_in_one_pass_equals_the_dict_path() -> None:
    fast, slow = both(Returns(NodesQemuConfigGetResult), *respond(CONFIG))
    assert fast == slow
    assert fast.net[3].bridge == "vmbr1" and fast.net.high == 31
    assert fast.agent is not None and fast.agent.raw == "1,fstrim_cloned_disks=1"
    assert fast["future-key"] == "kept"


def test_generated_returns_resolve_their_type_from_text_on_first_use() -> None:
    returns: Returns[VersionGetResult] = Returns(
        "VersionGetResult", "GET /version", "models.version.version_get"
    )
    request, response = respond({"version": "9.2.0", "release": "9.2", "repoid": "abc"})
    assert returns.decode(request, response) == VersionGetResult(
        version="9.2.0", release="9.2", repoid="abc"
    )
    assert returns.tp is VersionGetResult


def test_null_for_a_declared_list_still_reads_as_an_empty_list() -> None:
    assert Returns(list[ClusterResourcesGetResultItem]).decode(*respond(None)) == []


def test_a_result_that_does_not_fit_raises_the_same_error_as_the_dict_path() -> None:
    returns = Returns(list[ClusterResourcesGetResultItem], "GET /cluster/resources")
    request, response = respond([{"id": "a", "type": "qemu"}, {"type": "qemu"}])
    with pytest.raises(PveResultError) as fast:
        returns.decode(request, response)
    with pytest.raises(PveResultError) as slow:
        returns.parse(decode_response(request, response))
    assert str(fast.value) == str(slow.value)
    assert "data[1].id" in str(fast.value)


def test_a_body_that_is_not_json_is_a_protocol_error() -> None:
    returns = Returns(list[ClusterResourcesGetResultItem], "GET /cluster/resources")
    with pytest.raises(PveProtocolError, match="not JSON"):
        returns.decode(Request("GET", "/x"), Response(200, "OK", b"<html>"))


def test_an_error_status_raises_the_api_error_before_any_validation() -> None:
    returns = Returns(list[ClusterResourcesGetResultItem], "GET /cluster/resources")
    with pytest.raises(PveApiError) as info:
        returns.decode(*respond(None, status=500))
    assert info.value.status == 500


def test_other_envelope_keys_are_ignored() -> None:
    fast, slow = both(Returns(list[ClusterResourcesGetResultItem]), *respond([], total=5))
    assert fast == slow == []


def test_generated_names_resolve_models_and_property_strings_lazily() -> None:
    names = GeneratedNames()
    assert names["NodesQemuConfigGetResult"] is NodesQemuConfigGetResult
    assert names["QemuNet"].__name__ == "QemuNet"
    with pytest.raises(KeyError):
        names["NoSuchModel"]


def test_a_family_member_beyond_the_declared_range_is_still_grouped() -> None:
    # A newer release may widen a range (net0 … net31 today); the member is not dropped.
    data = {"digest": "d", "net40": "virtio=BC:24:11:00:00:40,bridge=vmbr0", "smbios1": "uuid=x"}
    fast, slow = both(Returns(NodesQemuConfigGetResult), *respond(data))
    assert fast == slow
    assert fast.net[40].bridge == "vmbr0"
    assert list(fast.net) == [40]


def test_a_property_string_field_holds_the_real_model_and_dumps_as_one() -> None:
    from pvesdk.propstr import Agent

    cfg = Returns(NodesQemuConfigGetResult).decode(*respond(CONFIG))
    assert isinstance(cfg.agent, Agent)
    assert cfg.model_dump()["agent"] == Agent.parse("1,fstrim_cloned_disks=1").model_dump()
    built = NodesQemuConfigGetResult(digest="d", agent=Agent(enabled=True))
    assert built.agent == Agent(enabled=True)
