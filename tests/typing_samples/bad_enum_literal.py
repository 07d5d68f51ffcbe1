from pvesdk import PveClient


def create(client: PveClient) -> str:
    return client.nodes.node("pve1").qemu.post(vmid=101, ostype="linux26")  # expect: Argument "ostype"
