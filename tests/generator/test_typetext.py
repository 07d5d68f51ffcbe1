"""Property-string structures read from a named format's typetext: every value shape the
shipped dumps use (audited over PVE 7.4 … 9.2 and PMG 6.3) becomes the right field type."""

from __future__ import annotations

from typing import Any

import pytest

from pvesdk_gen.ir.propstrings import from_typetext
from pvesdk_gen.ir.types import Direction, schema_type


def field(typetext: str, key: str) -> dict[str, Any]:
    structure = from_typetext(typetext)
    assert structure is not None
    schema: dict[str, Any] = structure["properties"][key]
    return schema


def test_a_range_or_a_word_is_an_integer_range_or_that_word() -> None:
    schema = field("[,phys-bits=<8-64|host>]", "phys-bits")
    assert schema["anyOf"] == [
        {"type": "integer", "minimum": 8, "maximum": 64},
        {"type": "string", "enum": ["host"]},
    ]
    assert str(schema_type(schema, Direction.PROPSTRING)) == "int | Literal['host']"


def test_words_are_an_enum() -> None:
    assert field("[,model=<i6300esb|ib700>]", "model") == {
        "type": "string", "enum": ["i6300esb", "ib700"],
    }  # fmt: skip


def test_paths_are_an_enum() -> None:
    schema = field("[source=]</dev/urandom|/dev/random|/dev/hwrng>", "source")
    assert schema["enum"] == ["/dev/urandom", "/dev/random", "/dev/hwrng"]
    assert schema["x-pve-default-key"] is True


def test_one_and_zero_are_a_flag() -> None:
    assert field("[,firewall=<1|0>]", "firewall") == {"type": "boolean"}


def test_an_upper_case_alternative_names_a_kind_of_value_so_it_is_free_text() -> None:
    schema = field("[[host=]<HOSTUSBDEVICE|spice>]", "host")
    assert schema["type"] == "string" and "enum" not in schema


@pytest.mark.parametrize(("text", "kind"), [("<integer>", "integer"), ("<number>", "number")])
def test_integer_and_number_placeholders_are_typed(text: str, kind: str) -> None:
    assert field(f"[,n={text}]", "n") == {"type": kind}


def test_a_named_placeholder_is_a_string_described_by_its_name() -> None:
    assert field("[,gw=<GatewayIPv4>]", "gw") == {
        "type": "string", "x-pve-format-description": "GatewayIPv4",
    }  # fmt: skip


def test_the_generated_cpu_model_takes_an_integer_or_host_and_refuses_the_range_text() -> None:
    import pydantic

    from pvesdk.propstr import Cpu

    assert Cpu.parse("host,phys-bits=40").phys_bits == 40
    assert Cpu.parse("host,phys-bits=host").phys_bits == "host"
    with pytest.raises(pydantic.ValidationError):
        Cpu.parse("host,phys-bits=8-64")
