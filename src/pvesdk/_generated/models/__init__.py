# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""All result models, imported lazily: ``from pvesdk.models import NodesGetResultItem``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access import AccessAclGetResultItem as AccessAclGetResultItem
    from .access import AccessDomainsGetResultItem as AccessDomainsGetResultItem
    from .access import AccessGetResultItem as AccessGetResultItem
    from .access import AccessGroupsGetResultItem as AccessGroupsGetResultItem
    from .access import AccessGroupsGroupidGetResult as AccessGroupsGroupidGetResult
    from .access import AccessOpenidGetResultItem as AccessOpenidGetResultItem
    from .access import AccessOpenidLoginPostResult as AccessOpenidLoginPostResult
    from .access import AccessRolesGetResultItem as AccessRolesGetResultItem
    from .access import AccessRolesRoleidGetResult as AccessRolesRoleidGetResult
    from .access import AccessTfaGetResultItem as AccessTfaGetResultItem
    from .access import AccessTfaGetResultItemEntriesItem as AccessTfaGetResultItemEntriesItem
    from .access import AccessTfaUseridGetResultItem as AccessTfaUseridGetResultItem
    from .access import AccessTfaUseridIdGetResult as AccessTfaUseridIdGetResult
    from .access import AccessTfaUseridPostResult as AccessTfaUseridPostResult
    from .access import AccessTicketPostResult as AccessTicketPostResult
    from .access import AccessUsersGetResultItem as AccessUsersGetResultItem
    from .access import AccessUsersGetResultItemTokensItem as AccessUsersGetResultItemTokensItem
    from .access import AccessUsersUseridGetResult as AccessUsersUseridGetResult
    from .access import AccessUsersUseridTfaGetResult as AccessUsersUseridTfaGetResult
    from .access import AccessUsersUseridTokenGetResultItem as AccessUsersUseridTokenGetResultItem
    from .access import (
        AccessUsersUseridTokenTokenidGetResult as AccessUsersUseridTokenTokenidGetResult,
    )
    from .access import (
        AccessUsersUseridTokenTokenidPostResult as AccessUsersUseridTokenTokenidPostResult,
    )
    from .access import (
        AccessUsersUseridTokenTokenidPostResultInfo as AccessUsersUseridTokenTokenidPostResultInfo,
    )
    from .access import (
        AccessUsersUseridTokenTokenidPutResult as AccessUsersUseridTokenTokenidPutResult,
    )
    from .cluster import ClusterBackupGetResultItem as ClusterBackupGetResultItem
    from .cluster import ClusterBackupGetResultItemFleecing as ClusterBackupGetResultItemFleecing
    from .cluster import (
        ClusterBackupGetResultItemPerformance as ClusterBackupGetResultItemPerformance,
    )
    from .cluster import (
        ClusterBackupGetResultItemPruneBackups as ClusterBackupGetResultItemPruneBackups,
    )
    from .cluster import ClusterBackupIdGetResult as ClusterBackupIdGetResult
    from .cluster import ClusterBackupIdGetResultFleecing as ClusterBackupIdGetResultFleecing
    from .cluster import ClusterBackupIdGetResultPerformance as ClusterBackupIdGetResultPerformance
    from .cluster import (
        ClusterBackupIdGetResultPruneBackups as ClusterBackupIdGetResultPruneBackups,
    )
    from .cluster import (
        ClusterBackupIdIncludedVolumesGetResult as ClusterBackupIdIncludedVolumesGetResult,
    )
    from .cluster import (
        ClusterBackupIdIncludedVolumesGetResultChildrenItem as ClusterBackupIdIncludedVolumesGetResultChildrenItem,
    )
    from .cluster import (
        ClusterBackupIdIncludedVolumesGetResultChildrenItemChildrenItem as ClusterBackupIdIncludedVolumesGetResultChildrenItemChildrenItem,
    )
    from .cluster import ClusterBackupInfoGetResultItem as ClusterBackupInfoGetResultItem
    from .cluster import (
        ClusterBackupInfoNotBackedUpGetResultItem as ClusterBackupInfoNotBackedUpGetResultItem,
    )
    from .cluster import ClusterCephFlagsGetResultItem as ClusterCephFlagsGetResultItem
    from .cluster import ClusterCephMetadataGetResult as ClusterCephMetadataGetResult
    from .cluster import ClusterCephMetadataGetResultOsdItem as ClusterCephMetadataGetResultOsdItem
    from .cluster import ClusterConfigJoinGetResult as ClusterConfigJoinGetResult
    from .cluster import (
        ClusterConfigJoinGetResultNodelistItem as ClusterConfigJoinGetResultNodelistItem,
    )
    from .cluster import ClusterConfigNodesGetResultItem as ClusterConfigNodesGetResultItem
    from .cluster import ClusterConfigNodesNodePostResult as ClusterConfigNodesNodePostResult
    from .cluster import ClusterJobsGetResultItem as ClusterJobsGetResultItem
    from .cluster import ClusterJobsRealmSyncGetResultItem as ClusterJobsRealmSyncGetResultItem
    from .cluster import (
        ClusterJobsScheduleAnalyzeGetResultItem as ClusterJobsScheduleAnalyzeGetResultItem,
    )
    from .cluster import ClusterMappingDirGetResultItem as ClusterMappingDirGetResultItem
    from .cluster import (
        ClusterMappingDirGetResultItemChecksItem as ClusterMappingDirGetResultItemChecksItem,
    )
    from .cluster import ClusterMappingPciGetResultItem as ClusterMappingPciGetResultItem
    from .cluster import (
        ClusterMappingPciGetResultItemChecksItem as ClusterMappingPciGetResultItemChecksItem,
    )
    from .cluster import ClusterMappingUsbGetResultItem as ClusterMappingUsbGetResultItem
    from .cluster import ClusterMetricsExportGetResult as ClusterMetricsExportGetResult
    from .cluster import (
        ClusterMetricsExportGetResultDataItem as ClusterMetricsExportGetResultDataItem,
    )
    from .cluster import ClusterMetricsServerGetResultItem as ClusterMetricsServerGetResultItem
    from .cluster import ClusterQemuCpuFlagsGetResultItem as ClusterQemuCpuFlagsGetResultItem
    from .cluster import (
        ClusterQemuCustomCpuModelsCputypeGetResult as ClusterQemuCustomCpuModelsCputypeGetResult,
    )
    from .cluster import (
        ClusterQemuCustomCpuModelsGetResultItem as ClusterQemuCustomCpuModelsGetResultItem,
    )
    from .cluster import ClusterReplicationGetResultItem as ClusterReplicationGetResultItem
    from .cluster import ClusterReplicationIdGetResult as ClusterReplicationIdGetResult
    from .cluster import ClusterResourcesGetResultItem as ClusterResourcesGetResultItem
    from .cluster import ClusterStatusGetResultItem as ClusterStatusGetResultItem
    from .cluster import ClusterTasksGetResultItem as ClusterTasksGetResultItem
    from .cluster_acme import ClusterAcmeAccountNameGetResult as ClusterAcmeAccountNameGetResult
    from .cluster_acme import (
        ClusterAcmeChallengeSchemaGetResultItem as ClusterAcmeChallengeSchemaGetResultItem,
    )
    from .cluster_acme import (
        ClusterAcmeDirectoriesGetResultItem as ClusterAcmeDirectoriesGetResultItem,
    )
    from .cluster_acme import ClusterAcmeMetaGetResult as ClusterAcmeMetaGetResult
    from .cluster_acme import ClusterAcmePluginsGetResultItem as ClusterAcmePluginsGetResultItem
    from .cluster_acme import ClusterAcmePluginsIdGetResult as ClusterAcmePluginsIdGetResult
    from .cluster_firewall import (
        ClusterFirewallAliasesGetResultItem as ClusterFirewallAliasesGetResultItem,
    )
    from .cluster_firewall import (
        ClusterFirewallGroupsGetResultItem as ClusterFirewallGroupsGetResultItem,
    )
    from .cluster_firewall import (
        ClusterFirewallGroupsGroupGetResultItem as ClusterFirewallGroupsGroupGetResultItem,
    )
    from .cluster_firewall import (
        ClusterFirewallGroupsGroupPosGetResult as ClusterFirewallGroupsGroupPosGetResult,
    )
    from .cluster_firewall import (
        ClusterFirewallIpsetGetResultItem as ClusterFirewallIpsetGetResultItem,
    )
    from .cluster_firewall import (
        ClusterFirewallIpsetNameGetResultItem as ClusterFirewallIpsetNameGetResultItem,
    )
    from .cluster_firewall import (
        ClusterFirewallMacrosGetResultItem as ClusterFirewallMacrosGetResultItem,
    )
    from .cluster_firewall import ClusterFirewallOptionsGetResult as ClusterFirewallOptionsGetResult
    from .cluster_firewall import (
        ClusterFirewallRefsGetResultItem as ClusterFirewallRefsGetResultItem,
    )
    from .cluster_firewall import (
        ClusterFirewallRulesGetResultItem as ClusterFirewallRulesGetResultItem,
    )
    from .cluster_firewall import (
        ClusterFirewallRulesPosGetResult as ClusterFirewallRulesPosGetResult,
    )
    from .cluster_ha import ClusterHaGetResultItem as ClusterHaGetResultItem
    from .cluster_ha import ClusterHaGroupsGetResultItem as ClusterHaGroupsGetResultItem
    from .cluster_ha import ClusterHaResourcesGetResultItem as ClusterHaResourcesGetResultItem
    from .cluster_ha import ClusterHaResourcesSidGetResult as ClusterHaResourcesSidGetResult
    from .cluster_ha import (
        ClusterHaResourcesSidMigratePostResult as ClusterHaResourcesSidMigratePostResult,
    )
    from .cluster_ha import (
        ClusterHaResourcesSidMigratePostResultBlockingResourcesItem as ClusterHaResourcesSidMigratePostResultBlockingResourcesItem,
    )
    from .cluster_ha import (
        ClusterHaResourcesSidRelocatePostResult as ClusterHaResourcesSidRelocatePostResult,
    )
    from .cluster_ha import (
        ClusterHaResourcesSidRelocatePostResultBlockingResourcesItem as ClusterHaResourcesSidRelocatePostResultBlockingResourcesItem,
    )
    from .cluster_ha import ClusterHaRulesGetResultItem as ClusterHaRulesGetResultItem
    from .cluster_ha import ClusterHaRulesRuleGetResult as ClusterHaRulesRuleGetResult
    from .cluster_ha import (
        ClusterHaStatusCurrentGetResultItem as ClusterHaStatusCurrentGetResultItem,
    )
    from .cluster_notifications import (
        ClusterNotificationsEndpointsGotifyGetResultItem as ClusterNotificationsEndpointsGotifyGetResultItem,
    )
    from .cluster_notifications import (
        ClusterNotificationsEndpointsGotifyNameGetResult as ClusterNotificationsEndpointsGotifyNameGetResult,
    )
    from .cluster_notifications import (
        ClusterNotificationsEndpointsSendmailGetResultItem as ClusterNotificationsEndpointsSendmailGetResultItem,
    )
    from .cluster_notifications import (
        ClusterNotificationsEndpointsSendmailNameGetResult as ClusterNotificationsEndpointsSendmailNameGetResult,
    )
    from .cluster_notifications import (
        ClusterNotificationsEndpointsSmtpGetResultItem as ClusterNotificationsEndpointsSmtpGetResultItem,
    )
    from .cluster_notifications import (
        ClusterNotificationsEndpointsSmtpNameGetResult as ClusterNotificationsEndpointsSmtpNameGetResult,
    )
    from .cluster_notifications import (
        ClusterNotificationsEndpointsWebhookGetResultItem as ClusterNotificationsEndpointsWebhookGetResultItem,
    )
    from .cluster_notifications import (
        ClusterNotificationsEndpointsWebhookNameGetResult as ClusterNotificationsEndpointsWebhookNameGetResult,
    )
    from .cluster_notifications import (
        ClusterNotificationsMatcherFieldsGetResultItem as ClusterNotificationsMatcherFieldsGetResultItem,
    )
    from .cluster_notifications import (
        ClusterNotificationsMatcherFieldValuesGetResultItem as ClusterNotificationsMatcherFieldValuesGetResultItem,
    )
    from .cluster_notifications import (
        ClusterNotificationsMatchersGetResultItem as ClusterNotificationsMatchersGetResultItem,
    )
    from .cluster_notifications import (
        ClusterNotificationsMatchersNameGetResult as ClusterNotificationsMatchersNameGetResult,
    )
    from .cluster_notifications import (
        ClusterNotificationsTargetsGetResultItem as ClusterNotificationsTargetsGetResultItem,
    )
    from .cluster_sdn import (
        ClusterSdnControllersControllerGetResult as ClusterSdnControllersControllerGetResult,
    )
    from .cluster_sdn import (
        ClusterSdnControllersControllerGetResultPending as ClusterSdnControllersControllerGetResultPending,
    )
    from .cluster_sdn import (
        ClusterSdnControllersGetResultItem as ClusterSdnControllersGetResultItem,
    )
    from .cluster_sdn import (
        ClusterSdnControllersGetResultItemPending as ClusterSdnControllersGetResultItemPending,
    )
    from .cluster_sdn import ClusterSdnDnsGetResultItem as ClusterSdnDnsGetResultItem
    from .cluster_sdn import ClusterSdnDryRunGetResult as ClusterSdnDryRunGetResult
    from .cluster_sdn import ClusterSdnFabricsAllGetResult as ClusterSdnFabricsAllGetResult
    from .cluster_sdn import (
        ClusterSdnFabricsAllGetResultFabricsItem as ClusterSdnFabricsAllGetResultFabricsItem,
    )
    from .cluster_sdn import (
        ClusterSdnFabricsAllGetResultNodesItem as ClusterSdnFabricsAllGetResultNodesItem,
    )
    from .cluster_sdn import (
        ClusterSdnFabricsFabricGetResultItem as ClusterSdnFabricsFabricGetResultItem,
    )
    from .cluster_sdn import (
        ClusterSdnFabricsFabricIdGetResult as ClusterSdnFabricsFabricIdGetResult,
    )
    from .cluster_sdn import ClusterSdnFabricsGetResultItem as ClusterSdnFabricsGetResultItem
    from .cluster_sdn import (
        ClusterSdnFabricsNodeFabricIdGetResultItem as ClusterSdnFabricsNodeFabricIdGetResultItem,
    )
    from .cluster_sdn import (
        ClusterSdnFabricsNodeFabricIdNodeIdGetResult as ClusterSdnFabricsNodeFabricIdNodeIdGetResult,
    )
    from .cluster_sdn import (
        ClusterSdnFabricsNodeGetResultItem as ClusterSdnFabricsNodeGetResultItem,
    )
    from .cluster_sdn import ClusterSdnGetResultItem as ClusterSdnGetResultItem
    from .cluster_sdn import ClusterSdnIpamsGetResultItem as ClusterSdnIpamsGetResultItem
    from .cluster_sdn import (
        ClusterSdnRouteMapsEntriesGetResultItem as ClusterSdnRouteMapsEntriesGetResultItem,
    )
    from .cluster_sdn import (
        ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult as ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult,
    )
    from .cluster_sdn import (
        ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem as ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem,
    )
    from .cluster_sdn import ClusterSdnRouteMapsGetResultItem as ClusterSdnRouteMapsGetResultItem
    from .cluster_sdn import ClusterSdnVnetsGetResultItem as ClusterSdnVnetsGetResultItem
    from .cluster_sdn import (
        ClusterSdnVnetsGetResultItemPending as ClusterSdnVnetsGetResultItemPending,
    )
    from .cluster_sdn import (
        ClusterSdnVnetsVnetFirewallOptionsGetResult as ClusterSdnVnetsVnetFirewallOptionsGetResult,
    )
    from .cluster_sdn import (
        ClusterSdnVnetsVnetFirewallRulesGetResultItem as ClusterSdnVnetsVnetFirewallRulesGetResultItem,
    )
    from .cluster_sdn import (
        ClusterSdnVnetsVnetFirewallRulesPosGetResult as ClusterSdnVnetsVnetFirewallRulesPosGetResult,
    )
    from .cluster_sdn import ClusterSdnVnetsVnetGetResult as ClusterSdnVnetsVnetGetResult
    from .cluster_sdn import (
        ClusterSdnVnetsVnetGetResultPending as ClusterSdnVnetsVnetGetResultPending,
    )
    from .cluster_sdn import ClusterSdnZonesGetResultItem as ClusterSdnZonesGetResultItem
    from .cluster_sdn import (
        ClusterSdnZonesGetResultItemPending as ClusterSdnZonesGetResultItemPending,
    )
    from .cluster_sdn import ClusterSdnZonesZoneGetResult as ClusterSdnZonesZoneGetResult
    from .cluster_sdn import (
        ClusterSdnZonesZoneGetResultPending as ClusterSdnZonesZoneGetResultPending,
    )
    from .nodes import NodesGetResultItem as NodesGetResultItem
    from .nodes import NodesNodeAptGetResultItem as NodesNodeAptGetResultItem
    from .nodes import NodesNodeAptRepositoriesGetResult as NodesNodeAptRepositoriesGetResult
    from .nodes import (
        NodesNodeAptRepositoriesGetResultErrorsItem as NodesNodeAptRepositoriesGetResultErrorsItem,
    )
    from .nodes import (
        NodesNodeAptRepositoriesGetResultFilesItem as NodesNodeAptRepositoriesGetResultFilesItem,
    )
    from .nodes import (
        NodesNodeAptRepositoriesGetResultFilesItemRepositoriesItem as NodesNodeAptRepositoriesGetResultFilesItemRepositoriesItem,
    )
    from .nodes import (
        NodesNodeAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem as NodesNodeAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem,
    )
    from .nodes import (
        NodesNodeAptRepositoriesGetResultInfosItem as NodesNodeAptRepositoriesGetResultInfosItem,
    )
    from .nodes import (
        NodesNodeAptRepositoriesGetResultStandardReposItem as NodesNodeAptRepositoriesGetResultStandardReposItem,
    )
    from .nodes import NodesNodeAptUpdateGetResultItem as NodesNodeAptUpdateGetResultItem
    from .nodes import NodesNodeAptVersionsGetResultItem as NodesNodeAptVersionsGetResultItem
    from .nodes import (
        NodesNodeCapabilitiesQemuCpuFlagsGetResultItem as NodesNodeCapabilitiesQemuCpuFlagsGetResultItem,
    )
    from .nodes import (
        NodesNodeCapabilitiesQemuCpuGetResultItem as NodesNodeCapabilitiesQemuCpuGetResultItem,
    )
    from .nodes import (
        NodesNodeCapabilitiesQemuMachinesGetResultItem as NodesNodeCapabilitiesQemuMachinesGetResultItem,
    )
    from .nodes import (
        NodesNodeCapabilitiesQemuMigrationGetResult as NodesNodeCapabilitiesQemuMigrationGetResult,
    )
    from .nodes import (
        NodesNodeCertificatesCustomPostResult as NodesNodeCertificatesCustomPostResult,
    )
    from .nodes import (
        NodesNodeCertificatesInfoGetResultItem as NodesNodeCertificatesInfoGetResultItem,
    )
    from .nodes import NodesNodeConfigGetResult as NodesNodeConfigGetResult
    from .nodes import NodesNodeDnsGetResult as NodesNodeDnsGetResult
    from .nodes import NodesNodeFirewallLogGetResultItem as NodesNodeFirewallLogGetResultItem
    from .nodes import NodesNodeFirewallOptionsGetResult as NodesNodeFirewallOptionsGetResult
    from .nodes import NodesNodeFirewallRulesGetResultItem as NodesNodeFirewallRulesGetResultItem
    from .nodes import NodesNodeFirewallRulesPosGetResult as NodesNodeFirewallRulesPosGetResult
    from .nodes import NodesNodeHardwareGetResultItem as NodesNodeHardwareGetResultItem
    from .nodes import NodesNodeHardwarePciGetResultItem as NodesNodeHardwarePciGetResultItem
    from .nodes import (
        NodesNodeHardwarePciPciIdOrMappingGetResultItem as NodesNodeHardwarePciPciIdOrMappingGetResultItem,
    )
    from .nodes import (
        NodesNodeHardwarePciPciIdOrMappingMdevGetResultItem as NodesNodeHardwarePciPciIdOrMappingMdevGetResultItem,
    )
    from .nodes import NodesNodeHardwareUsbGetResultItem as NodesNodeHardwareUsbGetResultItem
    from .nodes import NodesNodeHostsGetResult as NodesNodeHostsGetResult
    from .nodes import NodesNodeNetworkGetResultItem as NodesNodeNetworkGetResultItem
    from .nodes import NodesNodeNetworkIfaceGetResult as NodesNodeNetworkIfaceGetResult
    from .nodes import NodesNodeQueryUrlMetadataGetResult as NodesNodeQueryUrlMetadataGetResult
    from .nodes import NodesNodeReplicationGetResultItem as NodesNodeReplicationGetResultItem
    from .nodes import (
        NodesNodeReplicationIdLogGetResultItem as NodesNodeReplicationIdLogGetResultItem,
    )
    from .nodes import NodesNodeRrdGetResult as NodesNodeRrdGetResult
    from .nodes import NodesNodeServicesGetResultItem as NodesNodeServicesGetResultItem
    from .nodes import (
        NodesNodeServicesServiceGetResultItem as NodesNodeServicesServiceGetResultItem,
    )
    from .nodes import (
        NodesNodeServicesServiceStateGetResult as NodesNodeServicesServiceStateGetResult,
    )
    from .nodes import NodesNodeSpiceshellPostResult as NodesNodeSpiceshellPostResult
    from .nodes import NodesNodeStatusGetResult as NodesNodeStatusGetResult
    from .nodes import NodesNodeStatusGetResultBootInfo as NodesNodeStatusGetResultBootInfo
    from .nodes import NodesNodeStatusGetResultCpuinfo as NodesNodeStatusGetResultCpuinfo
    from .nodes import (
        NodesNodeStatusGetResultCurrentKernel as NodesNodeStatusGetResultCurrentKernel,
    )
    from .nodes import NodesNodeStatusGetResultMemory as NodesNodeStatusGetResultMemory
    from .nodes import NodesNodeStatusGetResultRootfs as NodesNodeStatusGetResultRootfs
    from .nodes import NodesNodeSubscriptionGetResult as NodesNodeSubscriptionGetResult
    from .nodes import NodesNodeSyslogGetResultItem as NodesNodeSyslogGetResultItem
    from .nodes import NodesNodeTasksGetResultItem as NodesNodeTasksGetResultItem
    from .nodes import NodesNodeTasksUpidLogGetResultItem as NodesNodeTasksUpidLogGetResultItem
    from .nodes import NodesNodeTasksUpidStatusGetResult as NodesNodeTasksUpidStatusGetResult
    from .nodes import NodesNodeTermproxyPostResult as NodesNodeTermproxyPostResult
    from .nodes import NodesNodeTimeGetResult as NodesNodeTimeGetResult
    from .nodes import NodesNodeVersionGetResult as NodesNodeVersionGetResult
    from .nodes import NodesNodeVncshellPostResult as NodesNodeVncshellPostResult
    from .nodes import NodesNodeVncwebsocketGetResult as NodesNodeVncwebsocketGetResult
    from .nodes import NodesNodeVzdumpDefaultsGetResult as NodesNodeVzdumpDefaultsGetResult
    from .nodes_ceph import NodesNodeCephCfgDbGetResultItem as NodesNodeCephCfgDbGetResultItem
    from .nodes_ceph import NodesNodeCephCmdSafetyGetResult as NodesNodeCephCmdSafetyGetResult
    from .nodes_ceph import NodesNodeCephFsGetResultItem as NodesNodeCephFsGetResultItem
    from .nodes_ceph import NodesNodeCephLogGetResultItem as NodesNodeCephLogGetResultItem
    from .nodes_ceph import NodesNodeCephMdsGetResultItem as NodesNodeCephMdsGetResultItem
    from .nodes_ceph import NodesNodeCephMgrGetResultItem as NodesNodeCephMgrGetResultItem
    from .nodes_ceph import NodesNodeCephMonGetResultItem as NodesNodeCephMonGetResultItem
    from .nodes_ceph import NodesNodeCephOsdGetResult as NodesNodeCephOsdGetResult
    from .nodes_ceph import (
        NodesNodeCephOsdOsdidLvInfoGetResult as NodesNodeCephOsdOsdidLvInfoGetResult,
    )
    from .nodes_ceph import (
        NodesNodeCephOsdOsdidMetadataGetResult as NodesNodeCephOsdOsdidMetadataGetResult,
    )
    from .nodes_ceph import (
        NodesNodeCephOsdOsdidMetadataGetResultDevicesItem as NodesNodeCephOsdOsdidMetadataGetResultDevicesItem,
    )
    from .nodes_ceph import (
        NodesNodeCephOsdOsdidMetadataGetResultOsd as NodesNodeCephOsdOsdidMetadataGetResultOsd,
    )
    from .nodes_ceph import NodesNodeCephPoolGetResultItem as NodesNodeCephPoolGetResultItem
    from .nodes_ceph import (
        NodesNodeCephPoolNameStatusGetResult as NodesNodeCephPoolNameStatusGetResult,
    )
    from .nodes_ceph import NodesNodeCephRulesGetResultItem as NodesNodeCephRulesGetResultItem
    from .nodes_disks import (
        NodesNodeDisksDirectoryGetResultItem as NodesNodeDisksDirectoryGetResultItem,
    )
    from .nodes_disks import NodesNodeDisksListGetResultItem as NodesNodeDisksListGetResultItem
    from .nodes_disks import NodesNodeDisksLvmGetResult as NodesNodeDisksLvmGetResult
    from .nodes_disks import (
        NodesNodeDisksLvmGetResultChildrenItem as NodesNodeDisksLvmGetResultChildrenItem,
    )
    from .nodes_disks import (
        NodesNodeDisksLvmGetResultChildrenItemChildrenItem as NodesNodeDisksLvmGetResultChildrenItemChildrenItem,
    )
    from .nodes_disks import (
        NodesNodeDisksLvmthinGetResultItem as NodesNodeDisksLvmthinGetResultItem,
    )
    from .nodes_disks import NodesNodeDisksSmartGetResult as NodesNodeDisksSmartGetResult
    from .nodes_disks import NodesNodeDisksZfsGetResultItem as NodesNodeDisksZfsGetResultItem
    from .nodes_disks import NodesNodeDisksZfsNameGetResult as NodesNodeDisksZfsNameGetResult
    from .nodes_disks import (
        NodesNodeDisksZfsNameGetResultChildrenItem as NodesNodeDisksZfsNameGetResultChildrenItem,
    )
    from .nodes_lxc import NodesNodeLxcGetResultItem as NodesNodeLxcGetResultItem
    from .nodes_lxc import NodesNodeLxcVmidConfigGetResult as NodesNodeLxcVmidConfigGetResult
    from .nodes_lxc import NodesNodeLxcVmidFeatureGetResult as NodesNodeLxcVmidFeatureGetResult
    from .nodes_lxc import (
        NodesNodeLxcVmidFirewallAliasesGetResultItem as NodesNodeLxcVmidFirewallAliasesGetResultItem,
    )
    from .nodes_lxc import (
        NodesNodeLxcVmidFirewallIpsetGetResultItem as NodesNodeLxcVmidFirewallIpsetGetResultItem,
    )
    from .nodes_lxc import (
        NodesNodeLxcVmidFirewallIpsetNameGetResultItem as NodesNodeLxcVmidFirewallIpsetNameGetResultItem,
    )
    from .nodes_lxc import (
        NodesNodeLxcVmidFirewallLogGetResultItem as NodesNodeLxcVmidFirewallLogGetResultItem,
    )
    from .nodes_lxc import (
        NodesNodeLxcVmidFirewallOptionsGetResult as NodesNodeLxcVmidFirewallOptionsGetResult,
    )
    from .nodes_lxc import (
        NodesNodeLxcVmidFirewallRefsGetResultItem as NodesNodeLxcVmidFirewallRefsGetResultItem,
    )
    from .nodes_lxc import (
        NodesNodeLxcVmidFirewallRulesGetResultItem as NodesNodeLxcVmidFirewallRulesGetResultItem,
    )
    from .nodes_lxc import (
        NodesNodeLxcVmidFirewallRulesPosGetResult as NodesNodeLxcVmidFirewallRulesPosGetResult,
    )
    from .nodes_lxc import NodesNodeLxcVmidGetResultItem as NodesNodeLxcVmidGetResultItem
    from .nodes_lxc import (
        NodesNodeLxcVmidInterfacesGetResultItem as NodesNodeLxcVmidInterfacesGetResultItem,
    )
    from .nodes_lxc import (
        NodesNodeLxcVmidInterfacesGetResultItemIpAddressesItem as NodesNodeLxcVmidInterfacesGetResultItemIpAddressesItem,
    )
    from .nodes_lxc import NodesNodeLxcVmidMigrateGetResult as NodesNodeLxcVmidMigrateGetResult
    from .nodes_lxc import (
        NodesNodeLxcVmidMigrateGetResultNotAllowedNodes as NodesNodeLxcVmidMigrateGetResultNotAllowedNodes,
    )
    from .nodes_lxc import (
        NodesNodeLxcVmidMigrateGetResultNotAllowedNodesBlockingHaResourcesItem as NodesNodeLxcVmidMigrateGetResultNotAllowedNodesBlockingHaResourcesItem,
    )
    from .nodes_lxc import NodesNodeLxcVmidMtunnelPostResult as NodesNodeLxcVmidMtunnelPostResult
    from .nodes_lxc import (
        NodesNodeLxcVmidMtunnelwebsocketGetResult as NodesNodeLxcVmidMtunnelwebsocketGetResult,
    )
    from .nodes_lxc import (
        NodesNodeLxcVmidPendingGetResultItem as NodesNodeLxcVmidPendingGetResultItem,
    )
    from .nodes_lxc import NodesNodeLxcVmidRrdGetResult as NodesNodeLxcVmidRrdGetResult
    from .nodes_lxc import (
        NodesNodeLxcVmidSnapshotGetResultItem as NodesNodeLxcVmidSnapshotGetResultItem,
    )
    from .nodes_lxc import (
        NodesNodeLxcVmidSpiceproxyPostResult as NodesNodeLxcVmidSpiceproxyPostResult,
    )
    from .nodes_lxc import (
        NodesNodeLxcVmidStatusCurrentGetResult as NodesNodeLxcVmidStatusCurrentGetResult,
    )
    from .nodes_lxc import (
        NodesNodeLxcVmidStatusGetResultItem as NodesNodeLxcVmidStatusGetResultItem,
    )
    from .nodes_lxc import (
        NodesNodeLxcVmidTermproxyPostResult as NodesNodeLxcVmidTermproxyPostResult,
    )
    from .nodes_lxc import NodesNodeLxcVmidVncproxyPostResult as NodesNodeLxcVmidVncproxyPostResult
    from .nodes_lxc import (
        NodesNodeLxcVmidVncwebsocketGetResult as NodesNodeLxcVmidVncwebsocketGetResult,
    )
    from .nodes_qemu import NodesNodeQemuGetResultItem as NodesNodeQemuGetResultItem
    from .nodes_qemu import (
        NodesNodeQemuVmidCloudinitGetResultItem as NodesNodeQemuVmidCloudinitGetResultItem,
    )
    from .nodes_qemu import NodesNodeQemuVmidConfigGetResult as NodesNodeQemuVmidConfigGetResult
    from .nodes_qemu import NodesNodeQemuVmidFeatureGetResult as NodesNodeQemuVmidFeatureGetResult
    from .nodes_qemu import NodesNodeQemuVmidGetResultItem as NodesNodeQemuVmidGetResultItem
    from .nodes_qemu import NodesNodeQemuVmidMigrateGetResult as NodesNodeQemuVmidMigrateGetResult
    from .nodes_qemu import (
        NodesNodeQemuVmidMigrateGetResultLocalDisksItem as NodesNodeQemuVmidMigrateGetResultLocalDisksItem,
    )
    from .nodes_qemu import (
        NodesNodeQemuVmidMigrateGetResultNotAllowedNodes as NodesNodeQemuVmidMigrateGetResultNotAllowedNodes,
    )
    from .nodes_qemu import (
        NodesNodeQemuVmidMigrateGetResultNotAllowedNodesBlockingHaResourcesItem as NodesNodeQemuVmidMigrateGetResultNotAllowedNodesBlockingHaResourcesItem,
    )
    from .nodes_qemu import NodesNodeQemuVmidMtunnelPostResult as NodesNodeQemuVmidMtunnelPostResult
    from .nodes_qemu import (
        NodesNodeQemuVmidMtunnelwebsocketGetResult as NodesNodeQemuVmidMtunnelwebsocketGetResult,
    )
    from .nodes_qemu import (
        NodesNodeQemuVmidPendingGetResultItem as NodesNodeQemuVmidPendingGetResultItem,
    )
    from .nodes_qemu import NodesNodeQemuVmidRrdGetResult as NodesNodeQemuVmidRrdGetResult
    from .nodes_qemu import (
        NodesNodeQemuVmidSnapshotGetResultItem as NodesNodeQemuVmidSnapshotGetResultItem,
    )
    from .nodes_qemu import (
        NodesNodeQemuVmidSpiceproxyPostResult as NodesNodeQemuVmidSpiceproxyPostResult,
    )
    from .nodes_qemu import (
        NodesNodeQemuVmidTermproxyPostResult as NodesNodeQemuVmidTermproxyPostResult,
    )
    from .nodes_qemu import (
        NodesNodeQemuVmidVncproxyPostResult as NodesNodeQemuVmidVncproxyPostResult,
    )
    from .nodes_qemu import (
        NodesNodeQemuVmidVncwebsocketGetResult as NodesNodeQemuVmidVncwebsocketGetResult,
    )
    from .nodes_qemu_agent import (
        NodesNodeQemuVmidAgentExecPostResult as NodesNodeQemuVmidAgentExecPostResult,
    )
    from .nodes_qemu_agent import (
        NodesNodeQemuVmidAgentExecStatusGetResult as NodesNodeQemuVmidAgentExecStatusGetResult,
    )
    from .nodes_qemu_agent import (
        NodesNodeQemuVmidAgentFileReadGetResult as NodesNodeQemuVmidAgentFileReadGetResult,
    )
    from .nodes_qemu_firewall import (
        NodesNodeQemuVmidFirewallAliasesGetResultItem as NodesNodeQemuVmidFirewallAliasesGetResultItem,
    )
    from .nodes_qemu_firewall import (
        NodesNodeQemuVmidFirewallIpsetGetResultItem as NodesNodeQemuVmidFirewallIpsetGetResultItem,
    )
    from .nodes_qemu_firewall import (
        NodesNodeQemuVmidFirewallIpsetNameGetResultItem as NodesNodeQemuVmidFirewallIpsetNameGetResultItem,
    )
    from .nodes_qemu_firewall import (
        NodesNodeQemuVmidFirewallLogGetResultItem as NodesNodeQemuVmidFirewallLogGetResultItem,
    )
    from .nodes_qemu_firewall import (
        NodesNodeQemuVmidFirewallOptionsGetResult as NodesNodeQemuVmidFirewallOptionsGetResult,
    )
    from .nodes_qemu_firewall import (
        NodesNodeQemuVmidFirewallRefsGetResultItem as NodesNodeQemuVmidFirewallRefsGetResultItem,
    )
    from .nodes_qemu_firewall import (
        NodesNodeQemuVmidFirewallRulesGetResultItem as NodesNodeQemuVmidFirewallRulesGetResultItem,
    )
    from .nodes_qemu_firewall import (
        NodesNodeQemuVmidFirewallRulesPosGetResult as NodesNodeQemuVmidFirewallRulesPosGetResult,
    )
    from .nodes_qemu_status import (
        NodesNodeQemuVmidStatusCurrentGetResult as NodesNodeQemuVmidStatusCurrentGetResult,
    )
    from .nodes_qemu_status import (
        NodesNodeQemuVmidStatusGetResultItem as NodesNodeQemuVmidStatusGetResultItem,
    )
    from .nodes_scan import NodesNodeScanCifsGetResultItem as NodesNodeScanCifsGetResultItem
    from .nodes_scan import NodesNodeScanGetResultItem as NodesNodeScanGetResultItem
    from .nodes_scan import NodesNodeScanIscsiGetResultItem as NodesNodeScanIscsiGetResultItem
    from .nodes_scan import NodesNodeScanLvmGetResultItem as NodesNodeScanLvmGetResultItem
    from .nodes_scan import NodesNodeScanLvmthinGetResultItem as NodesNodeScanLvmthinGetResultItem
    from .nodes_scan import NodesNodeScanNfsGetResultItem as NodesNodeScanNfsGetResultItem
    from .nodes_scan import NodesNodeScanPbsGetResultItem as NodesNodeScanPbsGetResultItem
    from .nodes_scan import NodesNodeScanZfsGetResultItem as NodesNodeScanZfsGetResultItem
    from .nodes_sdn import (
        NodesNodeSdnFabricsFabricGetResultItem as NodesNodeSdnFabricsFabricGetResultItem,
    )
    from .nodes_sdn import (
        NodesNodeSdnFabricsFabricInterfacesGetResultItem as NodesNodeSdnFabricsFabricInterfacesGetResultItem,
    )
    from .nodes_sdn import (
        NodesNodeSdnFabricsFabricNeighborsGetResultItem as NodesNodeSdnFabricsFabricNeighborsGetResultItem,
    )
    from .nodes_sdn import (
        NodesNodeSdnFabricsFabricRoutesGetResultItem as NodesNodeSdnFabricsFabricRoutesGetResultItem,
    )
    from .nodes_sdn import NodesNodeSdnVnetsVnetGetResultItem as NodesNodeSdnVnetsVnetGetResultItem
    from .nodes_sdn import (
        NodesNodeSdnVnetsVnetMacVrfGetResultItem as NodesNodeSdnVnetsVnetMacVrfGetResultItem,
    )
    from .nodes_sdn import NodesNodeSdnZonesGetResultItem as NodesNodeSdnZonesGetResultItem
    from .nodes_sdn import (
        NodesNodeSdnZonesZoneBridgesGetResultItem as NodesNodeSdnZonesZoneBridgesGetResultItem,
    )
    from .nodes_sdn import (
        NodesNodeSdnZonesZoneBridgesGetResultItemPortsItem as NodesNodeSdnZonesZoneBridgesGetResultItemPortsItem,
    )
    from .nodes_sdn import (
        NodesNodeSdnZonesZoneContentGetResultItem as NodesNodeSdnZonesZoneContentGetResultItem,
    )
    from .nodes_sdn import NodesNodeSdnZonesZoneGetResultItem as NodesNodeSdnZonesZoneGetResultItem
    from .nodes_sdn import (
        NodesNodeSdnZonesZoneIpVrfGetResultItem as NodesNodeSdnZonesZoneIpVrfGetResultItem,
    )
    from .nodes_storage import NodesNodeStorageGetResultItem as NodesNodeStorageGetResultItem
    from .nodes_storage import (
        NodesNodeStorageGetResultItemFormats as NodesNodeStorageGetResultItemFormats,
    )
    from .nodes_storage import (
        NodesNodeStorageStorageContentGetResultItem as NodesNodeStorageStorageContentGetResultItem,
    )
    from .nodes_storage import (
        NodesNodeStorageStorageContentGetResultItemVerification as NodesNodeStorageStorageContentGetResultItemVerification,
    )
    from .nodes_storage import (
        NodesNodeStorageStorageContentVolumeGetResult as NodesNodeStorageStorageContentVolumeGetResult,
    )
    from .nodes_storage import (
        NodesNodeStorageStorageFileRestoreListGetResultItem as NodesNodeStorageStorageFileRestoreListGetResultItem,
    )
    from .nodes_storage import (
        NodesNodeStorageStorageGetResultItem as NodesNodeStorageStorageGetResultItem,
    )
    from .nodes_storage import (
        NodesNodeStorageStorageIdentityGetResult as NodesNodeStorageStorageIdentityGetResult,
    )
    from .nodes_storage import (
        NodesNodeStorageStorageImportMetadataGetResult as NodesNodeStorageStorageImportMetadataGetResult,
    )
    from .nodes_storage import (
        NodesNodeStorageStorageImportMetadataGetResultWarningsItem as NodesNodeStorageStorageImportMetadataGetResultWarningsItem,
    )
    from .nodes_storage import (
        NodesNodeStorageStoragePrunebackupsGetResultItem as NodesNodeStorageStoragePrunebackupsGetResultItem,
    )
    from .nodes_storage import (
        NodesNodeStorageStorageRrdGetResult as NodesNodeStorageStorageRrdGetResult,
    )
    from .nodes_storage import (
        NodesNodeStorageStorageStatusGetResult as NodesNodeStorageStorageStatusGetResult,
    )
    from .pools import PoolsGetResultItem as PoolsGetResultItem
    from .pools import PoolsGetResultItemMembersItem as PoolsGetResultItemMembersItem
    from .pools import PoolsPoolidGetResult as PoolsPoolidGetResult
    from .pools import PoolsPoolidGetResultMembersItem as PoolsPoolidGetResultMembersItem
    from .storage import StorageGetResultItem as StorageGetResultItem
    from .storage import StoragePostResult as StoragePostResult
    from .storage import StoragePostResultConfig as StoragePostResultConfig
    from .storage import StorageStoragePutResult as StorageStoragePutResult
    from .storage import StorageStoragePutResultConfig as StorageStoragePutResultConfig
    from .version import VersionGetResult as VersionGetResult

