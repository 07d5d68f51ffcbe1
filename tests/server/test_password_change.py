"""``PUT /access/password`` as pve-access-control's ``change_password`` runs it
(``reauth_user_for_user_modification``, then the own/other/root/pam rules; the password is
stored, so the new one logs in and the old one no longer does)."""

from __future__ import annotations

import pytest

from pvesdk import (
    AuthenticationError,
    ParameterError,
    PermissionDeniedError,
    PveClient,
    ServerError,
)


def login(client: PveClient, user: str, password: str) -> str:
    return client.access.ticket.post(username=user, password=password).ticket


def root_client() -> PveClient:
    """root@pam with a ticket: API tokens may not change passwords (``allowtoken => 0``)."""
    from pvesdk.auth import TicketAuth
    from pvesdk.transports.mock import MockTransport

    return PveClient(transport=MockTransport(auth=TicketAuth("root@pam", "pvesdk")))


def as_user(root: PveClient, user: str, password: str) -> PveClient:
    from pvesdk.auth import TicketAuth
    from pvesdk.transports.mock import MockTransport

    engine = root.transport.engine  # type: ignore[attr-defined]
    return PveClient(transport=MockTransport(engine, auth=TicketAuth(user, password)))


def test_an_api_token_may_not_change_a_password() -> None:
    """pve-access-control marks change_password ``allowtoken => 0``; pve-manager's
    ``rest_handler`` refuses the token before anything else."""
    client = PveClient.mock()  # root@pam!mock
    with pytest.raises(PermissionDeniedError, match="not available with API token"):
        client.access.password.put(userid="root@pam", password="abcdefgh")


def test_an_unknown_user_is_refused_as_proxmox_refuses_it() -> None:
    client = root_client()
    with pytest.raises(ServerError, match=r"no such user \('nobody@pve'\)"):
        client.access.password.put(userid="nobody@pve", password="abcdefgh")


def test_root_changes_a_password_and_the_new_one_logs_in() -> None:
    client = root_client()
    client.access.users.post(userid="alice@pve", password="old-password")
    client.access.password.put(userid="alice@pve", password="new-password")
    assert login(client, "alice@pve", "new-password")
    with pytest.raises(AuthenticationError):
        login(client, "alice@pve", "old-password")


def test_a_user_changes_their_own_password_confirming_the_old_one() -> None:
    root = root_client()
    root.access.users.post(userid="bob@pve", password="bobs-password")
    bob = as_user(root, "bob@pve", "bobs-password")
    with pytest.raises(ParameterError) as refused:
        bob.access.password.put(userid="bob@pve", password="bobs-new-password")
    assert refused.value.errors == {"confirmation-password": "password is required to modify user"}
    with pytest.raises(ServerError, match="invalid credentials"):
        bob.access.password.put(
            userid="bob@pve", password="bobs-new-password", confirmation_password="wrong-one"
        )
    bob.access.password.put(
        userid="bob@pve", password="bobs-new-password", confirmation_password="bobs-password"
    )
    assert login(root, "bob@pve", "bobs-new-password")


def test_only_root_changes_roots_password() -> None:
    root = root_client()
    root.access.users.post(userid="carol@pve", password="carols-password")
    root.access.acl.put(path="/", roles="Administrator", users="carol@pve")
    carol = as_user(root, "carol@pve", "carols-password")
    with pytest.raises(PermissionDeniedError):
        carol.access.password.put(
            userid="root@pam", password="taken-over", confirmation_password="carols-password"
        )
    assert login(root, "root@pam", "pvesdk")


def test_another_users_password_is_refused_before_the_new_one_is_checked() -> None:
    """pve-manager's ``rest_handler`` checks the schema's permissions on the raw parameters
    before ``PVE::RESTHandler::handle`` verifies them: a password too short for the schema,
    for a user the caller may not modify, is the permission error, not the parameter error."""
    root = root_client()
    root.access.users.post(userid="bob@pve", password="bobs-password")
    root.access.users.post(userid="carol@pve", password="carols-password")
    bob = as_user(root, "bob@pve", "bobs-password")
    with pytest.raises(PermissionDeniedError):
        bob.access.password.put(
            userid="carol@pve", password="abc", confirmation_password="bobs-password"
        )
    with pytest.raises(ParameterError) as refused:  # their own: the checks pass, then verify
        bob.access.password.put(
            userid="bob@pve", password="abc", confirmation_password="bobs-password"
        )
    assert set(refused.value.errors) == {"password"}
