from pvesdk import PveClient


def grow(client: PveClient) -> None:
    client.nodes.node("pve1").qemu.vmid(100).config.put(cores="4")  # expect: Argument "cores"
