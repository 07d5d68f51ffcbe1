from pvesdk import PveClient


def create(client: PveClient) -> str:
    return client.nodes.node("pve1").qemu.post(name="no-vmid")  # expect: Missing named argument "vmid"
