"""Guest VNC consoles: ``vncproxy`` of VMs (qemu-server ``PVE::API2::Qemu``) and containers
(pve-container ``PVE::API2::LXC``): a VNC ticket, the port the proxy listens on, its worker
task and, where Proxmox generates one, the VNC protocol password."""

from __future__ import annotations

import re
import secrets
import weakref
from typing import Any

from pvesdk.formats import split_list

from .core import ApiError, Caller, Effect, Engine, route
from .permissions import normalize_path

# PVE::Tools::next_vnc_port: next_unused_port(5900, 6000, ...)
_VNC_PORTS = range(5900, 6000)
# The port each console worker listens on, by UPID, per engine.
_HELD: weakref.WeakKeyDictionary[Engine, dict[str, int]] = weakref.WeakKeyDictionary()
# pve-common PVE::Ticket::generate_vnc_password: 8 bytes in the range '!' .. '`' (0x21-0x60)
_VNC_PASSWORD_CHARS = "".join(chr(c) for c in range(ord("!"), ord("`") + 1))


def vnc_password() -> str:
    """A VNC protocol password as ``PVE::Ticket::generate_vnc_password`` makes one."""
    return "".join(secrets.choice(_VNC_PASSWORD_CHARS) for _ in range(8))


def _next_port(engine: Engine, node: str) -> int:
    """The first VNC port no running console worker of ``node`` holds (``next_vnc_port``
    tries them in order, so a port freed below others still held is taken again first)."""
    ports = _HELD.setdefault(engine, {})
    held = {
        ports.get(t.upid)
        for t in engine.state.tasks.values()
        if t.node == node and t.type == "vncproxy" and t.status == "running"
    }
    for port in _VNC_PORTS:
        if port not in held:
            return port
    raise ApiError(500, "unable to find free port (5900-6000)")


def _serial_vga(config: dict[str, str]) -> str | None:
    """The serial port a VM's ``vga`` shows (``type=serialN``, the default key), if it does:
    qemu-server's vncproxy then runs vncterm on it instead of QEMU's own VNC."""
    kind = None
    for part in config.get("vga", "").split(","):
        key, sep, value = part.partition("=")
        if not sep:
            kind = key
        elif key == "type":
            kind = value
    return kind if kind and kind.startswith("serial") and kind[6:].isdigit() else None


def _console(
    engine: Engine, caller: Caller, node: str, vmid: int, password: bool, effect: Effect | None
) -> dict[str, Any]:
    """What both vncproxy calls answer: ``user``, ``ticket`` (the password before it when there
    is one: ``"${password}:${ticket}"``), ``port``, ``upid``, ``cert`` and ``password``."""
    port = _next_port(engine, node)
    ticket = engine.issue_vnc_ticket(caller.userid, f"/vms/{vmid}", port)
    out: dict[str, Any] = {"user": caller.userid}
    if password:
        out["password"] = vnc_password()
        ticket = f"{out['password']}:{ticket}"
    # The worker's log says nothing: pvedaemon writes 'starting vnc proxy UPID' to syslog.
    upid = engine.task(node, "vncproxy", str(vmid), caller.userid, effect)
    _HELD.setdefault(engine, {})[upid] = port
    # $sslcert: /etc/pve/pve-root-ca.pem, the CA the node's certificate comes from
    out.update(ticket=ticket, port=port, upid=upid, cert=engine.tls_certificate or "")
    return out


