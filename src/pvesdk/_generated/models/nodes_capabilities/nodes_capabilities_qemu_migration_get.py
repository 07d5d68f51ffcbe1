# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/capabilities/qemu/migration``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesCapabilitiesQemuMigrationGetResult",
]


class NodesCapabilitiesQemuMigrationGetResult(PveModel):
    """Result object ``NodesCapabilitiesQemuMigrationGetResult``."""

    has_dbus_vmstate: bool = Field(alias="has-dbus-vmstate")
    """Whether the host supports live-migrating additional VM state via the dbus-vmstate helper."""
