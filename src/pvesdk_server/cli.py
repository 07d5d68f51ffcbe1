"""``pvesdk-server``: serve the mock Proxmox API on loopback, HTTPS by default.

Every mistake in the command line or its files is refused before the server starts, in one line
naming the option or file and the problem (exit code 2 for usage, 1 for files and the port).
"""

from __future__ import annotations

import itertools
import json
import logging
import re
import socket
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

import click

if TYPE_CHECKING:
    from .app import ServerSettings

__all__ = ["check_seed", "load_seed", "main"]

# Keys of a seed whose values map names to mappings (nodes, users, guests, …).
_MAPPINGS = ("nodes", "storages", "users", "tokens", "guests", "volumes", "pools", "groups")


def _optional_keys() -> dict[str, type]:
    """Keys a seed may hold beyond the default seed's: the State fields with a default (tasks,
    the store, the subsystems' trees, the UPID counter), each with its default's type."""
    from dataclasses import MISSING, fields

    from .engine.state import State

    out: dict[str, type] = {}
    for item in fields(State):
        if item.default_factory is not MISSING:
            out[item.name] = type(item.default_factory())
        elif item.default is not MISSING:
            out[item.name] = type(item.default)
    return out


def check_seed(data: Any) -> list[str]:
    """The problems of a seed (the shape of ``/pvesdk/snapshot``'s data), each naming its key;
    an empty list for a seed the mock can serve."""
    from .engine.state import DEFAULT_SEED, State

    if not isinstance(data, dict):
        return [f"a seed is a mapping like /pvesdk/snapshot's data, not {_kind(data)}"]
    problems: list[str] = []
    optional = _optional_keys()
    for key, value in data.items():
        expected = type(DEFAULT_SEED[key]) if key in DEFAULT_SEED else optional.get(key)
        if expected is None:
            known = ", ".join(sorted({*DEFAULT_SEED, *optional}))
            problems.append(f"unknown key {key!r} (known: {known})")
        elif not isinstance(value, expected) or isinstance(value, bool):
            problems.append(f"{key}: expected {_kind(expected())}, got {_kind(value)}")
        elif key in _MAPPINGS and isinstance(value, dict):
            problems += [
                f"{key}.{name}: expected a mapping, got {_kind(item)}"
                for name, item in value.items()
                if not isinstance(item, dict)
            ]
    if problems:
        return problems
    nodes = data.get("nodes", DEFAULT_SEED["nodes"])
    # Guests left out keep the default ones, which must still find their node.
    seeded = "guests" in data
    for vmid, guest in data.get("guests", DEFAULT_SEED["guests"]).items():
        where = f"guests.{vmid}" if seeded else f"guests.{vmid} (a default guest: give 'guests')"
        if not str(vmid).isdigit():
            problems.append(f"{where}: a guest's key is its VMID (an integer)")
        if guest.get("node") not in nodes:
            problems.append(f"{where}.node: {guest.get('node')!r} is not one of the seed's nodes")
        if guest.get("kind") not in ("qemu", "lxc"):
            problems.append(f"{where}.kind: expected 'qemu' or 'lxc', got {guest.get('kind')!r}")
        if not isinstance(guest.get("config", {}), dict):
            problems.append(f"{where}.config: expected a mapping")
    users = data.get("users", DEFAULT_SEED["users"])
    for tokenid, token in data.get("tokens", {}).items():
        # PVEAPIToken=USER@REALM!TOKENID=SECRET: a key of another shape is never matched.
        user, bang, name = str(tokenid).partition("!")
        if not bang or "@" not in user or not name:
            problems.append(f"tokens.{tokenid}: a token's key is its id, USER@REALM!TOKENID")
        elif user not in users:
            problems.append(f"tokens.{tokenid}: user {user!r} is not one of the seed's users")
        if not isinstance(token.get("value"), str) or not token.get("value"):
            problems.append(f"tokens.{tokenid}.value: the token's secret, a non-empty string")
    for index, acl in enumerate(data.get("acls", [])):
        if not isinstance(acl, dict):
            problems.append(f"acls[{index}]: expected a mapping, got {_kind(acl)}")
    if problems:
        return problems
    try:
        State.from_seed(data).to_json()
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        problems.append(f"not a seed the mock can serve ({type(exc).__name__}: {exc})")
        return problems
    return read_problems(data)


