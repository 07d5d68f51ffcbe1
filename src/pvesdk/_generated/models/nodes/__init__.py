# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``nodes``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .nodes_apt_get import NodesAptGetResultItem as NodesAptGetResultItem
    from .nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResult as NodesAptRepositoriesGetResult,
    )
    from .nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResultErrorsItem as NodesAptRepositoriesGetResultErrorsItem,
    )
    from .nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResultFilesItem as NodesAptRepositoriesGetResultFilesItem,
    )
    from .nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResultFilesItemRepositoriesItem as NodesAptRepositoriesGetResultFilesItemRepositoriesItem,
    )
    from .nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem as NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem,
    )
    from .nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResultInfosItem as NodesAptRepositoriesGetResultInfosItem,
    )
    from .nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResultStandardReposItem as NodesAptRepositoriesGetResultStandardReposItem,
    )
    from .nodes_apt_update_get import (
        NodesAptUpdateGetResultItem as NodesAptUpdateGetResultItem,
    )
    from .nodes_apt_versions_get import (
        NodesAptVersionsGetResultItem as NodesAptVersionsGetResultItem,
    )
    from .nodes_capabilities_qemu_cpu_flags_get import (
        NodesCapabilitiesQemuCpuFlagsGetResultItem as NodesCapabilitiesQemuCpuFlagsGetResultItem,
    )
    from .nodes_capabilities_qemu_cpu_get import (
        NodesCapabilitiesQemuCpuGetResultItem as NodesCapabilitiesQemuCpuGetResultItem,
    )
    from .nodes_capabilities_qemu_machines_get import (
        NodesCapabilitiesQemuMachinesGetResultItem as NodesCapabilitiesQemuMachinesGetResultItem,
    )
    from .nodes_capabilities_qemu_migration_get import (
        NodesCapabilitiesQemuMigrationGetResult as NodesCapabilitiesQemuMigrationGetResult,
    )
    from .nodes_certificates_custom_post import (
        NodesCertificatesCustomPostResult as NodesCertificatesCustomPostResult,
    )
    from .nodes_certificates_info_get import (
        NodesCertificatesInfoGetResultItem as NodesCertificatesInfoGetResultItem,
    )
    from .nodes_config_get import NodesConfigGetResult as NodesConfigGetResult
    from .nodes_dns_get import NodesDnsGetResult as NodesDnsGetResult
    from .nodes_firewall_log_get import (
        NodesFirewallLogGetResultItem as NodesFirewallLogGetResultItem,
    )
    from .nodes_firewall_options_get import (
        NodesFirewallOptionsGetResult as NodesFirewallOptionsGetResult,
    )
    from .nodes_get import NodesGetResultItem as NodesGetResultItem
    from .nodes_hardware_get import (
        NodesHardwareGetResultItem as NodesHardwareGetResultItem,
    )
    from .nodes_hardware_pci_mdev_get import (
        NodesHardwarePciMdevGetResultItem as NodesHardwarePciMdevGetResultItem,
    )
    from .nodes_hardware_usb_get import (
        NodesHardwareUsbGetResultItem as NodesHardwareUsbGetResultItem,
    )
    from .nodes_hosts_get import NodesHostsGetResult as NodesHostsGetResult
    from .nodes_node_firewall_rules_get import (
        NodesNodeFirewallRulesGetResultItem as NodesNodeFirewallRulesGetResultItem,
    )
    from .nodes_node_firewall_rules_pos_get import (
        NodesNodeFirewallRulesPosGetResult as NodesNodeFirewallRulesPosGetResult,
    )
    from .nodes_node_hardware_pci_get import (
        NodesNodeHardwarePciGetResultItem as NodesNodeHardwarePciGetResultItem,
    )
    from .nodes_node_hardware_pci_pci_id_or_mapping_get import (
        NodesNodeHardwarePciPciIdOrMappingGetResultItem as NodesNodeHardwarePciPciIdOrMappingGetResultItem,
    )
    from .nodes_node_network_get import (
        NodesNodeNetworkGetResultItem as NodesNodeNetworkGetResultItem,
    )
    from .nodes_node_network_iface_get import (
        NodesNodeNetworkIfaceGetResult as NodesNodeNetworkIfaceGetResult,
    )
    from .nodes_node_replication_get import (
        NodesNodeReplicationGetResultItem as NodesNodeReplicationGetResultItem,
    )
    from .nodes_node_services_get import (
        NodesNodeServicesGetResultItem as NodesNodeServicesGetResultItem,
    )
    from .nodes_node_services_service_get import (
        NodesNodeServicesServiceGetResultItem as NodesNodeServicesServiceGetResultItem,
    )
    from .nodes_node_tasks_get import (
        NodesNodeTasksGetResultItem as NodesNodeTasksGetResultItem,
    )
    from .nodes_query_url_metadata_get import (
        NodesQueryUrlMetadataGetResult as NodesQueryUrlMetadataGetResult,
    )
    from .nodes_replication_log_get import (
        NodesReplicationLogGetResultItem as NodesReplicationLogGetResultItem,
    )
    from .nodes_rrd_get import NodesRrdGetResult as NodesRrdGetResult
    from .nodes_services_state_get import (
        NodesServicesStateGetResult as NodesServicesStateGetResult,
    )
    from .nodes_spiceshell_post import (
        NodesSpiceshellPostResult as NodesSpiceshellPostResult,
    )
    from .nodes_status_get import NodesStatusGetResult as NodesStatusGetResult
    from .nodes_status_get import (
        NodesStatusGetResultBootInfo as NodesStatusGetResultBootInfo,
    )
    from .nodes_status_get import (
        NodesStatusGetResultCpuinfo as NodesStatusGetResultCpuinfo,
    )
    from .nodes_status_get import (
        NodesStatusGetResultCurrentKernel as NodesStatusGetResultCurrentKernel,
    )
    from .nodes_status_get import (
        NodesStatusGetResultMemory as NodesStatusGetResultMemory,
    )
    from .nodes_status_get import (
        NodesStatusGetResultRootfs as NodesStatusGetResultRootfs,
    )
    from .nodes_subscription_get import (
        NodesSubscriptionGetResult as NodesSubscriptionGetResult,
    )
    from .nodes_syslog_get import NodesSyslogGetResultItem as NodesSyslogGetResultItem
    from .nodes_tasks_log_get import (
        NodesTasksLogGetResultItem as NodesTasksLogGetResultItem,
    )
    from .nodes_tasks_status_get import (
        NodesTasksStatusGetResult as NodesTasksStatusGetResult,
    )
    from .nodes_termproxy_post import (
        NodesTermproxyPostResult as NodesTermproxyPostResult,
    )
    from .nodes_time_get import NodesTimeGetResult as NodesTimeGetResult
    from .nodes_version_get import NodesVersionGetResult as NodesVersionGetResult
    from .nodes_vncshell_post import NodesVncshellPostResult as NodesVncshellPostResult
    from .nodes_vncwebsocket_get import (
        NodesVncwebsocketGetResult as NodesVncwebsocketGetResult,
    )
    from .nodes_vzdump_defaults_get import (
        NodesVzdumpDefaultsGetResult as NodesVzdumpDefaultsGetResult,
    )

