"""What the proxy is configured with. Upstream secrets are kept out of every repr."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["ProxySettings"]


@dataclass(frozen=True)
class ProxySettings:
    """The upstream cluster and how to reach and trust it.

    Attributes:
        upstreams: Origins of the cluster's hosts (``https://pve1:8006``), tried in order with
            failover (pvesdk's https transport).
        user, password: Upstream credentials for a ticket login (the proxy then issues its own
            API keys to callers).
        token_user, token_name, token_value: An upstream API token instead (same effect).
            With neither, callers' own credentials (ticket + CSRF, or an API token) pass through.
        fingerprint: Pin the upstream certificate (SHA-256, ``AA:BB:…``) instead of verifying it.
        ca_file: A CA bundle to verify the upstream certificate with.
        timeout: Read timeout towards the upstream, seconds.
        connect_timeout: Connect timeout towards the upstream, seconds.
        admin_key: Bearer key for ``/pvesdk/keys`` (issuing proxy keys); from the environment.
        task_poll: Seconds between two looks at the upstream for a task event stream
            (``/pvesdk/tasks/{upid}/events``, ``/pvesdk/events``).
        heartbeat: Seconds between ``: keep-alive`` comments on an idle event stream.
    """

    upstreams: tuple[str, ...]
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    token_user: str | None = None
    token_name: str | None = None
    token_value: str | None = field(default=None, repr=False)
    fingerprint: str | None = None
    ca_file: str | None = None
    timeout: float = 60.0
    connect_timeout: float = 10.0
    admin_key: str | None = field(default=None, repr=False)
    task_poll: float = 1.0
    heartbeat: float = 15.0

    def __post_init__(self) -> None:
        if not self.upstreams:
            raise ValueError("at least one upstream is needed (--upstream https://host:8006)")
        for url in self.upstreams:
            if "@" in url.partition("://")[2].partition("/")[0]:
                # Not repeated: it holds a password.
                raise ValueError(
                    "upstream URL must not hold credentials (user:password@): use "
                    "--upstream-user with $PVESDK_UPSTREAM_PASSWORD, or --upstream-token-name "
                    "with $PVESDK_UPSTREAM_TOKEN_VALUE"
                )
            if not url.startswith("https://"):
                raise ValueError(f"upstream must be an https:// URL, got {url!r}")
        if self.password is not None and self.token_value is not None:
            raise ValueError("give upstream user/password or an upstream token, not both")
        if (self.user is None) != (self.password is None):
            raise ValueError("--upstream-user and --upstream-password go together")
        if (self.token_name is None) != (self.token_value is None):
            raise ValueError("--upstream-token-name and --upstream-token-value go together")
        if self.fingerprint is not None and self.ca_file is not None:
            raise ValueError("pin a fingerprint or give a CA file, not both")

    @property
    def holds_credentials(self) -> bool:
        """True when the proxy logs in upstream itself (callers then use proxy-issued keys)."""
        return self.password is not None or self.token_value is not None

    def secrets(self) -> list[str]:
        """Every secret this configuration holds (for the log redaction filter)."""
        return [s for s in (self.password, self.token_value, self.admin_key) if s]
