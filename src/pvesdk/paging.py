"""Paged lists: the ``total`` Proxmox sends beside ``data``.

Proxmox's log and task-list endpoints read a window of ``limit`` lines from ``start`` on and put
the count of every line (or task) that matched into the envelope, beside ``data``:
``{"data": [...], "total": 1234}`` (``$rpcenv->set_result_attrib('total', $count)`` in
pve-manager's ``PVE::API2::Tasks`` (``/nodes/{node}/tasks``, ``…/tasks/{upid}/log``),
``PVE::API2::Nodes`` (``/nodes/{node}/syslog``), ``PVE::API2::Ceph`` (``…/ceph/log``),
``PVE::API2::Replication`` (``…/replication/{id}/log``) and pve-firewall's ``…/firewall/log``
of nodes and guests). The typed methods return the list alone, so existing code keeps working;
:meth:`~pvesdk.PveClient.with_total` makes one call and returns a :class:`Page`, the same list
with :attr:`Page.total`::

    page = client.with_total(client.nodes.node("pve1").tasks.get, limit=50)
    page.total  # every matching task, not just these 50

``pvesh`` prints ``data`` alone, so over the ssh and local transports ``total`` is ``None``.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any, TypeVar

__all__ = ["Envelope", "Page"]

T = TypeVar("T")


class Envelope:
    """Where a client puts what an answer's envelope held besides ``data`` (the last call's)."""

    __slots__ = ("extras",)

    def __init__(self) -> None:
        self.extras: dict[str, Any] = {}

    def fresh(self) -> dict[str, Any]:
        """An empty ``extras`` for the next answer (the last call made counts)."""
        self.extras = {}
        return self.extras


#: Set by ``with_total`` around one call; the client's ``_call`` fills it (a context variable, so
#: concurrent asyncio tasks and threads each see their own).
ENVELOPE: ContextVar[Envelope | None] = ContextVar("pvesdk_envelope", default=None)


def check_paged(call: object) -> None:
    """Refuse, before anything is sent, an operation that does not answer a list: a generated
    method says so in its return annotation (``with_total(vm.status.start.post)`` would start
    the VM and only then find no list). Other callables are taken on trust.

    Raises:
        TypeError: naming the operation and what it answers.
    """
    annotations = getattr(call, "__annotations__", None)
    returns = annotations.get("return") if isinstance(annotations, dict) else None
    if isinstance(returns, str) and not returns.startswith(("list[", "Page[")):
        name = getattr(call, "__qualname__", repr(call))
        raise TypeError(
            f"with_total() needs an operation that answers a list; {name} answers {returns}"
        )


class Page(list[T]):
    """A list result together with Proxmox's ``total``: a ``list`` in every other respect
    (equal to a plain list with the same items).

    Attributes:
        total: How many items (tasks, log lines) matched in all, beyond this window of them;
            ``None`` when the answer carried no ``total`` (an endpoint that does not page, or
            the pvesh transports, which see ``data`` alone).
    """

    __slots__ = ("total",)

    def __init__(self, items: list[T] | tuple[T, ...] = (), total: int | None = None) -> None:
        super().__init__(items)
        self.total = total

    @classmethod
    def of(cls, result: object, extras: dict[str, Any]) -> Page[Any]:
        """The page of a call's ``result`` and its envelope ``extras``.

        Raises:
            TypeError: ``result`` is not a list (the operation does not answer a list).
        """
        if not isinstance(result, list):
            raise TypeError(
                f"with_total() needs an operation that answers a list, got {type(result).__name__}"
            )
        total = extras.get("total")
        if isinstance(total, str) and total.isdigit():
            total = int(total)  # Proxmox may print numbers as strings
        return cls(
            result, total if isinstance(total, int) and not isinstance(total, bool) else None
        )

    def __repr__(self) -> str:
        return f"Page({list.__repr__(self)}, total={self.total!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (list(self), self.total))

    def copy(self) -> Page[T]:
        """A shallow copy that keeps ``total``."""
        return type(self)(self, self.total)
