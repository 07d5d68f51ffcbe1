# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/0.0/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 0.0`.
"""Code rendered from ``specs/pve/0.0/openapi.json``."""

PRODUCT = "pve"
API_VERSION = "0.0"
PATH_COUNT = 11
OPERATION_COUNT = 9
SPEC_SHA256 = "d45e20911a7cae253410daa17a038cade6ba25fdd01eb1de0c5d67fe0bf3df66"
