"""This branch's fidelity rules as a third-party client meets them: proxmoxer against the real
server over TLS (custom roles and ACLs, an expired user's login, realms, an unknown task, a
``cpu`` Proxmox refuses)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from proxmoxer import ProxmoxAPI
from proxmoxer.core import AuthenticationError, ResourceException

from ..support.server import Server, pvesdk_server

TOKEN = "00000000-0000-4000-8000-000000000000"
GHOST = "UPID:pve1:0000FFFF:0000FFFF:6745D2C3:qmstart:100:root@pam:"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with pvesdk_server(tmp_path_factory.mktemp("fidelity")) as running:
        yield running


@pytest.fixture(scope="module")
def root(server: Server) -> Any:
    return ProxmoxAPI(
        "127.0.0.1",
        port=server.port,
        user="root@pam",
        token_name="mock",
        token_value=TOKEN,
        verify_ssl=str(server.cert),
    )


def login(server: Server, user: str, password: str) -> Any:
    return ProxmoxAPI(
        "127.0.0.1", port=server.port, user=user, password=password, verify_ssl=str(server.cert)
    )


def test_a_custom_role_on_a_pool_lets_a_user_start_the_pools_vm(root: Any, server: Server) -> None:
    root.access.roles.post(roleid="Starter", privs="VM.PowerMgmt,VM.Audit")
    root.pools.post(poolid="webteam")
    root.pools.put(poolid="webteam", vms="100")
    root.access.users.post(userid="web@pve", password="web-pass-1")
    root.access.acl.put(path="/pool/webteam", roles="Starter", users="web@pve")
    web = login(server, "web@pve", "web-pass-1")
    assert str(web.nodes("pve1").qemu(100).status.start.post()).startswith("UPID:pve1:")
    with pytest.raises(ResourceException) as denied:
        web.nodes("pve1").lxc(200).status.start.post()
    assert denied.value.status_code == 403


def test_a_built_in_role_cannot_be_deleted(root: Any) -> None:
    with pytest.raises(ResourceException) as err:
        root.access.roles("PVEAdmin").delete()
    assert "auto-generated role 'PVEAdmin' cannot be deleted" in str(err.value)


def test_an_expired_user_cannot_log_in(root: Any, server: Server) -> None:
    root.access.users.post(userid="gone@pve", password="gone-pass-1", expire=1000)
    with pytest.raises(AuthenticationError):
        login(server, "gone@pve", "gone-pass-1")


def test_an_ldap_realm_is_listed_after_it_is_added(root: Any) -> None:
    root.access.domains.post(
        realm="corp", type="ldap", server1="ldap.example", base_dn="dc=example", user_attr="uid"
    )
    assert {"realm": "corp", "type": "ldap"} in root.access.domains.get()


def test_an_unknown_task_is_a_parameter_error(root: Any) -> None:
    with pytest.raises(ResourceException) as err:
        root.nodes("pve1").tasks(GHOST).status.get()
    assert err.value.status_code == 400 and err.value.errors == {"upid": "no such task"}


def test_a_cpu_proxmox_refuses_is_refused(root: Any) -> None:
    with pytest.raises(ResourceException) as err:
        root.nodes("pve1").qemu(100).config.put(cpu="host,flags=+avx512f")
    assert err.value.status_code == 400 and "cpu" in err.value.errors
