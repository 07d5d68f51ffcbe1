"""The render model of a whole OpenAPI document: paths, operations, modules and their imports."""

from __future__ import annotations

import re
from typing import Any, Literal

from ..errors import GenError
from ..history import History, operation_key
from ..overrides import not_tasks, tasks_or_text
from .docstrings import clean, docstring, paragraphs, param_doc, permissions, returns_note
from .model import (
    Child,
    ModelGroup,
    Module,
    Operation,
    Package,
    Param,
    PathClass,
    PropStr,
    ReturnSpec,
)
from .names import (
    BUILTIN_TYPES,
    METHODS,
    PARAM_RESERVED,
    assign_modules,
    camel,
    identifier,
    path_class_name,
    snake,
    static_segments,
)
from .propstrings import PropStrings, checked_formats
from .typeref import ANY, INT, NONE, STR, Generic, Import, Name, TypeRef, optional, union
from .types import JOINED, MAPPING, Direction, ResultModels, schema_type

#: How an operation answers a task: not at all (""), a UPID, or a UPID or plain text.
_TaskKind = Literal["", "task", "or_text"]
#: The runtime functions a parameter's value may go through, in the order a module imports them.
_HELPERS = ("family", "join", "sequence", "checked", "urlencoded")

# Parameters that carry a secret (a password, an OTP, a token, a private or subscription key):
# the generated method rebinds each to a `Secret` (repr '***') before anything else runs, so a
# failed call's frames (pytest --showlocals, Sentry) do not show it. Hiding a value that is not
# secret (`key` of sendkey, `value` of a Ceph flag) costs nothing; the text sent is the same.
SECRET_PARAMS = frozenset(
    {
        "password",
        "cipassword",
        "confirmation-password",
        "otp",
        "totp",
        "value",  # TFA: the current TOTP code or a recovery key
        "secret",
        "token",
        "ticket",
        "vncticket",
        "key",
        "client-key",
        "encryption-key",
        "eab-hmac-key",
    }
)


