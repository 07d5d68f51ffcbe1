"""Every failure surfaces as one error hierarchy carrying Proxmox's status, message and fields."""

from __future__ import annotations

import socket

import httpx
import pytest
import respx

import pvesdk
from pvesdk import PveClient

from .conftest import SECRET


def failing(status: int, reason: str, body: bytes = b"") -> httpx.Response:
    return httpx.Response(status, content=body, extensions={"reason_phrase": reason.encode()})


def test_400_is_a_parameter_error_with_per_field_messages(
    api: respx.MockRouter, client: PveClient
) -> None:
    body = b'{"data":null,"errors":{"vmid":"type check (\'integer\') failed - got \'abc\'"}}'
    api.post("/nodes/pve1/qemu").mock(
        return_value=failing(400, "Parameter verification failed.", body)
    )
    with pytest.raises(pvesdk.ParameterError) as err:
        client.nodes.node("pve1").qemu.post(vmid=101)
    assert err.value.status == 400
    assert err.value.message == "Parameter verification failed."
    assert err.value.errors == {"vmid": "type check ('integer') failed - got 'abc'"}
    assert "vmid: type check" in str(err.value)
    assert err.value.method == "POST" and err.value.path == "/nodes/pve1/qemu"


@pytest.mark.parametrize(
    ("status", "reason", "error"),
    [
        (401, "authentication failure", pvesdk.AuthenticationError),
        (
            403,
            "Permission check failed (/vms/100, VM.Config.Options)",
            pvesdk.PermissionDeniedError,
        ),
        (404, "Not Found", pvesdk.NotFoundError),
        (500, "VM 100 already exists on node 'pve1'", pvesdk.ServerError),
        (501, "Method 'GET /nodes/pve1/nosuch' not implemented", pvesdk.MethodNotImplementedError),
        (595, "Connection refused", pvesdk.UpstreamConnectionError),
        (596, "Connection timed out", pvesdk.UpstreamConnectionError),
        (503, "Service Unavailable", pvesdk.ServerError),
    ],
)
def test_error_statuses_map_to_their_class_with_the_reason_phrase(
    api: respx.MockRouter,
    client: PveClient,
    status: int,
    reason: str,
    error: type[pvesdk.PveApiError],
) -> None:
    api.get("/version").mock(return_value=failing(status, reason, b'{"data":null}'))
    with pytest.raises(error) as err:
        client.version.get()
    assert isinstance(err.value, pvesdk.PveApiError) and isinstance(err.value, pvesdk.PveError)
    assert (err.value.status, err.value.message) == (status, reason)


def test_401_with_an_empty_body_keeps_the_reason(api: respx.MockRouter, client: PveClient) -> None:
    api.get("/version").mock(return_value=failing(401, "No ticket"))
    with pytest.raises(pvesdk.AuthenticationError, match="401 No ticket"):
        client.version.get()


def test_non_json_success_body_is_a_protocol_error(
    api: respx.MockRouter, client: PveClient
) -> None:
    api.get("/version").mock(return_value=httpx.Response(200, content=b"<html>proxy</html>"))
    with pytest.raises(pvesdk.PveProtocolError, match="not JSON"):
        client.version.get()


def test_result_that_does_not_match_its_type_is_a_result_error(
    api: respx.MockRouter, client: PveClient
) -> None:
    api.get("/nodes").mock(return_value=httpx.Response(200, json={"data": "not a list"}))
    with pytest.raises(pvesdk.PveResultError, match="GET /nodes: result data does not fit"):
        client.nodes.get()


def test_timeout_is_a_timeout_error(api: respx.MockRouter, client: PveClient) -> None:
    api.get("/version").mock(side_effect=httpx.ReadTimeout("read timed out"))
    with pytest.raises(pvesdk.PveTimeoutError, match="GET /version: timed out"):
        client.version.get()


def test_refused_connection_is_a_connection_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = PveClient(
        "127.0.0.1", port=port, user="root@pam", token_name="ci", token_value=SECRET, timeout=5
    )
    with pytest.raises(pvesdk.PveConnectionError) as err:
        client.version.get()
    assert not isinstance(err.value, pvesdk.PveApiError)
    assert SECRET not in str(err.value)


def test_secrets_never_appear_in_reprs_or_messages(
    api: respx.MockRouter, client: PveClient
) -> None:
    api.get("/version").mock(return_value=failing(401, "authentication failure"))
    with pytest.raises(pvesdk.AuthenticationError) as err:
        client.version.get()
    texts = [repr(client), str(client.transport), repr(err.value), str(err.value)]
    auth = getattr(client.transport, "auth", None)
    texts.append(repr(auth))
    assert all(SECRET not in text for text in texts)
    assert "token_value=***" in repr(auth)


def test_bad_token_arguments_are_rejected_early() -> None:
    with pytest.raises(ValueError, match="USER@REALM"):
        PveClient("h", user="root", token_name="ci", token_value=SECRET)
    with pytest.raises(ValueError, match="without '!'"):
        PveClient("h", user="root@pam", token_name="a!b", token_value=SECRET)
    with pytest.raises(ValueError, match="needs user="):
        PveClient("h", token_name="ci", token_value=SECRET)
