from pvesdk import PveClient


def vms(client: PveClient) -> None:
    client.nodes.node("pve1").qemuu.get()  # expect: has no attribute "qemuu"
