"""Unit tests of the generator's IR: type references, the schema → type table, and the render
model that ``build`` derives from them (imports, builtins qualification, optional results)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pvesdk_gen.cli import build_spec
from pvesdk_gen.errors import GenError
from pvesdk_gen.ir import Module, Operation, Package, PathClass, build
from pvesdk_gen.ir.propstrings import PropStrings
from pvesdk_gen.ir.typeref import (
    ANY,
    ELLIPSIS,
    INT,
    NONE,
    STR,
    Builtin,
    ClassRef,
    Generic,
    Import,
    LiteralOf,
    Name,
    Union,
    optional,
    union,
)
from pvesdk_gen.ir.types import (
    LIST,
    MAPPING,
    TUPLE,
    Direction,
    ResultModels,
    schema_type,
)

FIXTURE = Path(__file__).parent / "fixtures" / "mini_schema.json"
INPUT, OUTPUT, PROPSTRING = Direction.INPUT, Direction.OUTPUT, Direction.PROPSTRING


# --- TypeRef: rendering and imports


def test_a_literal_prints_its_values_as_string_reprs_and_imports_literal() -> None:
    ref = LiteralOf(("a", "it's"))
    assert str(ref) == "Literal['a', \"it's\"]"
    assert ref.imports() == {Import("typing", "Literal")}


def test_a_builtin_needs_no_import() -> None:
    assert str(INT) == "int"
    assert INT.imports() == frozenset()


def test_a_generic_prints_its_arguments_and_collects_their_imports() -> None:
    ref = Generic(MAPPING, (STR, ANY))
    assert str(ref) == "Mapping[str, Any]"
    assert ref.imports() == {Import("collections.abc", "Mapping"), Import("typing", "Any")}


def test_a_tuple_of_any_length_prints_an_ellipsis() -> None:
    assert str(Generic(TUPLE, (INT, ELLIPSIS))) == "tuple[int, ...]"


def test_a_union_flattens_nested_unions_and_drops_repeats() -> None:
    ref = union(union(INT, STR), STR, NONE)
    assert ref == Union((INT, STR, NONE))
    assert str(ref) == "int | str | None"


def test_a_union_of_one_member_is_that_member() -> None:
    assert union(INT, INT) is INT


def test_optional_adds_none_last_and_is_optional_says_so() -> None:
    ref = optional(LiteralOf(("x",)))
    assert str(ref) == "Literal['x'] | None"
    assert ref.is_optional
    assert not union(INT, STR).is_optional
    assert NONE.is_optional
    assert optional(optional(INT)) == optional(INT)


def test_generated_classes_are_listed_in_print_order_once_and_are_not_imports() -> None:
    net, model = ClassRef("Net", "propstr"), ClassRef("Result", "model")
    ref = union(Generic(LIST, (model,)), net, Generic(MAPPING, (INT, net)))
    assert ref.classes() == (model, net)
    assert ref.imports() == {Import("collections.abc", "Mapping")}


def test_a_name_from_a_module_imports_it() -> None:
    assert Name("Task", "pvesdk.tasks").imports() == {Import("pvesdk.tasks", "Task")}
    assert Name("None").imports() == frozenset()


# --- builtins shadowing


def test_a_shadowed_builtin_is_written_builtins_dot_name_and_imports_builtins() -> None:
    ref = union(Generic(LIST, (Generic(Builtin("dict"), (STR, ANY)),)), NONE)
    qualified = ref.qualify(frozenset({"list"}))
    assert str(qualified) == "builtins.list[dict[str, Any]] | None"
    assert Import("builtins") in qualified.imports()
    assert Import("builtins") not in ref.imports()


def test_qualifying_leaves_unshadowed_builtins_and_literal_values_alone() -> None:
    ref = union(LiteralOf(("list", "str")), STR, INT)
    assert (
        str(ref.qualify(frozenset({"list", "int"})))
        == "Literal['list', 'str'] | str | builtins.int"
    )


def test_qualifying_reaches_into_mappings_and_tuples() -> None:
    ref = Generic(MAPPING, (INT, Generic(TUPLE, (STR, ELLIPSIS))))
    assert str(ref.qualify(frozenset({"str"}))) == "Mapping[int, tuple[builtins.str, ...]]"


# --- the schema → type table, by direction


@pytest.mark.parametrize(
    ("direction", "expected"),
    [
        (INPUT, "Literal['a', 'b']"),
        (OUTPUT, "Literal['a', 'b'] | str"),  # a newer Proxmox may add values
        (PROPSTRING, "Literal['a', 'b']"),
    ],
)
def test_an_enum_is_a_literal_open_only_in_results(direction: Direction, expected: str) -> None:
    assert str(schema_type({"type": "string", "enum": ["a", "b"]}, direction)) == expected


def test_enum_values_are_printed_as_the_strings_proxmox_sends() -> None:
    assert str(schema_type({"type": "integer", "enum": [1, 2]}, INPUT)) == "Literal['1', '2']"


@pytest.mark.parametrize("direction", list(Direction))
@pytest.mark.parametrize(
    ("kind", "expected"),
    [("integer", "int"), ("number", "float"), ("boolean", "bool"), ("string", "str")],
)
def test_scalars_are_typed_alike_in_every_direction(
    direction: Direction, kind: str, expected: str
) -> None:
    assert str(schema_type({"type": kind}, direction)) == expected


@pytest.mark.parametrize(
    ("direction", "expected"),
    [
        (INPUT, "list[int] | tuple[int, ...]"),  # not Sequence: a bare str would pass
        (OUTPUT, "list[int]"),
        (PROPSTRING, "str"),  # a property string's values are text
    ],
)
def test_an_array_by_direction(direction: Direction, expected: str) -> None:
    schema = {"type": "array", "items": {"type": "integer"}}
    assert str(schema_type(schema, direction)) == expected


def test_an_array_without_items_holds_any() -> None:
    assert str(schema_type({"type": "array"}, OUTPUT)) == "list[Any]"
    assert str(schema_type({"type": "array"}, INPUT)) == "list[Any] | tuple[Any, ...]"


@pytest.mark.parametrize(
    ("direction", "expected"),
    [(INPUT, "str | Sequence[str]"), (OUTPUT, "str"), (PROPSTRING, "str")],
)
def test_a_list_format_takes_a_sequence_only_as_a_parameter(
    direction: Direction, expected: str
) -> None:
    ref = schema_type({"type": "string", "format": "pve-configid-list"}, direction)
    assert str(ref) == expected


def test_a_list_format_parameter_imports_sequence() -> None:
    ref = schema_type({"type": "string", "format": "pve-tag-list"}, INPUT)
    assert ref.imports() == {Import("collections.abc", "Sequence")}


@pytest.mark.parametrize(
    ("direction", "expected"), [(INPUT, "Any"), (OUTPUT, "None"), (PROPSTRING, "str")]
)
def test_null_by_direction(direction: Direction, expected: str) -> None:
    assert str(schema_type({"type": "null"}, direction)) == expected


@pytest.mark.parametrize(
    ("direction", "expected"), [(INPUT, "Any"), (OUTPUT, "Any"), (PROPSTRING, "str")]
)
def test_a_schema_without_a_type_by_direction(direction: Direction, expected: str) -> None:
    assert str(schema_type({"description": "?"}, direction)) == expected


def test_an_object_parameter_is_a_mapping() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "integer"}}}
    assert str(schema_type(schema, INPUT)) == "Mapping[str, Any]"


def test_an_object_result_without_properties_is_a_dict() -> None:
    assert str(schema_type({"type": "object"}, OUTPUT)) == "dict[str, Any]"


def test_an_object_result_becomes_a_model_nested_objects_named_after_their_owner() -> None:
    models = ResultModels(set())
    schema = {
        "type": "array",
        "items": {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "integer"},
                "state": {"type": "string", "enum": ["up"]},
                "meta": {"type": "object", "properties": {"ctime": {"type": "integer"}}},
                "extra": {},
            },
        },
    }
    ref = models.output_type(schema, "ThingsGetResult")
    assert str(ref) == "list[ThingsGetResultItem]"
    assert ref.classes() == (ClassRef("ThingsGetResultItem", "model"),)
    item, meta = models.models
    assert meta.name == "ThingsGetResultItemMeta"
    fields = {f.name: str(f.annotation) for f in item.fields}
    assert fields == {
        "id": "int",  # required
        "state": "Literal['up'] | str | None",
        "meta": "ThingsGetResultItemMeta | None",
        "extra": "Any",  # Any already holds None
    }


def test_an_object_result_needs_result_models_to_be_named() -> None:
    with pytest.raises(GenError, match="ThingsGetResult"):
        schema_type({"type": "object", "properties": {"a": {}}}, OUTPUT, name="ThingsGetResult")


def test_a_property_string_s_values_may_be_a_range_or_a_word() -> None:
    schema = {"anyOf": [{"type": "integer"}, {"type": "integer"}, {"enum": ["host"]}]}
    assert str(schema_type(schema, PROPSTRING)) == "int | Literal['host']"


def _props() -> PropStrings:
    net = {
        "type": "string",
        "format": "pve-qm-net",
        "x-pve-property-string": {
            "type": "object",
            "properties": {"model": {"type": "string", "enum": ["e1000", "virtio"]}},
        },
    }
    op = {"parameters": [{"name": "net", "in": "query", "required": False, "schema": net}]}
    return PropStrings({"paths": {"/nodes/{node}/qemu": {"post": op}}})


@pytest.mark.parametrize(("direction", "expected"), [(INPUT, "Net | str"), (OUTPUT, "Net")])
def test_a_property_string_is_its_model_and_a_parameter_also_takes_the_text(
    direction: Direction, expected: str
) -> None:
    ref = schema_type({"type": "string", "format": "pve-qm-net"}, direction, props=_props())
    assert str(ref) == expected
    assert ref.classes() == (ClassRef("Net", "propstr"),)


def test_a_property_string_model_types_its_values_as_property_string_scalars() -> None:
    (net,) = _props().classes
    (model,) = net.fields
    assert str(model.annotation) == "Literal['e1000', 'virtio'] | None"


# --- the render model built from the mini schema


@pytest.fixture(scope="module")
def package() -> Package:
    doc, _spec, _lock = build_spec(json.loads(FIXTURE.read_text()), product="pve", version="0.0")
    return build(doc)


def _class(package: Package, name: str) -> tuple[Module, PathClass]:
    for module in package.modules:
        for cls in module.classes:
            if cls.name == name:
                return module, cls
    raise AssertionError(f"no class {name}")


def _op(package: Package, name: str, method: str) -> Operation:
    return next(op for op in _class(package, name)[1].operations if op.method == method)


def test_a_child_named_list_qualifies_the_builtin_in_its_class_only(package: Package) -> None:
    module, cls = _class(package, "NodesNodeDisks")
    assert "list" in {kid.attr for kid in cls.children}
    (op,) = cls.operations
    assert str(op.returns) == "builtins.list[dict[str, Any]]"
    assert module.needs_builtins
    # The module-level result spec is outside the class: the builtin is not hidden there.
    spec = next(s for s in module.returns if s.var == op.returns_var)
    assert str(spec.annotation) == "list[dict[str, Any]]"
    assert str(_op(package, "NodesNode", "get").returns) == "list[dict[str, Any]]"


def test_an_optional_result_bound_to_a_task_may_be_none(package: Package) -> None:
    op = _op(package, "NodesNodeStorageStorageContentVolume", "delete")
    assert str(op.returns) == "str | None"
    assert op.bind == "_task_or_none"
    assert str(op.sync_returns) == "Task | None"
    assert str(op.async_returns) == "AsyncTask | None"
    assert "``Task | None`` / ``AsyncTask | None`` (the UPID, bound to the client)" in op.doc
    assert "``str | None``" not in op.doc


def test_a_parameter_s_runtime_helper_is_recorded_and_imported(package: Package) -> None:
    module, _cls = _class(package, "NodesNodeQemu")
    params = {p.wire: p for p in _op(package, "NodesNodeQemu", "post").params}
    assert params["net[n]"].helper == "family"
    assert str(params["net[n]"].annotation) == "Mapping[int, Net | str] | None"
    assert params["tags"].helper == "join"
    assert params["tags"].value == "_join(tags)"
    assert str(params["tags"].annotation) == "str | Sequence[str] | None"
    assert params["cores"].helper == ""
    assert {"family", "join"} <= set(module.runtime_aliases)


def test_a_module_imports_what_its_annotations_use(package: Package) -> None:
    module, _cls = _class(package, "NodesNodeQemu")
    assert module.abc_names == ["Mapping", "Sequence"]
    assert "Literal" in module.typing_names
    assert ("propstr.net", "Net") in module.checking_imports


def test_a_result_model_group_imports_only_the_typing_names_its_fields_use(
    package: Package,
) -> None:
    groups = {m.name: g for mod in package.modules for g in mod.model_groups for m in g.models}
    assert groups["NodesGetResultItem"].model_typing_names == ["Literal"]
    config = groups["NodesQemuConfigGetResult"]
    assert config.model_typing_names == []
    assert config.needs_indexed
    assert config.model_propstr_imports == []


def test_a_result_family_is_an_indexed_map_of_its_members_property_string() -> None:
    models = ResultModels(set(), _props())
    member = {
        "type": "string",
        "format": "pve-qm-net",
        "x-pve-family": {"name": "net[n]", "minimum": 0, "maximum": 31},
    }
    schema = {"type": "object", "patternProperties": {"^net\\d+$": member}}
    ref = models.output_type(schema, "ConfigGetResult")
    (model,) = models.models
    (field,) = model.fields
    assert (field.name, str(field.annotation)) == ("net", "IndexedMap[Net]")
    assert field.annotation.classes() == (ClassRef("Net", "propstr"),)
    assert field.annotation.imports() == {Import("pvesdk.indexed", "IndexedMap")}
    assert model.families == [("net", "net", 0, 31)]
    assert ref == ClassRef("ConfigGetResult", "model")


def test_a_property_string_model_imports_literal_only_when_a_field_uses_one(
    package: Package,
) -> None:
    by_name = {ps.name: ps for ps in package.propstrs}
    assert "Literal" in by_name["Net"].typing_names
    assert "Literal" not in by_name["Numa"].typing_names
