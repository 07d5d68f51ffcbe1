"""An upload's permissions come before its parameters, as for every other operation: the
handler (pve-storage ``upload``) sees the file only after pve-http-server has stored it, then
checks ``Datastore.AllocateTemplate`` on the raw parameters, then verifies them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from litestar.testing import TestClient

from pvesdk_server.app import ServerSettings, create_app

ROOT = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"
ALICE = "PVEAPIToken=alice@pve!t=s"
URL = "/api2/json/nodes/pve1/storage/local/upload"


@pytest.fixture
def client() -> Iterator[TestClient]:  # type: ignore[type-arg]
    app = create_app(ServerSettings(task_seconds=0))
    engine = app.state.engine
    engine.state.users["alice@pve"] = {"enable": 1}
    engine.state.tokens["alice@pve!t"] = {"value": "s", "privsep": 0}
    with TestClient(app) as test_client:
        yield test_client


def upload(
    client: TestClient,  # type: ignore[type-arg]
    who: str,
    fields: dict[str, str],
    with_file: bool = True,
    url: str = URL,
) -> tuple[int, dict[str, object]]:
    files = {"filename": ("a.iso", b"0" * 1024, "application/octet-stream")}
    reply = client.post(url, data=fields, files=files if with_file else None,
                        headers={"Authorization": who})  # fmt: skip
    if not with_file:  # still a multipart body, as the GUI sends one
        reply = client.post(url, files={"content": (None, fields.get("content", ""))},
                            headers={"Authorization": who})  # fmt: skip
    return reply.status_code, reply.json()


def test_an_upload_without_the_privilege_is_refused(client: TestClient) -> None:  # type: ignore[type-arg]
    status, body = upload(client, ALICE, {"content": "iso"})
    assert (status, body) == (403, {"data": None})
    assert not any(v.startswith("local:iso/") for v in client.app.state.engine.state.volumes)


def test_permissions_come_before_parameter_errors(client: TestClient) -> None:  # type: ignore[type-arg]
    assert upload(client, ALICE, {})[0] == 403  # no content, and no right to upload either
    status, body = upload(client, ROOT, {})
    assert (status, body["errors"]) == (
        400,
        {"content": "property is missing and it is not optional"},
    )


def test_the_form_fields_are_verified_against_the_schema(client: TestClient) -> None:  # type: ignore[type-arg]
    status, body = upload(client, ROOT, {"content": "iso", "checksum-algorithm": "crc32",
                                          "checksum": "00"})  # fmt: skip
    assert status == 400 and "checksum-algorithm" in body["errors"]
    status, body = upload(client, ROOT, {"content": "iso", "checksum": "00"})
    assert (status, body["errors"]) == (
        400,
        {"checksum-algorithm": "missing property required by 'checksum'"},
    )


def test_a_granted_user_uploads(client: TestClient) -> None:  # type: ignore[type-arg]
    client.app.state.engine.state.acls.append(
        {"path": "/storage/local", "ugid": "alice@pve", "roleid": "PVEDatastoreAdmin",
         "type": "user", "propagate": 1}
    )  # fmt: skip
    status, body = upload(client, ALICE, {"content": "iso"})
    assert status == 200 and str(body["data"]).startswith("UPID:pve1:")
    assert "local:iso/a.iso" in client.app.state.engine.state.volumes


def test_an_upload_path_that_is_no_upload_is_not_implemented(client: TestClient) -> None:  # type: ignore[type-arg]
    status, _ = upload(client, ROOT, {"content": "iso"}, url="/api2/json/cluster/x/y/z/upload")
    assert status == 501
