"""Shared state of the proxy workers in a Litestar store: rate-limit counters (Litestar's own
middleware keeps them there), proxy-issued keys and drift records.

``memory`` (the default) keeps them in the process; ``redis://host:port/db`` in Redis, so several
workers or replicas behind a load balancer share them. The store API has no atomic increment:
within a process a lock serializes updates; across processes a drift count may miss an increment
when two workers record the same kind in the same instant (drift is a report, not an account).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from litestar.stores.base import Store
from litestar.stores.memory import MemoryStore

if TYPE_CHECKING:
    from .answers import Finding

__all__ = ["DriftRecord", "SharedState", "make_store"]

KEY_USER = "proxy@pvesdk"  # the user part of a proxy-issued key (PVEAPIToken=proxy@pvesdk!name=…)


def make_store(url: str | None) -> Store:
    """A Litestar store from ``--store``: None or ``memory`` → in process, ``redis://…`` → Redis.

    Raises:
        ValueError: an unknown scheme (the message names it, never a password in the URL).
    """
    if url is None or url == "memory":
        return MemoryStore()
    if url.startswith(("redis://", "rediss://", "unix://")):
        try:
            from litestar.stores.redis import RedisStore
        except ImportError as exc:  # pragma: no cover - the `redis` extra is missing
            raise ValueError(
                "--store redis://… needs the redis package (pip install pvesdk[redis])"
            ) from exc
        return RedisStore.with_client(url=url, namespace="pvesdk")
    scheme = url.split("://", 1)[0] if "://" in url else url
    raise ValueError(f"--store must be 'memory' or a redis:// URL, got scheme {scheme!r}")


@dataclass
class DriftRecord:
    """How often an answer disagreed with the generated models, and when."""

    operation: str  # "GET /nodes/{node}/qemu"
    field: str
    expected: str
    seen: str
    count: int
    first_seen: float  # epoch seconds
    last_seen: float


class SharedState:
    """Drift records (``drift:*``) and proxy keys (``key:*``) in one Litestar store."""

    def __init__(self, store: Store, clock: Any = time.time) -> None:
        self._store = store
        self._clock = clock
        self._lock = asyncio.Lock()

    # -- drift

    @staticmethod
    def _kind(operation: str, finding: Finding) -> str:
        text = "\0".join((operation, finding.field, finding.expected, finding.seen))
        return hashlib.sha256(text.encode()).hexdigest()[:32]

    async def record_drift(self, operation: str, finding: Finding) -> bool:
        """Count one occurrence; True when this kind was seen for the first time."""
        kind = self._kind(operation, finding)
        now = self._clock()
        async with self._lock:
            raw = await self._store.get(f"drift:{kind}")
            if raw is None:
                record = DriftRecord(operation, finding.field, finding.expected, finding.seen,
                                     1, now, now)  # fmt: skip
            else:
                record = DriftRecord(**json.loads(raw))
                record.count += 1
                record.last_seen = now
            await self._store.set(f"drift:{kind}", json.dumps(asdict(record)))
            if raw is None:
                await self._index_add(kind)
        return raw is None

    async def _index_add(self, kind: str) -> None:
        # Read-modify-write with a re-read: another process adding a kind at the same moment
        # would otherwise erase ours from the index.
        for _ in range(8):
            index = await self._index()
            if kind in index:
                return
            await self._store.set("drift:index", json.dumps([*index, kind]))

    async def _index(self) -> list[str]:
        raw = await self._store.get("drift:index")
        return list(json.loads(raw)) if raw else []

    async def drift(self) -> list[DriftRecord]:
        """Every drift record, most frequent first."""
        records = []
        for kind in await self._index():
            raw = await self._store.get(f"drift:{kind}")
            if raw is not None:
                records.append(DriftRecord(**json.loads(raw)))
        return sorted(records, key=lambda r: (-r.count, r.operation, r.field))

    # -- proxy-issued keys

    async def issue_key(self, name: str) -> str:
        """A new key for ``name`` (replacing an older one); the secret is returned once, stored
        only as its SHA-256."""
        secret = secrets.token_urlsafe(32)
        digest = hashlib.sha256(secret.encode()).hexdigest()
        await self._store.set(
            f"key:{name}", json.dumps({"sha256": digest, "created": self._clock()})
        )
        return secret

    async def check_key(self, name: str, secret: str) -> bool:
        """Whether ``secret`` is the current key of ``name`` (compared in constant time)."""
        raw = await self._store.get(f"key:{name}")
        if raw is None:
            return False
        digest = hashlib.sha256(secret.encode()).hexdigest()
        return hmac.compare_digest(digest, json.loads(raw)["sha256"])

    async def revoke_key(self, name: str) -> bool:
        """Remove the key of ``name``; whether there was one."""
        existed = await self._store.exists(f"key:{name}")
        await self._store.delete(f"key:{name}")
        return existed
