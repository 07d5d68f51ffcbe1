from pvesdk import PveClient


def more_cores(client: PveClient) -> int:
    cfg = client.nodes.node("pve1").qemu.vmid(100).config.get()
    return cfg.cores + 1  # expect: Unsupported operand types for + ("None" and "int")
