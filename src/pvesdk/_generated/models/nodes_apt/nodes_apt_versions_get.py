# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/apt/versions``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pvesdk._model import PveModel

__all__ = [
    "NodesAptVersionsGetResultItem",
]


class NodesAptVersionsGetResultItem(PveModel):
    """Result object ``NodesAptVersionsGetResultItem``."""

    Arch: Literal["armhf", "arm64", "amd64", "ppc64el", "risc64", "s390x", "all"] | str
    """Package Architecture."""

    CurrentState: (
        Literal[
            "Installed",
            "NotInstalled",
            "UnPacked",
            "HalfConfigured",
            "HalfInstalled",
            "ConfigFiles",
        ]
        | str
    )
    """Current state of the package installed on the system."""

    Description: str
    """Package description."""

    Origin: str
    """Package origin, e.g., 'Proxmox' or 'Debian'."""

    Package: str
    """Package name."""

    Priority: str
    """Package priority."""

    Section: str
    """Package section."""

    Title: str
    """Package title."""

    Version: str
    """New version to be updated to."""

    ManagerVersion: str | None = None
    """Version of the currently running pve-manager API server."""

    NotifyStatus: str | None = None
    """Version for which PVE has already sent an update notification for."""

    OldVersion: str | None = None
    """Old version currently installed."""

    RunningKernel: str | None = None
    """Kernel release, only for package 'proxmox-ve'."""