#: A mock handler that broke on a seeded object answers ``500 GET /path: KeyError: …``.
_BROKE = re.compile(r"GET /\S*: (?:ValueError|TypeError|KeyError|AttributeError): ")
#: Paths read per template at most (a seed with thousands of guests is checked on a sample).
_SAMPLE = 8


def read_problems(data: dict[str, Any]) -> list[str]:
    """Every GET of the spec whose path the seed's objects fill (each node, guest, storage,
    user, group, pool, token), read on a throwaway mock as ``root@pam`` (or the seed's first
    user): the reads that break on the seed's objects, each naming the path and the error. A
    field of the wrong kind deep inside an object (a storage without its ``type``) is found
    here, at start, rather than as a ``500`` on the first request that reads it."""
    from .engine import Engine

    engine = Engine(data, task_seconds=0.0)
    state = engine.state
    users = list(state.users)
    if not users:
        return []
    ticket, _csrf = engine.issue_ticket("root@pam" if "root@pam" in state.users else users[0])
    values: dict[str, list[str]] = {
        "node": list(state.nodes),
        "storage": list(state.storages),
        "userid": users,
        "groupid": list(state.groups),
        "poolid": list(state.pools),
    }
    guests = [(str(vmid), guest.node, guest.kind) for vmid, guest in state.guests.items()]
    tokens = [tuple(key.split("!", 1)) for key in state.tokens if "!" in key]
    problems: list[str] = []
    for template, ops in engine.spec["paths"].items():
        if "get" not in ops:
            continue
        for path in itertools.islice(_fill(template, values, guests, tokens), _SAMPLE):
            reply = engine.handle("GET", path, {}, ticket=ticket)
            if reply.status == 500 and _BROKE.match(reply.reason):
                error = reply.reason.split(": ", 1)[1]
                problems.append(f"GET {unquote(path)} breaks on it ({error})")
                break
        if len(problems) >= 3:
            break
    return problems


def _fill(
    template: str,
    values: dict[str, list[str]],
    guests: list[tuple[str, str, str]],
    tokens: list[tuple[str, ...]],
) -> Iterator[str]:
    """The paths of ``template`` the seed's objects fill (none when a parameter has no values)."""
    names = re.findall(r"{(\w+)}", template)
    rows: Iterable[dict[str, str]]
    if "vmid" in names:
        kind = "qemu" if "/qemu/" in template else "lxc" if "/lxc/" in template else None
        rows = [
            {"vmid": vmid, "node": node}
            for vmid, node, guest_kind in guests
            if kind is None or guest_kind == kind
        ]
    elif "tokenid" in names:
        rows = [{"userid": user, "tokenid": token} for user, token in tokens]
    else:
        if any(name not in values for name in names):
            return
        rows = (
            dict(zip(names, combo, strict=True))
            for combo in itertools.product(*(values[name] for name in names))
        )
    for row in rows:
        if set(names) <= set(row):
            path = template
            for name in names:
                path = path.replace(f"{{{name}}}", quote(row[name], safe=""))
            yield path


def _kind(value: Any) -> str:
    names = {dict: "a mapping", list: "a list", str: "a string", int: "an integer"}
    if value is None:
        return "null"
    return names.get(type(value), f"a {type(value).__name__}")


