# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Code rendered from ``specs/pmg/6.3/openapi.json``."""

PRODUCT = "pmg"
API_VERSION = "6.3"
PATH_COUNT = 221
OPERATION_COUNT = 338
SPEC_SHA256 = "ed0cab427b671916a19b28fcb5eb1509856ec53e95e72d96cbea7996f9131979"
