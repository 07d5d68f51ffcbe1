# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/0.0/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 0.0`.
"""Which releases have each operation and parameter, from the specs of every release.

A mask has bit ``i`` set when ``RELEASES[i]`` has the operation (or parameter). ``PARAMETERS``
lists only parameters whose mask differs from their operation's. Read it through
:mod:`pvesdk.releases`.
"""

RELEASES: tuple[str, ...] = ("0.0",)

OPERATIONS: dict[str, int] = {
    "DELETE /nodes/{node}/storage/{storage}/content/{volume}": 0b1,
    "GET /nodes": 0b1,
    "GET /nodes/{node}": 0b1,
    "GET /nodes/{node}/disks": 0b1,
    "GET /nodes/{node}/disks/list": 0b1,
    "GET /nodes/{node}/qemu/{vmid}/config": 0b1,
    "GET /version": 0b1,
    "POST /nodes/{node}/qemu": 0b1,
    "PUT /nodes/{node}/qemu/{vmid}/config": 0b1,
}

PARAMETERS: dict[str, dict[str, int]] = {}
