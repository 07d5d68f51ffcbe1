"""``pvesdk``: a pvesh-like command line over any transport (``pip install 'pvesdk[cli]'``).

``pvesdk [connection options] get|create|set|delete PATH [--key value …]``, ``ls PATH``,
``usage PATH``, ``tasks wait UPID``. ``create`` is POST and ``set`` is PUT, as in ``pvesh``.
Parameters are checked against the spec of the newest release before anything is sent, with
Proxmox's own messages (the mock's verifier, which mirrors ``PVE::JSONSchema``).

Connection settings come from options, else the environment (``PVESDK_HOST``, ``PVESDK_PORT``,
``PVESDK_USER``, ``PVESDK_PASSWORD``, ``PVESDK_TOKEN_NAME``, ``PVESDK_TOKEN_VALUE``,
``PVESDK_FINGERPRINT``, ``PVESDK_CA``), else a named profile (``--profile`` / ``PVESDK_PROFILE``) in
``$PVESDK_CONFIG`` or ``~/.config/pvesdk/config.toml``::

    [profiles.lab]
    host = "pve1.lab"
    user = "root@pam"
    token_name = "ci"
    token_value = "…"
    fingerprint = "AA:BB:…"    # or ca = "~/lab-ca.pem" (a CA file or directory)

The server's certificate is trusted by the system's CAs, or ``--ca`` (a CA file or directory),
or a pinned ``--fingerprint``; ``--insecure`` checks nothing. Whichever of these the options or
the environment give replaces the profile's choice as a whole.

Secrets are never printed: errors name the setting, not its value; ``--password-stdin`` reads
a pipe, or asks on a terminal without echo. Path values are percent-decoded; one that holds
``/`` (a volume id, a CIDR, a nested pool) may end the path as it is.

Exit codes: 0 success; 1 Proxmox answered an error; 2 bad usage or a parameter the spec refuses;
3 no connection (network, TLS, timeout); 4 a waited-for task ended in failure.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import textwrap
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn
from urllib.parse import quote, unquote

import click
from click.shell_completion import CompletionItem

from ._cli_table import table

if TYPE_CHECKING:
    from pvesdk_server.engine.spec import Operation, Router

    from .client import PveClient

__all__ = ["main"]

EXIT_API, EXIT_USAGE, EXIT_CONNECTION, EXIT_TASK = 1, 2, 3, 4
METHODS = {"get": "GET", "create": "POST", "set": "PUT", "delete": "DELETE"}


# --------------------------------------------------------------------------- the spec


@cache
def _router() -> Router:
    from pvesdk_server.engine.spec import Router, load_spec

    from ._generated import API_VERSION

    return Router(load_spec("pve", API_VERSION))


def _segments(path: str) -> list[str]:
    return [s for s in path.strip("/").split("/") if s]


#: Path parameters whose values hold ``/`` (a volume id ``local:iso/x.iso``, an ipset entry
#: ``10.0.0.0/24``, a nested pool ``dev/web``): written last in a path, they may stay as they are.
_SLASHED = frozenset({"volume", "cidr", "poolid"})

Matched = tuple[str, dict[str, str], dict[str, "Operation"]]


def _resolve(path: str) -> tuple[str, Matched]:
    """(the path as sent, percent-encoded; its template, parameters and operations), or a usage
    error. Segments may be given percent-encoded (``local:iso%2Fx.iso``) or, for a last value
    that holds ``/`` (see ``_SLASHED``), as they are."""
    segments = [unquote(s) for s in _segments(path)]
    matched = _router().match(segments)
    for cut in range(len(segments) - 1, 0, -1):
        if matched is not None:
            break
        joined = [*segments[:cut], "/".join(segments[cut:])]
        found = _router().match(joined)
        if found is not None and found[0].rsplit("/", 1)[-1].strip("{}") in _SLASHED:
            segments, matched = joined, found
    if matched is None:
        _usage(f"no such API path: /{'/'.join(_segments(path))}")
    return "/" + "/".join(quote(s, safe="") for s in segments), matched


def _operation(method: str, matched: Matched) -> Operation:
    """The operation ``method`` of a matched path, or a usage error naming what it has."""
    template, _params, ops = matched
    if method not in ops:
        have = ", ".join(sorted(ops)) or "none"
        _usage(f"{method} is not an operation of {template} (it has: {have})")
    return ops[method]


def _usage(message: str) -> NoReturn:
    click.echo(f"pvesdk: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def _parse_params(args: Sequence[str]) -> dict[str, list[str]]:
    """``--key value`` / ``--key=value`` pairs; a repeated key gives several values."""
    out: dict[str, list[str]] = {}
    items = list(args)
    while items:
        item = items.pop(0)
        if not item.startswith("--") or len(item) < 3:
            _usage(f"expected --name value, got {item!r}")
        name, eq, value = item[2:].partition("=")
        if not eq:
            if not items:
                _usage(f"--{name} needs a value")
            value = items.pop(0)
        out.setdefault(name, []).append(value)
    return out


def _check(method: str, matched: Matched, params: dict[str, list[str]]) -> None:
    """Refuse parameters the spec refuses, with Proxmox's messages (exit 2)."""
    from pvesdk_server.engine.validate import verify

    op = _operation(method, matched)
    merged = {**params, **{k: [v] for k, v in matched[1].items()}}
    _values, errors = verify(op, merged)
    if errors:
        lines = "\n".join(f"  {name}: {text}" for name, text in sorted(errors.items()))
        _usage(f"400 Parameter verification failed.\n{lines}")


