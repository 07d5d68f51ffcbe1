# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Code rendered from ``specs/pve/9.2/openapi.json``."""

PRODUCT = "pve"
API_VERSION = "9.2"
PATH_COUNT = 449
OPERATION_COUNT = 675
SPEC_SHA256 = "befb44a7d8bc50583c7a028065d376c3e67afaf79128b6bf19e3e56b5b5c65b1"
