from pvesdk import PveClient


def page(client: PveClient) -> None:
    client.with_total(client.nodes.node("pve1").tasks.get, limmit=10)  # expect: Unexpected keyword argument "limmit"
