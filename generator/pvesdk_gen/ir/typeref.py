"""Typed annotations: each node renders its own source text and knows what it imports.

The IR keeps every annotation as a :class:`TypeRef` tree rather than as text, so the imports a
module needs, the generated classes it names and the ``builtins.`` qualification a class body
needs are read from the tree, never scanned out of a string. ``str(ref)`` is the source text the
templates print.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "ANY",
    "BOOL",
    "ELLIPSIS",
    "FLOAT",
    "INT",
    "NONE",
    "STR",
    "Builtin",
    "ClassRef",
    "Generic",
    "Import",
    "LiteralOf",
    "Name",
    "TypeRef",
    "Union",
    "optional",
    "union",
]


@dataclass(frozen=True, order=True)
class Import:
    """One import a type needs: ``from module import name``, or ``import module`` without name."""

    module: str
    name: str = ""


class TypeRef:
    """A Python annotation as a tree: the base of every node below."""

    __slots__ = ()

    def render(self) -> str:
        """The annotation as Python source text."""
        raise NotImplementedError

    def children(self) -> tuple[TypeRef, ...]:
        """The nodes directly inside this one, in the order they are printed."""
        return ()

    def own_imports(self) -> frozenset[Import]:
        """What this node alone needs imported (its children aside)."""
        return frozenset()

    def qualify(self, shadowed: frozenset[str]) -> TypeRef:
        """This annotation with each builtin in ``shadowed`` written ``builtins.<name>``.

        A class body whose attribute is named ``list`` hides the builtin ``list`` from the
        annotations of its methods.
        """
        return self

    def walk(self) -> Iterator[TypeRef]:
        """This node and every node inside it, in the order they are printed."""
        yield self
        for child in self.children():
            yield from child.walk()

    def imports(self) -> frozenset[Import]:
        """Every import the annotation needs (generated classes aside: see :meth:`classes`)."""
        return frozenset(i for node in self.walk() for i in node.own_imports())

    def classes(self) -> tuple[ClassRef, ...]:
        """The generated classes the annotation names, once each, in the order printed."""
        return tuple(dict.fromkeys(n for n in self.walk() if isinstance(n, ClassRef)))

    @property
    def is_optional(self) -> bool:
        """Whether ``None`` is one of the annotation's members."""
        return self == NONE

    def __str__(self) -> str:
        return self.render()


@dataclass(frozen=True)
class Name(TypeRef):
    """A name imported from ``module`` (``Any`` from ``typing``), or one needing no import."""

    name: str
    module: str = ""

    def render(self) -> str:
        """The name itself."""
        return self.name

    def own_imports(self) -> frozenset[Import]:
        """``from module import name`` when the name comes from a module."""
        return frozenset({Import(self.module, self.name)}) if self.module else frozenset()


@dataclass(frozen=True)
class Builtin(TypeRef):
    """A builtin type (``int``, ``list``); ``qualified`` writes it ``builtins.int``."""

    name: str
    qualified: bool = False

    def render(self) -> str:
        """``int``, or ``builtins.int`` where a class attribute hides the builtin."""
        return f"builtins.{self.name}" if self.qualified else self.name

    def own_imports(self) -> frozenset[Import]:
        """``import builtins`` when qualified."""
        return frozenset({Import("builtins")}) if self.qualified else frozenset()

    def qualify(self, shadowed: frozenset[str]) -> TypeRef:
        """Qualified when its name is shadowed."""
        return Builtin(self.name, qualified=True) if self.name in shadowed else self


@dataclass(frozen=True)
class ClassRef(TypeRef):
    """A generated class: a result model or a property-string model.

    Its module is decided after the types are (a result model's module is its operation's), so
    the importing module maps the name to a module itself.
    """

    name: str
    kind: Literal["model", "propstr"]

    def render(self) -> str:
        """The class name."""
        return self.name


@dataclass(frozen=True)
class LiteralOf(TypeRef):
    """``Literal['a', 'b']``: the values are printed as strings, as Proxmox sends them."""

    values: tuple[str, ...]

    def render(self) -> str:
        """``Literal[...]`` of the values' reprs."""
        return "Literal[" + ", ".join(repr(v) for v in self.values) + "]"

    def own_imports(self) -> frozenset[Import]:
        """``Literal`` from ``typing``."""
        return frozenset({Import("typing", "Literal")})


@dataclass(frozen=True)
class Generic(TypeRef):
    """A subscripted type: ``list[int]``, ``Mapping[str, Any]``, ``tuple[int, ...]``."""

    origin: TypeRef
    args: tuple[TypeRef, ...]

    def render(self) -> str:
        """``origin[arg, ...]``."""
        return f"{self.origin}[{', '.join(map(str, self.args))}]"

    def children(self) -> tuple[TypeRef, ...]:
        """The origin, then the arguments."""
        return (self.origin, *self.args)

    def qualify(self, shadowed: frozenset[str]) -> TypeRef:
        """The origin and arguments qualified."""
        return Generic(self.origin.qualify(shadowed), tuple(a.qualify(shadowed) for a in self.args))


@dataclass(frozen=True)
class Union(TypeRef):
    """``a | b | ...``: build it with :func:`union`, which flattens and drops repeats."""

    members: tuple[TypeRef, ...]

    def render(self) -> str:
        """The members joined by ``|``."""
        return " | ".join(map(str, self.members))

    def children(self) -> tuple[TypeRef, ...]:
        """The members."""
        return self.members

    def qualify(self, shadowed: frozenset[str]) -> TypeRef:
        """Each member qualified."""
        return Union(tuple(m.qualify(shadowed) for m in self.members))

    @property
    def is_optional(self) -> bool:
        """Whether ``None`` is a member."""
        return NONE in self.members


def union(*members: TypeRef) -> TypeRef:
    """``a | b``: nested unions flattened, repeats dropped, a single member returned as is."""
    flat: dict[TypeRef, None] = {}
    for member in members:
        for item in member.members if isinstance(member, Union) else (member,):
            flat[item] = None
    return next(iter(flat)) if len(flat) == 1 else Union(tuple(flat))


def optional(ref: TypeRef) -> TypeRef:
    """``ref | None``."""
    return union(ref, NONE)


ANY = Name("Any", "typing")
NONE = Name("None")
ELLIPSIS = Name("...")
INT = Builtin("int")
FLOAT = Builtin("float")
BOOL = Builtin("bool")
STR = Builtin("str")
