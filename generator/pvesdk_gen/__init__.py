"""pvesdk-gen: Proxmox API viewer → OpenAPI 3.1 spec → typed Python SDK.

The pipeline is a chain of pure stages, one module each:
``crawl`` (browser or file) → ``parse`` → ``openapi`` (normalize, overrides) → ``ir`` → ``render``.
Only ``cli`` and ``files`` touch the disk.
"""

__all__ = ["GENERATOR_VERSION"]

#: Bumped whenever the spec or the rendered code changes shape for the same input.
GENERATOR_VERSION = "1"
