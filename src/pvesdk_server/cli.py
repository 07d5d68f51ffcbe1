"""``pvesdk-server``: serve the mock Proxmox API on loopback, HTTPS by default."""

from __future__ import annotations

import tempfile
from pathlib import Path

import click

__all__ = ["main"]


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8006, show_default=True, type=int)
@click.option("--no-tls", is_flag=True, help="Serve plain HTTP.")
@click.option("--version", "api_version", default="9.2", show_default=True)
def main(host: str, port: int, no_tls: bool, api_version: str) -> None:
    """Serve the pvesdk mock of a Proxmox VE cluster."""
    import uvicorn

    from .app import ServerSettings, create_app

    app = create_app(ServerSettings(version=api_version, release=api_version))
    if no_tls:
        click.echo(f"pvesdk-server: http://{host}:{port}/api2/json")
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    from .tls import fingerprint, self_signed

    with tempfile.TemporaryDirectory(prefix="pvesdk-server-") as scratch:
        cert, key = self_signed(Path(scratch), hosts=(host, "localhost"))
        click.echo(f"pvesdk-server: https://{host}:{port}/api2/json")
        click.echo(f"certificate fingerprint (SHA-256): {fingerprint(cert)}")
        uvicorn.run(
            app,
            host=host,
            port=port,
            ssl_certfile=str(cert),
            ssl_keyfile=str(key),
            log_level="warning",
        )
