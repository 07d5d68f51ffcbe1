"""Array parameters refuse a bare string, in the types (``list[...] | tuple[...]``, see
``tests/typing_samples/bad_bare_string_for_list.py``) and at run time, before a request leaves."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from pvesdk import PveClient
from pvesdk._runtime import sequence

from ..conftest import ROOT

GENERATED = ROOT / "src" / "pvesdk" / "_generated"


def array_parameters(path: Path) -> list[tuple[str, str, str]]:
    """(function, parameter, value expression sent) for every parameter typed as an array."""
    found = []
    for func in ast.walk(ast.parse(path.read_text())):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        arrays = {
            a.arg for a in func.args.kwonlyargs
            if a.annotation is not None and ast.unparse(a.annotation).startswith("list[")
        }  # fmt: skip
        for node in ast.walk(func):
            if isinstance(node, ast.Dict):
                for value in node.values:
                    names = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)}
                    for name in arrays & names:
                        found.append((func.name, name, ast.unparse(value)))
    return found


ARRAYS = [
    (f"{path.parent.name}/{path.name}", *found)
    for path in sorted(GENERATED.glob("*/*.py"))
    for found in array_parameters(path)
]


def test_there_are_array_parameters() -> None:
    assert len(ARRAYS) > 50


def test_every_array_parameter_is_checked_at_run_time() -> None:
    unchecked = [a for a in ARRAYS if not a[3].startswith("_sequence(")]
    assert unchecked == []


@pytest.mark.parametrize("value", ["uname -a", b"uname"])
def test_a_bare_string_is_refused_before_the_request_leaves(value: object) -> None:
    client = PveClient.mock()
    engine = client.transport.engine  # type: ignore[attr-defined]
    before = engine.snapshot()
    with pytest.raises(TypeError, match="'command' takes a list") as info:
        client.nodes.node("pve1").qemu.vmid(100).agent.exec.post(command=value)  # type: ignore[arg-type]
    assert "uname" not in str(info.value)  # an argument vector may hold a secret
    assert engine.snapshot() == before


def test_a_list_or_tuple_is_sent_item_by_item() -> None:
    assert sequence("command", ("ls", "-l")) == ["ls", "-l"]
    assert sequence("command", ["ls"]) == ["ls"]
    assert sequence("command", None) is None


def test_other_iterables_are_refused_too() -> None:
    with pytest.raises(TypeError, match="takes a list, got set"):
        sequence("vms", {100, 101})
