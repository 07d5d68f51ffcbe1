"""``IndexedMap``: an indexed family (``net0`` … ``net31``) as a bounded sparse mapping.

Results hold their families in one (``cfg.net``), so adding a device needs no index
bookkeeping, as with ``ArrayMap`` in Proxmox's own Rust API types::

    cfg = vm.config.get()
    index = cfg.net.add(QemuNet(model="virtio", bridge="vmbr0"))   # the lowest free index
    vm.config.put(net={index: cfg.net[index]})

Members that are property strings are parsed on first use of the family, not when the result
arrives: a config with two hundred ``netN``/``scsiN``/``unusedN`` entries costs little unless you
look at them.
"""

from __future__ import annotations

from collections.abc import Callable, ItemsView, Iterator, ValuesView
from typing import Any, TypeVar

T = TypeVar("T")

__all__ = ["IndexedMap"]


class IndexedMap(dict[int, T]):
    """A ``dict[int, T]`` that knows its family's index range (``low`` … ``high``).

    ``cfg.net[0]`` is the member ``net0``; the range comes from the schema (``net0`` …
    ``net31``: ``low=0``, ``high=31``). Storing an index outside it raises ``ValueError``
    naming the member and the range, so a result can be edited and sent back safely.
    """

    low: int = 0
    high: int | None = None
    name: str = ""
    _pending: Callable[[Any], T] | None = None

    def bounded(self, name: str, low: int, high: int) -> IndexedMap[T]:
        """Set the family's wire name (``net``) and index range; returns ``self``."""
        self.name, self.low, self.high = name, low, high
        return self

    # -- lazy members

    def _ready(self) -> None:
        parse = self._pending
        if parse is not None:
            self._pending = None
            for index, value in list(dict.items(self)):
                if isinstance(value, str):
                    dict.__setitem__(self, index, parse(value))

    def __getitem__(self, index: int) -> T:
        self._ready()
        return dict.__getitem__(self, index)

    def get(self, index: int, default: Any = None) -> Any:
        """The member at ``index`` (``net[0]`` is ``net0``), or ``default``."""
        self._ready()
        return dict.get(self, index, default)

    def items(self) -> ItemsView[int, T]:  # type: ignore[override]
        """``(index, member)`` pairs, members parsed."""
        self._ready()
        return dict.items(self)

    def values(self) -> ValuesView[T]:  # type: ignore[override]
        """The members, parsed."""
        self._ready()
        return dict.values(self)

    def __iter__(self) -> Iterator[int]:
        return dict.__iter__(self)

    def __eq__(self, other: object) -> bool:
        self._ready()
        if isinstance(other, IndexedMap):
            other._ready()
        return dict.__eq__(self, other)

    __hash__ = None

    def __repr__(self) -> str:
        self._ready()
        return dict.__repr__(self)

    def copy(self) -> IndexedMap[T]:
        """A shallow copy that keeps the family's name and index range."""
        self._ready()
        return IndexedMap(dict.items(self)).bounded(self.name, self.low, self.high or 0)

    # -- adding

    def free(self) -> int:
        """The lowest index not in use, within the range.

        Raises:
            ValueError: every index of the range is in use (``net: all 32 slots are in use``).
        """
        top = self.high if self.high is not None else self.low + len(self)
        for index in range(self.low, top + 1):
            if index not in self:
                return index
        raise ValueError(f"{self.name or 'family'}: all {top - self.low + 1} slots are in use")

    def add(self, item: T) -> int:
        """Put ``item`` at the lowest free index and return that index.

        The result is not sent anywhere: pass ``{index: item}`` to the config ``put``.

        Raises:
            ValueError: every index of the range is in use.
        """
        index = self.free()
        self[index] = item
        return index

    def __setitem__(self, index: int, item: T) -> None:
        if self.high is not None and not self.low <= index <= self.high:
            raise ValueError(
                f"{self.name}{index}: index out of range ({self.name}{self.low}…"
                f"{self.name}{self.high})"
            )
        self._ready()
        dict.__setitem__(self, index, item)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from typing import get_args

        from pydantic_core import core_schema

        args = get_args(source)
        item: Any = args[0] if args else Any
        parse = getattr(item, "model_validate", None)
        if parse is not None and getattr(item, "__pve_property_string__", False):
            # Property strings: keep the text now, parse each member on first use. Proxmox sends
            # each member as text: anything else is a result that does not fit, said now (a
            # null member reads as absent).
            inner = handler.generate_schema(dict[int, str | None])

            def lazy(members: dict[int, Any]) -> IndexedMap[Any]:
                made: IndexedMap[Any] = cls(
                    {index: text for index, text in members.items() if text is not None}
                )
                made._pending = parse
                return made

            validator = lazy
        else:
            inner = handler.generate_schema(dict[int, item])
            validator = cls
        return core_schema.no_info_after_validator_function(
            validator, inner, serialization=core_schema.plain_serializer_function_ser_schema(dict)
        )
