from pvesdk import PveClient


def add_nic(client: PveClient) -> None:
    client.nodes.node("pve1").qemu.vmid(100).config.put(net={"0": "virtio,bridge=vmbr0"})  # expect: Dict entry 0 has incompatible type "str": "str"; expected "int"
