"""Property-based round trips: any model built from values of its fields' types prints to a
string that parses back to an equal model (Hypothesis)."""

from __future__ import annotations

import typing
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pvesdk.propstr as propstr
from pvesdk._propstr import PropertyString

from .test_propstr import FORMAT_SAMPLES

CLASSES = [getattr(propstr, name) for name in propstr.__all__]
# Values Proxmox can hold in a property string: no separators, no leading/trailing blanks.
TEXT = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_./:;+@", min_size=1, max_size=20)


def strategy_for(annotation: Any) -> st.SearchStrategy[Any]:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    target = annotation if typing.get_origin(annotation) is typing.Literal or not args else args[0]
    if typing.get_origin(target) is typing.Literal:
        return st.sampled_from(typing.get_args(target))
    if target is bool:
        return st.booleans()
    if target is int:
        return st.integers(min_value=0, max_value=10**9)
    if target is float:
        return st.integers(min_value=0, max_value=10**6).map(float)
    return TEXT


def model_strategy(cls: type[PropertyString]) -> st.SearchStrategy[PropertyString]:
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for name, info in cls.model_fields.items():
        if cls.__pve_formats__.get(name) == "urlencoded":
            # Any text at all: percent-encoding keeps commas, `=` and `%` inside the value.
            value = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
        elif name in cls.__pve_formats__:
            value = st.just(FORMAT_SAMPLES[cls.__pve_formats__[name]])
        else:
            value = strategy_for(info.annotation)
        if not info.is_required():
            value = st.none() | value
        fields[name] = value
    return st.fixed_dictionaries(fields).map(lambda values: cls.model_validate(values))


@pytest.mark.parametrize("cls", CLASSES, ids=[c.__name__ for c in CLASSES])
def test_any_model_round_trips(cls: type[PropertyString]) -> None:
    @settings(max_examples=40, deadline=None)
    @given(model_strategy(cls))
    def round_trip(model: PropertyString) -> None:
        text = str(model)
        assert cls.parse(text) == model, text

    round_trip()
