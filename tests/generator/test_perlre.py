"""Schema patterns translated once, in the generator: Perl's ``m/^$pattern$/`` as a Python regex."""

from __future__ import annotations

import re

import pytest

from pvesdk_gen.errors import GenError
from pvesdk_gen.perlre import translate


def accepts(perl: str, value: str) -> bool:
    return re.search(translate(perl), value) is not None


def test_a_qr_group_becomes_a_plain_group() -> None:
    assert translate(r"(?^:\d+(?:;\d+)*)") == r"^(?:\d+(?:;\d+)*)$"


def test_a_case_insensitive_qr_group_keeps_its_flag() -> None:
    assert accepts(r"(?^i:[a-z0-9_]+)", "ABC")


def test_a_reset_group_inside_a_case_insensitive_one_is_case_sensitive_again() -> None:
    pattern = r"(?^i:a(?^:b))"
    assert accepts(pattern, "Ab")
    assert not accepts(pattern, "AB")


def test_a_top_level_alternation_is_anchored_per_branch_like_perl() -> None:
    pattern = r"/dev/parport\d+|/dev/usb/lp\d+"
    assert accepts(pattern, "/dev/parport0 trailing")
    assert accepts(pattern, "leading /dev/usb/lp1")
    assert not accepts(pattern, "/dev/ttyS0")


def test_a_final_newline_passes_like_perl_dollar() -> None:
    assert accepts(r"[a-z]+", "abc\n")


@pytest.mark.parametrize("perl", [r"\h+", r"[[:alpha:]]+", r"(?<name>x)", r"a\z"])
def test_a_perl_only_construct_is_an_error(perl: str) -> None:
    with pytest.raises(GenError, match="has no Python form"):
        translate(perl)
