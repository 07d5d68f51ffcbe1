"""The runtime's wire encoding helpers, edge by edge."""

from __future__ import annotations

import pytest

from pvesdk._runtime import encode_params, family, join, segment


def test_booleans_are_not_treated_as_ints() -> None:
    assert encode_params({"a": True, "b": False, "c": 1, "d": 0}) == [
        ("a", "1"), ("b", "0"), ("c", "1"), ("d", "0"),
    ]  # fmt: skip


def test_floats_and_strings_pass_as_text() -> None:
    assert encode_params({"cpulimit": 1.5, "name": "a b"}) == [("cpulimit", "1.5"), ("name", "a b")]


def test_mapping_value_is_rejected_with_the_parameter_name() -> None:
    with pytest.raises(TypeError, match="parameter 'x': cannot send a mapping"):
        encode_params({"x": {"a": 1}})


def test_unsupported_value_type_is_named() -> None:
    with pytest.raises(TypeError, match="parameter 'x': cannot send a bytes value"):
        encode_params({"x": b"raw"})


def test_family_sorts_indexes_and_deletes_none_members() -> None:
    sent = encode_params({"delete": "ostype", "net[n]": family({2: "b", 0: "a", 1: None}, 0, 31)})
    assert sent == [("net0", "a"), ("net2", "b"), ("delete", "ostype,net1")]


def test_none_member_without_a_delete_parameter_is_refused() -> None:
    with pytest.raises(ValueError, match="net1: None deletes a member"):
        encode_params({"net[n]": family({1: None}, 0, 31)})


def test_family_rejects_non_int_index() -> None:
    with pytest.raises(TypeError, match="index must be an int"):
        encode_params({"net[n]": family({"0": "a"}, 0, 31)})  # type: ignore[dict-item]


def test_segment_rejects_empty_and_bool_values() -> None:
    with pytest.raises(ValueError, match="must not be empty"):
        segment("")
    with pytest.raises(TypeError, match="str or int"):
        segment(True)


def test_segment_encodes_everything_but_unreserved_characters() -> None:
    assert segment("a/b:c d?e#f%") == "a%2Fb%3Ac%20d%3Fe%23f%25"
    assert segment(100) == "100"


def test_join_keeps_strings_and_rejects_non_strings() -> None:
    assert join("a,b") == "a,b"
    assert join(("a", "b")) == "a,b"
    assert join(None) is None
    with pytest.raises(ValueError, match="must be a string"):
        join([1, 2])  # type: ignore[list-item]
