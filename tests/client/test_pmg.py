"""A Proxmox Mail Gateway user: ``pvesdk.pmg.api`` over ``service="pmg"`` against a respx PMG.

pmgproxy names its ticket cookie ``PMGAuthCookie`` (PVE's is ``PVEAuthCookie``) and has no API
tokens; the tree and result models are generated from specs/pmg/6.3.
"""

from __future__ import annotations

import httpx
import pytest
import respx

from pvesdk import PveClient
from pvesdk.pmg import API_VERSION, api

PMG = "https://pmg.test:8006/api2/json"
SPAM = {
    "bytes": 2048, "envelope_sender": "a@spam.test", "from": "A <a@spam.test>", "id": "C1R12T3",
    "receiver": "me@corp.test", "spamlevel": "7.5", "subject": "win", "time": 1700000000,
}  # fmt: skip


@pytest.fixture
def pmg_router() -> respx.MockRouter:
    with respx.mock(base_url=PMG, assert_all_called=False) as router:
        router.post("/access/ticket").respond(
            json={
                "data": {
                    "ticket": "PMG:root@pam:ABC::sig",
                    "CSRFPreventionToken": "csrf1",
                    "username": "root@pam",
                }
            }
        )
        yield router


def client() -> PveClient:
    return PveClient("pmg.test", service="pmg", user="root@pam", password="pw", backend="httpx")


def test_pmg_tree_is_the_63_release() -> None:
    assert API_VERSION == "6.3"


def test_reads_carry_the_pmg_ticket_cookie_and_parse_into_pmg_models(
    pmg_router: respx.MockRouter,
) -> None:
    spam = pmg_router.get("/quarantine/spam").respond(json={"data": [SPAM]})
    items = api(client()).quarantine.spam.get(pmail="me@corp.test", starttime=0)
    assert spam.calls.last.request.headers["cookie"] == "PMGAuthCookie=PMG:root@pam:ABC::sig"
    assert (
        type(items[0]).__module__ == "pvesdk._generated_pmg.models.quarantine.quarantine_spam_get"
    )
    assert (items[0].from_, items[0].spamlevel) == ("A <a@spam.test>", 7.5)


def test_writes_carry_the_csrf_token_and_pmg_parameters(pmg_router: respx.MockRouter) -> None:
    action = pmg_router.post("/quarantine/content").respond(json={"data": None})
    api(client()).quarantine.content.post(action="deliver", id="C1R12T3")
    request = action.calls.last.request
    assert request.headers["csrfpreventiontoken"] == "csrf1"
    assert httpx.QueryParams(request.content.decode()) == httpx.QueryParams(
        {"action": "deliver", "id": "C1R12T3"}
    )


def test_pmg_has_no_api_tokens() -> None:
    with pytest.raises(ValueError, match="no API tokens"):
        PveClient("pmg.test", service="pmg", user="root@pam", token_name="a", token_value="b")


def test_pbs_tokens_use_pbs_header_syntax() -> None:
    from pvesdk.auth import TokenAuth

    auth = TokenAuth("root@pam", "ci", "s3cret", product="pbs")
    assert auth.headers("GET") == {"Authorization": "PBSAPIToken=root@pam!ci:s3cret"}