# --------------------------------------------------------------------------- settings


#: The settings a profile may hold: each a string, ``port`` a number too.
PROFILE_KEYS = frozenset(
    {"host", "port", "user", "password", "token_name", "token_value", "fingerprint", "ca"}
    | {"ssh", "ssh_user"}
)


def _profile(name: str | None) -> dict[str, Any]:
    """The profile ``name`` of the config file, its settings checked (exit 2 naming the file and
    the setting, never a value: a profile holds secrets)."""
    if not name:
        return {}
    import tomllib

    default = Path.home() / ".config" / "pvesdk" / "config.toml"
    path = Path(os.environ.get("PVESDK_CONFIG") or default)
    try:
        data = tomllib.loads(path.read_text())
    except FileNotFoundError:
        _usage(f"profile {name!r}: no config file {path}")
    except OSError as exc:
        _usage(f"{path}: cannot read it ({exc.strerror or exc})")
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        _usage(f"{path}: not valid TOML ({exc})")
    profiles = data.get("profiles", {})
    if not isinstance(profiles, dict):
        _usage(f"{path}: 'profiles' must be a table ([profiles.NAME])")
    profile = profiles.get(name)
    if not isinstance(profile, dict):
        _usage(f"profile {name!r} is not in {path}")
    for key, value in profile.items():
        where = f"profile {name!r} in {path}"
        if key not in PROFILE_KEYS:
            _usage(f"{where}: unknown setting {key!r} (known: {', '.join(sorted(PROFILE_KEYS))})")
        if not isinstance(value, str) and not (key == "port" and type(value) is int):
            kind = "a string or a number" if key == "port" else "a string"
            _usage(f"{where}: {key} must be {kind}, got {type(value).__name__}")
    return _hide_secrets(profile)


#: Settings that hold a secret: kept as :class:`~pvesdk.auth.Secret` (repr ``'***'``) from the
#: moment they are read, so a traceback printed with its locals (Sentry, ``--showlocals``)
#: never shows them in the option or profile dictionaries.
_SECRET_KEYS = ("password", "token_value")


def _hide_secrets(settings: dict[str, Any]) -> dict[str, Any]:
    """``settings`` with its secret values as :class:`~pvesdk.auth.Secret`, in place."""
    from .auth import Secret

    for key in _SECRET_KEYS:
        value = settings.get(key)
        if isinstance(value, str) and not isinstance(value, Secret):
            settings[key] = Secret(value)
    return settings


