"""pvesdk_server: a Proxmox-faithful mock of a PVE cluster.

:mod:`pvesdk_server.engine` is the cluster itself (plain Python);
:func:`pvesdk_server.app.create_app` serves it with Litestar; ``pvesdk-server`` runs that over
HTTPS.
"""
