from pvesdk import PveClient


def grow(client: PveClient) -> None:
    client.nodes.node("pve1").qemu.vmid(100).config.put(4)  # expect: Too many positional arguments
