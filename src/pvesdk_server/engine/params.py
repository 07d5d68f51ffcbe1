"""A create or update request's values as Proxmox's section-config handlers write them.

Shared by the handlers of ``PVE::SectionConfig``-backed objects (HA resources, groups and rules,
SDN zones, VNets and subnets, backup jobs, firewall options and rules): which keys ``delete``
names, and booleans stored as ``1``/``0``.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

__all__ = ["delete_keys", "drop_deleted", "wire_values"]


def delete_keys(values: dict[str, Any]) -> list[str]:
    """The option names ``values["delete"]`` lists (split on ``,`` and ``;``, blanks dropped).

    The ``delete`` parameter of Proxmox's update handlers (``PVE::Tools::split_list``).
    """
    text = str(values.get("delete", "") or "")
    return [key.strip() for key in text.replace(";", ",").split(",") if key.strip()]


def drop_deleted(config: dict[str, Any], values: dict[str, Any]) -> None:
    """Remove from ``config`` every option ``values["delete"]`` lists (absent ones are skipped)."""
    for key in delete_keys(values):
        config.pop(key, None)


def wire_values(values: dict[str, Any], skip: Collection[str]) -> dict[str, Any]:
    """``values`` without the keys in ``skip``, booleans as ``1``/``0`` (as stored)."""
    return {k: int(v) if isinstance(v, bool) else v for k, v in values.items() if k not in skip}
