"""The client inherits the generated root path class: no root API path may share a name with a
member of the client, or one would silently shadow the other."""

from __future__ import annotations

import pytest

from pvesdk import AsyncPveClient, PveClient
from pvesdk._generated.aio.root import Api as AsyncApi
from pvesdk._generated.sync.root import Api as SyncApi
from pvesdk._runtime import _PathBase
from pvesdk_gen.errors import GenError
from pvesdk_gen.reserved import CLIENT_NAMES, check_root_names


def own_names(client: type, root: type) -> set[str]:
    """Public members the client's own classes define (not the root path class and its bases),
    with ``transport``, the attribute its constructor sets."""
    own = [cls for cls in client.__mro__ if cls not in root.__mro__]
    names = {name for cls in own for name in vars(cls) if not name.startswith("_")}
    return names | {"transport"}


def root_names(root: type) -> set[str]:
    return {name for name in vars(root) if not name.startswith("_")}


@pytest.mark.parametrize(("client", "root"), [(PveClient, SyncApi), (AsyncPveClient, AsyncApi)])
def test_no_root_api_path_is_named_like_a_client_member(client: type, root: type) -> None:
    assert root_names(root) & own_names(client, root) == set()


@pytest.mark.parametrize(("client", "root"), [(PveClient, SyncApi), (AsyncPveClient, AsyncApi)])
def test_the_generators_reserved_names_cover_every_client_member(client: type, root: type) -> None:
    assert own_names(client, root) - CLIENT_NAMES == set()


def test_the_path_base_members_are_reserved_too() -> None:
    assert {n for n in vars(_PathBase) if not n.startswith("_")} - CLIENT_NAMES == set()


def test_a_root_path_named_like_a_client_method_is_refused_naming_it() -> None:
    with pytest.raises(GenError, match=r"root API path\(s\) /close, /task clash"):
        check_root_names(["nodes", "task", "close"])


def test_ordinary_root_paths_pass() -> None:
    check_root_names(["access", "cluster", "nodes", "pools", "storage", "version"])
