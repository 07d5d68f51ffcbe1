"""Every generated path class is reachable from the client and every result model builds.

Walks the whole tree the way a user's attribute access would (lazy module imports included),
so a broken cross-module reference or an unresolvable annotation fails here, not in the field.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

import pytest
from pydantic import BaseModel

import pvesdk._generated as generated
from pvesdk import AsyncPveClient, PveClient
from pvesdk._runtime import _PathBase
from pvesdk.transport import AsyncBaseTransport, BaseTransport, Request, Response


class Unused(BaseTransport, AsyncBaseTransport):
    def handle_request(self, request: Request) -> Response:
        raise AssertionError("the walk must not send requests")

    async def handle_async_request(self, request: Request) -> Response:
        raise AssertionError("the walk must not send requests")


def walk(root: _PathBase) -> dict[str, type]:
    """API path (with placeholders) → class, for every path reachable from ``root``."""
    seen: dict[str, type] = {}
    stack: list[tuple[_PathBase, str]] = [(root, "")]
    while stack:
        node, template = stack.pop()
        seen[template or "/"] = type(node)
        for name, member in inspect.getmembers(type(node)):
            if name.startswith("_") or name in ("get", "post", "put", "delete", "path"):
                continue
            func = member.fget if isinstance(member, property) else member
            if not getattr(func, "__module__", "").startswith("pvesdk._generated."):
                continue  # the client's own methods (close, …)
            if isinstance(member, property):
                stack.append((getattr(node, name), f"{template}/{name}"))
            elif inspect.isfunction(member):
                annotation = inspect.signature(member).parameters[name].annotation
                value: Any = 1 if annotation == "int" else "x"
                stack.append((getattr(node, name)(value), f"{template}/{{{name}}}"))
    return seen


@pytest.mark.parametrize("client_class", [PveClient, AsyncPveClient])
def test_every_path_class_is_reachable(client_class: Any) -> None:
    client = client_class(transport=Unused())
    reached = walk(client)
    classes = len({cls for path, cls in reached.items() if path != "/"})
    assert classes == len(reached) - 1 >= generated.PATH_COUNT


def test_every_operation_method_is_async_in_the_async_tree() -> None:
    reached = walk(AsyncPveClient(transport=Unused()))
    methods = [
        getattr(cls, m) for cls in reached.values() for m in ("get", "post", "put", "delete")
        if hasattr(cls, m)
    ]  # fmt: skip
    assert len(methods) == generated.OPERATION_COUNT
    assert all(inspect.iscoroutinefunction(m) for m in methods)


def test_every_result_model_builds() -> None:
    count = 0
    package = importlib.import_module("pvesdk._generated.models")
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for name in module.__all__:
            model = getattr(module, name)
            assert issubclass(model, BaseModel)
            model.model_rebuild(force=True)
            assert model.model_json_schema()["title"] == name
            count += 1
    assert count > 300
