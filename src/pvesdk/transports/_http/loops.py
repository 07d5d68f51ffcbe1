"""Per event loop state of the async transport: pooled connections and the login lock belong to
the loop (asyncio's, or a trio run) that made them, and a client may meet several loops.

The usual way to meet a second loop: a client made once, at module level or in a fixture, and
used from several ``asyncio.run()`` calls, from pytest-asyncio's loop per test, or from threads
that each run their own loop. A connection of another loop fails there (asyncio: ``RuntimeError:
Event loop is closed`` from inside the transport; an ``asyncio.Lock`` that waited once on one
loop: ``... is bound to a different event loop``), so each loop gets its own (:class:`PerLoop`).
"""

from __future__ import annotations

import sys
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Any, Generic, ParamSpec, TypeVar

__all__ = ["PerLoop", "new_lock", "running_loop", "sleep", "to_thread"]

_T = TypeVar("_T")
_P = ParamSpec("_P")


def running_loop() -> object:
    """The event loop the calling coroutine runs on: asyncio's loop, or trio's run (its token).

    None when neither runs (another library: one shared entry, as before loops were told
    apart)."""
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        pass
    if _trio_running():
        return sys.modules["trio"].lowlevel.current_trio_token()
    return None


def _finished(loop: object) -> bool:
    """Whether ``loop`` (a key of :class:`PerLoop`) has ended: a closed asyncio loop, or a trio
    run that is over."""
    is_closed = getattr(loop, "is_closed", None)
    if is_closed is not None:
        return bool(is_closed())
    run_sync_soon = getattr(loop, "run_sync_soon", None)
    if run_sync_soon is not None:
        try:
            run_sync_soon(lambda: None)
        except Exception:  # trio.RunFinishedError
            return True
    return False


class PerLoop(Generic[_T]):
    """One ``_T`` (a connection pool, an httpx client, a lock) per event loop, made by ``make``
    on the loop's first call.

    With ``close``, :meth:`get` also arranges for the entry to be closed when its loop ends: a
    started async generator whose ``finally`` awaits ``close(entry)``. ``asyncio.run``,
    ``asyncio.Runner``, pytest-asyncio's loops, ``uvloop.run`` and ``trio.run`` finalize the
    async generators still open before their loop closes (``loop.shutdown_asyncgens``), so the
    connections of a client used from several loops close on their own loop, without
    ``ResourceWarning: unclosed transport``. Entries of loops that ended without that are
    dropped when another loop comes (their sockets close as they are collected).
    """

    def __init__(
        self, make: Callable[[], _T], close: Callable[[_T], Awaitable[None]] | None = None
    ) -> None:
        self._make = make
        self._close = close
        self._by_loop: dict[object, _T] = {}
        self._guards: dict[object, _Guard] = {}

    def here(self) -> _T:
        """The running loop's ``_T`` (made now if the loop has none; no close at its end)."""
        loop = running_loop()
        found = self._by_loop.get(loop)
        if found is None:
            self._forget_ended()
            found = self._by_loop[loop] = self._make()
        return found

    async def get(self) -> _T:
        """The running loop's ``_T``; one made now is closed with ``close`` when the loop ends."""
        loop = running_loop()
        found = self._by_loop.get(loop)
        if found is None:
            found = self.here()
            if self._close is not None and loop is not None and loop not in self._guards:
                guard = self._guards[loop] = _Guard(self._close, found)
                await guard.start()
        return found

    async def take_here(self) -> _T | None:
        """The running loop's ``_T``, if it has one, forgotten (closing; the caller closes it),
        with the entries of loops that have ended. A loop still running (another thread's)
        keeps its own: dropped here, its connections would stay open, out of reach, for as
        long as that loop runs."""
        loop = running_loop()
        found = self._by_loop.pop(loop, None)
        guard = self._guards.pop(loop, None)
        if guard is not None:
            guard.drop()
        self._forget_ended()
        return found

    def _forget_ended(self) -> None:
        for other in list(self._by_loop):  # a copy: other threads' loops may add theirs
            if _finished(other):
                self._by_loop.pop(other, None)
                guard = self._guards.pop(other, None)
                if guard is not None:
                    guard.drop()


class _Guard:
    """An async generator, started on a loop, whose ``finally`` closes ``value`` when the loop
    finalizes it; :meth:`drop` ends it at once, without awaiting anything (for a loop that ended
    without finalizing it, or an entry closed by hand)."""

    __slots__ = ("_agen", "_close", "_dropped", "_value")

    def __init__(self, close: Callable[[Any], Awaitable[None]], value: Any) -> None:
        self._close = close
        self._value = value
        self._dropped = False
        self._agen = self._body()

    async def _body(self) -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            if not self._dropped:
                await self._close(self._value)

    async def start(self) -> None:
        await self._agen.asend(None)  # suspended at its yield: the loop now tracks it

    def drop(self) -> None:
        self._dropped = True
        closing = self._agen.aclose()
        try:
            closing.send(None)  # the finally awaits nothing now: this runs it to the end
        except StopIteration:
            pass
        except RuntimeError:  # pragma: no cover - being finalized by its loop right now
            closing.close()


def new_lock() -> Any:
    """A lock of the running loop's library (``asyncio.Lock``, or ``trio.Lock`` under trio):
    ``await lock.acquire()``, ``lock.release()``."""
    if _trio_running():
        return sys.modules["trio"].Lock()
    import asyncio

    return asyncio.Lock()


def sleep(seconds: float) -> Awaitable[None]:
    """Wait ``seconds`` on the running loop's library (asyncio's or trio's sleep)."""
    if _trio_running():
        return sys.modules["trio"].sleep(seconds)  # type: ignore[no-any-return]
    import asyncio

    return asyncio.sleep(seconds)


async def to_thread(function: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs) -> _T:
    """``function(*args, **kwargs)`` in a worker thread of the running loop's library
    (``asyncio.to_thread``, or ``trio.to_thread.run_sync`` under trio)."""
    if _trio_running():
        run_sync = sys.modules["trio"].to_thread.run_sync
        return await run_sync(lambda: function(*args, **kwargs))  # type: ignore[no-any-return]
    import asyncio

    return await asyncio.to_thread(function, *args, **kwargs)


def _trio_running() -> bool:
    trio = sys.modules.get("trio")  # imported if it runs
    if trio is None:
        return False
    try:
        trio.lowlevel.current_trio_token()
    except RuntimeError:
        return False
    return True