def load_seed(path: Path) -> dict[str, Any]:
    """A seed file: JSON, or YAML when the name ends in .yaml/.yml.

    Raises:
        click.ClickException: the file cannot be read, is not JSON/YAML, or is not a seed; the
            message names the file and the problem (never the file's text, which may hold
            passwords).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"{path}: cannot read it: {_reason(exc)}") from None
    if path.suffix.lower() in (".yaml", ".yml"):
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            problem = getattr(exc, "problem", None) or type(exc).__name__
            raise click.ClickException(f"{path}: not valid YAML: {problem}{where}") from None
    else:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise click.ClickException(f"{path}: not valid JSON: {exc}") from None
    problems = check_seed(data)
    if problems:
        raise click.ClickException(f"{path}: not a seed: {'; '.join(problems)}")
    return data  # type: ignore[no-any-return]


def _reason(exc: BaseException) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)


def _check_version(ctx: click.Context, param: click.Parameter, value: str) -> str:
    from .app import _available
    from .engine.spec import serves

    if not serves("pve", value):
        shipped = ", ".join(_available()) or "none"
        raise click.BadParameter(f"no spec for pve {value} (shipped: {shipped})")
    return value


def _listen(host: str, port: int) -> socket.socket:
    """The listening socket, bound before anything is printed (``--port 0``: a free port)."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        return socket.create_server((host, port), family=family, backlog=2048)
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {_reason(exc)}") from None


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback)."
)
@click.option(
    "--port",
    default=8006,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="TCP port to listen on; 0 picks a free one (printed at start).",
)
@click.option("--no-tls", is_flag=True, help="Serve plain HTTP.")
@click.option(
    "--seed",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Seed file (JSON, or YAML for .yaml/.yml): the shape of /pvesdk/snapshot's data.",
)
@click.option(
    "--state",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Keep the cluster in this file across restarts (written after each change).",
)
@click.option(
    "--version",
    "api_version",
    default="9.2",
    show_default=True,
    callback=_check_version,
    help="Proxmox VE API release to serve.",
)
@click.option(
    "--task-seconds",
    default=0.2,
    show_default=True,
    type=click.FloatRange(min=0),
    help="How long tasks run (seconds).",
)
@click.option(
    "--cert",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="TLS certificate (PEM); needs --key. Default: a fresh self-signed one.",
)
@click.option(
    "--key", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="TLS key (PEM)."
)
@click.option(
    "--access-log",
    is_flag=True,
    help="Log every request to stderr: client, method, full /api2/json path, status, bytes, ms.",
)
@click.option(
    "--upstream",
    multiple=True,
    help="Proxy to this Proxmox host (https://pve1:8006); repeat for failover.",
)
@click.option(
    "--upstream-user", help="Upstream user for a ticket login (callers then use proxy keys)."
)
@click.option(
    "--upstream-password",
    envvar="PVESDK_UPSTREAM_PASSWORD",
    help="Its password (or $PVESDK_UPSTREAM_PASSWORD).",
)
@click.option("--upstream-token-name", help="Upstream API token: USER@REALM!TOKENID.")
@click.option(
    "--upstream-token-value",
    envvar="PVESDK_UPSTREAM_TOKEN_VALUE",
    help="Its secret (or $PVESDK_UPSTREAM_TOKEN_VALUE).",
)
@click.option("--upstream-fingerprint", help="Pin the upstream certificate (SHA-256, AA:BB:…).")
@click.option(
    "--upstream-ca",
    type=click.Path(exists=True, dir_okay=False),
    help="CA file for the upstream certificate.",
)
@click.option(
    "--store", "store_url", help="Shared state: 'memory' (default) or redis://host:port/db."
)
@click.option(
    "--rate-limit",
    help="Per-client limit: N/second|minute|hour|day, or off (proxy default: 1200/minute).",
)
@click.option(
    "--log-level",
    default="warning",
    show_default=True,
    type=click.Choice(["debug", "info", "warning", "error"]),
    help="Level of the server's log (stderr; secrets redacted).",
)
def main(
    host: str,
    port: int,
    no_tls: bool,
    seed: Path | None,
    state: Path | None,
    api_version: str,
    task_seconds: float,
    cert: Path | None,
    key: Path | None,
    access_log: bool,
    upstream: tuple[str, ...],
    upstream_user: str | None,
    upstream_password: str | None,
    upstream_token_name: str | None,
    upstream_token_value: str | None,
    upstream_fingerprint: str | None,
    upstream_ca: str | None,
    store_url: str | None,
    rate_limit: str | None,
    log_level: str,
) -> None:
    """Serve the pvesdk mock of a Proxmox VE cluster under /api2/json, or (--upstream) a
    validating proxy in front of a real one."""
    from .proxy.cli import parse_rate_limit, proxy_settings

    if (cert is None) != (key is None):
        given, missing = ("--cert", "--key") if key is None else ("--key", "--cert")
        raise click.UsageError(f"{given} needs {missing} (the certificate and its private key)")
    if no_tls and cert is not None:
        raise click.UsageError("--cert/--key serve TLS; they cannot go with --no-tls")
    loaded = load_seed(seed) if seed is not None else None
    if state is not None and state.is_file():
        load_seed(state)  # a state file is a seed the server wrote: refuse a broken one now
    proxy = proxy_settings(upstream, upstream_user, upstream_password, upstream_token_name,
                           upstream_token_value, upstream_fingerprint, upstream_ca)  # fmt: skip
    from .app import ServerSettings

    settings = ServerSettings(
        version=api_version,
        seed=loaded,
        state_file=state,
        task_seconds=task_seconds,
        proxy=proxy,
        store=store_url,
        rate_limit=parse_rate_limit(rate_limit, proxy is not None),
    )
    _serve(host, port, no_tls, settings, cert, key, access_log, log_level)


