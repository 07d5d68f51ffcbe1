# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Code rendered from ``specs/pve/9.2/openapi.json``."""

PRODUCT = "pve"
API_VERSION = "9.2"
PATH_COUNT = 449
OPERATION_COUNT = 675
SPEC_SHA256 = "f7110a59d60d42c7bb230ca1029125817da37042c9b6004140f75c725fa87b44"
