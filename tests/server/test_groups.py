"""The mock's user groups keep pve-access-control's membership rules."""

from __future__ import annotations

import pytest

import pvesdk
from pvesdk import PveClient


@pytest.fixture
def client() -> PveClient:
    client = PveClient.mock()
    client.access.groups.post(groupid="ops", comment="Operators")
    client.access.groups.post(groupid="dev")
    return client


def test_a_user_created_in_groups_is_listed_as_member(client: PveClient) -> None:
    client.access.users.post(userid="alice@pve", groups="ops,dev")
    assert client.access.users.userid("alice@pve").get().groups == ["dev", "ops"]
    assert client.access.groups.groupid("ops").get().members == ["alice@pve"]
    listed = {g.groupid: g.users for g in client.access.groups.get()}
    assert listed == {"dev": "alice@pve", "ops": "alice@pve"}


def test_groups_are_replaced_unless_appended(client: PveClient) -> None:
    client.access.users.post(userid="alice@pve", groups="ops")
    client.access.users.userid("alice@pve").put(groups="dev")
    assert client.access.users.userid("alice@pve").get().groups == ["dev"]
    client.access.users.userid("alice@pve").put(groups="ops", append=True)
    assert client.access.users.userid("alice@pve").get().groups == ["dev", "ops"]


def test_a_missing_group_is_refused(client: PveClient) -> None:
    with pytest.raises(pvesdk.ServerError, match="create user failed: no such group 'nosuch'"):
        client.access.users.post(userid="bob@pve", groups="nosuch")
    with pytest.raises(pvesdk.ServerError, match="no such user"):
        client.access.users.userid("bob@pve").get()


def test_a_group_exists_once(client: PveClient) -> None:
    with pytest.raises(pvesdk.ServerError, match="create group failed: group 'ops' already exists"):
        client.access.groups.post(groupid="ops")


def test_deleting_a_group_drops_membership_and_acls(client: PveClient) -> None:
    client.access.users.post(userid="alice@pve", groups="ops")
    client.access.acl.put(path="/vms", roles="PVEVMAdmin", groups="ops")
    client.access.groups.groupid("ops").delete()
    assert client.access.users.userid("alice@pve").get().groups == []
    assert [a.ugid for a in client.access.acl.get()] == []


def test_root_holds_every_privilege_on_root(client: PveClient) -> None:
    perms = client.access.permissions.get()
    assert perms["/"]["VM.Backup"] == 1 and perms["/"]["Datastore.AllocateSpace"] == 1
