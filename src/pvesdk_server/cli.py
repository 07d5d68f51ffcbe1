"""``pvesdk-server``: serve the mock Proxmox API on loopback, HTTPS by default."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import click

__all__ = ["main"]


def load_seed(path: Path) -> dict[str, Any]:
    """A seed file: JSON, or YAML when the name ends in .yaml/.yml."""
    text = path.read_text()
    if path.suffix.lower() in (".yaml", ".yml"):
        import yaml

        data = yaml.safe_load(text)
    else:
        data = json.loads(text)
    if not isinstance(data, dict):
        raise click.BadParameter(f"{path}: a seed is a mapping (like /pvesdk/snapshot's data)")
    return data


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8006, show_default=True, type=int)
@click.option("--no-tls", is_flag=True, help="Serve plain HTTP.")
@click.option(
    "--seed", type=click.Path(exists=True, dir_okay=False), help="Seed file (JSON or YAML)."
)
@click.option("--state", type=click.Path(dir_okay=False), help="Keep state in this file.")
@click.option("--version", "api_version", default="9.2", show_default=True)
@click.option("--task-seconds", default=0.2, show_default=True, help="How long tasks run.")
@click.option("--cert", type=click.Path(exists=True, dir_okay=False), help="TLS certificate.")
@click.option("--key", type=click.Path(exists=True, dir_okay=False), help="TLS private key.")
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
)
def main(
    host: str,
    port: int,
    no_tls: bool,
    seed: str | None,
    state: str | None,
    api_version: str,
    task_seconds: float,
    cert: str | None,
    key: str | None,
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
    """Serve the pvesdk mock of a Proxmox VE cluster, or (--upstream) a validating proxy."""
    import uvicorn

    from .app import ServerSettings, create_app
    from .proxy.cli import log_config, parse_rate_limit, proxy_settings
    from .wire import protocol

    proxy = proxy_settings(upstream, upstream_user, upstream_password, upstream_token_name,
                           upstream_token_value, upstream_fingerprint, upstream_ca)  # fmt: skip
    settings = ServerSettings(
        version=api_version,
        seed=load_seed(Path(seed)) if seed else None,
        state_file=Path(state) if state else None,
        task_seconds=task_seconds,
        proxy=proxy,
        store=store_url,
        rate_limit=parse_rate_limit(rate_limit, proxy is not None),
    )
    try:
        app = create_app(settings)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    options = {
        "host": host,
        "port": port,
        "log_level": log_level,
        "log_config": log_config(log_level, proxy.secrets() if proxy else []),
        "access_log": False,
        "http": protocol(),
        "server_header": False,
        "timeout_graceful_shutdown": 1,
        "headers": [("Server", "pve-api-daemon/3.0")],
    }
    if no_tls:
        click.echo(f"pvesdk-server: http://{host}:{port}/api2/json")
        uvicorn.run(app, **options)  # type: ignore[arg-type]
        return
    from .tls import fingerprint, self_signed

    with tempfile.TemporaryDirectory(prefix="pvesdk-server-") as scratch:
        if cert is None or key is None:
            cert_path, key_path = self_signed(Path(scratch), hosts=(host, "localhost"))
        else:
            cert_path, key_path = Path(cert), Path(key)
        click.echo(f"pvesdk-server: https://{host}:{port}/api2/json")
        click.echo(f"certificate fingerprint (SHA-256): {fingerprint(cert_path)}")
        if proxy is None:
            click.echo("log in as root@pam / pvesdk, or with the token root@pam!mock")
        else:
            click.echo(f"proxying to {', '.join(proxy.upstreams)}")
        uvicorn.run(app, ssl_certfile=str(cert_path), ssl_keyfile=str(key_path), **options)  # type: ignore[arg-type]
