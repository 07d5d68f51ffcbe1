"""The mock engine: a simulated Proxmox VE cluster behind one call, :meth:`Engine.handle`.

Plain Python, no web framework: the in-process mock transport and the Litestar server both sit
on it. Every path and operation of the spec exists; parameters are verified against the spec
with Proxmox's messages; credentials, CSRF and privileges are checked; the common flows (VMs and
containers, their config, power state and tasks, storage content, users and tokens) keep real,
consistent state, and everything else answers schema-shaped data and keeps what is written.
Long operations return a UPID and take effect when their task ends.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from .spec import Operation, Router, load_spec
from .state import DEFAULT_SEED, Guest, State, Task, archive_task, prune_tasks
from .validate import verify

if TYPE_CHECKING:
    from .permissions import Access

__all__ = ["Engine", "Reply"]


@functools.cache
def _access_type() -> type[Access]:
    """:class:`~.permissions.Access`, imported once on first use (permissions imports this
    module; every request checks permissions)."""
    from .permissions import Access

    return Access


TICKET_LIFETIME = 7200
PARAM_FAILED = "Parameter verification failed."
GiB = 1 << 30
_DISK = re.compile(r"^(scsi|virtio|sata|ide|efidisk|tpmstate|unused)\d+$|^(rootfs|mp\d+)$")
_NET = re.compile(r"^net\d+$")
_WRITE = frozenset({"POST", "PUT", "DELETE"})
# pve-manager's ``PVE::HTTPServer::auth_handler`` answers these without credentials.
# pve-manager's PVE::HTTPServer auth_handler: calls answered without authentication
_WITHOUT_LOGIN = frozenset(
    {("POST", "/access/ticket"), ("GET", "/access/domains"), ("POST", "/access/vncticket")}
)
_UPID = re.compile(
    r"^UPID:([a-zA-Z0-9][a-zA-Z0-9.-]*):([0-9A-F]{8}):([0-9A-F]{8,9}):([0-9A-F]{8}):"
    r"([^:\s]+):([^:\s]*):([^:\s]+):$"
)


@dataclass
class Reply:
    """One answer: status, reason phrase (Proxmox's message), ``data`` and optional extras."""

    status: int = 200
    reason: str = "OK"
    data: Any = None
    errors: dict[str, str] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:
        # The data may be a login's ticket and CSRF token or a new API token's secret: the repr
        # names only its type (tracebacks with locals, Sentry, pytest -l print reprs).
        kind = type(self.data).__name__
        return f"Reply(status={self.status}, reason={self.reason!r}, data=<{kind}>)"

    def envelope(self) -> dict[str, Any]:
        """The JSON body Proxmox sends: ``{"data": …}`` plus ``errors`` and any extra keys."""
        body: dict[str, Any] = {"data": self.data}
        if self.errors:
            body["errors"] = self.errors
        body.update(self.extra)
        return body


class ApiError(Exception):
    def __init__(self, status: int, message: str, errors: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors


@dataclass
class Caller:
    user: str
    token: str | None = None
    ticket: bool = False

    @property
    def userid(self) -> str:
        """Who the request runs as: ``user@realm``, or ``user@realm!tokenid`` for an API token
        (what Proxmox writes into a task's UPID)."""
        return f"{self.user}!{self.token}" if self.token else self.user


#: A task's work, run when the task ends: raises ApiError to fail it, or returns the warnings it
#: logged (``log_warn``), which end it with ``WARNINGS: n``.
Effect = Callable[[], "list[str] | None"]
#: Finished tasks kept per node, newest first (Proxmox rotates its task index at ~1000 entries).
TASK_HISTORY = 1000

Handler = Callable[["Engine", Caller, dict[str, str], dict[str, Any]], Any]
_HANDLERS: dict[tuple[str, str], Handler] = {}


def _raw(params: dict[str, list[str]]) -> dict[str, Any]:
    """The parameters as pve-http-server's ``decode_urlencoded`` hands them on: one value as
    it was sent, a repeated key as the list of its values."""
    return {name: raws[0] if len(raws) == 1 else list(raws) for name, raws in params.items()}


def route(method: str, template: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        _HANDLERS[(method, template)] = func
        return func

    return register


class Engine:
    """A stateful Proxmox VE cluster in memory. Thread-safe: one lock serializes requests."""

    def __init__(
        self,
        seed: dict[str, Any] | None = None,
        *,
        product: str = "pve",
        version: str = "9.2",
        task_seconds: float = 0.2,
        clock: Callable[[], float] = time.time,
        login_delay: float = 0.0,
        task_history: int = TASK_HISTORY,
        tls_fingerprint: str | None = None,
        tls_certificate: str | None = None,
    ) -> None:
        self.spec = load_spec(product, version)
        self.release = version
        self.router = Router(self.spec)
        self.task_seconds = task_seconds
        self.clock = clock
        self.login_delay = login_delay
        # The certificate the server serves (PEM) and its SHA-256 fingerprint (AA:BB:...): the
        # node it answers as lists the fingerprint in GET /nodes (cluster.node_fingerprint);
        # consoles answer the certificate as the CA to trust (consoles.py).
        self.tls_fingerprint = tls_fingerprint
        self.tls_certificate = tls_certificate
        self._seed = seed
        self._secret = secrets.token_bytes(32)
        self.lock = threading.RLock()
        self.state = State.from_seed(self._released(seed))
        self._effects: dict[str, Effect | None] = {}
        self._running: dict[str, Task] = {}  # advance() looks at these only
        self.task_history = task_history
        # Called (under the lock) when a task starts and when it stops: event streams, saving.
        self.task_listeners: list[Callable[[Task], None]] = []

    # -- lifecycle

    def reset(self, seed: dict[str, Any] | None = None) -> None:
        """Throw the cluster away and start again from ``seed`` (the engine's own seed when
        ``None``).

        Running tasks and their pending effects are forgotten, not finished.
        """
        with self.lock:
            self.state = State.from_seed(self._released(seed if seed is not None else self._seed))
            self._effects = {}
            self._running = {}

    def _released(self, seed: dict[str, Any] | None) -> dict[str, Any] | None:
        """The seed, answering ``/version`` with the served release unless the seed says."""
        if self.release == DEFAULT_SEED["version"]["release"] or (seed and "version" in seed):
            return seed
        version = {"version": f"{self.release}.0", "release": self.release, "repoid": "pvesdkmock"}
        return {**(seed or {}), "version": version}

    def snapshot(self) -> dict[str, Any]:
        """The whole cluster as plain JSON (after finishing the tasks that are due), as a seed
        takes it.
        """
        with self.lock:
            self.advance()
            return self.state.to_json()

    # -- the one entry point

    def handle(
        self,
        method: str,
        path: str,
        params: dict[str, list[str]] | None = None,
        *,
        authorization: str | None = None,
        ticket: str | None = None,
        csrf: str | None = None,
    ) -> Reply:
        """Answer one API request; ``path`` is below ``/api2/json``, segments percent-encoded."""
        params = params or {}
        segments = [unquote(s) for s in path.strip("/").split("/")] if path.strip("/") else []
        where = f"{method} /{'/'.join(segments)}"
        matched = self.router.match(segments)
        if matched is None or method not in matched[2]:
            return Reply(501, f"Method '{where}' not implemented")
        template, path_params, ops = matched
        op = ops[method]
        try:
            with self.lock:
                self.advance()
                if (method, template) in _WITHOUT_LOGIN:
                    caller = Caller(user="")
                else:
                    caller = self._authenticate(method, authorization, ticket, csrf)
                # pve-manager's PVE::HTTPServer rest_handler: the URI's parameters join the
                # request's (a different value for one of them is a parameter error, before
                # anything else is checked), a token is refused where it may not go, the
                # schema's permissions are checked on these raw parameters, and only then
                # does PVE::RESTHandler::handle verify them: a malformed request the caller
                # may not make is a 403, not a 400.
                for name in sorted(params):  # the first conflict, in key order, is named
                    if name in path_params and params[name] != [path_params[name]]:
                        raise ApiError(
                            400,
                            "Parameter verification failed.",
                            {
                                name: "duplicate parameter (already defined in URI) with "
                                "conflicting values!"
                            },
                        )
                if caller.token and op.schema.get("x-pve-allowtoken") is False:
                    # rest_handler, next: the password change and the TFA writes want the
                    # user, not one of its tokens.
                    raise ApiError(
                        403,
                        f"Permission check failed (URI '/{'/'.join(segments)}' not available "
                        "with API token, need proper ticket.)",
                    )
                merged = {**params, **{k: [v] for k, v in path_params.items()}}
                self._authorize(caller, op, _raw(merged))
                values, errors = verify(op, merged)
                if errors:
                    raise ApiError(400, "Parameter verification failed.", errors)
                handler = _HANDLERS.get((method, template))
                if handler is not None:
                    data = handler(self, caller, path_params, values)
                else:
                    data = self._generic(op, caller, "/" + "/".join(segments), values)
        except ApiError as exc:
            return Reply(exc.status, exc.message, None, exc.errors)
        except (ValueError, TypeError, KeyError) as exc:
            # A mock bug must still answer like Proxmox does for an unexpected die: 500 + text.
            return Reply(500, f"{where}: {type(exc).__name__}: {exc}"[:300])
        if isinstance(data, Reply):
            return data
        return Reply(data=data)

    # -- auth

    def sign(self, text: str) -> str:
        """The engine's signature of ``text`` (43 hex digits), on tickets and console tickets."""
        return self._sign(text)

    def _sign(self, text: str) -> str:
        return hmac.new(self._secret, text.encode(), hashlib.sha256).hexdigest()[:43]

    def issue_ticket(self, user: str) -> tuple[str, str]:
        """A ticket and CSRF token for ``user``, as ``PVE::AccessControl::assemble_ticket`` builds
        them.

        Returns:
            ``(ticket, csrf)``: ``PVE:user:HEXTIME::signature`` and ``HEXTIME:signature``,
            signed with the engine's secret and stamped with its clock (seconds).
        """
        stamp = f"{int(self.clock()):08X}"
        plain = f"PVE:{user}:{stamp}"
        return f"{plain}::{self._sign(plain)}", f"{stamp}:{self._sign(stamp + user)}"

    def issue_vnc_ticket(self, user: str, path: str, port: int) -> str:
        """A console ticket as ``PVE::AccessControl::assemble_vnc_ticket`` builds one:
        ``PVEVNC:HEXTIME::signature``, the signature over the user, the ACL path and the port
        (pve-common ``PVE::Ticket::assemble_rsa_ticket``; here the engine's HMAC)."""
        stamp = f"{int(self.clock()):08X}"
        plain = f"PVEVNC:{stamp}"
        return f"{plain}::{self._sign(f'{plain}:{user}:{path}:{port}')}"

    def ticket_user(self, ticket: str) -> str | None:
        """The user a ticket belongs to, or ``None`` when it is malformed, forged or expired.

        A ticket expires ``TICKET_LIFETIME`` (7200) seconds after it was issued.
        """
        parts = ticket.split(":")
        if len(parts) != 5 or parts[0] != "PVE" or parts[3] != "":
            return None
        user, stamp, signature = parts[1], parts[2], parts[4]
        if not hmac.compare_digest(signature, self._sign(f"PVE:{user}:{stamp}")):
            return None
        try:
            age = self.clock() - int(stamp, 16)
        except ValueError:
            return None
        return user if -300 <= age <= TICKET_LIFETIME else None

    def _authenticate(
        self, method: str, authorization: str | None, ticket: str | None, csrf: str | None
    ) -> Caller:
        if authorization:
            match = re.match(r"^PVEAPIToken=([^!]+)!([^=:]+)[=:](.+)$", authorization.strip())
            token = self.state.tokens.get(f"{match.group(1)}!{match.group(2)}") if match else None
            if (
                match is None
                or token is None
                or not hmac.compare_digest(str(token["value"]), match.group(3))
            ):
                raise ApiError(401, "authentication failure")
            expire = int(token.get("expire") or 0)
            if not self.user_enabled(match.group(1)) or (expire and expire < self.clock()):
                raise ApiError(401, "authentication failure")  # verify_token
            return Caller(user=match.group(1), token=match.group(2))
        if not ticket:
            raise ApiError(401, "No ticket")
        user = self.ticket_user(ticket)
        if user is None or not self.user_enabled(user):
            raise ApiError(401, "permission denied - invalid PVE ticket")
        if method in _WRITE:
            stamp = ticket.split(":")[2]
            expected = f"{stamp}:{self._sign(stamp + user)}"
            if not csrf or not hmac.compare_digest(csrf, expected):
                raise ApiError(401, "Permission denied - invalid csrf token")
        return Caller(user=user, ticket=True)

    def user_enabled(self, user: str) -> bool:
        """``PVE::AccessControl::check_user_enabled``: the user exists, is enabled and its
        ``expire`` (epoch seconds, 0 for never) has not passed."""
        account = self.state.users.get(user)
        if account is None or not int(account.get("enable", 1) or 0):
            return False
        expire = int(account.get("expire") or 0)
        return not (expire and expire < self.clock())

    @property
    def access(self) -> Access:
        """Privileges and permission checks over the current state (pve-access-control)."""
        return _access_type()(self.state)

    def _authorize(self, caller: Caller, op: Operation, values: dict[str, Any]) -> None:
        if not caller.user:
            return  # the ticket call itself (permissions: world)
        self.access.check_operation(caller, op.schema.get("x-pve-permissions"), values)

    # -- tasks

    def task(
        self,
        node: str,
        kind: str,
        ident: str,
        user: str,
        effect: Effect | None = None,
        log: list[str] | None = None,
    ) -> str:
        """Start a worker task, as ``PVE::RPCEnvironment::fork_worker`` does, and return its UPID.

        Args:
            node: The node the task runs on.
            kind: The task type (``qmstart``, ``vzdump``, …).
            ident: The task's id, usually the VMID (may be empty).
            user: The user the task runs for.
            effect: What the task does to the state when it ends; called then, and its ``ApiError``
                makes the task fail with that message as exit status.
            log: The task log's lines.

        The task runs for ``task_seconds`` of the engine's clock; at zero it ends before this
        returns.
        """
        state = self.state
        state.counter += 1
        now = self.clock()
        start = int(now)
        pid, pstart = state.counter, state.counter * 7
        upid = f"UPID:{node}:{pid:08X}:{pstart:08X}:{start:08X}:{kind}:{ident}:{user}:"
        task = Task(
            upid=upid,
            node=node,
            type=kind,
            id=ident,
            user=user,
            starttime=start,
            pid=state.counter,
            pstart=state.counter * 7,
            ends=now + self.task_seconds,
            log=list(log or []),
        )
        state.tasks[upid] = task
        self._effects[upid] = effect
        self._running[upid] = task
        self.notify_task(task)
        if self.task_seconds <= 0:
            self._finish(task)
        return upid

    def notify_task(self, task: Task) -> None:
        """Tell the listeners that ``task`` started or stopped."""
        for listener in self.task_listeners:
            listener(task)

    def _finish(self, task: Task) -> None:
        effect = self._effects.pop(task.upid, None)
        try:
            warnings = (effect() if effect is not None else None) or []
            # PVE::RESTEnvironment: each log_warn prints `WARN: …` and counts; a worker that
            # warned ends `TASK WARNINGS: n` (a success), one that did not `TASK OK`.
            task.log.extend(f"WARN: {text}" for text in warnings)
            task.exitstatus = f"WARNINGS: {len(warnings)}" if warnings else "OK"
            task.log.append(f"TASK {task.exitstatus}")
        except ApiError as exc:
            task.exitstatus = exc.message
            task.log.append(f"TASK ERROR: {exc.message}")
        task.status = "stopped"
        task.endtime = int(max(self.clock(), task.ends))
        self._running.pop(task.upid, None)
        archive_task(self.state, task)
        prune_tasks(self.state, task.node, self.task_history)
        self.notify_task(task)

    def advance(self) -> None:
        """Finish every task whose time has come, applying its effect."""
        if not self._running:
            return
        now = self.clock()
        # In the order they end: each is archived as it finishes (state.archive_task).
        for task in sorted(self._running.values(), key=lambda t: t.ends):
            if task.status != "running":
                self._running.pop(task.upid, None)
            elif task.ends <= now:
                self._finish(task)

    # -- helpers

    def node(self, name: str) -> dict[str, Any]:
        """The node's record.

        Raises:
            ApiError: 500 ``no such cluster node 'n'`` (``PVE::Cluster::check_node_exists``).
        """
        node = self.state.nodes.get(name)
        if node is None:
            raise ApiError(500, f"no such cluster node '{name}'")
        return node

    def guest(self, node: str, vmid: int, kind: str) -> Guest:
        """The guest ``vmid`` of ``kind`` (``qemu`` or ``lxc``) on ``node``.

        Raises:
            ApiError: 500 ``Configuration file 'nodes/n/qemu-server/100.conf' does not exist``
                (``lxc`` for containers) when there is no such guest of that kind on that node, as
                ``PVE::QemuConfig::load_config`` says.
        """
        guest = self.state.guests.get(vmid)
        if guest is None or guest.kind != kind or guest.node != node:
            folder = "qemu-server" if kind == "qemu" else "lxc"
            raise ApiError(
                500, f"Configuration file 'nodes/{node}/{folder}/{vmid}.conf' does not exist"
            )
        return guest

    def _generic(self, op: Operation, caller: Caller, path: str, values: dict[str, Any]) -> Any:
        store = self.state.store
        written = {k: _wire(v) for k, v in values.items() if k not in op.path_params}
        if op.method == "GET":
            data = _default(_returns(op))
            if path in store and isinstance(data, dict):
                data.update(store[path])
            return data
        if op.method == "DELETE":
            store.pop(path, None)
        else:
            store.setdefault(path, {}).update(written)
        returns = _returns(op)
        if returns.get("type") == "string" and op.method in ("POST", "DELETE"):
            node = values.get("node") or next(iter(self.state.nodes))
            kind = op.schema.get("x-pve-name", "task").replace("_", "")[:16] or "task"
            return self.task(str(node), kind, "", caller.userid or "root@pam")
        return _default(returns)


def _returns(op: Operation) -> dict[str, Any]:
    content = op.schema["responses"]["200"]["content"]["application/json"]["schema"]
    return content["properties"]["data"]  # type: ignore[no-any-return]


def _default(schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    if kind is None and "properties" in schema:
        kind = "object"  # an untyped schema with properties is an object (SDN zones, vnets, …)
    if kind == "array":
        return []
    if kind == "object":
        required = set(schema.get("required", []))
        return {
            k: _default(v) for k, v in (schema.get("properties") or {}).items() if k in required
        }
    if kind == "string":
        return schema["enum"][0] if schema.get("enum") else ""
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if kind == "boolean":
        return 0
    return None


def _wire(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, list):
        return [_wire(v) for v in value]
    return value
