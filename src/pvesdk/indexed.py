"""``IndexedMap``: an indexed family (``net0`` … ``net31``) as a bounded sparse mapping.

Results hold their families in one (``cfg.net``), so adding a device needs no index
bookkeeping, as with ``ArrayMap`` in Proxmox's own Rust API types::

    cfg = vm.config.get()
    index = cfg.net.add(QemuNet(model="virtio", bridge="vmbr0"))   # the lowest free index
    vm.config.put(net={index: cfg.net[index]})
"""

from __future__ import annotations

from typing import Any, TypeVar

T = TypeVar("T")

__all__ = ["IndexedMap"]


class IndexedMap(dict[int, T]):
    """A ``dict[int, T]`` that knows its family's index range (``low`` … ``high``)."""

    low: int = 0
    high: int | None = None
    name: str = ""

    def bounded(self, name: str, low: int, high: int) -> IndexedMap[T]:
        self.name, self.low, self.high = name, low, high
        return self

    def free(self) -> int:
        """The lowest index not in use, within the range."""
        top = self.high if self.high is not None else self.low + len(self)
        for index in range(self.low, top + 1):
            if index not in self:
                return index
        raise ValueError(f"{self.name or 'family'}: all {top - self.low + 1} slots are in use")

    def add(self, item: T) -> int:
        """Put ``item`` at the lowest free index and return that index."""
        index = self.free()
        self[index] = item
        return index

    def __setitem__(self, index: int, item: T) -> None:
        if self.high is not None and not self.low <= index <= self.high:
            raise ValueError(
                f"{self.name}{index}: index out of range ({self.name}{self.low}…"
                f"{self.name}{self.high})"
            )
        super().__setitem__(index, item)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from typing import get_args

        from pydantic_core import core_schema

        args = get_args(source)
        item: Any = args[0] if args else Any
        inner = handler.generate_schema(dict[int, item])
        return core_schema.no_info_after_validator_function(
            cls, inner, serialization=core_schema.plain_serializer_function_ser_schema(dict)
        )
