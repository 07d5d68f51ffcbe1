"""Shared fixtures: where the repository and the optional ``../shared`` input data live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PVESDK_SHARED", ROOT.parent / "shared"))


def apidata_path(version: str, product: str = "pve") -> Path:
    return SHARED / f"{product}-apidoc" / version / "apidata.js"


@pytest.fixture
def apidata_92() -> Path:
    path = apidata_path("9.2")
    if not path.is_file():
        pytest.skip(f"schema dump not available: {path} (../shared is absent)")
    return path
