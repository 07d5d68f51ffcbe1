"""The plain model the templates print: every naming and typing decision is made here.

Input is our OpenAPI document (see :mod:`openapi`); output is a list of modules holding path
classes (one per API path) and result models (one per object schema in a ``returns``). Templates
receive these dataclasses and only loop over them.

One module per concern: :mod:`.model` (the dataclasses), :mod:`.names` (identifiers, class and
module names), :mod:`.docstrings`, :mod:`.typeref` (annotations as trees that render themselves
and know their imports), :mod:`.types` (the one schema → type table, by direction, and result
models), :mod:`.propstrings` (property-string formats) and :mod:`.build` (the walk over the
document).

Naming rules (documented for users in the README):

* A path's class is its segments in CamelCase (``/nodes/{node}/qemu`` → ``NodesNodeQemu``).
* A static segment is an attribute, a ``{param}`` segment a method named after the parameter.
* Wire names become identifiers by replacing every character outside ``[A-Za-z0-9_]`` with ``_``;
  a Python keyword, a leading digit or a name pydantic reserves gets a trailing/leading ``_``.
* An indexed family ``net[n]`` is one keyword argument ``net`` taking ``{index: value}``; when a
  plain parameter has the same name (``numa`` and ``numa[n]``), the family is ``numa_n``.
"""

from .build import build
from .model import (
    Child,
    Field,
    Model,
    ModelGroup,
    Module,
    Operation,
    Package,
    Param,
    PathClass,
    PropField,
    PropStr,
    ReturnSpec,
)
from .names import METHODS, MODULE_LIMIT, MODULE_MIN, assign_modules, camel, identifier
from .propstrings import PropStrings, checked_formats, from_typetext
from .typeref import ClassRef, Import, TypeRef
from .types import Direction, ResultModels, schema_type

__all__ = [
    "METHODS",
    "MODULE_LIMIT",
    "MODULE_MIN",
    "Child",
    "ClassRef",
    "Direction",
    "Field",
    "Import",
    "Model",
    "ModelGroup",
    "Module",
    "Operation",
    "Package",
    "Param",
    "PathClass",
    "PropField",
    "PropStr",
    "PropStrings",
    "ResultModels",
    "ReturnSpec",
    "TypeRef",
    "assign_modules",
    "build",
    "camel",
    "checked_formats",
    "from_typetext",
    "identifier",
    "schema_type",
]
