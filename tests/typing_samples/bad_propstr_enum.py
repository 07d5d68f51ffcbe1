from pvesdk.propstr import QemuNet


def nic() -> QemuNet:
    return QemuNet(model="virtoi", bridge="vmbr0")  # expect: Argument "model" to "QemuNet" has incompatible type
