"""pvesdk_server: the Litestar mock of a Proxmox VE cluster (stub until the server issue lands)."""