def _serve(
    host: str,
    port: int,
    no_tls: bool,
    settings: ServerSettings,
    cert: Path | None,
    key: Path | None,
    access_log: bool,
    log_level: str,
) -> None:
    sock = _listen(host, port)  # first: a busy port is reported before any work or output
    import uvicorn

    from .app import access_logged, create_app
    from .proxy.cli import log_config
    from .wire import protocol

    proxy = settings.proxy
    try:
        app: Any = create_app(settings)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    engine = getattr(app.state, "engine", None)  # None when proxying
    if access_log:
        app = access_logged(app)
    options: dict[str, Any] = {
        "log_level": log_level,
        # every handler redacts the secrets this process holds (upstream credentials)
        "log_config": log_config(log_level, proxy.secrets() if proxy else []),
        "access_log": False,
        "http": protocol(),
        "server_header": False,
        "timeout_graceful_shutdown": 1,
        "headers": [("Server", "pve-api-daemon/3.0")],
    }
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    with tempfile.TemporaryDirectory(prefix="pvesdk-server-") as scratch:
        if no_tls:
            click.echo(f"pvesdk-server: http://{shown}:{bound}/api2/json")
        else:
            from .tls import fingerprint, self_signed

            if cert is None or key is None:
                cert, key = self_signed(Path(scratch), hosts=(host, "localhost"))
            options.update(ssl_certfile=str(cert), ssl_keyfile=str(key))
            if engine is not None:  # the node the mock answers as has this certificate
                engine.tls_fingerprint = fingerprint(cert)
                engine.tls_certificate = Path(cert).read_text()
            click.echo(f"pvesdk-server: https://{shown}:{bound}/api2/json")
            click.echo(f"certificate fingerprint (SHA-256): {fingerprint(cert)}")
        if proxy is not None:
            click.echo(f"proxying to {', '.join(proxy.upstreams)}")
        elif settings.seed is None and not (
            settings.state_file is not None and settings.state_file.is_file()
        ):
            click.echo("log in as root@pam / pvesdk, or with the token root@pam!mock")
        sys.stdout.flush()
        config = uvicorn.Config(app, **options)  # applies log_config
        if access_log:
            logging.getLogger("pvesdk_server.access").setLevel(logging.INFO)
        server = uvicorn.Server(config)
        server.run(sockets=[sock])
