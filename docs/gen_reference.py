"""mkdocs-gen-files script: the API reference pages, printed from the committed spec at build
time by ``pvesdk_gen.docs`` (nothing generated is committed)."""

from __future__ import annotations

from pathlib import Path

import mkdocs_gen_files

from pvesdk_gen.docs import reference_pages_from_file

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "pve" / "9.2" / "openapi.json"

for page in reference_pages_from_file(SPEC, root=ROOT):
    with mkdocs_gen_files.open(f"reference/api/{page.path}", "w") as fh:
        fh.write(page.text)
