"""The plain model the templates print: every naming and typing decision is made here.

Input is our OpenAPI document (see :mod:`openapi`); output is a list of modules holding path
classes (one per API path) and result models (one per object schema in a ``returns``). Templates
receive these dataclasses and only loop over them.

Naming rules (documented for users in the README):

* A path's class is its segments in CamelCase (``/nodes/{node}/qemu`` → ``NodesNodeQemu``).
* A static segment is an attribute, a ``{param}`` segment a method named after the parameter.
* Wire names become identifiers by replacing every character outside ``[A-Za-z0-9_]`` with ``_``;
  a Python keyword, a leading digit or a name pydantic reserves gets a trailing/leading ``_``.
* An indexed family ``net[n]`` is one keyword argument ``net`` taking ``{index: value}``; when a
  plain parameter has the same name (``numa`` and ``numa[n]``), the family is ``numa_n``.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from typing import Any

from .errors import GenError

METHODS = ("get", "post", "put", "delete")
#: Path nodes per generated module before a subtree is split into modules of its own.
MODULE_LIMIT = 60
MODULE_MIN = 8
_MODEL_RESERVED = frozenset(
    {
        "construct", "copy", "dict", "from_orm", "json", "parse_file", "parse_obj", "parse_raw",
        "schema", "schema_json", "update_forward_refs", "validate", "fields", "self",
    }
)  # fmt: skip
_PARAM_RESERVED = frozenset({"self"})
_BUILTIN_TYPES = frozenset({"list", "dict", "str", "int", "float", "bool"})


# --------------------------------------------------------------------------- the model


@dataclass
class Param:
    wire: str
    name: str
    annotation: str
    required: bool
    value: str  # the expression the method passes on for this parameter
    doc: list[str]
    default: str = ""


@dataclass
class Operation:
    method: str  # get, post, put, delete
    http: str
    params: list[Param]
    returns: str  # annotation
    returns_var: str
    doc: str


@dataclass
class Child:
    attr: str
    class_name: str
    module: str | None  # None: same module
    segment: str  # static segment (already URL-safe) or the parameter's wire name
    param_annotation: str | None  # set for {param} children
    doc: str
    ref: str = ""  # the class as the parent module names it


@dataclass
class PathClass:
    name: str
    path: str
    doc: str
    children: list[Child]
    operations: list[Operation]


@dataclass
class Field:
    name: str
    alias: str | None
    annotation: str
    required: bool
    doc: str
    default: str = ""  # source text after the annotation: "", " = None", " = Field(...)"


@dataclass
class Model:
    name: str
    doc: str
    fields: list[Field]
    families: list[tuple[str, str, int, int]] = field(default_factory=list)  # field, base, range


@dataclass
class ReturnSpec:
    var: str
    annotation: str


@dataclass
class Module:
    name: str
    classes: list[PathClass] = field(default_factory=list)
    models: list[Model] = field(default_factory=list)
    returns: list[ReturnSpec] = field(default_factory=list)
    imports: list[str] = field(default_factory=list)  # sibling path modules used by children
    typing_names: list[str] = field(default_factory=list)
    abc_names: list[str] = field(default_factory=list)
    model_imports: list[str] = field(default_factory=list)  # result models the path classes use
    runtime_imports: list[str] = field(default_factory=list)  # besides the path base class
    runtime_aliases: list[str] = field(default_factory=list)  # imported as _name
    model_typing_names: list[str] = field(default_factory=list)
    needs_field: bool = False  # a model field has an alias
    needs_builtins: bool = False  # a child attribute shadows a builtin type name
    needs_classvar: bool = False  # a model declares indexed families
    propstr_imports: list[str] = field(default_factory=list)
    model_propstr_imports: list[str] = field(default_factory=list)


@dataclass
class Package:
    product: str
    version: str
    modules: list[Module]
    root_class: str
    model_index: list[tuple[str, str]]  # (model name, module name), sorted
    path_count: int
    operation_count: int
    propstrs: list[PropStr] = field(default_factory=list)


# --------------------------------------------------------------------------- names


def camel(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", text) if part)


def identifier(wire: str, reserved: frozenset[str] = frozenset()) -> str:
    name = re.sub(r"[^0-9A-Za-z_]", "_", wire)
    if name[:1].isdigit():
        name = "_" + name
    if keyword.iskeyword(name) or name in reserved or name.startswith("model_"):
        name += "_"
    return name


def _class_name(path: str) -> str:
    return camel(path.replace("{", "").replace("}", "")) or "Api"


def _statics(path: str) -> tuple[str, ...]:
    return tuple(seg for seg in path.strip("/").split("/") if seg and not seg.startswith("{"))


def assign_modules(paths: list[str]) -> dict[str, str]:
    """Module name for each path: a subtree gets its own module when it is big enough.

    A prefix holding more than :data:`MODULE_LIMIT` paths is split: each child subtree of at
    least :data:`MODULE_MIN` paths becomes a module of its own (recursively), smaller ones stay.
    """
    out: dict[str, str] = {}

    def assign(prefix: tuple[str, ...], members: list[str]) -> None:
        name = "_".join(identifier(s) for s in prefix).lower() or "root"
        if len(members) <= MODULE_LIMIT:
            out.update(dict.fromkeys(members, name))
            return
        groups: dict[str, list[str]] = {}
        for path in members:
            statics = _statics(path)
            if len(statics) > len(prefix):
                groups.setdefault(statics[len(prefix)], []).append(path)
            else:
                out[path] = name
        for segment, group in groups.items():
            if len(group) >= MODULE_MIN or not prefix:
                assign((*prefix, segment), group)
            else:
                out.update(dict.fromkeys(group, name))

    assign((), paths)
    return out


# --------------------------------------------------------------------------- docstrings


def docstring(lines: list[str]) -> str:
    """Lines joined into text that is safe between triple quotes."""
    text = "\n".join(line.rstrip() for line in lines).strip("\n")
    return text + " " if text.endswith('"') else text


def _clean(text: str) -> str:
    """Text safe inside a triple-quoted docstring."""
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').rstrip()


def _paragraphs(text: str | None) -> list[str]:
    if not text:
        return []
    lines = [_clean(line) for line in text.strip().splitlines()]
    return [line.rstrip() for line in lines]


def _constraints(schema: dict[str, Any]) -> list[str]:
    notes: list[str] = []
    if "minimum" in schema or "maximum" in schema:
        notes.append(f"Range: {schema.get('minimum', '-inf')} to {schema.get('maximum', 'inf')}.")
    if "minLength" in schema or "maxLength" in schema:
        notes.append(f"Length: {schema.get('minLength', 0)} to {schema.get('maxLength', 'any')}.")
    if "pattern" in schema:
        notes.append(f"Pattern: ``{_clean(schema['pattern'])}``.")
    if "format" in schema:
        notes.append(f"Format: ``{schema['format']}``.")
    if "default" in schema:
        default = schema["default"]
        if isinstance(default, bool):
            default = "1" if default else "0"
        notes.append(f"Default: ``{_clean(str(default))}``.")
    elif "x-pve-raw-default" in schema:
        notes.append(f"Default: {_clean(str(schema['x-pve-raw-default']))}.")
    if schema.get("format") == "urlencoded":
        notes.append("Pass plain text: pvesdk percent-encodes it as Proxmox expects.")
    if "x-pve-typetext" in schema and (
        "x-pve-property-string" in schema or schema.get("format", "").endswith("-list")
    ):
        notes.append(f"Syntax: ``{_clean(schema['x-pve-typetext'])}``.")
    return notes


def _param_doc(name: str, schema: dict[str, Any], wire: str) -> list[str]:
    text = schema.get("description") or schema.get("x-pve-verbose-description") or ""
    body = _paragraphs(text) or ["(no description in the schema)"]
    body += _constraints(schema)
    family = schema.get("x-pve-family")
    if family:
        body.append(
            f"Indexed: ``{{{family['minimum']}: …, …}}`` sends ``{wire}{family['minimum']}`` … "
            f"``{wire}{family['maximum']}``; where the operation deletes, ``None`` deletes a "
            f"member (``delete={wire}{family['minimum']}``)."
        )
    first, *rest = body
    return [f"{name}: {first}", *(f"    {line}" if line else "" for line in rest)]


def _permissions(op: dict[str, Any]) -> list[str]:
    perms = op.get("x-pve-permissions")
    if not perms:
        return []
    out: list[str] = []
    if perms.get("description"):
        out += _paragraphs(perms["description"])
    if perms.get("check"):
        out.append(f"Check: ``{_clean(_render_check(perms['check']))}``")
    if perms.get("user"):
        out.append(f"User: {perms['user']}")
    return out


def _render_check(check: Any) -> str:
    if isinstance(check, list):
        return "[" + ", ".join(_render_check(c) for c in check) + "]"
    if isinstance(check, dict):
        return "{" + ", ".join(f"{k}: {_render_check(v)}" for k, v in check.items()) + "}"
    return str(check)


# --------------------------------------------------------------------------- types


def _literal(values: list[Any]) -> str:
    return "Literal[" + ", ".join(repr(str(v)) for v in values) + "]"


def _input_type(schema: dict[str, Any], props: PropStrings | None = None) -> str:
    """Parameters are strict: the exact type Proxmox checks (a property string: its model)."""
    name = props.name(schema) if props is not None else None
    if name is not None:
        return f"{name} | str"
    if "enum" in schema:
        return _literal(schema["enum"])
    kind = schema.get("type")
    if kind == "integer":
        return "int"
    if kind == "number":
        return "float"
    if kind == "boolean":
        return "bool"
    if kind == "array":
        items = schema.get("items") or {}
        return f"Sequence[{_input_type(items, props)}]"
    if kind == "object":
        return "Mapping[str, Any]"
    if kind == "string":
        if str(schema.get("format", "")).endswith("-list"):
            return "str | Sequence[str]"
        return "str"
    return "Any"


class _Models:
    """Collects the result models of one module, naming nested objects after their owner."""

    def __init__(self, taken: set[str], prop_strings: PropStrings | None = None) -> None:
        self.models: list[Model] = []
        self.taken = taken
        self.prop_strings = prop_strings

    def _name(self, base: str) -> str:
        name = base
        n = 2
        while name in self.taken:
            name = f"{base}{n}"
            n += 1
        self.taken.add(name)
        return name

    def output_type(self, schema: dict[str, Any], name: str) -> str:
        """Results are lenient: unknown enum values and unknown keys are accepted."""
        prop = self.prop_strings.name(schema) if self.prop_strings is not None else None
        if prop is not None:
            return prop  # parsed leniently from the string, which stays in `.raw`
        if "enum" in schema:
            return f"{_literal(schema['enum'])} | str"
        kind = schema.get("type")
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "string":
            return "str"
        if kind == "null":
            return "None"
        if kind == "array":
            items = schema.get("items")
            if not items:
                return "list[Any]"
            return f"list[{self.output_type(items, name + 'Item')}]"
        if kind == "object" or "properties" in schema:
            if schema.get("properties") or schema.get("patternProperties"):
                return self.model(schema, name)
            return "dict[str, Any]"
        return "Any"

    def model(self, schema: dict[str, Any], name: str) -> str:
        name = self._name(name)
        doc = _paragraphs(schema.get("description")) or [f"Result object ``{name}``."]
        model = Model(name=name, doc=docstring(doc), fields=[])
        self.models.append(model)  # parents before children keeps the module readable
        required = set(schema.get("required", []))
        used: set[str] = set()
        for wire, sub in (schema.get("properties") or {}).items():
            py = identifier(wire, _MODEL_RESERVED)
            if py in used:
                raise GenError(f"model {name}: two fields map to the Python name {py!r}")
            used.add(py)
            annotation = self.output_type(sub, name + camel(wire))
            is_required = wire in required and annotation not in ("Any", "None")
            if not is_required and annotation != "Any":
                annotation += " | None"
            model.fields.append(
                Field(
                    name=py,
                    alias=wire if py != wire else None,
                    annotation=annotation,
                    required=is_required,
                    doc=docstring(_paragraphs(sub.get("description"))),
                )
            )
        plain = set(schema.get("properties") or {})
        for sub in (schema.get("patternProperties") or {}).values():
            family = sub.get("x-pve-family")
            if not family:
                continue
            base = family["name"].removesuffix("[n]")
            py = identifier(base + "_n" if base in plain else base, _MODEL_RESERVED)
            if py in used:
                raise GenError(f"model {name}: two fields map to the Python name {py!r}")
            used.add(py)
            item = self.output_type(sub, name + camel(base))
            model.families.append((py, base, family["minimum"], family["maximum"]))
            model.fields.append(
                Field(
                    name=py,
                    alias=None,
                    annotation=f"IndexedMap[{item}]",
                    required=False,
                    doc=docstring(
                        [
                            f"``{base}0`` … ``{base}{family['maximum']}`` by index "
                            f"(the flat keys stay readable too).",
                            *_paragraphs(sub.get("description")),
                        ]
                    ),
                    default=" = Field(default_factory=IndexedMap)",
                )
            )
        model.fields.sort(key=lambda f: not f.required)
        return name


# --------------------------------------------------------------------------- build


def build(doc: dict[str, Any]) -> Package:
    """The render model of one OpenAPI document made by :func:`openapi.to_openapi`."""
    props = PropStrings(doc)
    paths: dict[str, dict[str, Any]] = {}
    for path, item in doc["paths"].items():
        # A path whose parent the schema lacks still needs a class to be reached through.
        missing = []
        parent = path.rsplit("/", 1)[0]
        while parent and parent not in paths and parent not in doc["paths"]:
            missing.append(parent)
            parent = parent.rsplit("/", 1)[0]
        for gap in reversed(missing):
            paths[gap] = {"x-pve-text": gap.rsplit("/", 1)[1]}
        paths[path] = item
    all_paths = list(paths)
    module_of = assign_modules(all_paths)
    class_of: dict[str, str] = {}
    seen: dict[str, str] = {}
    for path in ["", *all_paths]:
        name = _class_name(path)
        if name in seen:
            raise GenError(f"paths {seen[name]} and {path} both map to class name {name}")
        seen[name] = path
        class_of[path] = name
    module_of[""] = "root"
    # Models are named after the static segments (`NodesQemuConfigGetResult`) unless two paths
    # share those; then after the full class name (`NodesNodeGetResultItem`).
    statics_name = {path: camel(" ".join(_statics(path))) for path in all_paths}
    shared = {n for n in statics_name.values() if list(statics_name.values()).count(n) > 1}
    model_base = {
        path: class_of[path] if name in shared or not name else name
        for path, name in statics_name.items()
    }
    model_base[""] = "Api"

    children: dict[str, list[str]] = {p: [] for p in ["", *all_paths]}
    for path in all_paths:
        parent = path.rsplit("/", 1)[0]
        if parent not in children:
            raise GenError(f"path {path} has no parent path {parent or '/'} in the schema")
        children[parent].append(path)

    modules: dict[str, Module] = {}
    model_names: set[str] = set()
    op_count = 0
    for path in ["", *all_paths]:
        item = paths.get(path, {})
        mod = modules.setdefault(module_of[path], Module(name=module_of[path]))
        models = _Models(model_names, props)
        operations: list[Operation] = []
        for method in METHODS:
            if method in item:
                op = _operation(path, method, item[method], model_base[path], models, mod, props)
                operations.append(op)
                op_count += 1
        mod.models += models.models
        kids = [_child(path, kid, paths, class_of, module_of) for kid in children[path]]
        attrs = [k.attr for k in kids] + [op.method for op in operations]
        if len(set(attrs)) != len(attrs):
            raise GenError(f"path {path or '/'}: two children or methods share a Python name")
        for kid in kids:
            if kid.module and kid.module != mod.name and kid.module not in mod.imports:
                mod.imports.append(kid.module)
        text = item.get("x-pve-text") or path.rsplit("/", 1)[-1] or "the API root"
        summaries = [f"``{op.http}``: {op.doc.splitlines()[0]}" for op in operations]
        mod.classes.append(
            PathClass(
                name=class_of[path],
                path=path,
                doc=docstring(
                    [
                        f"``{path or '/'}`` ({_clean(str(text))})",
                        *(["", *summaries] if summaries else []),
                    ]
                ),
                children=kids,
                operations=operations,
            )
        )
    prop_names = {c.name for c in props.classes}
    for mod in modules.values():
        _finish(mod, prop_names)
    index = sorted((m.name, mod.name) for mod in modules.values() for m in mod.models)
    return Package(
        product=doc["info"].get("x-pve-product", "pve"),
        version=doc["info"]["version"],
        modules=sorted(modules.values(), key=lambda m: m.name),
        root_class=class_of[""],
        model_index=index,
        path_count=len(doc["paths"]),
        operation_count=op_count,
        propstrs=props.classes,
    )


def _child(
    parent: str,
    path: str,
    paths: dict[str, dict[str, Any]],
    class_of: dict[str, str],
    module_of: dict[str, str],
) -> Child:
    segment = path.rsplit("/", 1)[1]
    module = module_of[path] if module_of[path] != module_of[parent] else None
    text = _clean(str(paths[path].get("x-pve-text") or segment))
    if segment.startswith("{") and segment.endswith("}"):
        wire = segment[1:-1]
        schema = _path_param_schema(paths, path, wire)
        annotation = "int" if schema.get("type") == "integer" else "str"
        return Child(
            attr=identifier(wire, _PARAM_RESERVED | frozenset(METHODS)),
            class_name=class_of[path],
            module=module,
            segment=wire,
            param_annotation=annotation,
            doc=docstring([" ".join(_paragraphs(schema.get("description"))) or text]),
        )
    if re.search(r"[^0-9A-Za-z._~-]", segment):
        raise GenError(f"path {path}: static segment {segment!r} needs URL encoding")
    return Child(
        attr=identifier(segment, _PARAM_RESERVED | frozenset(METHODS)),
        class_name=class_of[path],
        module=module,
        segment=segment,
        param_annotation=None,
        doc=docstring([_summary(paths[path]) or text]),
    )


def _summary(item: dict[str, Any]) -> str:
    """The first line of the first operation's description at a path."""
    for method in METHODS:
        lines = _paragraphs((item.get(method) or {}).get("description"))
        if lines:
            return lines[0]
    return ""


