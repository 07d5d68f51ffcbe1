from pvesdk import PveClient


def start(client: PveClient) -> None:
    client.nodes.node("pve1").qemu.vmid(100).status.start.get()  # expect: has no attribute "get"