class Settings:
    """The connection options after options, environment and profile were merged."""

    def __init__(self, given: dict[str, Any]) -> None:
        self.given = given
        self.output: str = given["output"]
        self._client: PveClient | None = None

    def client(self) -> PveClient:
        if self._client is None:
            self._client = _connect(self.given)
        return self._client


def _read_password() -> str:
    """``--password-stdin``: the first line of stdin; on a terminal it is asked for without
    echo (never shown), and an empty answer or stdin is a usage error."""
    if sys.stdin is None:
        _usage("--password-stdin: there is no stdin to read the password from")
    if sys.stdin.isatty():
        import getpass

        password = getpass.getpass("Password: ", stream=sys.stderr)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        _usage("--password-stdin: no password on stdin (pipe it in: ... | pvesdk --password-stdin)")
    from .auth import Secret

    return Secret(password)


def _connect(given: dict[str, Any]) -> PveClient:
    from .client import PveClient

    profile = _profile(given.get("profile"))

    def pick(key: str) -> Any:
        value = given.get(key)
        return value if value not in (None, "") else profile.get(key)

    if given.get("mock"):
        return PveClient.mock()
    if given.get("local"):
        return PveClient(transport="local")
    ssh_host = pick("ssh")
    password = pick("password")
    if given.get("password_stdin"):
        password = _read_password()
    if ssh_host:
        return PveClient(ssh_host, user=pick("ssh_user") or "root", transport="ssh")
    host = pick("host")
    if not host:
        _usage("no host: pass --host, set PVESDK_HOST, or use --profile/--ssh/--local/--mock")
    user = pick("user")
    token_name, token_value = pick("token_name"), pick("token_value")
    if token_name and not token_value:
        _usage("--token-name needs --token-value (or PVESDK_TOKEN_VALUE)")
    if not token_name and not password:
        _usage("no credentials: pass --token-name/--token-value or --password-stdin")
    if not user:
        _usage("no user: pass --user or set PVESDK_USER (e.g. root@pam)")
    verify_ssl, fingerprint = _trust(given, profile)
    port = pick("port")
    try:
        return PveClient(
            host,
            port=int(port) if port else None,
            user=user,
            password=None if token_name else password,
            token_name=token_name,
            token_value=token_value,
            fingerprint=fingerprint,
            verify_ssl=verify_ssl,
        )
    except ValueError as exc:
        _usage(str(exc))


def _trust(given: dict[str, Any], profile: dict[str, Any]) -> tuple[bool | str, str | None]:
    """(``verify_ssl=``, ``fingerprint=``) for the client: from the options and environment when
    they name any of ``--ca``, ``--fingerprint``, ``--insecure``, else from the profile (one
    choice, never half of each: a pin would silently override a CA). A CA that does not exist is
    a usage error naming it."""
    chosen = any(given.get(key) for key in ("ca", "fingerprint", "insecure"))
    source = given if chosen else profile
    ca, fingerprint = source.get("ca") or None, source.get("fingerprint") or None
    if ca and fingerprint:
        _usage(f"profile {given.get('profile')!r}: ca and fingerprint exclude each other")
    if given.get("insecure"):
        return False, None
    if ca is None:
        return True, fingerprint
    path = os.path.expanduser(ca)
    if not os.path.exists(path):
        _usage(f"--ca: no such CA file or directory: {path}")
    return path, None


# --------------------------------------------------------------------------- output


def _print(settings: Settings, data: Any) -> None:
    if settings.output == "json":
        click.echo(json.dumps(data, indent=2, sort_keys=True))
    elif settings.output == "yaml":
        import yaml

        click.echo(yaml.safe_dump(data, sort_keys=True).rstrip("\n"))
    else:
        text = table(data)
        if text:
            click.echo(text)


