"""The overrides file is checked: its shape by pydantic, and each patch against the schema it
fixes, so a new Proxmox release cannot quietly undo a fix."""

from __future__ import annotations

import json
from typing import Any

import pytest

from pvesdk_gen.errors import GenError
from pvesdk_gen.overrides import (
    Overrides,
    Patch,
    apply_patches,
    load_overrides,
    parse_overrides,
)


def tree() -> list[dict[str, Any]]:
    options = {"parameters": {"properties": {"next-id": {"min": 100, "type": "integer"}}}}
    return [
        {"path": "/cluster", "children": [{"path": "/cluster/options", "info": {"PUT": options}}]}
    ]


def patch(**fields: Any) -> Patch:
    base: dict[str, Any] = {"why": "a fix", "path": "/cluster/options", "method": "PUT"}
    return Patch.model_validate({**base, **fields})


def overrides(*patches: Patch) -> Overrides:
    return Overrides(patches=list(patches), source="overrides-test.json", version="9.9")


def test_the_shipped_file_has_the_expected_shape() -> None:
    assert load_overrides("pve", "9.2").patches != []


def test_an_unknown_key_is_refused_naming_its_place() -> None:
    text = json.dumps({"patches": [{"why": "x", "path": "/a", "set": {"a": 1}, "sett": {}}]})
    with pytest.raises(GenError, match=r"overrides-test.json: patches\.0\.sett: Extra inputs"):
        parse_overrides(text, "overrides-test.json")


def test_a_patch_with_two_actions_is_refused() -> None:
    text = json.dumps({"patches": [{"why": "x", "path": "/a", "set": {"a": 1}, "remove": ["b"]}]})
    with pytest.raises(GenError, match="exactly one of set, rename, remove"):
        parse_overrides(text, "overrides-test.json")


def test_a_descending_family_range_is_refused_naming_the_family() -> None:
    with pytest.raises(GenError, match="family 'net': range"):
        parse_overrides(json.dumps({"families": {"net": [31, 0]}}), "overrides-test.json")


def test_a_patch_whose_path_is_gone_is_an_error_naming_it() -> None:
    stale = patch(path="/cluster/moved", at="parameters", set={"x": 1})
    with pytest.raises(
        GenError, match=r"stale patch for release 9\.9: PUT /cluster/moved .*'a fix'"
    ):
        apply_patches(tree(), overrides(stale))


def test_a_patch_whose_location_is_gone_is_an_error_naming_the_missing_key() -> None:
    stale = patch(at="parameters/properties/next-vmid", rename={"min": "minimum"})
    with pytest.raises(GenError, match="nothing at 'next-vmid'"):
        apply_patches(tree(), overrides(stale))


def test_a_rename_whose_keys_are_both_gone_is_an_error() -> None:
    stale = patch(at="parameters/properties/next-id", rename={"lower": "minimum"})
    with pytest.raises(GenError, match="neither 'lower' nor 'minimum' is there"):
        apply_patches(tree(), overrides(stale))


def test_a_patch_proxmox_made_itself_is_accepted_and_not_recorded() -> None:
    fixed = tree()
    fixed[0]["children"][0]["info"]["PUT"]["parameters"]["properties"]["next-id"] = {"minimum": 100}
    done = overrides(patch(at="parameters/properties/next-id", rename={"min": "minimum"}))
    apply_patches(fixed, done)
    assert done.applied == []


def test_an_applied_patch_is_recorded_without_its_release_filter() -> None:
    done = overrides(
        patch(at="parameters/properties/next-id", rename={"min": "minimum"}, since="9.0")
    )
    apply_patches(tree(), done)
    assert done.applied == [
        {
            "why": "a fix",
            "path": "/cluster/options",
            "method": "PUT",
            "at": "parameters/properties/next-id",
            "rename": {"min": "minimum"},
        }
    ]


def test_since_limits_a_patch_to_later_releases() -> None:
    later = patch(at="parameters", set={"x": 1}, since="9.2")
    assert (later.applies_to("9.1"), later.applies_to("9.2"), later.applies_to("10.0")) == (
        False,
        True,
        True,
    )


def test_a_stale_patch_is_skipped_when_not_strict() -> None:
    stale = overrides(patch(path="/cluster/moved", at="parameters", set={"x": 1}))
    assert apply_patches(tree(), stale, strict=False) == tree()
    assert stale.applied == []