_INDEX: dict[str, str] = {
    "AccessAclGetResultItem": "access",
    "AccessDomainsGetResultItem": "access",
    "AccessGetResultItem": "access",
    "AccessGroupsGetResultItem": "access",
    "AccessGroupsGroupidGetResult": "access",
    "AccessOpenidGetResultItem": "access",
    "AccessOpenidLoginPostResult": "access",
    "AccessRolesGetResultItem": "access",
    "AccessRolesRoleidGetResult": "access",
    "AccessTfaGetResultItem": "access",
    "AccessTfaGetResultItemEntriesItem": "access",
    "AccessTfaUseridGetResultItem": "access",
    "AccessTfaUseridIdGetResult": "access",
    "AccessTfaUseridPostResult": "access",
    "AccessTicketPostResult": "access",
    "AccessUsersGetResultItem": "access",
    "AccessUsersGetResultItemTokensItem": "access",
    "AccessUsersUseridGetResult": "access",
    "AccessUsersUseridTfaGetResult": "access",
    "AccessUsersUseridTokenGetResultItem": "access",
    "AccessUsersUseridTokenTokenidGetResult": "access",
    "AccessUsersUseridTokenTokenidPostResult": "access",
    "AccessUsersUseridTokenTokenidPostResultInfo": "access",
    "AccessUsersUseridTokenTokenidPutResult": "access",
    "ClusterAcmeAccountNameGetResult": "cluster_acme",
    "ClusterAcmeChallengeSchemaGetResultItem": "cluster_acme",
    "ClusterAcmeDirectoriesGetResultItem": "cluster_acme",
    "ClusterAcmeMetaGetResult": "cluster_acme",
    "ClusterAcmePluginsGetResultItem": "cluster_acme",
    "ClusterAcmePluginsIdGetResult": "cluster_acme",
    "ClusterBackupGetResultItem": "cluster",
    "ClusterBackupGetResultItemFleecing": "cluster",
    "ClusterBackupGetResultItemPerformance": "cluster",
    "ClusterBackupGetResultItemPruneBackups": "cluster",
    "ClusterBackupIdGetResult": "cluster",
    "ClusterBackupIdGetResultFleecing": "cluster",
    "ClusterBackupIdGetResultPerformance": "cluster",
    "ClusterBackupIdGetResultPruneBackups": "cluster",
    "ClusterBackupIdIncludedVolumesGetResult": "cluster",
    "ClusterBackupIdIncludedVolumesGetResultChildrenItem": "cluster",
    "ClusterBackupIdIncludedVolumesGetResultChildrenItemChildrenItem": "cluster",
    "ClusterBackupInfoGetResultItem": "cluster",
    "ClusterBackupInfoNotBackedUpGetResultItem": "cluster",
    "ClusterCephFlagsGetResultItem": "cluster",
    "ClusterCephMetadataGetResult": "cluster",
    "ClusterCephMetadataGetResultOsdItem": "cluster",
    "ClusterConfigJoinGetResult": "cluster",
    "ClusterConfigJoinGetResultNodelistItem": "cluster",
    "ClusterConfigNodesGetResultItem": "cluster",
    "ClusterConfigNodesNodePostResult": "cluster",
    "ClusterFirewallAliasesGetResultItem": "cluster_firewall",
    "ClusterFirewallGroupsGetResultItem": "cluster_firewall",
    "ClusterFirewallGroupsGroupGetResultItem": "cluster_firewall",
    "ClusterFirewallGroupsGroupPosGetResult": "cluster_firewall",
    "ClusterFirewallIpsetGetResultItem": "cluster_firewall",
    "ClusterFirewallIpsetNameGetResultItem": "cluster_firewall",
    "ClusterFirewallMacrosGetResultItem": "cluster_firewall",
    "ClusterFirewallOptionsGetResult": "cluster_firewall",
    "ClusterFirewallRefsGetResultItem": "cluster_firewall",
    "ClusterFirewallRulesGetResultItem": "cluster_firewall",
    "ClusterFirewallRulesPosGetResult": "cluster_firewall",
    "ClusterHaGetResultItem": "cluster_ha",
    "ClusterHaGroupsGetResultItem": "cluster_ha",
    "ClusterHaResourcesGetResultItem": "cluster_ha",
    "ClusterHaResourcesSidGetResult": "cluster_ha",
    "ClusterHaResourcesSidMigratePostResult": "cluster_ha",
    "ClusterHaResourcesSidMigratePostResultBlockingResourcesItem": "cluster_ha",
    "ClusterHaResourcesSidRelocatePostResult": "cluster_ha",
    "ClusterHaResourcesSidRelocatePostResultBlockingResourcesItem": "cluster_ha",
    "ClusterHaRulesGetResultItem": "cluster_ha",
    "ClusterHaRulesRuleGetResult": "cluster_ha",
    "ClusterHaStatusCurrentGetResultItem": "cluster_ha",
    "ClusterJobsGetResultItem": "cluster",
    "ClusterJobsRealmSyncGetResultItem": "cluster",
    "ClusterJobsScheduleAnalyzeGetResultItem": "cluster",
    "ClusterMappingDirGetResultItem": "cluster",
    "ClusterMappingDirGetResultItemChecksItem": "cluster",
    "ClusterMappingPciGetResultItem": "cluster",
    "ClusterMappingPciGetResultItemChecksItem": "cluster",
    "ClusterMappingUsbGetResultItem": "cluster",
    "ClusterMetricsExportGetResult": "cluster",
    "ClusterMetricsExportGetResultDataItem": "cluster",
    "ClusterMetricsServerGetResultItem": "cluster",
    "ClusterNotificationsEndpointsGotifyGetResultItem": "cluster_notifications",
    "ClusterNotificationsEndpointsGotifyNameGetResult": "cluster_notifications",
    "ClusterNotificationsEndpointsSendmailGetResultItem": "cluster_notifications",
    "ClusterNotificationsEndpointsSendmailNameGetResult": "cluster_notifications",
    "ClusterNotificationsEndpointsSmtpGetResultItem": "cluster_notifications",
    "ClusterNotificationsEndpointsSmtpNameGetResult": "cluster_notifications",
    "ClusterNotificationsEndpointsWebhookGetResultItem": "cluster_notifications",
    "ClusterNotificationsEndpointsWebhookNameGetResult": "cluster_notifications",
    "ClusterNotificationsMatcherFieldValuesGetResultItem": "cluster_notifications",
    "ClusterNotificationsMatcherFieldsGetResultItem": "cluster_notifications",
    "ClusterNotificationsMatchersGetResultItem": "cluster_notifications",
    "ClusterNotificationsMatchersNameGetResult": "cluster_notifications",
    "ClusterNotificationsTargetsGetResultItem": "cluster_notifications",
    "ClusterQemuCpuFlagsGetResultItem": "cluster",
    "ClusterQemuCustomCpuModelsCputypeGetResult": "cluster",
    "ClusterQemuCustomCpuModelsGetResultItem": "cluster",
    "ClusterReplicationGetResultItem": "cluster",
    "ClusterReplicationIdGetResult": "cluster",
    "ClusterResourcesGetResultItem": "cluster",
    "ClusterSdnControllersControllerGetResult": "cluster_sdn",
    "ClusterSdnControllersControllerGetResultPending": "cluster_sdn",
    "ClusterSdnControllersGetResultItem": "cluster_sdn",
    "ClusterSdnControllersGetResultItemPending": "cluster_sdn",
    "ClusterSdnDnsGetResultItem": "cluster_sdn",
    "ClusterSdnDryRunGetResult": "cluster_sdn",
    "ClusterSdnFabricsAllGetResult": "cluster_sdn",
    "ClusterSdnFabricsAllGetResultFabricsItem": "cluster_sdn",
    "ClusterSdnFabricsAllGetResultNodesItem": "cluster_sdn",
    "ClusterSdnFabricsFabricGetResultItem": "cluster_sdn",
    "ClusterSdnFabricsFabricIdGetResult": "cluster_sdn",
    "ClusterSdnFabricsGetResultItem": "cluster_sdn",
    "ClusterSdnFabricsNodeFabricIdGetResultItem": "cluster_sdn",
    "ClusterSdnFabricsNodeFabricIdNodeIdGetResult": "cluster_sdn",
    "ClusterSdnFabricsNodeGetResultItem": "cluster_sdn",
    "ClusterSdnGetResultItem": "cluster_sdn",
    "ClusterSdnIpamsGetResultItem": "cluster_sdn",
    "ClusterSdnRouteMapsEntriesGetResultItem": "cluster_sdn",
    "ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult": "cluster_sdn",
    "ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem": "cluster_sdn",
    "ClusterSdnRouteMapsGetResultItem": "cluster_sdn",
    "ClusterSdnVnetsGetResultItem": "cluster_sdn",
    "ClusterSdnVnetsGetResultItemPending": "cluster_sdn",
    "ClusterSdnVnetsVnetFirewallOptionsGetResult": "cluster_sdn",
    "ClusterSdnVnetsVnetFirewallRulesGetResultItem": "cluster_sdn",
    "ClusterSdnVnetsVnetFirewallRulesPosGetResult": "cluster_sdn",
    "ClusterSdnVnetsVnetGetResult": "cluster_sdn",
    "ClusterSdnVnetsVnetGetResultPending": "cluster_sdn",
    "ClusterSdnZonesGetResultItem": "cluster_sdn",
    "ClusterSdnZonesGetResultItemPending": "cluster_sdn",
    "ClusterSdnZonesZoneGetResult": "cluster_sdn",
    "ClusterSdnZonesZoneGetResultPending": "cluster_sdn",
    "ClusterStatusGetResultItem": "cluster",
    "ClusterTasksGetResultItem": "cluster",
    "NodesGetResultItem": "nodes",
    "NodesNodeAptGetResultItem": "nodes",
    "NodesNodeAptRepositoriesGetResult": "nodes",
    "NodesNodeAptRepositoriesGetResultErrorsItem": "nodes",
    "NodesNodeAptRepositoriesGetResultFilesItem": "nodes",
    "NodesNodeAptRepositoriesGetResultFilesItemRepositoriesItem": "nodes",
    "NodesNodeAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem": "nodes",
    "NodesNodeAptRepositoriesGetResultInfosItem": "nodes",
    "NodesNodeAptRepositoriesGetResultStandardReposItem": "nodes",
    "NodesNodeAptUpdateGetResultItem": "nodes",
    "NodesNodeAptVersionsGetResultItem": "nodes",
    "NodesNodeCapabilitiesQemuCpuFlagsGetResultItem": "nodes",
    "NodesNodeCapabilitiesQemuCpuGetResultItem": "nodes",
    "NodesNodeCapabilitiesQemuMachinesGetResultItem": "nodes",
    "NodesNodeCapabilitiesQemuMigrationGetResult": "nodes",
    "NodesNodeCephCfgDbGetResultItem": "nodes_ceph",
    "NodesNodeCephCmdSafetyGetResult": "nodes_ceph",
    "NodesNodeCephFsGetResultItem": "nodes_ceph",
    "NodesNodeCephLogGetResultItem": "nodes_ceph",
    "NodesNodeCephMdsGetResultItem": "nodes_ceph",
    "NodesNodeCephMgrGetResultItem": "nodes_ceph",
    "NodesNodeCephMonGetResultItem": "nodes_ceph",
    "NodesNodeCephOsdGetResult": "nodes_ceph",
    "NodesNodeCephOsdOsdidLvInfoGetResult": "nodes_ceph",
    "NodesNodeCephOsdOsdidMetadataGetResult": "nodes_ceph",
    "NodesNodeCephOsdOsdidMetadataGetResultDevicesItem": "nodes_ceph",
    "NodesNodeCephOsdOsdidMetadataGetResultOsd": "nodes_ceph",
    "NodesNodeCephPoolGetResultItem": "nodes_ceph",
    "NodesNodeCephPoolNameStatusGetResult": "nodes_ceph",
    "NodesNodeCephRulesGetResultItem": "nodes_ceph",
    "NodesNodeCertificatesCustomPostResult": "nodes",
    "NodesNodeCertificatesInfoGetResultItem": "nodes",
    "NodesNodeConfigGetResult": "nodes",
    "NodesNodeDisksDirectoryGetResultItem": "nodes_disks",
    "NodesNodeDisksListGetResultItem": "nodes_disks",
    "NodesNodeDisksLvmGetResult": "nodes_disks",
    "NodesNodeDisksLvmGetResultChildrenItem": "nodes_disks",
    "NodesNodeDisksLvmGetResultChildrenItemChildrenItem": "nodes_disks",
    "NodesNodeDisksLvmthinGetResultItem": "nodes_disks",
    "NodesNodeDisksSmartGetResult": "nodes_disks",
    "NodesNodeDisksZfsGetResultItem": "nodes_disks",
    "NodesNodeDisksZfsNameGetResult": "nodes_disks",
    "NodesNodeDisksZfsNameGetResultChildrenItem": "nodes_disks",
    "NodesNodeDnsGetResult": "nodes",
    "NodesNodeFirewallLogGetResultItem": "nodes",
    "NodesNodeFirewallOptionsGetResult": "nodes",
    "NodesNodeFirewallRulesGetResultItem": "nodes",
    "NodesNodeFirewallRulesPosGetResult": "nodes",
    "NodesNodeHardwareGetResultItem": "nodes",
    "NodesNodeHardwarePciGetResultItem": "nodes",
    "NodesNodeHardwarePciPciIdOrMappingGetResultItem": "nodes",
    "NodesNodeHardwarePciPciIdOrMappingMdevGetResultItem": "nodes",
    "NodesNodeHardwareUsbGetResultItem": "nodes",
    "NodesNodeHostsGetResult": "nodes",
    "NodesNodeLxcGetResultItem": "nodes_lxc",
    "NodesNodeLxcVmidConfigGetResult": "nodes_lxc",
    "NodesNodeLxcVmidFeatureGetResult": "nodes_lxc",
    "NodesNodeLxcVmidFirewallAliasesGetResultItem": "nodes_lxc",
    "NodesNodeLxcVmidFirewallIpsetGetResultItem": "nodes_lxc",
    "NodesNodeLxcVmidFirewallIpsetNameGetResultItem": "nodes_lxc",
    "NodesNodeLxcVmidFirewallLogGetResultItem": "nodes_lxc",
    "NodesNodeLxcVmidFirewallOptionsGetResult": "nodes_lxc",
    "NodesNodeLxcVmidFirewallRefsGetResultItem": "nodes_lxc",
    "NodesNodeLxcVmidFirewallRulesGetResultItem": "nodes_lxc",
    "NodesNodeLxcVmidFirewallRulesPosGetResult": "nodes_lxc",
    "NodesNodeLxcVmidGetResultItem": "nodes_lxc",
    "NodesNodeLxcVmidInterfacesGetResultItem": "nodes_lxc",
    "NodesNodeLxcVmidInterfacesGetResultItemIpAddressesItem": "nodes_lxc",
    "NodesNodeLxcVmidMigrateGetResult": "nodes_lxc",
    "NodesNodeLxcVmidMigrateGetResultNotAllowedNodes": "nodes_lxc",
    "NodesNodeLxcVmidMigrateGetResultNotAllowedNodesBlockingHaResourcesItem": "nodes_lxc",
    "NodesNodeLxcVmidMtunnelPostResult": "nodes_lxc",
    "NodesNodeLxcVmidMtunnelwebsocketGetResult": "nodes_lxc",
    "NodesNodeLxcVmidPendingGetResultItem": "nodes_lxc",
    "NodesNodeLxcVmidRrdGetResult": "nodes_lxc",
    "NodesNodeLxcVmidSnapshotGetResultItem": "nodes_lxc",
    "NodesNodeLxcVmidSpiceproxyPostResult": "nodes_lxc",
    "NodesNodeLxcVmidStatusCurrentGetResult": "nodes_lxc",
    "NodesNodeLxcVmidStatusGetResultItem": "nodes_lxc",
    "NodesNodeLxcVmidTermproxyPostResult": "nodes_lxc",
    "NodesNodeLxcVmidVncproxyPostResult": "nodes_lxc",
    "NodesNodeLxcVmidVncwebsocketGetResult": "nodes_lxc",
    "NodesNodeNetworkGetResultItem": "nodes",
    "NodesNodeNetworkIfaceGetResult": "nodes",
    "NodesNodeQemuGetResultItem": "nodes_qemu",
    "NodesNodeQemuVmidAgentExecPostResult": "nodes_qemu_agent",
    "NodesNodeQemuVmidAgentExecStatusGetResult": "nodes_qemu_agent",
    "NodesNodeQemuVmidAgentFileReadGetResult": "nodes_qemu_agent",
    "NodesNodeQemuVmidCloudinitGetResultItem": "nodes_qemu",
    "NodesNodeQemuVmidConfigGetResult": "nodes_qemu",
    "NodesNodeQemuVmidFeatureGetResult": "nodes_qemu",
    "NodesNodeQemuVmidFirewallAliasesGetResultItem": "nodes_qemu_firewall",
    "NodesNodeQemuVmidFirewallIpsetGetResultItem": "nodes_qemu_firewall",
    "NodesNodeQemuVmidFirewallIpsetNameGetResultItem": "nodes_qemu_firewall",
    "NodesNodeQemuVmidFirewallLogGetResultItem": "nodes_qemu_firewall",
    "NodesNodeQemuVmidFirewallOptionsGetResult": "nodes_qemu_firewall",
    "NodesNodeQemuVmidFirewallRefsGetResultItem": "nodes_qemu_firewall",
    "NodesNodeQemuVmidFirewallRulesGetResultItem": "nodes_qemu_firewall",
    "NodesNodeQemuVmidFirewallRulesPosGetResult": "nodes_qemu_firewall",
    "NodesNodeQemuVmidGetResultItem": "nodes_qemu",
    "NodesNodeQemuVmidMigrateGetResult": "nodes_qemu",
    "NodesNodeQemuVmidMigrateGetResultLocalDisksItem": "nodes_qemu",
    "NodesNodeQemuVmidMigrateGetResultNotAllowedNodes": "nodes_qemu",
    "NodesNodeQemuVmidMigrateGetResultNotAllowedNodesBlockingHaResourcesItem": "nodes_qemu",
    "NodesNodeQemuVmidMtunnelPostResult": "nodes_qemu",
    "NodesNodeQemuVmidMtunnelwebsocketGetResult": "nodes_qemu",
    "NodesNodeQemuVmidPendingGetResultItem": "nodes_qemu",
    "NodesNodeQemuVmidRrdGetResult": "nodes_qemu",
    "NodesNodeQemuVmidSnapshotGetResultItem": "nodes_qemu",
    "NodesNodeQemuVmidSpiceproxyPostResult": "nodes_qemu",
    "NodesNodeQemuVmidStatusCurrentGetResult": "nodes_qemu_status",
    "NodesNodeQemuVmidStatusGetResultItem": "nodes_qemu_status",
    "NodesNodeQemuVmidTermproxyPostResult": "nodes_qemu",
    "NodesNodeQemuVmidVncproxyPostResult": "nodes_qemu",
    "NodesNodeQemuVmidVncwebsocketGetResult": "nodes_qemu",
    "NodesNodeQueryUrlMetadataGetResult": "nodes",
    "NodesNodeReplicationGetResultItem": "nodes",
    "NodesNodeReplicationIdLogGetResultItem": "nodes",
    "NodesNodeRrdGetResult": "nodes",
    "NodesNodeScanCifsGetResultItem": "nodes_scan",
    "NodesNodeScanGetResultItem": "nodes_scan",
    "NodesNodeScanIscsiGetResultItem": "nodes_scan",
    "NodesNodeScanLvmGetResultItem": "nodes_scan",
    "NodesNodeScanLvmthinGetResultItem": "nodes_scan",
    "NodesNodeScanNfsGetResultItem": "nodes_scan",
    "NodesNodeScanPbsGetResultItem": "nodes_scan",
    "NodesNodeScanZfsGetResultItem": "nodes_scan",
    "NodesNodeSdnFabricsFabricGetResultItem": "nodes_sdn",
    "NodesNodeSdnFabricsFabricInterfacesGetResultItem": "nodes_sdn",
    "NodesNodeSdnFabricsFabricNeighborsGetResultItem": "nodes_sdn",
    "NodesNodeSdnFabricsFabricRoutesGetResultItem": "nodes_sdn",
    "NodesNodeSdnVnetsVnetGetResultItem": "nodes_sdn",
    "NodesNodeSdnVnetsVnetMacVrfGetResultItem": "nodes_sdn",
    "NodesNodeSdnZonesGetResultItem": "nodes_sdn",
    "NodesNodeSdnZonesZoneBridgesGetResultItem": "nodes_sdn",
    "NodesNodeSdnZonesZoneBridgesGetResultItemPortsItem": "nodes_sdn",
    "NodesNodeSdnZonesZoneContentGetResultItem": "nodes_sdn",
    "NodesNodeSdnZonesZoneGetResultItem": "nodes_sdn",
    "NodesNodeSdnZonesZoneIpVrfGetResultItem": "nodes_sdn",
    "NodesNodeServicesGetResultItem": "nodes",
    "NodesNodeServicesServiceGetResultItem": "nodes",
    "NodesNodeServicesServiceStateGetResult": "nodes",
    "NodesNodeSpiceshellPostResult": "nodes",
    "NodesNodeStatusGetResult": "nodes",
    "NodesNodeStatusGetResultBootInfo": "nodes",
    "NodesNodeStatusGetResultCpuinfo": "nodes",
    "NodesNodeStatusGetResultCurrentKernel": "nodes",
    "NodesNodeStatusGetResultMemory": "nodes",
    "NodesNodeStatusGetResultRootfs": "nodes",
    "NodesNodeStorageGetResultItem": "nodes_storage",
    "NodesNodeStorageGetResultItemFormats": "nodes_storage",
    "NodesNodeStorageStorageContentGetResultItem": "nodes_storage",
    "NodesNodeStorageStorageContentGetResultItemVerification": "nodes_storage",
    "NodesNodeStorageStorageContentVolumeGetResult": "nodes_storage",
    "NodesNodeStorageStorageFileRestoreListGetResultItem": "nodes_storage",
    "NodesNodeStorageStorageGetResultItem": "nodes_storage",
    "NodesNodeStorageStorageIdentityGetResult": "nodes_storage",
    "NodesNodeStorageStorageImportMetadataGetResult": "nodes_storage",
    "NodesNodeStorageStorageImportMetadataGetResultWarningsItem": "nodes_storage",
    "NodesNodeStorageStoragePrunebackupsGetResultItem": "nodes_storage",
    "NodesNodeStorageStorageRrdGetResult": "nodes_storage",
    "NodesNodeStorageStorageStatusGetResult": "nodes_storage",
    "NodesNodeSubscriptionGetResult": "nodes",
    "NodesNodeSyslogGetResultItem": "nodes",
    "NodesNodeTasksGetResultItem": "nodes",
    "NodesNodeTasksUpidLogGetResultItem": "nodes",
    "NodesNodeTasksUpidStatusGetResult": "nodes",
    "NodesNodeTermproxyPostResult": "nodes",
    "NodesNodeTimeGetResult": "nodes",
    "NodesNodeVersionGetResult": "nodes",
    "NodesNodeVncshellPostResult": "nodes",
    "NodesNodeVncwebsocketGetResult": "nodes",
    "NodesNodeVzdumpDefaultsGetResult": "nodes",
    "PoolsGetResultItem": "pools",
    "PoolsGetResultItemMembersItem": "pools",
    "PoolsPoolidGetResult": "pools",
    "PoolsPoolidGetResultMembersItem": "pools",
    "StorageGetResultItem": "storage",
    "StoragePostResult": "storage",
    "StoragePostResultConfig": "storage",
    "StorageStoragePutResult": "storage",
    "StorageStoragePutResultConfig": "storage",
    "VersionGetResult": "version",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