__all__ = [
    "NodesAptGetResultItem",
    "NodesAptRepositoriesGetResult",
    "NodesAptRepositoriesGetResultErrorsItem",
    "NodesAptRepositoriesGetResultFilesItem",
    "NodesAptRepositoriesGetResultFilesItemRepositoriesItem",
    "NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem",
    "NodesAptRepositoriesGetResultInfosItem",
    "NodesAptRepositoriesGetResultStandardReposItem",
    "NodesAptUpdateGetResultItem",
    "NodesAptVersionsGetResultItem",
    "NodesCapabilitiesQemuCpuFlagsGetResultItem",
    "NodesCapabilitiesQemuCpuGetResultItem",
    "NodesCapabilitiesQemuMachinesGetResultItem",
    "NodesCapabilitiesQemuMigrationGetResult",
    "NodesCertificatesCustomPostResult",
    "NodesCertificatesInfoGetResultItem",
    "NodesConfigGetResult",
    "NodesDnsGetResult",
    "NodesFirewallLogGetResultItem",
    "NodesFirewallOptionsGetResult",
    "NodesGetResultItem",
    "NodesHardwareGetResultItem",
    "NodesHardwarePciMdevGetResultItem",
    "NodesHardwareUsbGetResultItem",
    "NodesHostsGetResult",
    "NodesNodeFirewallRulesGetResultItem",
    "NodesNodeFirewallRulesPosGetResult",
    "NodesNodeHardwarePciGetResultItem",
    "NodesNodeHardwarePciPciIdOrMappingGetResultItem",
    "NodesNodeNetworkGetResultItem",
    "NodesNodeNetworkIfaceGetResult",
    "NodesNodeReplicationGetResultItem",
    "NodesNodeServicesGetResultItem",
    "NodesNodeServicesServiceGetResultItem",
    "NodesNodeTasksGetResultItem",
    "NodesQueryUrlMetadataGetResult",
    "NodesReplicationLogGetResultItem",
    "NodesRrdGetResult",
    "NodesServicesStateGetResult",
    "NodesSpiceshellPostResult",
    "NodesStatusGetResult",
    "NodesStatusGetResultBootInfo",
    "NodesStatusGetResultCpuinfo",
    "NodesStatusGetResultCurrentKernel",
    "NodesStatusGetResultMemory",
    "NodesStatusGetResultRootfs",
    "NodesSubscriptionGetResult",
    "NodesSyslogGetResultItem",
    "NodesTasksLogGetResultItem",
    "NodesTasksStatusGetResult",
    "NodesTermproxyPostResult",
    "NodesTimeGetResult",
    "NodesVersionGetResult",
    "NodesVncshellPostResult",
    "NodesVncwebsocketGetResult",
    "NodesVzdumpDefaultsGetResult",
]

