"""Results that do not fit the declared type: ``null`` for a list is an empty list, anything else
one :class:`PveResultError` naming the operation and the field; nothing from pydantic shows."""

from __future__ import annotations

import asyncio
import importlib
import pkgutil
import re
import traceback

import httpx
import pytest
import respx

import pvesdk._generated.aio
import pvesdk._generated.sync
from pvesdk import AsyncPveClient, PveClient, PveError, PveProtocolError, PveResultError
from pvesdk._runtime import Returns


def ok(data: object) -> httpx.Response:
    return httpx.Response(200, json={"data": data})


def raised(call: object) -> PveResultError:
    with pytest.raises(PveResultError) as info:
        call()  # type: ignore[operator]
    return info.value


def test_null_for_a_declared_list_is_an_empty_list(
    api: respx.MockRouter, client: PveClient
) -> None:
    api.get("/nodes").mock(return_value=ok(None))
    assert client.nodes.get() == []


def test_string_for_a_declared_object_names_operation_and_field(
    api: respx.MockRouter, client: PveClient
) -> None:
    api.get("/nodes/pve1/qemu/100/config").mock(return_value=ok("not an object"))
    exc = raised(client.nodes.node("pve1").qemu.vmid(100).config.get)
    assert exc.operation == "GET /nodes/{node}/qemu/{vmid}/config"
    assert exc.field == "data"
    assert "expected an object, got a string" in str(exc)


def test_a_required_key_left_out_is_called_absent_not_null(
    api: respx.MockRouter, client: PveClient
) -> None:
    api.get("/version").mock(return_value=ok({"release": "9.2", "repoid": "x"}))
    exc = raised(client.version.get)
    assert exc.field == "data.version"
    assert exc.problem == "required, but absent"


def test_a_value_of_the_wrong_kind_is_named_before_a_key_left_out(
    api: respx.MockRouter, client: PveClient
) -> None:
    api.get("/nodes/pve1/qemu/100/config").mock(return_value=ok({"cores": "many"}))
    exc = raised(client.nodes.node("pve1").qemu.vmid(100).config.get)
    assert exc.field == "data.cores"
    assert exc.problem.startswith("expected an integer, got a string (and 1 more)")


def test_object_for_a_declared_list_is_a_result_error(
    api: respx.MockRouter, client: PveClient
) -> None:
    api.get("/nodes").mock(return_value=ok({"node": "pve1"}))
    exc = raised(client.nodes.get)
    assert (exc.operation, exc.field) == ("GET /nodes", "data")


def test_a_wrong_field_in_a_list_item_is_named_with_its_index(
    api: respx.MockRouter, client: PveClient
) -> None:
    items = [
        {"node": "pve1", "status": "online"},
        {"node": "pve2", "status": "online", "maxcpu": {"n": 8}},
    ]
    api.get("/nodes").mock(return_value=ok(items))
    exc = raised(client.nodes.get)
    assert exc.field == "data[1].maxcpu"
    assert exc.problem == "expected an integer, got an object"


def test_result_error_is_a_protocol_error_of_the_one_hierarchy(
    api: respx.MockRouter, client: PveClient
) -> None:
    api.get("/version").mock(return_value=ok(["a", "list"]))
    exc = raised(client.version.get)
    assert isinstance(exc, PveProtocolError) and isinstance(exc, PveError)


def test_nothing_from_pydantic_shows_in_the_error_or_its_traceback(
    api: respx.MockRouter, client: PveClient
) -> None:
    api.get("/nodes").mock(return_value=ok([{"node": ["x"]}]))
    exc = raised(client.nodes.get)
    assert exc.__cause__ is None and exc.__context__ is None
    text = "".join(traceback.format_exception(exc))
    assert "pydantic" not in text.lower() and "ValidationError" not in text


def test_the_value_that_did_not_fit_is_never_shown(
    api: respx.MockRouter, client: PveClient
) -> None:
    secret = "PVE:root@pam:6B0C5BB9::planted-ticket-signature"
    api.get("/nodes").mock(return_value=ok([{"node": "pve1", "maxmem": {"ticket": secret}}]))
    exc = raised(client.nodes.get)
    assert secret not in str(exc) and secret not in repr(exc)


def test_the_async_client_raises_the_same_error(
    api: respx.MockRouter, aclient: AsyncPveClient
) -> None:
    api.get("/nodes/pve1/qemu/100/config").mock(return_value=ok(17))
    with pytest.raises(PveResultError) as info:
        asyncio.run(aclient.nodes.node("pve1").qemu.vmid(100).config.get())
    assert info.value.operation == "GET /nodes/{node}/qemu/{vmid}/config"


@pytest.mark.parametrize("package", [pvesdk._generated.sync, pvesdk._generated.aio])
def test_every_generated_operation_names_itself_in_result_errors(package: object) -> None:
    returns = [
        value
        for info in pkgutil.iter_modules(package.__path__)  # type: ignore[attr-defined]
        for value in vars(importlib.import_module(f"{package.__name__}.{info.name}")).values()  # type: ignore[attr-defined]
        if isinstance(value, Returns)
    ]
    assert len(returns) > 600
    bad = [r for r in returns if not re.fullmatch(r"(GET|POST|PUT|DELETE) /\S*", r.operation)]
    assert bad == []
    assert len({r.operation for r in returns}) == len(returns)  # one per operation


@pytest.mark.parametrize(
    ("member", "got"),
    [({"model": "virtio"}, "an object"), (["virtio"], "a list"), (True, "a boolean")],
)
def test_a_family_member_that_is_not_text_names_its_wire_key(
    api: respx.MockRouter, client: PveClient, member: object, got: str
) -> None:
    api.get("/nodes/pve1/qemu/100/config").mock(
        return_value=ok({"digest": "x", "net0": "virtio,bridge=vmbr0", "net1": member})
    )
    exc = raised(client.nodes.node("pve1").qemu.vmid(100).config.get)
    assert exc.field == "data.net1"
    assert exc.problem == f"expected a string, got {got}"


def test_a_null_family_member_reads_as_absent(api: respx.MockRouter, client: PveClient) -> None:
    api.get("/nodes/pve1/qemu/100/config").mock(
        return_value=ok({"digest": "x", "net0": "virtio,bridge=vmbr0", "net1": None})
    )
    cfg = client.nodes.node("pve1").qemu.vmid(100).config.get()
    assert list(cfg.net) == [0] and cfg.net[0].bridge == "vmbr0"


def test_a_task_status_that_does_not_fit_names_the_operation(
    api: respx.MockRouter, client: PveClient
) -> None:
    upid = "UPID:pve1:00001001:00007007:6B158D61:qmstart:100:root@pam:"
    api.get(url__regex=r"/nodes/pve1/tasks/.*/status").mock(return_value=ok("running"))
    exc = raised(client.task(upid).status)
    assert exc.operation == "GET /nodes/{node}/tasks/{upid}/status"


def test_a_task_log_that_does_not_fit_names_the_operation(
    api: respx.MockRouter, client: PveClient
) -> None:
    upid = "UPID:pve1:00001001:00007007:6B158D61:qmstart:100:root@pam:"
    api.get(url__regex=r"/nodes/pve1/tasks/.*/log").mock(return_value=ok([{"n": "x", "t": 1}]))
    exc = raised(client.task(upid).log)
    assert (exc.operation, exc.field) == ("GET /nodes/{node}/tasks/{upid}/log", "data[0].n")
