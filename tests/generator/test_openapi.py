"""The normalizer keeps everything the Proxmox schema says, for every release we have."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pvesdk_gen import openapi
from pvesdk_gen.errors import GenError
from pvesdk_gen.overrides import Overrides, apply_patches, load_overrides
from pvesdk_gen.parse import canonical_json, parse_schema_script

from ..conftest import SHARED

FIXTURE = Path(__file__).parent / "fixtures" / "mini_schema.json"
DUMPS = [("pve", v) for v in ("7.4", "8.0", "8.1", "8.2", "8.3", "8.4", "9.0", "9.1", "9.2")]
DUMPS.append(("pmg", "6.3"))


def load_dump(product: str, version: str) -> list[dict[str, Any]]:
    path = SHARED / f"{product}-apidoc" / version / "apidata.js"
    if not path.is_file():
        pytest.skip(f"schema dump not available: {path}")
    return parse_schema_script(path.read_text(), source=str(path))


def normalize(tree: list[dict[str, Any]], product: str, version: str) -> tuple[Any, Any]:
    overrides = load_overrides(product, version)
    fixed = apply_patches(tree, overrides)
    doc = openapi.to_openapi(fixed, product=product, version=version, overrides=overrides)
    return fixed, doc


def count(doc: dict[str, Any]) -> tuple[int, int]:
    paths = doc["paths"]
    ops = sum(1 for item in paths.values() for m in ("get", "post", "put", "delete") if m in item)
    return len(paths), ops


@pytest.mark.parametrize(("product", "version"), DUMPS, ids=[f"{p}-{v}" for p, v in DUMPS])
def test_spec_converts_back_to_exactly_the_patched_schema(product: str, version: str) -> None:
    fixed, doc = normalize(load_dump(product, version), product, version)
    assert canonical_json(openapi.to_tree(doc)) == canonical_json(fixed)


def test_pve_92_spec_has_449_paths_and_675_operations() -> None:
    _, doc = normalize(load_dump("pve", "9.2"), "pve", "9.2")
    assert count(doc) == (449, 675)
    assert doc["openapi"] == "3.1.0"


def test_pve_92_overrides_are_recorded_in_the_spec() -> None:
    _, doc = normalize(load_dump("pve", "9.2"), "pve", "9.2")
    whys = [patch["why"] for patch in doc["x-pve-overrides"]]
    assert any("{url_seq}" in why for why in whys)
    assert any("'min'/'max'" in why for why in whys)


def test_fixture_round_trips_through_the_spec() -> None:
    tree = json.loads(FIXTURE.read_text())
    fixed, doc = normalize(tree, "pve", "0.0")
    assert canonical_json(openapi.to_tree(doc)) == canonical_json(fixed)


def test_operation_metadata_becomes_extensions() -> None:
    _, doc = normalize(json.loads(FIXTURE.read_text()), "pve", "0.0")
    post = doc["paths"]["/nodes/{node}/qemu"]["post"]
    assert post["operationId"] == "post_nodes_node_qemu"
    assert post["x-pve-protected"] is True
    assert post["x-pve-proxyto"] == "node"
    assert post["x-pve-allowtoken"] is True
    assert post["x-pve-permissions"]["check"][0] == "perm"
    put = doc["paths"]["/nodes/{node}/qemu/{vmid}/config"]["put"]
    assert put["x-pve-allowtoken"] is False
    assert put["security"] == [{"ticket": []}]


def test_parameters_keep_types_bounds_defaults_and_text_defaults() -> None:
    _, doc = normalize(json.loads(FIXTURE.read_text()), "pve", "0.0")
    body = doc["paths"]["/nodes/{node}/qemu"]["post"]["requestBody"]["content"]
    schema = body["application/x-www-form-urlencoded"]["schema"]
    assert schema["required"] == ["vmid"]
    assert schema["properties"]["vmid"] == {
        "type": "integer",
        "description": "The (unique) ID of the VM.",
        "minimum": 100,
        "maximum": 999999999,
    }
    assert schema["properties"]["numa"]["default"] is False
    assert schema["properties"]["allow-ksm"]["x-pve-raw-default"] == "1"
    assert schema["properties"]["balloon"]["x-pve-raw-default"] == "same as memory"
    assert schema["additionalProperties"] is False


def test_property_string_keeps_default_key_alias_and_key_alias() -> None:
    _, doc = normalize(json.loads(FIXTURE.read_text()), "pve", "0.0")
    body = doc["paths"]["/nodes/{node}/qemu"]["post"]["requestBody"]["content"]
    patterns = body["application/x-www-form-urlencoded"]["schema"]["patternProperties"]
    net = patterns["^net(?:0|[1-9][0-9]*)$"]
    assert net["x-pve-family"] == {"name": "net[n]", "minimum": 0, "maximum": 31}
    fields = net["x-pve-property-string"]["properties"]
    assert fields["model"]["x-pve-default-key"] is True
    assert fields["virtio"]["x-pve-alias"] == "macaddr"
    assert fields["virtio"]["x-pve-key-alias"] == "model"
    assert net["x-pve-typetext"].startswith("[model=]")


def test_unknown_family_without_range_is_a_clear_error() -> None:
    tree = [
        {
            "path": "/x",
            "text": "x",
            "leaf": 1,
            "info": {
                "POST": {
                    "parameters": {"properties": {"widget[n]": {"type": "string", "optional": 1}}},
                    "returns": {"type": "null"},
                }
            },
        }
    ]
    with pytest.raises(
        GenError, match=r"POST /x: indexed property 'widget\[n\]' has no index range"
    ):
        openapi.to_openapi(tree, product="pve", version="0.0", overrides=Overrides())


def test_undeclared_path_parameter_is_a_clear_error() -> None:
    tree = [{"path": "/a/{id}", "text": "{id}", "leaf": 1, "info": {"GET": {"parameters": {}}}}]
    with pytest.raises(GenError, match=r"GET /a/\{id\}: path parameter \{id\} is not declared"):
        openapi.to_openapi(tree, product="pve", version="0.0", overrides=Overrides())


def test_normalizing_is_deterministic() -> None:
    tree = json.loads(FIXTURE.read_text())
    first = json.dumps(normalize(tree, "pve", "0.0")[1])
    second = json.dumps(normalize(json.loads(FIXTURE.read_text()), "pve", "0.0")[1])
    assert first == second
