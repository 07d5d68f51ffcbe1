from pvesdk import PveClient


def cpu_count(client: PveClient) -> int:
    cfg = client.nodes.node("pve1").qemu.vmid(100).config.get()
    return cfg.corez or 1  # expect: has no attribute "corez"
