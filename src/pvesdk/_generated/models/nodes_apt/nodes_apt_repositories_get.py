# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models of ``GET /nodes/{node}/apt/repositories``: lenient (unknown keys kept, unknown enum values accepted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pvesdk._model import PveModel

__all__ = [
    "NodesAptRepositoriesGetResult",
    "NodesAptRepositoriesGetResultErrorsItem",
    "NodesAptRepositoriesGetResultFilesItem",
    "NodesAptRepositoriesGetResultFilesItemRepositoriesItem",
    "NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem",
    "NodesAptRepositoriesGetResultInfosItem",
    "NodesAptRepositoriesGetResultStandardReposItem",
]


class NodesAptRepositoriesGetResult(PveModel):
    """Result from parsing the APT repository files in /etc/apt/."""

    digest: str
    """Common digest of all files."""

    errors: list[NodesAptRepositoriesGetResultErrorsItem]
    """List of problematic repository files."""

    files: list[NodesAptRepositoriesGetResultFilesItem]
    """List of parsed repository files."""

    infos: list[NodesAptRepositoriesGetResultInfosItem]
    """Additional information/warnings for APT repositories."""

    standard_repos: list[NodesAptRepositoriesGetResultStandardReposItem] = Field(
        alias="standard-repos"
    )
    """List of standard repositories and their configuration status"""


class NodesAptRepositoriesGetResultErrorsItem(PveModel):
    """Result object ``NodesAptRepositoriesGetResultErrorsItem``."""

    error: str
    """The error message"""

    path: str
    """Path to the problematic file."""


class NodesAptRepositoriesGetResultFilesItem(PveModel):
    """Result object ``NodesAptRepositoriesGetResultFilesItem``."""

    digest: list[int]
    """Digest of the file as bytes."""

    file_type: Literal["list", "sources"] | str = Field(alias="file-type")
    """Format of the file."""

    path: str
    """Path to the problematic file."""

    repositories: list[NodesAptRepositoriesGetResultFilesItemRepositoriesItem]
    """The parsed repositories."""


class NodesAptRepositoriesGetResultFilesItemRepositoriesItem(PveModel):
    """Result object ``NodesAptRepositoriesGetResultFilesItemRepositoriesItem``."""

    Enabled: bool
    """Whether the repository is enabled or not"""

    FileType: Literal["list", "sources"] | str
    """Format of the defining file."""

    Suites: list[str]
    """List of package distribuitions"""

    Types: list[Literal["deb", "deb-src"] | str]
    """List of package types."""

    URIs: list[str]
    """List of repository URIs."""

    Comment: str | None = None
    """Associated comment"""

    Components: list[str] | None = None
    """List of repository components"""

    Options: list[NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem] | None = None
    """Additional options"""


class NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem(PveModel):
    """Result object ``NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem``."""

    Key: str

    Values: list[str]


class NodesAptRepositoriesGetResultInfosItem(PveModel):
    """Result object ``NodesAptRepositoriesGetResultInfosItem``."""

    index: str
    """Index of the associated repository within the file."""

    kind: str
    """Kind of the information (e.g. warning)."""

    message: str
    """Information message."""

    path: str
    """Path to the associated file."""

    property: str | None = None
    """Property from which the info originates."""


class NodesAptRepositoriesGetResultStandardReposItem(PveModel):
    """Result object ``NodesAptRepositoriesGetResultStandardReposItem``."""

    handle: str
    """Handle to identify the repository."""

    name: str
    """Full name of the repository."""

    status: bool | None = None
    """Indicating enabled/disabled status, if the repository is configured."""