# --------------------------------------------------------------------------- calls


def _call(settings: Settings, method: str, path: str, params: dict[str, list[str]]) -> Any:
    from ._runtime import Returns
    from .errors import PveApiError, PveConnectionError

    client = settings.client()
    wire: dict[str, Any] = {k: v[0] if len(v) == 1 else v for k, v in params.items()}
    try:
        return client._call(method, path if path != "/" else "", wire, Returns(Any))
    except PveConnectionError as exc:
        click.echo(f"pvesdk: connection failed: {exc}", err=True)
        sys.exit(EXIT_CONNECTION)
    except PveApiError as exc:
        click.echo(f"pvesdk: {exc}", err=True)
        sys.exit(EXIT_API)


def _can_draw() -> bool:
    """A bar on stderr: only on a terminal, and only with tqdm (the ``progress`` extra)."""
    if not sys.stderr.isatty():
        return False
    try:
        import tqdm  # noqa: F401
    except ImportError:
        return False
    return True


def _finish_task(settings: Settings, upid: str) -> None:
    """Wait for task ``upid`` with :meth:`pvesdk.tasks.Task.wait` (its event stream where the
    server has one, else polling; a bar on a terminal), then print its status; exit 4 when it
    failed, with the end of its log on stderr. ``--wait`` and ``tasks wait``."""
    from .errors import PveApiError, PveConnectionError
    from .tasks import TaskFailed

    client = settings.client()
    try:
        task = client.task(upid)
    except ValueError:
        _usage(f"not a UPID: {upid!r}")
    failed: TaskFailed | None = None
    try:
        task.wait(interval=0.25, max_interval=5.0, progress=_can_draw())
    except TaskFailed as exc:
        failed = exc
    except PveConnectionError as exc:
        click.echo(f"pvesdk: connection failed: {exc}", err=True)
        sys.exit(EXIT_CONNECTION)
    except PveApiError as exc:
        click.echo(f"pvesdk: {exc}", err=True)
        sys.exit(EXIT_API)
    node = quote(task.node, safe="")
    _print(
        settings, _call(settings, "GET", f"/nodes/{node}/tasks/{quote(upid, safe='')}/status", {})
    )
    if failed is not None:
        for line in failed.log_tail[-5:]:
            click.echo(f"  {line}", err=True)
        click.echo(f"pvesdk: task failed: {failed.exitstatus}", err=True)
        sys.exit(EXIT_TASK)


# --------------------------------------------------------------------------- completion


