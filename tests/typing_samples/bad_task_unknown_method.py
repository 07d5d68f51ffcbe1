from pvesdk import PveClient


def finish(client: PveClient) -> None:
    task = client.nodes.node("pve1").qemu.vmid(100).status.stop.post()
    task.cancel()  # expect: "Task" has no attribute "cancel"
