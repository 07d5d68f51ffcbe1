from pvesdk import PveClient


def start(client: PveClient) -> int:
    upid = client.nodes.node("pve1").qemu.vmid(100).status.start.post()
    return upid + 1  # expect: Unsupported operand types for + ("Task" and "int")
