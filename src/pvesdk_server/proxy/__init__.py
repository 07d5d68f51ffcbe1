"""The validating proxy ("real mode"): ``pvesdk-server --upstream URL`` forwards ``/api2/json``
to a real Proxmox VE cluster through pvesdk's own https transport, verifies requests against the
spec of the upstream's release before they leave, validates answers against the generated models
and records drift, and applies the server's security controls (rate limits, size limits,
redaction of secrets in logs, injection checks). Shared state (rate-limit counters, proxy-issued
keys, drift records) lives in a Litestar store, in memory or in Redis.
"""

from __future__ import annotations

from .settings import ProxySettings

__all__ = ["ProxySettings"]
