from pvesdk import AsyncPveClient


async def exitstatus(client: AsyncPveClient) -> str:
    task = await client.nodes.node("pve1").qemu.vmid(100).status.start.post()
    return task.wait().exitstatus  # expect: has no attribute "exitstatus"
