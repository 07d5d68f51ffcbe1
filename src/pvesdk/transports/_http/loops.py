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
from collections.abc import Awaitable, Callable
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
    on the loop's first call. Entries of loops that have ended are dropped when another loop
    comes; their sockets close as they are collected, as asyncio leaves any connection of a
    closed loop (it cannot close them itself any more)."""

    def __init__(self, make: Callable[[], _T]) -> None:
        self._make = make
        self._by_loop: dict[object, _T] = {}

    def here(self) -> _T:
        """The running loop's ``_T``."""
        loop = running_loop()
        found = self._by_loop.get(loop)
        if found is None:
            for other in list(self._by_loop):  # a copy: other threads' loops may add theirs
                if _finished(other):
                    self._by_loop.pop(other, None)
            found = self._by_loop[loop] = self._make()
        return found

    def take_here(self) -> _T | None:
        """The running loop's ``_T``, if it has one, forgotten (closing), with the entries of
        loops that have ended. A loop still running (another thread's) keeps its own: dropped
        here, its connections would stay open, out of reach, for as long as that loop runs."""
        found = self._by_loop.pop(running_loop(), None)
        for other in list(self._by_loop):
            if _finished(other):
                self._by_loop.pop(other, None)
        return found


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
