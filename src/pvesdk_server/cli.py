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
) -> None:
    """Serve the pvesdk mock of a Proxmox VE cluster."""
    import uvicorn

    from .app import ServerSettings, create_app
    from .wire import protocol

    settings = ServerSettings(
        version=api_version,
        seed=load_seed(Path(seed)) if seed else None,
        state_file=Path(state) if state else None,
        task_seconds=task_seconds,
    )
    app = create_app(settings)
    options = {
        "host": host,
        "port": port,
        "log_level": "warning",
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
        click.echo("log in as root@pam / pvesdk, or with the token root@pam!mock")
        uvicorn.run(app, ssl_certfile=str(cert_path), ssl_keyfile=str(key_path), **options)  # type: ignore[arg-type]
