"""Entry point for ``litestar run`` from the repository root (Litestar's autodiscovery)."""

from pvesdk_server.app import create_app

app = create_app()