def _complete_path(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
    """API paths from the spec: static segments by name, parameters as ``{name}``."""
    from pvesdk_server.engine.spec import load_spec

    from ._generated import API_VERSION

    done, _, last = incomplete.rpartition("/")
    depth = len(_segments(done))
    options = set()
    for template in load_spec("pve", API_VERSION)["paths"]:
        segs = _segments(template)
        if len(segs) <= depth:
            continue
        if all(t.startswith("{") or t == g for t, g in zip(segs, _segments(done), strict=False)):
            options.add(segs[depth])
    prefix = (done + "/") if done or incomplete.startswith("/") else "/"
    return [CompletionItem(prefix + o) for o in sorted(options) if o.startswith(last)]


def _complete_params(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
    """``--name`` of the operation's parameters."""
    path = ctx.params.get("path") or ""
    method = METHODS.get(ctx.info_name or "", "GET")
    matched = _router().match(_segments(path))
    if matched is None or method not in matched[2]:
        return []
    op = matched[2][method]
    names = [*op.properties, *(f"{base}0" for base, *_ in op.families)]
    return [
        CompletionItem(f"--{n}")
        for n in sorted(names)
        if f"--{n}".startswith(incomplete) and n not in op.path_params
    ]


# --------------------------------------------------------------------------- commands


def _env(name: str) -> dict[str, Any]:
    return {"envvar": name, "show_envvar": True}


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--host", **_env("PVESDK_HOST"), help="Proxmox VE host.")
@click.option("--port", type=int, **_env("PVESDK_PORT"), help="API port (default 8006).")
@click.option("--user", **_env("PVESDK_USER"), help="User, e.g. root@pam.")
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin.")
@click.option("--token-name", **_env("PVESDK_TOKEN_NAME"), help="API token id.")
@click.option("--token-value", **_env("PVESDK_TOKEN_VALUE"), help="API token secret.")
@click.option("--fingerprint", **_env("PVESDK_FINGERPRINT"), help="Pinned certificate SHA-256.")
@click.option("--ca", metavar="PATH", **_env("PVESDK_CA"), help="CA file or directory to trust.")
@click.option("--insecure", is_flag=True, help="Do not verify the TLS certificate.")
@click.option("--ssh", help="Run pvesh on this host over ssh.")
@click.option("--local", is_flag=True, help="Run pvesh on this machine.")
@click.option("--mock", is_flag=True, help="An in-process mock cluster.")
@click.option("--profile", **_env("PVESDK_PROFILE"), help="Named profile in the config file.")
@click.option(
    "--output", "-o", type=click.Choice(["json", "yaml", "table"]), default="json",
    show_default=True,
)  # fmt: skip
@click.pass_context
def main(ctx: click.Context, /, **given: Any) -> None:
    """pvesh-like access to the Proxmox VE API over https, ssh, local pvesh or a mock."""
    given["password"] = os.environ.get("PVESDK_PASSWORD")
    _hide_secrets(given)
    if given["fingerprint"] and given["insecure"]:
        _usage("--fingerprint and --insecure exclude each other")
    if given["ca"] and given["insecure"]:
        _usage("--ca and --insecure exclude each other")
    if given["ca"] and given["fingerprint"]:
        _usage("--ca and --fingerprint exclude each other")
    if sum(bool(given[k]) for k in ("ssh", "local", "mock")) > 1:
        _usage("choose one of --ssh, --local, --mock")
    ctx.obj = Settings(given)


class _ApiCommand(click.Command):
    """Completes ``--name`` with the operation's parameters besides the command's options."""

    def shell_complete(self, ctx: click.Context, incomplete: str) -> list[CompletionItem]:
        found = super().shell_complete(ctx, incomplete)
        if incomplete.startswith("-"):
            found += _complete_params(ctx, self.params[0], incomplete)
        return found


def _output_option(func: Any) -> Any:
    """``-o/--output`` after the command's arguments too (as pvesh takes --output-format)."""
    return click.option(
        "--output", "-o", type=click.Choice(["json", "yaml", "table"]), default=None,
        help="Output format here too, after PATH (as pvesh takes --output-format).",
        expose_value=False, callback=_set_output,
    )(func)  # fmt: skip


def _set_output(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    settings = ctx.find_object(Settings)
    if value is not None and settings is not None:
        settings.output = value


def _api_command(name: str, method: str, doc: str) -> None:
    @main.command(
        name,
        cls=_ApiCommand,
        help=doc,
        context_settings={"ignore_unknown_options": True},
    )
    @click.argument("path", shell_complete=_complete_path)
    @click.argument("params", nargs=-1, type=click.UNPROCESSED, shell_complete=_complete_params)
    @click.option("--wait", is_flag=True, help="Wait for the task whose UPID is returned.")
    @_output_option
    @click.pass_obj
    def command(settings: Settings, path: str, params: tuple[str, ...], wait: bool) -> None:
        parsed = _parse_params(params)
        wire_path, matched = _resolve(path)
        _check(method, matched, parsed)
        data = _call(settings, method, wire_path, parsed)
        if wait and isinstance(data, str) and data.startswith("UPID:"):
            _finish_task(settings, data)
            return
        _print(settings, data)


_api_command("get", "GET", "GET PATH [--key value …]: read.")
_api_command("create", "POST", "POST PATH [--key value …]: create (pvesh create).")
_api_command("set", "PUT", "PUT PATH [--key value …]: change (pvesh set).")
_api_command("delete", "DELETE", "DELETE PATH [--key value …]: remove.")


@main.command("ls")
@click.argument("path", default="/", shell_complete=_complete_path)
@_output_option
@click.pass_obj
def ls(settings: Settings, path: str) -> None:
    """List PATH's children: the spec's sub-paths, and the members GET PATH returns."""
    wire_path, matched = _resolve(path)
    template = matched[0]
    rows = list(_children(template))
    param = next((seg for seg, _ in rows if seg.startswith("{")), None)
    entries = [(seg, methods) for seg, methods in rows if not seg.startswith("{")]
    if param is not None and "GET" in matched[2]:
        methods = dict(rows)[param]
        key = param.strip("{}")
        data = _call(settings, "GET", wire_path, {})
        for item in data if isinstance(data, list) else []:
            if isinstance(item, dict) and key in item:
                entries.append((str(item[key]), methods))
    _print(settings, [{"name": seg, "methods": methods} for seg, methods in entries])


def _children(template: str) -> Iterator[tuple[str, str]]:
    from pvesdk_server.engine.spec import load_spec

    from ._generated import API_VERSION

    depth = len(_segments(template))
    paths = load_spec("pve", API_VERSION)["paths"]
    for candidate, item in paths.items():
        segs = _segments(candidate)
        if len(segs) == depth + 1 and segs[:depth] == _segments(template):
            methods = ",".join(m.upper() for m in ("get", "post", "put", "delete") if m in item)
            yield segs[-1], methods


@main.command("usage")
@click.argument("path", shell_complete=_complete_path)
@click.option("--command", "-c", "verb", type=click.Choice(list(METHODS)), help="One operation.")
@_output_option
@click.pass_obj
def usage(settings: Settings, path: str, verb: str | None) -> None:
    """The operations at PATH and their parameters, from the spec."""
    _wire_path, (template, _params, ops) = _resolve(path)
    out = []
    for name, method in METHODS.items():
        if method not in ops or (verb and verb != name):
            continue
        op = ops[method]
        params = []
        for wire, schema in sorted(op.properties.items()):
            if wire in op.path_params:
                continue
            params.append(_describe(wire, schema, wire in op.required))
        params += [
            _describe(f"{base}[n]", schema, False) | {"range": f"{low}-{high}"}
            for base, low, high, schema in op.families
        ]
        text = (op.schema.get("description") or "").strip().splitlines()
        out.append(
            {"command": name, "method": method, "path": template,
             "description": text[0] if text else "", "parameters": params}
        )  # fmt: skip
    if settings.output == "table":
        # Descriptions run to hundreds of characters: wrap them to the terminal (COLUMNS, else
        # 80 when stdout is no terminal) so each parameter stays one readable row.
        width = shutil.get_terminal_size().columns
        for entry in out:
            click.echo(textwrap.fill(f"{entry['command']} {entry['path']}: {entry['description']}",
                                     width, subsequent_indent="  "))  # fmt: skip
            listed = entry["parameters"]
            click.echo(table(listed, width) if listed else "  (no parameters)")
        return
    _print(settings, out)


def _describe(wire: str, schema: dict[str, Any], required: bool) -> dict[str, Any]:
    kind = schema.get("type", "string")
    if "enum" in schema:
        kind = "|".join(str(v) for v in schema["enum"])
    text = (schema.get("description") or "").strip().splitlines()
    return {
        "name": wire,
        "type": kind,
        "required": required,
        "description": text[0] if text else "",
    }


@main.group("tasks")
def tasks() -> None:
    """Tasks (UPIDs)."""


@tasks.command("wait")
@click.argument("upid")
@_output_option
@click.pass_obj
def tasks_wait(settings: Settings, upid: str) -> None:
    """Wait until task UPID stopped; exit 4 when it failed."""
    _finish_task(settings, upid)
