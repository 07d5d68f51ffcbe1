"""VNC consoles as qemu-server's and pve-container's ``vncproxy`` answer them: a ``PVEVNC``
ticket, a port, a ``vncproxy`` task and, when Proxmox generates one, the VNC protocol password
(``PVE::Ticket::generate_vnc_password``), which also leads the ticket. The password is a secret:
no repr, task log or log record shows it."""

from __future__ import annotations

import logging
import re
from typing import Any

import pytest

from pvesdk import PveClient, TicketAuth
from pvesdk.transports.mock import MockTransport
from pvesdk_server.engine import Engine, Reply

ROOT_TOKEN = "PVEAPIToken=root@pam!mock=00000000-0000-4000-8000-000000000000"
QEMU = "/nodes/pve1/qemu/100/vncproxy"
LXC = "/nodes/pve1/lxc/200/vncproxy"
# generate_vnc_password: 8 characters from '!' to '`'
PASSWORD = re.compile(r"[!-`]{8}")


@pytest.fixture
def engine() -> Engine:
    return Engine(task_seconds=0)


def call(engine: Engine, path: str, **params: Any) -> Reply:
    wire = {k: [str(v)] for k, v in params.items()}
    return engine.handle("POST", path, wire, authorization=ROOT_TOKEN)


def answer(engine: Engine, path: str, **params: Any) -> dict[str, Any]:
    reply = call(engine, path, **params)
    assert reply.status == 200, (reply.status, reply.reason, reply.errors)
    return dict(reply.data)


def test_generate_password_answers_the_password_and_puts_it_before_the_ticket(
    engine: Engine,
) -> None:
    data = answer(engine, QEMU, **{"generate-password": 1})
    assert PASSWORD.fullmatch(data["password"])
    # "${password}:${ticket}", split as verify_vnc_ticket does (/^.{8}:(PVEVNC:.*)$/): the
    # password's range '!'..'`' holds ':' too
    password, colon, ticket = data["ticket"][:8], data["ticket"][8:9], data["ticket"][9:]
    assert (password, colon) == (data["password"], ":")
    assert re.fullmatch(r"PVEVNC:[0-9A-F]{8}::\S+", ticket)
    assert data["user"] == "root@pam!mock" and 5900 <= data["port"] < 6000


def test_each_console_gets_its_own_password(engine: Engine) -> None:
    first = answer(engine, QEMU, **{"generate-password": 1})["password"]
    assert first != answer(engine, QEMU, **{"generate-password": 1})["password"]


def test_a_vm_without_a_serial_display_always_gets_a_password(engine: Engine) -> None:
    """``if ($param->{'generate-password'} || !defined($serial) || $param->{websocket})``."""
    assert PASSWORD.fullmatch(answer(engine, QEMU)["password"])


def test_a_serial_display_authenticates_by_the_ticket_alone(engine: Engine) -> None:
    engine.state.guests[100].config["vga"] = "type=serial0"
    data = answer(engine, QEMU)
    assert "password" not in data and data["ticket"].startswith("PVEVNC:")
    assert PASSWORD.fullmatch(answer(engine, QEMU, **{"generate-password": 1})["password"])
    assert PASSWORD.fullmatch(answer(engine, QEMU, websocket=1)["password"])


def test_a_container_console_has_a_password_only_with_websocket(engine: Engine) -> None:
    data = answer(engine, LXC)
    assert "password" not in data and data["ticket"].startswith("PVEVNC:")
    data = answer(engine, LXC, websocket=1)
    assert PASSWORD.fullmatch(data["password"])
    assert data["ticket"].startswith(data["password"] + ":PVEVNC:")


def test_the_console_runs_a_vncproxy_task_that_times_out_without_a_client(
    engine: Engine,
) -> None:
    data = answer(engine, QEMU, **{"generate-password": 1})
    task = engine.state.tasks[data["upid"]]
    assert (task.type, task.id, task.user) == ("vncproxy", "100", "root@pam!mock")
    assert task.exitstatus == "connection timed out"  # accept() under alarm in Qemu.pm
    assert not any(data["password"] in line for line in task.log)


def test_a_running_console_holds_its_port() -> None:
    engine = Engine(task_seconds=60)
    ports = [answer(engine, QEMU)["port"], answer(engine, LXC)["port"]]
    assert ports == [5900, 5901]


def test_a_port_freed_below_held_ones_is_taken_again() -> None:
    """``next_unused_port`` tries 5900 upwards: when the first console's worker has ended and
    the next two still listen, the next console gets 5900 again, never a port still held."""
    now = [1_500_000_000.0]
    engine = Engine(task_seconds=60, clock=lambda: now[0])
    assert answer(engine, QEMU)["port"] == 5900
    now[0] += 30
    assert [answer(engine, QEMU)["port"], answer(engine, LXC)["port"]] == [5901, 5902]
    now[0] += 31  # the first worker ended, the other two listen
    assert answer(engine, LXC)["port"] == 5900
    assert answer(engine, QEMU)["port"] == 5903