def build(doc: dict[str, Any], history: History | None = None) -> Package:
    """The render model of one OpenAPI document made by :func:`openapi.to_openapi`.

    With the ``history`` of every release, docstrings say in which release an operation or a
    parameter appeared or went away.
    """
    props = PropStrings(doc)
    _name_modules(props.classes)
    plain_strings = not_tasks(doc["info"].get("x-pve-product", "pve"))
    or_text = tasks_or_text(doc["info"].get("x-pve-product", "pve"))
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
        name = path_class_name(path)
        if name in seen:
            raise GenError(f"paths {seen[name]} and {path} both map to class name {name}")
        seen[name] = path
        class_of[path] = name
    module_of[""] = "root"
    # Models are named after the static segments (`NodesQemuConfigGetResult`) unless two paths
    # share those; then after the full class name (`NodesNodeGetResultItem`).
    statics_name = {path: camel(" ".join(static_segments(path))) for path in all_paths}
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
        models = ResultModels(model_names, props)
        operations: list[Operation] = []
        for method in METHODS:
            if method in item:
                task: _TaskKind = ""
                if _answers_upid(path, method, item[method], plain_strings):
                    task = "or_text" if operation_key(method, path) in or_text else "task"
                op = _operation(
                    path, method, item[method], model_base[path], models, mod, props, history, task
                )
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
                        f"``{path or '/'}`` ({clean(str(text))})",
                        *(["", *summaries] if summaries else []),
                    ]
                ),
                children=kids,
                operations=operations,
            )
        )
    prop_modules = {c.name: c.module for c in props.classes}
    for mod in modules.values():
        _finish(mod, prop_modules)
    index = sorted(
        (m.name, f"{mod.name}.{group.name}")
        for mod in modules.values()
        for group in mod.model_groups
        for m in group.models
    )
    return Package(
        product=doc["info"].get("x-pve-product", "pve"),
        version=doc["info"]["version"],
        modules=sorted(modules.values(), key=lambda m: m.name),
        root_class=class_of[""],
        model_index=index,
        path_count=len(doc["paths"]),
        operation_count=op_count,
        propstrs=props.classes,
        history=history,
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
    text = clean(str(paths[path].get("x-pve-text") or segment))
    if segment.startswith("{") and segment.endswith("}"):
        wire = segment[1:-1]
        schema = _path_param_schema(paths, path, wire)
        annotation = INT if schema.get("type") == "integer" else STR
        return Child(
            attr=identifier(wire, PARAM_RESERVED | frozenset(METHODS)),
            class_name=class_of[path],
            module=module,
            segment=wire,
            param_annotation=annotation,
            doc=docstring([" ".join(paragraphs(schema.get("description"))) or text]),
        )
    if re.search(r"[^0-9A-Za-z._~-]", segment):
        raise GenError(f"path {path}: static segment {segment!r} needs URL encoding")
    return Child(
        attr=identifier(segment, PARAM_RESERVED | frozenset(METHODS)),
        class_name=class_of[path],
        module=module,
        segment=segment,
        param_annotation=None,
        doc=docstring([_summary(paths[path]) or text]),
    )


def _summary(item: dict[str, Any]) -> str:
    """The first line of the first operation's description at a path."""
    for method in METHODS:
        lines = paragraphs((item.get(method) or {}).get("description"))
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
    models: ResultModels,
    mod: Module,
    prop_strings: PropStrings,
    history: History | None = None,
    task: _TaskKind = "",
) -> Operation:
    """The render model of one operation.

    ``task`` is ``"task"`` for an operation answering a UPID (see :func:`_answers_upid`),
    ``"or_text"`` for one that may answer plain text instead, ``""`` for any other.
    """
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
        name = identifier(base + "_n" if family and base in plain else base, PARAM_RESERVED)
        if name in used:
            raise GenError(f"{where}: two parameters map to the Python name {name!r}")
        used.add(name)
        helper, args = "", name
        if family:
            member = schema_type(schema, Direction.INPUT, props=prop_strings)
            if "delete" in plain:
                member = optional(member)  # None deletes the member (`delete=net1`)
            annotation: TypeRef = Generic(MAPPING, (INT, member))
            helper, args = "family", f"{name}, {family['minimum']}, {family['maximum']}"
        else:
            annotation = schema_type(schema, Direction.INPUT, props=prop_strings)
            if annotation == JOINED:
                helper = "join"
            if schema.get("type") == "array":
                helper, args = "sequence", f"{wire!r}, {name}"  # refuses a bare str at run time too
            if schema.get("format") in checked_formats() and annotation == STR:
                helper, args = "checked", f"{schema['format']!r}, {wire!r}, {name}"
            elif schema.get("format") == "urlencoded" and annotation == STR:
                helper = "urlencoded"
        if not is_required:
            annotation = optional(annotation)
        params.append(
            Param(
                wire=wire,
                name=name,
                annotation=annotation,
                required=is_required,
                value=f"_{helper}({args})" if helper else name,
                doc=param_doc(name, schema, base, _note(history, path, method, wire)),
                default="" if is_required else " = None",
                helper=helper,
                secret=wire in SECRET_PARAMS and not family,
            )
        )
    params.sort(key=lambda p: not p.required)
    data = op["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["data"]
    verb = camel(method)
    first_model = len(models.models)
    returns = models.output_type(data, f"{model_base}{verb}Result")
    group = models.models[first_model:]
    if data.get("x-pve-raw-optional") and returns not in (NONE, ANY):
        returns = optional(returns)  # the schema marks the result optional: `data` may be null
    # One per operation: a result that does not fit is reported with the operation's name.
    returns_var = f"_R{len(mod.returns)}"
    spec = ReturnSpec(var=returns_var, annotation=returns, operation=f"{method.upper()} {path}")
    if group:
        # The operation's models get a module of their own, imported on its first call only.
        mod.model_groups.append(ModelGroup(name=snake(f"{model_base}{verb}"), models=group))
        spec.modules.append(f"models.{mod.name}.{mod.model_groups[-1].name}")
    mod.returns.append(spec)
    operation = Operation(
        method=method,
        http=method.upper(),
        params=params,
        returns=returns,
        returns_var=returns_var,
        doc="",
    )
    shown = f"``{clean(str(returns))}``"
    if task:
        _as_task(operation, or_text=task == "or_text")
        shown = (
            f"``{operation.sync_returns}`` / ``{operation.async_returns}`` "
            "(the UPID, bound to the client)"
        )
    doc = paragraphs(op.get("description")) or [f"{method.upper()} {path}"]
    if params:
        doc += ["", "Args:", *(f"    {line}" if line else "" for p in params for line in p.doc)]
    doc += ["", "Returns:", f"    {shown}" + returns_note(data)]
    perms = permissions(op)
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
    note = _note(history, path, method)
    if note:
        doc += ["", f"Proxmox VE: {note}"]
    doc += ["", f"Proxmox: ``{method.upper()} {path}`` (``{op.get('x-pve-name', '')}``)."]
    operation.doc = docstring(doc)
    return operation


# Descriptions Proxmox gives a UPID result ("the task ID.", "UPID of the worker", "Worker
# Task-UPID"); most UPID results have none at all.
_UPID_TEXT = re.compile(r"\bUPID\b|\btask\b", re.IGNORECASE)


def _answers_upid(path: str, method: str, op: dict[str, Any], plain: set[str]) -> bool:
    """Whether an operation answers a task's UPID (its worker runs in a task).

    Proxmox's schema does not mark UPIDs: a write whose result is a bare string, or a string
    described as a task id, is one (``$rpcenv->fork_worker`` returns it), except the few writes
    listed in the overrides' ``not-tasks`` (a lock token, monitor output, a volume id …).
    """
    if method == "get" or f"{method.upper()} {path}" in plain:
        return False
    data = op["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["data"]
    if data.get("type") != "string" or "format" in data or "enum" in data:
        return False
    text = data.get("description")
    return not text or bool(_UPID_TEXT.search(str(text)))


def _as_task(op: Operation, *, or_text: bool = False) -> None:
    """Make ``op`` return a bound task: ``Task``, ``Task | None`` where ``data`` may be null, or
    ``Task | str`` where Proxmox answers a plain string when there is nothing to do."""
    may_be_null = op.returns.is_optional
    also = (NONE,) if may_be_null else (STR,) if or_text else ()
    op.bind = "_task_or_none" if may_be_null else "_task_or_text" if or_text else "_task"
    op.sync_returns = union(_TASK, *also)
    op.async_returns = union(_ASYNC_TASK, *also)


_TASK = Name("Task", "pvesdk.tasks")
_ASYNC_TASK = Name("AsyncTask", "pvesdk.tasks")


def _note(history: History | None, path: str, method: str, wire: str | None = None) -> str:
    """``"New in 8.1."`` for an operation (or one of its parameters) younger than the oldest
    release with a spec; ``""`` without history."""
    if history is None:
        return ""
    key = operation_key(method, path)
    return history.note(history.param_mask(key, wire) if wire else history.operations[key])


def _name_modules(classes: list[PropStr]) -> None:
    """Give each property-string model its own module (``QemuNet`` → ``propstr/qemu_net.py``)."""
    seen: dict[str, str] = {}
    for cls in classes:
        cls.module = snake(cls.name)
        if cls.module in seen:
            raise GenError(f"property strings {seen[cls.module]} and {cls.name} share a module")
        seen[cls.module] = cls.name
        class_vars = cls.default_key or cls.aliases or cls.key_alias or cls.required or cls.formats
        cls.typing_names = [
            *(["ClassVar"] if class_vars else []),
            *_typing_names([f.annotation for f in cls.fields], ("Literal",)),
        ]
        cls.needs_field = any(f.alias for f in cls.fields)  # an alias is given by `Field(...)`


def _imports(refs: list[TypeRef]) -> frozenset[Import]:
    return frozenset().union(*(ref.imports() for ref in refs))


def _typing_names(refs: list[TypeRef], names: tuple[str, ...]) -> list[str]:
    """Which of ``names`` (from ``typing``) the annotations use, in the order given."""
    used = _imports(refs)
    return [n for n in names if Import("typing", n) in used]


def _classes(refs: list[TypeRef], kind: str) -> list[str]:
    """The generated classes of ``kind`` (model or propstr) the annotations name, once each."""
    return list(dict.fromkeys(c.name for ref in refs for c in ref.classes() if c.kind == kind))


def _finish(mod: Module, prop_modules: dict[str, str]) -> None:
    """Work out what each module imports and how it names classes of other modules."""
    mod.imports.sort()
    for cls in mod.classes:
        for kid in cls.children:
            kid.ref = f"_{kid.module}.{kid.class_name}" if kid.module else kid.class_name
    for cls in mod.classes:
        # A child attribute named `list` hides the builtin inside the class body.
        shadowed = frozenset({k.attr for k in cls.children} & BUILTIN_TYPES)
        if not shadowed:
            continue
        for kid in cls.children:
            if kid.param_annotation is not None:
                kid.param_annotation = kid.param_annotation.qualify(shadowed)
        for op in cls.operations:
            op.returns = op.returns.qualify(shadowed)
            if op.sync_returns is not None:
                op.sync_returns = op.sync_returns.qualify(shadowed)
            if op.async_returns is not None:
                op.async_returns = op.async_returns.qualify(shadowed)
            for p in op.params:
                p.annotation = p.annotation.qualify(shadowed)
    names = [group.name for group in mod.model_groups]
    if len(set(names)) != len(names):
        raise GenError(f"module {mod.name}: two operations' models share a module name")
    model_module = {
        m.name: f"models.{mod.name}.{group.name}"
        for group in mod.model_groups
        for m in group.models
    }
    params = [p for c in mod.classes for o in c.operations for p in o.params]
    operations = [o for c in mod.classes for o in c.operations]
    kids = [k for c in mod.classes for k in c.children]
    annotations = [p.annotation for p in params] + [o.returns for o in operations]
    printed = annotations + [
        ref
        for ref in [k.param_annotation for k in kids]
        + [o.sync_returns for o in operations]
        + [o.async_returns for o in operations]
        if ref is not None
    ]
    mod.needs_builtins = Import("builtins") in _imports(printed)
    # Result models and property strings: named in annotations only, so the type checkers see
    # them while the path module imports none of them (a call resolves its result type).
    mod.checking_imports = sorted(
        {(model_module[n], n) for n in _classes(annotations, "model")}
        | {(f"propstr.{prop_modules[n]}", n) for n in _classes(annotations, "propstr")}
    )
    for spec in mod.returns:
        named = sorted(_classes([spec.annotation], "propstr"))
        spec.modules += [f"propstr.{prop_modules[n]}" for n in named]
    for group in mod.model_groups:
        fields = [f.annotation for m in group.models for f in m.fields]
        group.model_propstr_imports = sorted(
            (prop_modules[n], n) for n in _classes(fields, "propstr")
        )
        group.model_typing_names = _typing_names(fields, ("Any", "Literal"))
        group.needs_field = any(f.alias or f.default for m in group.models for f in m.fields)
        group.needs_classvar = any(m.families or m.urlencoded for m in group.models)
        group.needs_indexed = any(m.families for m in group.models)
        group.bases = sorted(
            {"PveFamilyModel" if m.families or m.urlencoded else "PveModel" for m in group.models}
        )
    mod.typing_names = _typing_names(annotations, ("Any", "Literal"))
    mod.task_binds = sorted({op.bind for op in operations if op.bind})
    if mod.imports or mod.checking_imports or mod.task_binds:
        mod.typing_names.insert(0, "TYPE_CHECKING")
    mod.runtime_imports = ["Returns"] if mod.returns else []
    helpers = {p.helper for p in params}
    mod.runtime_aliases = [
        *(h for h in _HELPERS if h in helpers),
        *(["secret"] if any(p.secret for p in params) else []),
        *(["segment"] if any(k.param_annotation for k in kids) else []),
    ]
    used = _imports(annotations)
    mod.abc_names = [n for n in ("Mapping", "Sequence") if Import("collections.abc", n) in used]
    for model in mod.models:
        for f in model.fields:
            if f.default:
                continue
            alias = f", alias={f.alias!r}" if f.alias else ""
            if f.required:
                f.default = f" = Field({alias[2:]})" if alias else ""
            else:
                f.default = f" = Field(default=None{alias})" if alias else " = None"