def _path_param_schema(paths: dict[str, dict[str, Any]], path: str, name: str) -> dict[str, Any]:
    """The schema of ``{name}`` from the first operation at ``path`` or below that declares it."""
    for candidate, item in paths.items():
        if candidate != path and not candidate.startswith(path + "/"):
            continue
        for method in METHODS:
            for param in (item.get(method) or {}).get("parameters", []):
                if param["in"] == "path" and param["name"] == name:
                    return param["schema"]  # type: ignore[no-any-return]
    return {"type": "string"}


def _operation(
    path: str,
    method: str,
    op: dict[str, Any],
    model_base: str,
    models: _Models,
    mod: Module,
    prop_strings: PropStrings,
) -> Operation:
    where = f"{method.upper()} {path}"
    props: list[tuple[str, dict[str, Any], bool]] = []
    for param in op.get("parameters", []):
        if param["in"] == "query":
            props.append((param["name"], param["schema"], param["required"]))
    body = (op.get("requestBody") or {}).get("content", {}).get("application/x-www-form-urlencoded")
    if body:
        schema = body["schema"]
        needed = set(schema.get("required", []))
        props += [(n, s, n in needed) for n, s in (schema.get("properties") or {}).items()]
        for sub in (schema.get("patternProperties") or {}).values():
            family = sub["x-pve-family"]
            props.append((family["name"], sub, bool(family.get("required"))))
    params: list[Param] = []
    used: set[str] = set()
    plain = {wire for wire, schema, _ in props if "x-pve-family" not in schema}
    for wire, schema, is_required in props:
        family = schema.get("x-pve-family")
        base = wire[: -len("[n]")] if family else wire
        # `numa` (a flag) and `numa[n]` (a family) coexist: the family becomes `numa_n`.
        name = identifier(base + "_n" if family and base in plain else base, _PARAM_RESERVED)
        if name in used:
            raise GenError(f"{where}: two parameters map to the Python name {name!r}")
        used.add(name)
        if family:
            member = _input_type(schema, prop_strings)
            if "delete" in plain:
                member += " | None"  # None deletes the member (`delete=net1`)
            annotation = f"Mapping[int, {member}]"
            value = f"_family({name}, {family['minimum']}, {family['maximum']})"
        else:
            annotation = _input_type(schema, prop_strings)
            value = f"_join({name})" if annotation.startswith("str | Sequence") else name
            if schema.get("format") in checked_formats() and annotation == "str":
                value = f"_checked({schema['format']!r}, {wire!r}, {name})"
            elif schema.get("format") == "urlencoded" and annotation == "str":
                value = f"_urlencoded({name})"
        if not is_required:
            annotation += " | None"
        params.append(
            Param(
                wire=wire,
                name=name,
                annotation=annotation,
                required=is_required,
                value=value,
                doc=_param_doc(name, schema, base),
                default="" if is_required else " = None",
            )
        )
    params.sort(key=lambda p: not p.required)
    data = op["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["data"]
    verb = camel(method)
    returns = models.output_type(data, f"{model_base}{verb}Result")
    if data.get("x-pve-raw-optional") and returns not in ("None", "Any"):
        returns += " | None"  # the schema marks the result optional: `data` may be null
    returns_var = f"_R{len(mod.returns)}"
    for spec in mod.returns:
        if spec.annotation == returns:
            returns_var = spec.var
            break
    else:
        mod.returns.append(ReturnSpec(var=returns_var, annotation=returns))
    doc = _paragraphs(op.get("description")) or [f"{method.upper()} {path}"]
    if params:
        doc += ["", "Args:", *(f"    {line}" if line else "" for p in params for line in p.doc)]
    doc += ["", "Returns:", f"    ``{_clean(returns)}``" + _returns_note(data)]
    perms = _permissions(op)
    if perms:
        doc += ["", "Permissions:", *(f"    {line}" if line else "" for line in perms)]
    notes = []
    if op.get("x-pve-proxyto"):
        notes.append(f"Forwarded to the node given by ``{op['x-pve-proxyto']}``.")
    if op.get("x-pve-protected"):
        notes.append("Protected: runs in the privileged daemon.")
    if op.get("x-pve-allowtoken") is False:
        notes.append("Not available to API tokens.")
    if notes:
        doc += ["", *notes]
    doc += ["", f"Proxmox: ``{method.upper()} {path}`` (``{op.get('x-pve-name', '')}``)."]
    return Operation(
        method=method,
        http=method.upper(),
        params=params,
        returns=returns,
        returns_var=returns_var,
        doc=docstring(doc),
    )


def _returns_note(data: dict[str, Any]) -> str:
    text = " ".join(_paragraphs(data.get("description")))
    return f": {text}" if text else ""


def _finish(mod: Module, prop_names: set[str]) -> None:
    """Work out what each module imports and how it names classes of other modules."""
    mod.imports.sort()
    for cls in mod.classes:
        for kid in cls.children:
            kid.ref = f"_{kid.module}.{kid.class_name}" if kid.module else kid.class_name
    for cls in mod.classes:
        shadowed = {k.attr for k in cls.children} & _BUILTIN_TYPES
        for op in cls.operations:
            # A child attribute named `list` hides the builtin inside the class body.
            for name in sorted(shadowed):
                pattern = rf"(?<![\w.]){name}\b"
                op.returns = re.sub(pattern, f"builtins.{name}", op.returns)
                for p in op.params:
                    p.annotation = re.sub(pattern, f"builtins.{name}", p.annotation)
            mod.needs_builtins = mod.needs_builtins or bool(shadowed)
    local_models = {m.name for m in mod.models}
    used = {
        name
        for cls in mod.classes
        for op in cls.operations
        for name in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", op.returns)
    }
    mod.model_imports = sorted(used & local_models)
    params_text = " ".join(
        p.annotation for c in mod.classes for o in c.operations for p in o.params
    )
    mod.propstr_imports = sorted(
        set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", params_text)) & prop_names
    )
    fields_text = " ".join(f.annotation for m in mod.models for f in m.fields)
    mod.model_propstr_imports = sorted(
        set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", fields_text)) & prop_names
    )
    annotations = " ".join(
        [p.annotation for c in mod.classes for o in c.operations for p in o.params]
        + [o.returns for c in mod.classes for o in c.operations]
    )
    mod.typing_names = [n for n in ("Any", "Literal") if re.search(rf"\b{n}\b", annotations)]
    fields = " ".join(f.annotation for m in mod.models for f in m.fields)
    mod.model_typing_names = [n for n in ("Any", "Literal") if re.search(rf"\b{n}\b", fields)]
    if mod.imports:
        mod.typing_names.insert(0, "TYPE_CHECKING")
    params = [p for c in mod.classes for o in c.operations for p in o.params]
    kids = [k for c in mod.classes for k in c.children]
    mod.runtime_imports = ["Returns"] if mod.returns else []
    mod.runtime_aliases = [
        *(["family"] if any(p.value.startswith("_family(") for p in params) else []),
        *(["join"] if any(p.value.startswith("_join(") for p in params) else []),
        *(["checked"] if any(p.value.startswith("_checked(") for p in params) else []),
        *(["urlencoded"] if any(p.value.startswith("_urlencoded(") for p in params) else []),
        *(["segment"] if any(k.param_annotation for k in kids) else []),
    ]
    mod.abc_names = [n for n in ("Mapping", "Sequence") if re.search(rf"\b{n}\b", annotations)]
    mod.needs_field = any(f.alias or f.default for m in mod.models for f in m.fields)
    mod.needs_classvar = any(m.families for m in mod.models)
    for model in mod.models:
        for f in model.fields:
            if f.default:
                continue
            alias = f", alias={f.alias!r}" if f.alias else ""
            if f.required:
                f.default = f" = Field({alias[2:]})" if alias else ""
            else:
                f.default = f" = Field(default=None{alias})" if alias else " = None"


# --------------------------------------------------------------------------- property strings


@dataclass
class PropField:
    name: str
    alias: str | None
    annotation: str
    required: bool
    doc: str
    default: str


@dataclass
class PropStr:
    name: str
    doc: str
    fields: list[PropField]
    default_key: str | None
    aliases: list[tuple[str, str]]
    key_alias: tuple[str, str, list[str]] | None
    formats: list[tuple[str, str]] = field(default_factory=list)  # (field, checked format)
    required: list[str] = field(default_factory=list)  # wire keys printed after the default key


_TYPETEXT_ITEM = re.compile(
    r"(?P<open>\[*)(?P<comma>,?)(?P<key>[A-Za-z0-9_\-]+)=(?P<dk>\]?)"
    r"(?P<value><[^>]*>|[^\s\]]+)"
)
_WORD = re.compile(r"^[A-Za-z0-9_.\-]+$")


def from_typetext(typetext: str) -> dict[str, Any] | None:
    """A property-string structure read from a named format's ``typetext``.

    Named formats (``pve-qm-ipconfig``, ``pve-qm-hostpci``, …) are described only by their
    human-readable syntax, ``[gw=<GatewayIPv4>] [,ip=<IPv4Format/CIDR>]``: ``[key=]`` marks the
    default key, brackets mark optional keys, ``<a|b>`` an enum, ``<1|0>`` a flag.
    """
    properties: dict[str, Any] = {}
    required: list[str] = []
    for match in _TYPETEXT_ITEM.finditer(typetext):
        key, value = match["key"], match["value"]
        default_key = match["dk"] == "]"
        optional = len(match["open"]) > (1 if default_key else 0)
        inner = value[1:-1] if value.startswith("<") else value
        choices = inner.split("|")
        schema: dict[str, Any]
        if choices == ["1", "0"]:
            schema = {"type": "boolean"}
        elif inner == "integer":
            schema = {"type": "integer"}
        elif inner == "number":
            schema = {"type": "number"}
        elif len(choices) > 1 and all(_WORD.match(c) for c in choices):
            schema = {"type": "string", "enum": choices}
        else:
            schema = {"type": "string", "x-pve-format-description": inner}
        if default_key:
            schema["x-pve-default-key"] = True
        properties[key] = schema
        if not optional:
            required.append(key)
    if not properties:
        return None
    return {"type": "object", "properties": properties, "required": required}


def _with_structure(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with ``x-pve-property-string``: its own, or one read from its typetext."""
    if "x-pve-property-string" in schema:
        return schema
    if not isinstance(schema.get("format"), str) or "=" not in schema.get("x-pve-typetext", ""):
        return schema
    derived = from_typetext(schema["x-pve-typetext"])
    return schema if derived is None else {**schema, "x-pve-property-string": derived}


def _prop_key(schema: dict[str, Any]) -> str:
    import json

    return json.dumps(schema["x-pve-property-string"], sort_keys=True)


class PropStrings:
    """Every distinct property-string format of the spec, named after the property holding it.

    ``net[n]`` gives ``Net``; when two different formats would share a name (qemu's and lxc's
    ``net``), each is qualified by the last static segment of the path that first uses it
    (``QemuNet``, ``LxcNet``; ``PciMap``, ``UsbMap``), then by the one before it.
    """

    def __init__(self, doc: dict[str, Any]) -> None:
        found: dict[
            str, tuple[dict[str, Any], str, tuple[str, ...]]
        ] = {}  # key → schema, base, path
        for path, item in doc["paths"].items():
            area = _statics(path) or ("api",)
            for method in METHODS:
                op = item.get(method)
                if op:
                    for schema, name in _schemas_in(op):
                        found.setdefault(_prop_key(schema), (schema, name, area))
        by_base: dict[str, list[str]] = {}
        for key, (_, name, _) in found.items():
            by_base.setdefault(camel(name) or "Value", []).append(key)
        self.names: dict[str, str] = {}
        taken: set[str] = set()
        for base, keys in by_base.items():

            def named(depth: int, keys: list[str] = keys, base: str = base) -> list[str]:
                return [
                    base if depth == 0 else camel(" ".join(found[k][2][-depth:])) + base
                    for k in keys
                ]

            names = next(
                (
                    candidates
                    for depth in (0, 1, 2, 3)
                    if len(set(candidates := named(depth))) == len(candidates)
                    and not taken & set(candidates)
                ),
                named(1 if len(keys) > 1 else 0),  # still alike: numbered below
            )
            for key, name in zip(keys, names, strict=True):
                candidate, n = name, 2
                while candidate in taken:
                    candidate, n = f"{name}{n}", n + 1
                taken.add(candidate)
                self.names[key] = candidate
        self.classes = [_prop_class(self.names[key], entry[0]) for key, entry in found.items()]
        self.classes.sort(key=lambda c: c.name)
        self.shapes = [(_shape(entry[0]), self.names[key]) for key, entry in found.items()]
        # Named formats, whose results carry no typetext to read a structure from.
        self.by_format = {
            entry[0]["format"]: self.names[key]
            for key, entry in found.items()
            if isinstance(entry[0].get("format"), str)
        }

    def name(self, schema: dict[str, Any]) -> str | None:
        named = schema.get("format")
        if isinstance(named, str) and named in self.by_format:
            return self.by_format[named]
        schema = _with_structure(schema)
        if "x-pve-property-string" not in schema:
            return None
        exact = self.names.get(_prop_key(schema))
        if exact is not None:
            return exact
        # A result's format is often an input's minus a create-only key (scsi without
        # `import-from`): use the smallest input format that covers it, field for field.
        wanted = _shape(schema)
        covering = [
            (len(shape), name)
            for shape, name in self.shapes
            if wanted and all(shape.get(key) == kind for key, kind in wanted.items())
        ]
        return min(covering)[1] if covering else None


def _shape(schema: dict[str, Any]) -> dict[str, str]:
    """A format's fields as wire key → type (enum values included), for matching formats."""
    props = schema["x-pve-property-string"].get("properties") or {}
    return {
        key: f"{sub.get('type')}:{','.join(sub.get('enum', []))}:{sub.get('x-pve-alias', '')}"
        for key, sub in props.items()
    }


def _schemas_in(op: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    """(schema, property name) for every property string an operation's inputs mention."""
    out: list[tuple[dict[str, Any], str]] = []

    def visit(schema: dict[str, Any], name: str) -> None:
        schema = _with_structure(schema)
        if "x-pve-property-string" in schema:
            out.append((schema, name))
        if isinstance(schema.get("items"), dict):
            visit(schema["items"], name)

    for param in op.get("parameters", []):
        visit(param["schema"], param["name"])
    body = (op.get("requestBody") or {}).get("content", {}).get("application/x-www-form-urlencoded")
    if body:
        for name, sub in (body["schema"].get("properties") or {}).items():
            visit(sub, name)
        for sub in (body["schema"].get("patternProperties") or {}).values():
            visit(sub, sub["x-pve-family"]["name"].removesuffix("[n]"))
    return out


def _prop_scalar(schema: dict[str, Any]) -> str:
    if "enum" in schema:
        return _literal(schema["enum"])
    return {"integer": "int", "number": "float", "boolean": "bool"}.get(
        str(schema.get("type")), "str"
    )


def _prop_class(name: str, schema: dict[str, Any]) -> PropStr:
    fmt = schema["x-pve-property-string"]
    props: dict[str, Any] = fmt.get("properties") or {}
    required = set(fmt.get("required", []))
    aliases: list[tuple[str, str]] = []
    key_alias: tuple[str, str, list[str]] | None = None
    default_key: str | None = None
    fields: list[PropField] = []
    formats: list[tuple[str, str]] = []
    for wire, sub in props.items():
        if "x-pve-alias" in sub:
            if "x-pve-key-alias" in sub:
                keys = [*(key_alias[2] if key_alias else []), wire]
                key_alias = (sub["x-pve-key-alias"], sub["x-pve-alias"], keys)
            else:
                aliases.append((wire, sub["x-pve-alias"]))
            continue
        if sub.get("x-pve-default-key"):
            default_key = wire
        py = identifier(wire, _MODEL_RESERVED)
        annotation = _prop_scalar(sub)
        is_required = wire in required
        if not is_required:
            annotation += " | None"
        alias = wire if py != wire else None
        if is_required:
            default = f" = Field(alias={wire!r})" if alias else ""
        else:
            default = f" = Field(default=None, alias={wire!r})" if alias else " = None"
        text = sub.get("description") or sub.get("x-pve-format-description") or ""
        doc = docstring([*_paragraphs(text), *_constraints(sub)])
        fields.append(PropField(py, alias, annotation, is_required, doc, default))
        if sub.get("format") in checked_formats():
            formats.append((py, sub["format"]))
    fields.sort(key=lambda f: (not f.required, f.name))
    typetext = schema.get("x-pve-typetext")
    lines = _paragraphs(schema.get("description")) or [f"Property string ``{name}``."]
    if typetext:
        lines += ["", f"Syntax: ``{_clean(typetext)}``"]
    printed_first = sorted(
        wire
        for wire, sub in props.items()
        if wire in required and "x-pve-alias" not in sub and wire != default_key
    )
    return PropStr(
        name,
        docstring(lines),
        fields,
        default_key,
        sorted(aliases),
        key_alias,
        sorted(formats),
        printed_first,
    )


def checked_formats() -> frozenset[str]:
    """The value formats the runtime checks (``pvesdk.formats``), so generated code calls it."""
    from pvesdk.formats import CHECKS

    return frozenset(CHECKS)
