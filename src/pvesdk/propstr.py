"""Property-string models (``QemuNet``, ``Scsi``, ``Mp``, …), generated from the schema.

from pvesdk.propstr import QemuNet
net = QemuNet.parse("virtio=BC:24:11:00:00:01,bridge=vmbr0,firewall=1")
vm = client.nodes.node("pve1").qemu.vmid(100)
vm.config.put(net={1: QemuNet(model="e1000", bridge="vmbr1")})
"""

from pvesdk._generated.propstr import *  # noqa: F403
from pvesdk._generated.propstr import __all__ as __all__
from pvesdk._propstr import PropertyString as PropertyString