@route("POST", "/nodes/{node}/qemu/{vmid}/vncproxy")
def qemu_vncproxy(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """qemu-server's ``vncproxy``: a password is generated with ``generate-password``, with
    ``websocket``, or whenever the VM's display is not a serial port (QEMU's VNC then asks
    for it); a serial display alone authenticates by the ticket. Nobody connects to the mock's
    port, so the worker ends as qemu-server's does then: ``connection timed out``."""
    guest = engine.guest(path["node"], int(path["vmid"]), "qemu")
    serial = _serial_vga(guest.config)
    password = bool(values.get("generate-password") or serial is None or values.get("websocket"))

    def timed_out() -> list[str] | None:
        if serial is None:  # `accept` under alarm $timeout (10 s)
            raise ApiError(500, "connection timed out")
        return None

    return _console(engine, caller, path["node"], guest.vmid, password, timed_out)


@route("POST", "/nodes/{node}/lxc/{vmid}/vncproxy")
def lxc_vncproxy(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """pve-container's ``vncproxy``: vncterm on the container's console; a password only with
    ``websocket`` (otherwise the ticket alone authenticates)."""
    guest = engine.guest(path["node"], int(path["vmid"]), "lxc")
    password = bool(values.get("websocket"))
    return _console(engine, caller, path["node"], guest.vmid, password, None)


def vnc_ticket_valid(engine: Engine, ticket: str, authid: str, path: str | None, port: Any) -> bool:
    """``PVE::AccessControl::verify_vnc_ticket``: a ``PVEVNC`` ticket (a password and ``:``
    before it are dropped) signed over ``authid``, the (normalized) ACL path and the port, at
    most 40 seconds old (``verify_rsa_ticket`` with ages -20 to 40, both excluded)."""
    if path is None:
        return False  # "invalid ticket path"
    prefixed = re.search(r"^.{8}:(PVEVNC:.*)$", ticket)
    if prefixed:
        ticket = prefixed.group(1)
    found = re.search(r"^(PVEVNC:\S+)::([^:\s]+)$", ticket)
    if found is None:
        return False
    plain, signature = found.groups()
    secret = f"{authid}:{path}" + (f":{port}" if port is not None else "")
    if not secrets.compare_digest(signature, engine.sign(f"{plain}:{secret}")):
        return False
    stamp = re.search(r"^PVEVNC:(?:\S+:)?([A-Z0-9]{8})$", plain)
    if stamp is None:
        return False
    digits = re.match(r"[0-9A-F]*", stamp.group(1))
    issued = int(digits.group(), 16) if digits and digits.group() else 0  # Perl's hex()
    return -20 < engine.clock() - issued < 40


@route("POST", "/access/vncticket")
def verify_vnc_ticket(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """pve-access-control's ``vncticket`` (no login needed): the ticket must be ``authid``'s
    for ``path`` (and ``port``), and ``authid`` must hold ``privs`` there; any failure is the
    same 401, naming nothing."""
    authid = str(values["authid"])
    where = normalize_path(str(values["path"]))
    privs = split_list(str(values["privs"]))
    user, _, token = authid.partition("!")
    if not (
        vnc_ticket_valid(engine, str(values["vncticket"]), authid, where, values.get("port"))
        and where is not None
        and privs
        and engine.access.allowed(Caller(user=user, token=token or None), where, privs)
    ):
        raise ApiError(401, "authentication failure")
    return None


def _websocket(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any], kind: str
) -> Any:
    """``vncwebsocket`` of qemu-server and pve-container: the caller's own console ticket for
    this guest and port, then the guest must exist; answers the port."""
    vmid = int(path["vmid"])
    if not vnc_ticket_valid(
        engine, str(values["vncticket"]), caller.userid, f"/vms/{vmid}", values["port"]
    ):
        raise ApiError(401, "permission denied - invalid PVEVNC ticket")
    engine.guest(path["node"], vmid, kind)
    return {"port": str(values["port"])}


@route("GET", "/nodes/{node}/qemu/{vmid}/vncwebsocket")
def qemu_vncwebsocket(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """qemu-server's ``vncwebsocket``."""
    return _websocket(engine, caller, path, values, "qemu")


@route("GET", "/nodes/{node}/lxc/{vmid}/vncwebsocket")
def lxc_vncwebsocket(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    """pve-container's ``vncwebsocket``."""
    return _websocket(engine, caller, path, values, "lxc")
