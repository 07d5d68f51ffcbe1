"""Transports: how a request reaches Proxmox. Each module is imported only when used."""
