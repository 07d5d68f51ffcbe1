from pvesdk import PveClient


def config(client: PveClient) -> None:
    client.nodes.node("pve1").qemu.vmid("100").config.get()  # expect: Argument 1 to "vmid"