_INDEX: dict[str, str] = {
    "NodesGetResultItem": "nodes_get",
    "NodesAptGetResultItem": "nodes_apt_get",
    "NodesAptRepositoriesGetResult": "nodes_apt_repositories_get",
    "NodesAptRepositoriesGetResultErrorsItem": "nodes_apt_repositories_get",
    "NodesAptRepositoriesGetResultFilesItem": "nodes_apt_repositories_get",
    "NodesAptRepositoriesGetResultFilesItemRepositoriesItem": "nodes_apt_repositories_get",
    "NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem": "nodes_apt_repositories_get",
    "NodesAptRepositoriesGetResultInfosItem": "nodes_apt_repositories_get",
    "NodesAptRepositoriesGetResultStandardReposItem": "nodes_apt_repositories_get",
    "NodesAptUpdateGetResultItem": "nodes_apt_update_get",
    "NodesAptVersionsGetResultItem": "nodes_apt_versions_get",
    "NodesCapabilitiesQemuCpuGetResultItem": "nodes_capabilities_qemu_cpu_get",
    "NodesCapabilitiesQemuCpuFlagsGetResultItem": "nodes_capabilities_qemu_cpu_flags_get",
    "NodesCapabilitiesQemuMachinesGetResultItem": "nodes_capabilities_qemu_machines_get",
    "NodesCapabilitiesQemuMigrationGetResult": "nodes_capabilities_qemu_migration_get",
    "NodesCertificatesCustomPostResult": "nodes_certificates_custom_post",
    "NodesCertificatesInfoGetResultItem": "nodes_certificates_info_get",
    "NodesConfigGetResult": "nodes_config_get",
    "NodesDnsGetResult": "nodes_dns_get",
    "NodesFirewallLogGetResultItem": "nodes_firewall_log_get",
    "NodesFirewallOptionsGetResult": "nodes_firewall_options_get",
    "NodesNodeFirewallRulesGetResultItem": "nodes_node_firewall_rules_get",
    "NodesNodeFirewallRulesPosGetResult": "nodes_node_firewall_rules_pos_get",
    "NodesHardwareGetResultItem": "nodes_hardware_get",
    "NodesNodeHardwarePciGetResultItem": "nodes_node_hardware_pci_get",
    "NodesNodeHardwarePciPciIdOrMappingGetResultItem": "nodes_node_hardware_pci_pci_id_or_mapping_get",
    "NodesHardwarePciMdevGetResultItem": "nodes_hardware_pci_mdev_get",
    "NodesHardwareUsbGetResultItem": "nodes_hardware_usb_get",
    "NodesHostsGetResult": "nodes_hosts_get",
    "NodesNodeNetworkGetResultItem": "nodes_node_network_get",
    "NodesNodeNetworkIfaceGetResult": "nodes_node_network_iface_get",
    "NodesQueryUrlMetadataGetResult": "nodes_query_url_metadata_get",
    "NodesNodeReplicationGetResultItem": "nodes_node_replication_get",
    "NodesReplicationLogGetResultItem": "nodes_replication_log_get",
    "NodesRrdGetResult": "nodes_rrd_get",
    "NodesNodeServicesGetResultItem": "nodes_node_services_get",
    "NodesNodeServicesServiceGetResultItem": "nodes_node_services_service_get",
    "NodesServicesStateGetResult": "nodes_services_state_get",
    "NodesSpiceshellPostResult": "nodes_spiceshell_post",
    "NodesStatusGetResult": "nodes_status_get",
    "NodesStatusGetResultBootInfo": "nodes_status_get",
    "NodesStatusGetResultCpuinfo": "nodes_status_get",
    "NodesStatusGetResultCurrentKernel": "nodes_status_get",
    "NodesStatusGetResultMemory": "nodes_status_get",
    "NodesStatusGetResultRootfs": "nodes_status_get",
    "NodesSubscriptionGetResult": "nodes_subscription_get",
    "NodesSyslogGetResultItem": "nodes_syslog_get",
    "NodesNodeTasksGetResultItem": "nodes_node_tasks_get",
    "NodesTasksLogGetResultItem": "nodes_tasks_log_get",
    "NodesTasksStatusGetResult": "nodes_tasks_status_get",
    "NodesTermproxyPostResult": "nodes_termproxy_post",
    "NodesTimeGetResult": "nodes_time_get",
    "NodesVersionGetResult": "nodes_version_get",
    "NodesVncshellPostResult": "nodes_vncshell_post",
    "NodesVncwebsocketGetResult": "nodes_vncwebsocket_get",
    "NodesVzdumpDefaultsGetResult": "nodes_vzdump_defaults_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
