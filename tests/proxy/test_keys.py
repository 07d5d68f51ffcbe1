"""The proxy holding upstream credentials: callers authenticate with proxy-issued keys (shaped
like API tokens, so proxmoxer and pvesdk use them unchanged) and never see the upstream's."""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import httpx
import pytest
from proxmoxer import ProxmoxAPI

from pvesdk import PveClient

from ..server.test_server import proxmoxer_flow
from .conftest import PASSWORD, TOKEN, Proc, proxy_for
from .test_flows import pvesdk_flow

ADMIN = "admin-key-9c1e2f"


VMIDS = {"token": 400, "password": 410}  # both proxies share one upstream


@pytest.fixture(scope="module", params=["token", "password"])
def keyed(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, upstream: Proc
) -> Iterator[Proc]:
    if request.param == "token":
        args = ["--upstream-token-name", "root@pam!ci", "--upstream-token-value", TOKEN]
    else:
        args = ["--upstream-user", "root@pam", "--upstream-password", PASSWORD]
    tmp = tmp_path_factory.mktemp("keyed")
    with proxy_for(tmp, upstream, *args, env={"PVESDK_ADMIN_KEY": ADMIN}) as running:
        running.extra["vmid"] = str(VMIDS[request.param])
        yield running


def client_for(proc: Proc) -> httpx.Client:
    return httpx.Client(verify=ssl.create_default_context(cafile=str(proc.cert)), timeout=60)


def issue(proc: Proc, name: str) -> str:
    with client_for(proc) as client:
        answer = client.post(f"{proc.url}/pvesdk/keys/{name}",
                             headers={"Authorization": f"Bearer {ADMIN}"})  # fmt: skip
    assert answer.status_code == 200, answer.text
    data = answer.json()["data"]
    assert (data["user"], data["tokenid"]) == ("proxy@pvesdk", name)
    return str(data["value"])


def test_a_proxy_key_drives_pvesdk_flows(keyed: Proc) -> None:
    secret = issue(keyed, "ci-bot")
    client = PveClient("127.0.0.1", port=keyed.port, user="proxy@pvesdk", token_name="ci-bot",
                       token_value=secret, verify_ssl=str(keyed.cert))  # fmt: skip
    pvesdk_flow(client, int(keyed.extra["vmid"]) + 1)


def test_a_proxy_key_drives_proxmoxer_flows(keyed: Proc) -> None:
    secret = issue(keyed, "proxmoxer")
    api = ProxmoxAPI("127.0.0.1", port=keyed.port, user="proxy@pvesdk", token_name="proxmoxer",
                     token_value=secret, verify_ssl=str(keyed.cert))  # fmt: skip
    proxmoxer_flow(api, int(keyed.extra["vmid"]) + 2)


def test_callers_without_a_proxy_key_are_refused(keyed: Proc) -> None:
    with client_for(keyed) as client:
        none = client.get(keyed.url + "/api2/json/nodes")
        theirs = {"Authorization": f"PVEAPIToken=root@pam!ci={TOKEN}"}
        upstream_token = client.get(keyed.url + "/api2/json/nodes", headers=theirs)
        bad = {"Authorization": "PVEAPIToken=proxy@pvesdk!ci-bot=nope"}
        wrong = client.get(keyed.url + "/api2/json/nodes", headers=bad)
    assert (none.status_code, none.reason_phrase) == (401, "No ticket")
    assert (upstream_token.status_code, upstream_token.reason_phrase) == (
        401,
        "authentication failure",
    )
    assert (wrong.status_code, wrong.reason_phrase) == (401, "authentication failure")


def test_issuing_a_key_needs_the_admin_key(keyed: Proc) -> None:
    with client_for(keyed) as client:
        answer = client.post(f"{keyed.url}/pvesdk/keys/x", headers={"Authorization": "Bearer no"})
    assert answer.status_code == 401


def test_a_revoked_key_is_refused(keyed: Proc) -> None:
    secret = issue(keyed, "short-lived")
    auth = {"Authorization": f"PVEAPIToken=proxy@pvesdk!short-lived={secret}"}
    with client_for(keyed) as client:
        assert client.get(keyed.url + "/api2/json/nodes", headers=auth).status_code == 200
        revoked = client.delete(f"{keyed.url}/pvesdk/keys/short-lived",
                                headers={"Authorization": f"Bearer {ADMIN}"})  # fmt: skip
        assert revoked.json() == {"data": {"revoked": True}}
        assert client.get(keyed.url + "/api2/json/nodes", headers=auth).status_code == 401


def test_answers_never_carry_the_upstream_secret(keyed: Proc) -> None:
    secret = issue(keyed, "reader")
    auth = {"Authorization": f"PVEAPIToken=proxy@pvesdk!reader={secret}"}
    with client_for(keyed) as client:
        bodies = [client.get(keyed.url + path, headers=auth)
                  for path in ("/api2/json/nodes", "/api2/json/version", "/versions")]  # fmt: skip
    for answer in bodies:
        text = answer.text + str(answer.headers)
        assert TOKEN not in text and PASSWORD not in text