def test_a_console_of_a_missing_guest_is_the_config_error(engine: Engine) -> None:
    reply = call(engine, "/nodes/pve1/qemu/999/vncproxy")
    assert (reply.status, reply.reason) == (
        500,
        "Configuration file 'nodes/pve1/qemu-server/999.conf' does not exist",
    )


def test_a_console_needs_vm_console(engine: Engine) -> None:
    engine.state.users["bob@pve"] = {"enable": 1}
    engine.state.tokens["bob@pve!t"] = {"value": "s", "privsep": 0}
    engine.state.acls.append(
        {"path": "/vms", "ugid": "bob@pve", "roleid": "PVEAuditor", "type": "user", "propagate": 1}
    )
    reply = engine.handle("POST", QEMU, {}, authorization="PVEAPIToken=bob@pve!t=s")
    assert reply.status == 403


def test_the_client_result_masks_the_password_and_the_ticket(
    caplog: pytest.LogCaptureFixture,
) -> None:
    client = PveClient(
        transport=MockTransport(auth=TicketAuth("root@pam", "pvesdk"), task_seconds=0)
    )
    with caplog.at_level(logging.DEBUG):
        result = client.nodes.node("pve1").qemu.vmid(100).vncproxy.post(generate_password=True)
    assert result.password is not None and PASSWORD.fullmatch(result.password)
    shown = repr(result) + str(result)
    assert result.password not in shown and "password='***'" in repr(result)
    assert "ticket='***'" in repr(result)
    assert not any(result.password in record.getMessage() for record in caplog.records)


def check_vnc_ticket(engine: Engine, **params: Any) -> Reply:
    """``POST /access/vncticket`` as pve-manager answers it: without any login."""
    return engine.handle("POST", "/access/vncticket", {k: [str(v)] for k, v in params.items()})


def test_vncticket_verifies_the_console_ticket_without_a_login(engine: Engine) -> None:
    data = answer(engine, QEMU, **{"generate-password": 1})
    good = {"authid": "root@pam!mock", "path": "/vms/100", "privs": "VM.Console"}
    # the password before the ticket is dropped, as verify_vnc_ticket does
    for ticket in (data["ticket"], data["ticket"][9:]):
        reply = check_vnc_ticket(engine, vncticket=ticket, port=data["port"], **good)
        assert (reply.status, reply.data) == (200, None), reply.reason


@pytest.mark.parametrize(
    "change",
    [
        {"vncticket": "PVEVNC:00000000::forged"},
        {"vncticket": "x" * 10000},
        {"authid": "root@pam"},
        {"path": "/vms/101"},
        {"path": "/vms/a b"},
        {"port": 5999},
    ],
)
def test_vncticket_refuses_any_other_ticket_alike(engine: Engine, change: dict[str, Any]) -> None:
    data = answer(engine, QEMU)
    params = {
        "authid": "root@pam!mock",
        "path": "/vms/100",
        "privs": "VM.Console",
        "vncticket": data["ticket"],
        "port": data["port"],
        **change,
    }
    reply = check_vnc_ticket(engine, **params)
    assert (reply.status, reply.reason) == (401, "authentication failure")


def test_vncticket_expires_after_40_seconds() -> None:
    now = [1_800_000_000.0]
    engine = Engine(task_seconds=0, clock=lambda: now[0])
    data = answer(engine, LXC)
    params = {"authid": "root@pam!mock", "path": "/vms/200", "privs": "VM.Console"}
    now[0] += 39
    assert (
        check_vnc_ticket(engine, vncticket=data["ticket"], port=data["port"], **params).status
        == 200
    )
    now[0] += 1
    assert (
        check_vnc_ticket(engine, vncticket=data["ticket"], port=data["port"], **params).status
        == 401
    )


def test_vncwebsocket_wants_the_callers_ticket_for_that_port(engine: Engine) -> None:
    data = answer(engine, QEMU)
    socket = "/nodes/pve1/qemu/100/vncwebsocket"
    params = {"vncticket": [data["ticket"]], "port": [str(data["port"])]}
    reply = engine.handle("GET", socket, params, authorization=ROOT_TOKEN)
    assert (reply.status, reply.data) == (200, {"port": str(data["port"])})
    forged = {**params, "vncticket": ["PVEVNC:00000000::forged"]}
    reply = engine.handle("GET", socket, forged, authorization=ROOT_TOKEN)
    assert (reply.status, reply.reason) == (401, "permission denied - invalid PVEVNC ticket")
    ticket, csrf = engine.issue_ticket("root@pam")  # another user than the token it was for
    reply = engine.handle("GET", socket, params, ticket=ticket, csrf=csrf)
    assert reply.status == 401
