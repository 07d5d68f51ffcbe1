# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""The property-string model ``Scsi`` (see ``pvesdk.propstr``)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from pvesdk._propstr import PropertyString

__all__ = ["Scsi"]


class Scsi(PropertyString):
    """Use volume as SCSI hard disk or CD-ROM (n is 0 to 30). Use the special syntax STORAGE_ID:SIZE_IN_GiB to allocate a new volume. Use STORAGE_ID:0 and the 'import-from' parameter to import from an existing volume.

    Syntax: ``[file=]<volume> [,aio=<native|threads|io_uring>] [,backup=<1|0>] [,bps=<bps>] [,bps_max_length=<seconds>] [,bps_rd=<bps>] [,bps_rd_max_length=<seconds>] [,bps_wr=<bps>] [,bps_wr_max_length=<seconds>] [,cache=<enum>] [,detect_zeroes=<1|0>] [,discard=<ignore|on>] [,format=<enum>] [,import-from=<source volume>] [,iops=<iops>] [,iops_max=<iops>] [,iops_max_length=<seconds>] [,iops_rd=<iops>] [,iops_rd_max=<iops>] [,iops_rd_max_length=<seconds>] [,iops_wr=<iops>] [,iops_wr_max=<iops>] [,iops_wr_max_length=<seconds>] [,iothread=<1|0>] [,mbps=<mbps>] [,mbps_max=<mbps>] [,mbps_rd=<mbps>] [,mbps_rd_max=<mbps>] [,mbps_wr=<mbps>] [,mbps_wr_max=<mbps>] [,media=<cdrom|disk>] [,product=<product>] [,queues=<integer>] [,replicate=<1|0>] [,rerror=<ignore|report|stop>] [,ro=<1|0>] [,scsiblock=<1|0>] [,serial=<serial>] [,shared=<1|0>] [,size=<DiskSize>] [,snapshot=<1|0>] [,ssd=<1|0>] [,vendor=<vendor>] [,werror=<enum>] [,wwn=<wwn>]``"""

    __pve_default_key__: ClassVar[str | None] = "file"
    __pve_aliases__: ClassVar[dict[str, str]] = {
        "bps_rd_length": "bps_rd_max_length",
        "bps_wr_length": "bps_wr_max_length",
        "iops_rd_length": "iops_rd_max_length",
        "iops_wr_length": "iops_wr_max_length",
        "volume": "file",
    }
    __pve_formats__: ClassVar[dict[str, str]] = {
        "file": "pve-volume-id-or-qm-path",
        "import_from": "pve-volume-id-or-absolute-path",
        "serial": "urlencoded",
        "size": "disk-size",
    }

    file: str
    """The drive's backing volume.
    Format: ``pve-volume-id-or-qm-path``."""

    aio: Literal["native", "threads", "io_uring"] | None = None
    """AIO type to use."""

    backup: bool | None = None
    """Whether the drive should be included when making backups."""

    bps: int | None = None
    """Maximum r/w speed in bytes per second."""

    bps_max_length: int | None = None
    """Maximum length of I/O bursts in seconds.
    Range: 1 to inf."""

    bps_rd: int | None = None
    """Maximum read speed in bytes per second."""

    bps_rd_max_length: int | None = None
    """Maximum length of read I/O bursts in seconds.
    Range: 1 to inf."""

    bps_wr: int | None = None
    """Maximum write speed in bytes per second."""

    bps_wr_max_length: int | None = None
    """Maximum length of write I/O bursts in seconds.
    Range: 1 to inf."""

    cache: Literal["none", "writethrough", "writeback", "unsafe", "directsync"] | None = None
    """The drive's cache mode"""

    detect_zeroes: bool | None = None
    """Controls whether to detect and try to optimize writes of zeroes."""

    discard: Literal["ignore", "on"] | None = None
    """Controls whether to pass discard/trim requests to the underlying storage."""

    format: Literal["raw", "qcow", "qed", "qcow2", "vmdk", "cloop"] | None = None
    """The drive's backing file's data format."""

    import_from: str | None = Field(default=None, alias="import-from")
    """Create a new disk, importing from this source (volume ID or absolute path). When an absolute path is specified, it's up to you to ensure that the source is not actively used by another process during the import!
    Format: ``pve-volume-id-or-absolute-path``."""

    iops: int | None = None
    """Maximum r/w I/O in operations per second."""

    iops_max: int | None = None
    """Maximum unthrottled r/w I/O pool in operations per second."""

    iops_max_length: int | None = None
    """Maximum length of I/O bursts in seconds.
    Range: 1 to inf."""

    iops_rd: int | None = None
    """Maximum read I/O in operations per second."""

    iops_rd_max: int | None = None
    """Maximum unthrottled read I/O pool in operations per second."""

    iops_rd_max_length: int | None = None
    """Maximum length of read I/O bursts in seconds.
    Range: 1 to inf."""

    iops_wr: int | None = None
    """Maximum write I/O in operations per second."""

    iops_wr_max: int | None = None
    """Maximum unthrottled write I/O pool in operations per second."""

    iops_wr_max_length: int | None = None
    """Maximum length of write I/O bursts in seconds.
    Range: 1 to inf."""

    iothread: bool | None = None
    """Whether to use iothreads for this drive"""

    mbps: float | None = None
    """Maximum r/w speed in megabytes per second."""

    mbps_max: float | None = None
    """Maximum unthrottled r/w pool in megabytes per second."""

    mbps_rd: float | None = None
    """Maximum read speed in megabytes per second."""

    mbps_rd_max: float | None = None
    """Maximum unthrottled read pool in megabytes per second."""

    mbps_wr: float | None = None
    """Maximum write speed in megabytes per second."""

    mbps_wr_max: float | None = None
    """Maximum unthrottled write pool in megabytes per second."""

    media: Literal["cdrom", "disk"] | None = None
    """The drive's media type.
    Default: ``disk``."""

    product: str | None = None
    """The drive's product name, up to 16 bytes long.
    Pattern: ``^[A-Za-z0-9\\-_\\s]{,16}$``."""

    queues: int | None = None
    """Number of queues.
    Range: 2 to inf."""

    replicate: bool | None = None
    """Whether the drive should considered for replication jobs.
    Default: ``1``."""

    rerror: Literal["ignore", "report", "stop"] | None = None
    """Read error action."""

    ro: bool | None = None
    """Whether the drive is read-only."""

    scsiblock: bool | None = None
    """whether to use scsi-block for full passthrough of host block device

    WARNING: can lead to I/O errors in combination with low memory or high memory fragmentation on host
    Default: ``0``."""

    serial: str | None = None
    """The drive's reported serial number, url-encoded, up to 20 bytes long.
    Length: 0 to 60.
    Format: ``urlencoded``.
    Pass plain text: pvesdk percent-encodes it as Proxmox expects."""

    shared: bool | None = None
    """Mark this locally-managed volume as available on all nodes
    Default: ``0``."""

    size: str | None = None
    """Disk size. This is purely informational and has no effect.
    Format: ``disk-size``."""

    snapshot: bool | None = None
    """Controls qemu's snapshot mode feature. If activated, changes made to the disk are temporary and will be discarded when the VM is shutdown."""

    ssd: bool | None = None
    """Whether to expose this drive as an SSD, rather than a rotational hard disk."""

    vendor: str | None = None
    """The drive's vendor name, up to 8 bytes long.
    Pattern: ``^[A-Za-z0-9\\-_\\s]{,8}$``."""

    werror: Literal["enospc", "ignore", "report", "stop"] | None = None
    """Write error action."""

    wwn: str | None = None
    """The drive's worldwide name, encoded as 16 bytes hex string, prefixed by '0x'.
    Pattern: ``^(?:^(0x)[0-9a-fA-F]{16})$``."""
