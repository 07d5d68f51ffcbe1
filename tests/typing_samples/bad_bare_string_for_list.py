from pvesdk import PveClient


def run(client: PveClient) -> None:
    client.nodes.node("pve1").qemu.vmid(100).agent.exec.post(command="uname -a")  # expect: Argument "command"
