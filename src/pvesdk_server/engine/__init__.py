"""The mock cluster engine (plain Python; no web framework): see :class:`Engine`.

Operations with real behaviour live in one module per part of Proxmox (importing them registers
their routes): :mod:`.cluster`, :mod:`.guests`, :mod:`.tasks`, :mod:`.storage` (definitions in
:mod:`.storage_config`), :mod:`.access`, :mod:`.pools`, :mod:`.roles`, :mod:`.realms`,
:mod:`.firewall` (with :mod:`.firewall_rules`, :mod:`.firewall_sets`, :mod:`.firewall_options`),
:mod:`.ha`, :mod:`.sdn`, :mod:`.backup`, :mod:`.consoles`, :mod:`.migrate`,
:mod:`.replication`, :mod:`.downloads`, :mod:`.network`.
"""

from . import (  # noqa: F401  (importing them registers their routes)
    access,
    backup,
    cluster,
    consoles,
    disks,
    downloads,
    firewall,
    firewall_options,
    firewall_rules,
    firewall_sets,
    groups,
    guests,
    ha,
    migrate,
    network,
    pools,
    realms,
    replication,
    roles,
    sdn,
    storage,
    storage_config,
    tasks,
)
from .core import Engine, Reply
from .state import DEFAULT_SEED
from .storage import store_upload

__all__ = ["DEFAULT_SEED", "Engine", "Reply", "store_upload"]
