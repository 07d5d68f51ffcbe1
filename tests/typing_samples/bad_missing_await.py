from pvesdk import AsyncPveClient


async def cores(client: AsyncPveClient) -> int | None:
    cfg = client.nodes.node("pve1").qemu.vmid(100).config.get()
    return cfg.cores  # expect: has no attribute "cores"
