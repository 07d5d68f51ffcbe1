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
    from .access import (
        AccessTfaGetResultItemEntriesItem as AccessTfaGetResultItemEntriesItem,
    )
    from .access import AccessTfaUseridGetResultItem as AccessTfaUseridGetResultItem
    from .access import AccessTfaUseridIdGetResult as AccessTfaUseridIdGetResult
    from .access import AccessTfaUseridPostResult as AccessTfaUseridPostResult
    from .access import AccessTicketPostResult as AccessTicketPostResult
    from .access import AccessUsersGetResultItem as AccessUsersGetResultItem
    from .access import (
        AccessUsersGetResultItemTokensItem as AccessUsersGetResultItemTokensItem,
    )
    from .access import AccessUsersTfaGetResult as AccessUsersTfaGetResult
    from .access import AccessUsersUseridGetResult as AccessUsersUseridGetResult
    from .access import (
        AccessUsersUseridTokenGetResultItem as AccessUsersUseridTokenGetResultItem,
    )
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
    from .cluster import (
        ClusterBackupGetResultItemFleecing as ClusterBackupGetResultItemFleecing,
    )
    from .cluster import (
        ClusterBackupGetResultItemPerformance as ClusterBackupGetResultItemPerformance,
    )
    from .cluster import (
        ClusterBackupGetResultItemPruneBackups as ClusterBackupGetResultItemPruneBackups,
    )
    from .cluster import ClusterBackupIdGetResult as ClusterBackupIdGetResult
    from .cluster import (
        ClusterBackupIdGetResultFleecing as ClusterBackupIdGetResultFleecing,
    )
    from .cluster import (
        ClusterBackupIdGetResultPerformance as ClusterBackupIdGetResultPerformance,
    )
    from .cluster import (
        ClusterBackupIdGetResultPruneBackups as ClusterBackupIdGetResultPruneBackups,
    )
    from .cluster import (
        ClusterBackupIncludedVolumesGetResult as ClusterBackupIncludedVolumesGetResult,
    )
    from .cluster import (
        ClusterBackupIncludedVolumesGetResultChildrenItem as ClusterBackupIncludedVolumesGetResultChildrenItem,
    )
    from .cluster import (
        ClusterBackupIncludedVolumesGetResultChildrenItemChildrenItem as ClusterBackupIncludedVolumesGetResultChildrenItemChildrenItem,
    )
    from .cluster import (
        ClusterBackupInfoGetResultItem as ClusterBackupInfoGetResultItem,
    )
    from .cluster import (
        ClusterBackupInfoNotBackedUpGetResultItem as ClusterBackupInfoNotBackedUpGetResultItem,
    )
    from .cluster import ClusterCephFlagsGetResultItem as ClusterCephFlagsGetResultItem
    from .cluster import ClusterCephMetadataGetResult as ClusterCephMetadataGetResult
    from .cluster import (
        ClusterCephMetadataGetResultOsdItem as ClusterCephMetadataGetResultOsdItem,
    )
    from .cluster import ClusterConfigJoinGetResult as ClusterConfigJoinGetResult
    from .cluster import (
        ClusterConfigJoinGetResultNodelistItem as ClusterConfigJoinGetResultNodelistItem,
    )
    from .cluster import (
        ClusterConfigNodesGetResultItem as ClusterConfigNodesGetResultItem,
    )
    from .cluster import (
        ClusterConfigNodesNodePostResult as ClusterConfigNodesNodePostResult,
    )
    from .cluster import ClusterJobsGetResultItem as ClusterJobsGetResultItem
    from .cluster import (
        ClusterJobsRealmSyncGetResultItem as ClusterJobsRealmSyncGetResultItem,
    )
    from .cluster import (
        ClusterJobsScheduleAnalyzeGetResultItem as ClusterJobsScheduleAnalyzeGetResultItem,
    )
    from .cluster import (
        ClusterMappingDirGetResultItem as ClusterMappingDirGetResultItem,
    )
    from .cluster import (
        ClusterMappingDirGetResultItemChecksItem as ClusterMappingDirGetResultItemChecksItem,
    )
    from .cluster import (
        ClusterMappingPciGetResultItem as ClusterMappingPciGetResultItem,
    )
    from .cluster import (
        ClusterMappingPciGetResultItemChecksItem as ClusterMappingPciGetResultItemChecksItem,
    )
    from .cluster import (
        ClusterMappingUsbGetResultItem as ClusterMappingUsbGetResultItem,
    )
    from .cluster import ClusterMetricsExportGetResult as ClusterMetricsExportGetResult
    from .cluster import (
        ClusterMetricsExportGetResultDataItem as ClusterMetricsExportGetResultDataItem,
    )
    from .cluster import (
        ClusterMetricsServerGetResultItem as ClusterMetricsServerGetResultItem,
    )
    from .cluster import (
        ClusterQemuCpuFlagsGetResultItem as ClusterQemuCpuFlagsGetResultItem,
    )
    from .cluster import (
        ClusterQemuCustomCpuModelsCputypeGetResult as ClusterQemuCustomCpuModelsCputypeGetResult,
    )
    from .cluster import (
        ClusterQemuCustomCpuModelsGetResultItem as ClusterQemuCustomCpuModelsGetResultItem,
    )
    from .cluster import (
        ClusterReplicationGetResultItem as ClusterReplicationGetResultItem,
    )
    from .cluster import ClusterReplicationIdGetResult as ClusterReplicationIdGetResult
    from .cluster import ClusterResourcesGetResultItem as ClusterResourcesGetResultItem
    from .cluster import ClusterStatusGetResultItem as ClusterStatusGetResultItem
    from .cluster import ClusterTasksGetResultItem as ClusterTasksGetResultItem
    from .cluster_acme import (
        ClusterAcmeAccountNameGetResult as ClusterAcmeAccountNameGetResult,
    )
    from .cluster_acme import (
        ClusterAcmeChallengeSchemaGetResultItem as ClusterAcmeChallengeSchemaGetResultItem,
    )
    from .cluster_acme import (
        ClusterAcmeDirectoriesGetResultItem as ClusterAcmeDirectoriesGetResultItem,
    )
    from .cluster_acme import ClusterAcmeMetaGetResult as ClusterAcmeMetaGetResult
    from .cluster_acme import (
        ClusterAcmePluginsGetResultItem as ClusterAcmePluginsGetResultItem,
    )
    from .cluster_acme import (
        ClusterAcmePluginsIdGetResult as ClusterAcmePluginsIdGetResult,
    )
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
    from .cluster_firewall import (
        ClusterFirewallOptionsGetResult as ClusterFirewallOptionsGetResult,
    )
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
    from .cluster_ha import (
        ClusterHaResourcesGetResultItem as ClusterHaResourcesGetResultItem,
    )
    from .cluster_ha import (
        ClusterHaResourcesMigratePostResult as ClusterHaResourcesMigratePostResult,
    )
    from .cluster_ha import (
        ClusterHaResourcesMigratePostResultBlockingResourcesItem as ClusterHaResourcesMigratePostResultBlockingResourcesItem,
    )
    from .cluster_ha import (
        ClusterHaResourcesRelocatePostResult as ClusterHaResourcesRelocatePostResult,
    )
    from .cluster_ha import (
        ClusterHaResourcesRelocatePostResultBlockingResourcesItem as ClusterHaResourcesRelocatePostResultBlockingResourcesItem,
    )
    from .cluster_ha import (
        ClusterHaResourcesSidGetResult as ClusterHaResourcesSidGetResult,
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
    from .cluster_sdn import (
        ClusterSdnFabricsAllGetResult as ClusterSdnFabricsAllGetResult,
    )
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
    from .cluster_sdn import (
        ClusterSdnFabricsGetResultItem as ClusterSdnFabricsGetResultItem,
    )
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
    from .cluster_sdn import (
        ClusterSdnIpamsGetResultItem as ClusterSdnIpamsGetResultItem,
    )
    from .cluster_sdn import (
        ClusterSdnRouteMapsEntriesGetResultItem as ClusterSdnRouteMapsEntriesGetResultItem,
    )
    from .cluster_sdn import (
        ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult as ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult,
    )
    from .cluster_sdn import (
        ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem as ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem,
    )
    from .cluster_sdn import (
        ClusterSdnRouteMapsGetResultItem as ClusterSdnRouteMapsGetResultItem,
    )
    from .cluster_sdn import (
        ClusterSdnVnetsFirewallOptionsGetResult as ClusterSdnVnetsFirewallOptionsGetResult,
    )
    from .cluster_sdn import (
        ClusterSdnVnetsGetResultItem as ClusterSdnVnetsGetResultItem,
    )
    from .cluster_sdn import (
        ClusterSdnVnetsGetResultItemPending as ClusterSdnVnetsGetResultItemPending,
    )
    from .cluster_sdn import (
        ClusterSdnVnetsVnetFirewallRulesGetResultItem as ClusterSdnVnetsVnetFirewallRulesGetResultItem,
    )
    from .cluster_sdn import (
        ClusterSdnVnetsVnetFirewallRulesPosGetResult as ClusterSdnVnetsVnetFirewallRulesPosGetResult,
    )
    from .cluster_sdn import (
        ClusterSdnVnetsVnetGetResult as ClusterSdnVnetsVnetGetResult,
    )
    from .cluster_sdn import (
        ClusterSdnVnetsVnetGetResultPending as ClusterSdnVnetsVnetGetResultPending,
    )
    from .cluster_sdn import (
        ClusterSdnZonesGetResultItem as ClusterSdnZonesGetResultItem,
    )
    from .cluster_sdn import (
        ClusterSdnZonesGetResultItemPending as ClusterSdnZonesGetResultItemPending,
    )
    from .cluster_sdn import (
        ClusterSdnZonesZoneGetResult as ClusterSdnZonesZoneGetResult,
    )
    from .cluster_sdn import (
        ClusterSdnZonesZoneGetResultPending as ClusterSdnZonesZoneGetResultPending,
    )
    from .nodes import NodesAptGetResultItem as NodesAptGetResultItem
    from .nodes import NodesAptRepositoriesGetResult as NodesAptRepositoriesGetResult
    from .nodes import (
        NodesAptRepositoriesGetResultErrorsItem as NodesAptRepositoriesGetResultErrorsItem,
    )
    from .nodes import (
        NodesAptRepositoriesGetResultFilesItem as NodesAptRepositoriesGetResultFilesItem,
    )
    from .nodes import (
        NodesAptRepositoriesGetResultFilesItemRepositoriesItem as NodesAptRepositoriesGetResultFilesItemRepositoriesItem,
    )
    from .nodes import (
        NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem as NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem,
    )
    from .nodes import (
        NodesAptRepositoriesGetResultInfosItem as NodesAptRepositoriesGetResultInfosItem,
    )
    from .nodes import (
        NodesAptRepositoriesGetResultStandardReposItem as NodesAptRepositoriesGetResultStandardReposItem,
    )
    from .nodes import NodesAptUpdateGetResultItem as NodesAptUpdateGetResultItem
    from .nodes import NodesAptVersionsGetResultItem as NodesAptVersionsGetResultItem
    from .nodes import (
        NodesCapabilitiesQemuCpuFlagsGetResultItem as NodesCapabilitiesQemuCpuFlagsGetResultItem,
    )
    from .nodes import (
        NodesCapabilitiesQemuCpuGetResultItem as NodesCapabilitiesQemuCpuGetResultItem,
    )
    from .nodes import (
        NodesCapabilitiesQemuMachinesGetResultItem as NodesCapabilitiesQemuMachinesGetResultItem,
    )
    from .nodes import (
        NodesCapabilitiesQemuMigrationGetResult as NodesCapabilitiesQemuMigrationGetResult,
    )
    from .nodes import (
        NodesCertificatesCustomPostResult as NodesCertificatesCustomPostResult,
    )
    from .nodes import (
        NodesCertificatesInfoGetResultItem as NodesCertificatesInfoGetResultItem,
    )
    from .nodes import NodesConfigGetResult as NodesConfigGetResult
    from .nodes import NodesDnsGetResult as NodesDnsGetResult
    from .nodes import NodesFirewallLogGetResultItem as NodesFirewallLogGetResultItem
    from .nodes import NodesFirewallOptionsGetResult as NodesFirewallOptionsGetResult
    from .nodes import NodesGetResultItem as NodesGetResultItem
    from .nodes import NodesHardwareGetResultItem as NodesHardwareGetResultItem
    from .nodes import (
        NodesHardwarePciMdevGetResultItem as NodesHardwarePciMdevGetResultItem,
    )
    from .nodes import NodesHardwareUsbGetResultItem as NodesHardwareUsbGetResultItem
    from .nodes import NodesHostsGetResult as NodesHostsGetResult
    from .nodes import (
        NodesNodeFirewallRulesGetResultItem as NodesNodeFirewallRulesGetResultItem,
    )
    from .nodes import (
        NodesNodeFirewallRulesPosGetResult as NodesNodeFirewallRulesPosGetResult,
    )
    from .nodes import (
        NodesNodeHardwarePciGetResultItem as NodesNodeHardwarePciGetResultItem,
    )
    from .nodes import (
        NodesNodeHardwarePciPciIdOrMappingGetResultItem as NodesNodeHardwarePciPciIdOrMappingGetResultItem,
    )
    from .nodes import NodesNodeNetworkGetResultItem as NodesNodeNetworkGetResultItem
    from .nodes import NodesNodeNetworkIfaceGetResult as NodesNodeNetworkIfaceGetResult
    from .nodes import (
        NodesNodeReplicationGetResultItem as NodesNodeReplicationGetResultItem,
    )
    from .nodes import NodesNodeServicesGetResultItem as NodesNodeServicesGetResultItem
    from .nodes import (
        NodesNodeServicesServiceGetResultItem as NodesNodeServicesServiceGetResultItem,
    )
    from .nodes import NodesNodeTasksGetResultItem as NodesNodeTasksGetResultItem
    from .nodes import NodesQueryUrlMetadataGetResult as NodesQueryUrlMetadataGetResult
    from .nodes import (
        NodesReplicationLogGetResultItem as NodesReplicationLogGetResultItem,
    )
    from .nodes import NodesRrdGetResult as NodesRrdGetResult
    from .nodes import NodesServicesStateGetResult as NodesServicesStateGetResult
    from .nodes import NodesSpiceshellPostResult as NodesSpiceshellPostResult
    from .nodes import NodesStatusGetResult as NodesStatusGetResult
    from .nodes import NodesStatusGetResultBootInfo as NodesStatusGetResultBootInfo
    from .nodes import NodesStatusGetResultCpuinfo as NodesStatusGetResultCpuinfo
    from .nodes import (
        NodesStatusGetResultCurrentKernel as NodesStatusGetResultCurrentKernel,
    )
    from .nodes import NodesStatusGetResultMemory as NodesStatusGetResultMemory
    from .nodes import NodesStatusGetResultRootfs as NodesStatusGetResultRootfs
    from .nodes import NodesSubscriptionGetResult as NodesSubscriptionGetResult
    from .nodes import NodesSyslogGetResultItem as NodesSyslogGetResultItem
    from .nodes import NodesTasksLogGetResultItem as NodesTasksLogGetResultItem
    from .nodes import NodesTasksStatusGetResult as NodesTasksStatusGetResult
    from .nodes import NodesTermproxyPostResult as NodesTermproxyPostResult
    from .nodes import NodesTimeGetResult as NodesTimeGetResult
    from .nodes import NodesVersionGetResult as NodesVersionGetResult
    from .nodes import NodesVncshellPostResult as NodesVncshellPostResult
    from .nodes import NodesVncwebsocketGetResult as NodesVncwebsocketGetResult
    from .nodes import NodesVzdumpDefaultsGetResult as NodesVzdumpDefaultsGetResult
    from .nodes_ceph import NodesCephCfgDbGetResultItem as NodesCephCfgDbGetResultItem
    from .nodes_ceph import NodesCephCmdSafetyGetResult as NodesCephCmdSafetyGetResult
    from .nodes_ceph import NodesCephLogGetResultItem as NodesCephLogGetResultItem
    from .nodes_ceph import NodesCephOsdLvInfoGetResult as NodesCephOsdLvInfoGetResult
    from .nodes_ceph import (
        NodesCephOsdMetadataGetResult as NodesCephOsdMetadataGetResult,
    )
    from .nodes_ceph import (
        NodesCephOsdMetadataGetResultDevicesItem as NodesCephOsdMetadataGetResultDevicesItem,
    )
    from .nodes_ceph import (
        NodesCephOsdMetadataGetResultOsd as NodesCephOsdMetadataGetResultOsd,
    )
    from .nodes_ceph import NodesCephPoolStatusGetResult as NodesCephPoolStatusGetResult
    from .nodes_ceph import NodesCephRulesGetResultItem as NodesCephRulesGetResultItem
    from .nodes_ceph import NodesNodeCephFsGetResultItem as NodesNodeCephFsGetResultItem
    from .nodes_ceph import (
        NodesNodeCephMdsGetResultItem as NodesNodeCephMdsGetResultItem,
    )
    from .nodes_ceph import (
        NodesNodeCephMgrGetResultItem as NodesNodeCephMgrGetResultItem,
    )
    from .nodes_ceph import (
        NodesNodeCephMonGetResultItem as NodesNodeCephMonGetResultItem,
    )
    from .nodes_ceph import NodesNodeCephOsdGetResult as NodesNodeCephOsdGetResult
    from .nodes_ceph import (
        NodesNodeCephPoolGetResultItem as NodesNodeCephPoolGetResultItem,
    )
    from .nodes_disks import NodesDisksListGetResultItem as NodesDisksListGetResultItem
    from .nodes_disks import NodesDisksSmartGetResult as NodesDisksSmartGetResult
    from .nodes_disks import (
        NodesNodeDisksDirectoryGetResultItem as NodesNodeDisksDirectoryGetResultItem,
    )
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
    from .nodes_disks import (
        NodesNodeDisksZfsGetResultItem as NodesNodeDisksZfsGetResultItem,
    )
    from .nodes_disks import (
        NodesNodeDisksZfsNameGetResult as NodesNodeDisksZfsNameGetResult,
    )
    from .nodes_disks import (
        NodesNodeDisksZfsNameGetResultChildrenItem as NodesNodeDisksZfsNameGetResultChildrenItem,
    )
    from .nodes_lxc import NodesLxcConfigGetResult as NodesLxcConfigGetResult
    from .nodes_lxc import NodesLxcFeatureGetResult as NodesLxcFeatureGetResult
    from .nodes_lxc import (
        NodesLxcFirewallLogGetResultItem as NodesLxcFirewallLogGetResultItem,
    )
    from .nodes_lxc import (
        NodesLxcFirewallOptionsGetResult as NodesLxcFirewallOptionsGetResult,
    )
    from .nodes_lxc import (
        NodesLxcFirewallRefsGetResultItem as NodesLxcFirewallRefsGetResultItem,
    )
    from .nodes_lxc import (
        NodesLxcInterfacesGetResultItem as NodesLxcInterfacesGetResultItem,
    )
    from .nodes_lxc import (
        NodesLxcInterfacesGetResultItemIpAddressesItem as NodesLxcInterfacesGetResultItemIpAddressesItem,
    )
    from .nodes_lxc import NodesLxcMigrateGetResult as NodesLxcMigrateGetResult
    from .nodes_lxc import (
        NodesLxcMigrateGetResultNotAllowedNodes as NodesLxcMigrateGetResultNotAllowedNodes,
    )
    from .nodes_lxc import (
        NodesLxcMigrateGetResultNotAllowedNodesBlockingHaResourcesItem as NodesLxcMigrateGetResultNotAllowedNodesBlockingHaResourcesItem,
    )
    from .nodes_lxc import NodesLxcMtunnelPostResult as NodesLxcMtunnelPostResult
    from .nodes_lxc import (
        NodesLxcMtunnelwebsocketGetResult as NodesLxcMtunnelwebsocketGetResult,
    )
    from .nodes_lxc import NodesLxcPendingGetResultItem as NodesLxcPendingGetResultItem
    from .nodes_lxc import NodesLxcRrdGetResult as NodesLxcRrdGetResult
    from .nodes_lxc import NodesLxcSpiceproxyPostResult as NodesLxcSpiceproxyPostResult
    from .nodes_lxc import (
        NodesLxcStatusCurrentGetResult as NodesLxcStatusCurrentGetResult,
    )
    from .nodes_lxc import NodesLxcStatusGetResultItem as NodesLxcStatusGetResultItem
    from .nodes_lxc import NodesLxcTermproxyPostResult as NodesLxcTermproxyPostResult
    from .nodes_lxc import NodesLxcVncproxyPostResult as NodesLxcVncproxyPostResult
    from .nodes_lxc import (
        NodesLxcVncwebsocketGetResult as NodesLxcVncwebsocketGetResult,
    )
    from .nodes_lxc import NodesNodeLxcGetResultItem as NodesNodeLxcGetResultItem
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
        NodesNodeLxcVmidFirewallRulesGetResultItem as NodesNodeLxcVmidFirewallRulesGetResultItem,
    )
    from .nodes_lxc import (
        NodesNodeLxcVmidFirewallRulesPosGetResult as NodesNodeLxcVmidFirewallRulesPosGetResult,
    )
    from .nodes_lxc import (
        NodesNodeLxcVmidGetResultItem as NodesNodeLxcVmidGetResultItem,
    )
    from .nodes_lxc import (
        NodesNodeLxcVmidSnapshotGetResultItem as NodesNodeLxcVmidSnapshotGetResultItem,
    )
    from .nodes_qemu import NodesNodeQemuGetResultItem as NodesNodeQemuGetResultItem
    from .nodes_qemu import (
        NodesNodeQemuVmidGetResultItem as NodesNodeQemuVmidGetResultItem,
    )
    from .nodes_qemu import (
        NodesNodeQemuVmidSnapshotGetResultItem as NodesNodeQemuVmidSnapshotGetResultItem,
    )
    from .nodes_qemu import (
        NodesQemuCloudinitGetResultItem as NodesQemuCloudinitGetResultItem,
    )
    from .nodes_qemu import NodesQemuConfigGetResult as NodesQemuConfigGetResult
    from .nodes_qemu import NodesQemuFeatureGetResult as NodesQemuFeatureGetResult
    from .nodes_qemu import NodesQemuMigrateGetResult as NodesQemuMigrateGetResult
    from .nodes_qemu import (
        NodesQemuMigrateGetResultLocalDisksItem as NodesQemuMigrateGetResultLocalDisksItem,
    )
    from .nodes_qemu import (
        NodesQemuMigrateGetResultNotAllowedNodes as NodesQemuMigrateGetResultNotAllowedNodes,
    )
    from .nodes_qemu import (
        NodesQemuMigrateGetResultNotAllowedNodesBlockingHaResourcesItem as NodesQemuMigrateGetResultNotAllowedNodesBlockingHaResourcesItem,
    )
    from .nodes_qemu import NodesQemuMtunnelPostResult as NodesQemuMtunnelPostResult
    from .nodes_qemu import (
        NodesQemuMtunnelwebsocketGetResult as NodesQemuMtunnelwebsocketGetResult,
    )
    from .nodes_qemu import (
        NodesQemuPendingGetResultItem as NodesQemuPendingGetResultItem,
    )
    from .nodes_qemu import NodesQemuRrdGetResult as NodesQemuRrdGetResult
    from .nodes_qemu import (
        NodesQemuSpiceproxyPostResult as NodesQemuSpiceproxyPostResult,
    )
    from .nodes_qemu import NodesQemuTermproxyPostResult as NodesQemuTermproxyPostResult
    from .nodes_qemu import NodesQemuVncproxyPostResult as NodesQemuVncproxyPostResult
    from .nodes_qemu import (
        NodesQemuVncwebsocketGetResult as NodesQemuVncwebsocketGetResult,
    )
    from .nodes_qemu_agent import (
        NodesQemuAgentExecPostResult as NodesQemuAgentExecPostResult,
    )
    from .nodes_qemu_agent import (
        NodesQemuAgentExecStatusGetResult as NodesQemuAgentExecStatusGetResult,
    )
    from .nodes_qemu_agent import (
        NodesQemuAgentFileReadGetResult as NodesQemuAgentFileReadGetResult,
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
        NodesNodeQemuVmidFirewallRulesGetResultItem as NodesNodeQemuVmidFirewallRulesGetResultItem,
    )
    from .nodes_qemu_firewall import (
        NodesNodeQemuVmidFirewallRulesPosGetResult as NodesNodeQemuVmidFirewallRulesPosGetResult,
    )
    from .nodes_qemu_firewall import (
        NodesQemuFirewallLogGetResultItem as NodesQemuFirewallLogGetResultItem,
    )
    from .nodes_qemu_firewall import (
        NodesQemuFirewallOptionsGetResult as NodesQemuFirewallOptionsGetResult,
    )
    from .nodes_qemu_firewall import (
        NodesQemuFirewallRefsGetResultItem as NodesQemuFirewallRefsGetResultItem,
    )
    from .nodes_qemu_status import (
        NodesQemuStatusCurrentGetResult as NodesQemuStatusCurrentGetResult,
    )
    from .nodes_qemu_status import (
        NodesQemuStatusGetResultItem as NodesQemuStatusGetResultItem,
    )
    from .nodes_scan import NodesScanCifsGetResultItem as NodesScanCifsGetResultItem
    from .nodes_scan import NodesScanGetResultItem as NodesScanGetResultItem
    from .nodes_scan import NodesScanIscsiGetResultItem as NodesScanIscsiGetResultItem
    from .nodes_scan import NodesScanLvmGetResultItem as NodesScanLvmGetResultItem
    from .nodes_scan import (
        NodesScanLvmthinGetResultItem as NodesScanLvmthinGetResultItem,
    )
    from .nodes_scan import NodesScanNfsGetResultItem as NodesScanNfsGetResultItem
    from .nodes_scan import NodesScanPbsGetResultItem as NodesScanPbsGetResultItem
    from .nodes_scan import NodesScanZfsGetResultItem as NodesScanZfsGetResultItem
    from .nodes_sdn import (
        NodesNodeSdnFabricsFabricGetResultItem as NodesNodeSdnFabricsFabricGetResultItem,
    )
    from .nodes_sdn import (
        NodesNodeSdnVnetsVnetGetResultItem as NodesNodeSdnVnetsVnetGetResultItem,
    )
    from .nodes_sdn import (
        NodesNodeSdnZonesGetResultItem as NodesNodeSdnZonesGetResultItem,
    )
    from .nodes_sdn import (
        NodesNodeSdnZonesZoneGetResultItem as NodesNodeSdnZonesZoneGetResultItem,
    )
    from .nodes_sdn import (
        NodesSdnFabricsInterfacesGetResultItem as NodesSdnFabricsInterfacesGetResultItem,
    )
    from .nodes_sdn import (
        NodesSdnFabricsNeighborsGetResultItem as NodesSdnFabricsNeighborsGetResultItem,
    )
    from .nodes_sdn import (
        NodesSdnFabricsRoutesGetResultItem as NodesSdnFabricsRoutesGetResultItem,
    )
    from .nodes_sdn import (
        NodesSdnVnetsMacVrfGetResultItem as NodesSdnVnetsMacVrfGetResultItem,
    )
    from .nodes_sdn import (
        NodesSdnZonesBridgesGetResultItem as NodesSdnZonesBridgesGetResultItem,
    )
    from .nodes_sdn import (
        NodesSdnZonesBridgesGetResultItemPortsItem as NodesSdnZonesBridgesGetResultItemPortsItem,
    )
    from .nodes_sdn import (
        NodesSdnZonesContentGetResultItem as NodesSdnZonesContentGetResultItem,
    )
    from .nodes_sdn import (
        NodesSdnZonesIpVrfGetResultItem as NodesSdnZonesIpVrfGetResultItem,
    )
    from .nodes_storage import (
        NodesNodeStorageGetResultItem as NodesNodeStorageGetResultItem,
    )
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
        NodesNodeStorageStorageGetResultItem as NodesNodeStorageStorageGetResultItem,
    )
    from .nodes_storage import (
        NodesStorageFileRestoreListGetResultItem as NodesStorageFileRestoreListGetResultItem,
    )
    from .nodes_storage import (
        NodesStorageIdentityGetResult as NodesStorageIdentityGetResult,
    )
    from .nodes_storage import (
        NodesStorageImportMetadataGetResult as NodesStorageImportMetadataGetResult,
    )
    from .nodes_storage import (
        NodesStorageImportMetadataGetResultWarningsItem as NodesStorageImportMetadataGetResultWarningsItem,
    )
    from .nodes_storage import (
        NodesStoragePrunebackupsGetResultItem as NodesStoragePrunebackupsGetResultItem,
    )
    from .nodes_storage import NodesStorageRrdGetResult as NodesStorageRrdGetResult
    from .nodes_storage import (
        NodesStorageStatusGetResult as NodesStorageStatusGetResult,
    )
    from .pools import PoolsGetResultItem as PoolsGetResultItem
    from .pools import PoolsGetResultItemMembersItem as PoolsGetResultItemMembersItem
    from .pools import PoolsPoolidGetResult as PoolsPoolidGetResult
    from .pools import (
        PoolsPoolidGetResultMembersItem as PoolsPoolidGetResultMembersItem,
    )
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
    "AccessUsersTfaGetResult": "access",
    "AccessUsersUseridGetResult": "access",
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
    "ClusterBackupIncludedVolumesGetResult": "cluster",
    "ClusterBackupIncludedVolumesGetResultChildrenItem": "cluster",
    "ClusterBackupIncludedVolumesGetResultChildrenItemChildrenItem": "cluster",
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
    "ClusterHaResourcesMigratePostResult": "cluster_ha",
    "ClusterHaResourcesMigratePostResultBlockingResourcesItem": "cluster_ha",
    "ClusterHaResourcesRelocatePostResult": "cluster_ha",
    "ClusterHaResourcesRelocatePostResultBlockingResourcesItem": "cluster_ha",
    "ClusterHaResourcesSidGetResult": "cluster_ha",
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
    "ClusterSdnVnetsFirewallOptionsGetResult": "cluster_sdn",
    "ClusterSdnVnetsGetResultItem": "cluster_sdn",
    "ClusterSdnVnetsGetResultItemPending": "cluster_sdn",
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
    "NodesAptGetResultItem": "nodes",
    "NodesAptRepositoriesGetResult": "nodes",
    "NodesAptRepositoriesGetResultErrorsItem": "nodes",
    "NodesAptRepositoriesGetResultFilesItem": "nodes",
    "NodesAptRepositoriesGetResultFilesItemRepositoriesItem": "nodes",
    "NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem": "nodes",
    "NodesAptRepositoriesGetResultInfosItem": "nodes",
    "NodesAptRepositoriesGetResultStandardReposItem": "nodes",
    "NodesAptUpdateGetResultItem": "nodes",
    "NodesAptVersionsGetResultItem": "nodes",
    "NodesCapabilitiesQemuCpuFlagsGetResultItem": "nodes",
    "NodesCapabilitiesQemuCpuGetResultItem": "nodes",
    "NodesCapabilitiesQemuMachinesGetResultItem": "nodes",
    "NodesCapabilitiesQemuMigrationGetResult": "nodes",
    "NodesCephCfgDbGetResultItem": "nodes_ceph",
    "NodesCephCmdSafetyGetResult": "nodes_ceph",
    "NodesCephLogGetResultItem": "nodes_ceph",
    "NodesCephOsdLvInfoGetResult": "nodes_ceph",
    "NodesCephOsdMetadataGetResult": "nodes_ceph",
    "NodesCephOsdMetadataGetResultDevicesItem": "nodes_ceph",
    "NodesCephOsdMetadataGetResultOsd": "nodes_ceph",
    "NodesCephPoolStatusGetResult": "nodes_ceph",
    "NodesCephRulesGetResultItem": "nodes_ceph",
    "NodesCertificatesCustomPostResult": "nodes",
    "NodesCertificatesInfoGetResultItem": "nodes",
    "NodesConfigGetResult": "nodes",
    "NodesDisksListGetResultItem": "nodes_disks",
    "NodesDisksSmartGetResult": "nodes_disks",
    "NodesDnsGetResult": "nodes",
    "NodesFirewallLogGetResultItem": "nodes",
    "NodesFirewallOptionsGetResult": "nodes",
    "NodesGetResultItem": "nodes",
    "NodesHardwareGetResultItem": "nodes",
    "NodesHardwarePciMdevGetResultItem": "nodes",
    "NodesHardwareUsbGetResultItem": "nodes",
    "NodesHostsGetResult": "nodes",
    "NodesLxcConfigGetResult": "nodes_lxc",
    "NodesLxcFeatureGetResult": "nodes_lxc",
    "NodesLxcFirewallLogGetResultItem": "nodes_lxc",
    "NodesLxcFirewallOptionsGetResult": "nodes_lxc",
    "NodesLxcFirewallRefsGetResultItem": "nodes_lxc",
    "NodesLxcInterfacesGetResultItem": "nodes_lxc",
    "NodesLxcInterfacesGetResultItemIpAddressesItem": "nodes_lxc",
    "NodesLxcMigrateGetResult": "nodes_lxc",
    "NodesLxcMigrateGetResultNotAllowedNodes": "nodes_lxc",
    "NodesLxcMigrateGetResultNotAllowedNodesBlockingHaResourcesItem": "nodes_lxc",
    "NodesLxcMtunnelPostResult": "nodes_lxc",
    "NodesLxcMtunnelwebsocketGetResult": "nodes_lxc",
    "NodesLxcPendingGetResultItem": "nodes_lxc",
    "NodesLxcRrdGetResult": "nodes_lxc",
    "NodesLxcSpiceproxyPostResult": "nodes_lxc",
    "NodesLxcStatusCurrentGetResult": "nodes_lxc",
    "NodesLxcStatusGetResultItem": "nodes_lxc",
    "NodesLxcTermproxyPostResult": "nodes_lxc",
    "NodesLxcVncproxyPostResult": "nodes_lxc",
    "NodesLxcVncwebsocketGetResult": "nodes_lxc",
    "NodesNodeCephFsGetResultItem": "nodes_ceph",
    "NodesNodeCephMdsGetResultItem": "nodes_ceph",
    "NodesNodeCephMgrGetResultItem": "nodes_ceph",
    "NodesNodeCephMonGetResultItem": "nodes_ceph",
    "NodesNodeCephOsdGetResult": "nodes_ceph",
    "NodesNodeCephPoolGetResultItem": "nodes_ceph",
    "NodesNodeDisksDirectoryGetResultItem": "nodes_disks",
    "NodesNodeDisksLvmGetResult": "nodes_disks",
    "NodesNodeDisksLvmGetResultChildrenItem": "nodes_disks",
    "NodesNodeDisksLvmGetResultChildrenItemChildrenItem": "nodes_disks",
    "NodesNodeDisksLvmthinGetResultItem": "nodes_disks",
    "NodesNodeDisksZfsGetResultItem": "nodes_disks",
    "NodesNodeDisksZfsNameGetResult": "nodes_disks",
    "NodesNodeDisksZfsNameGetResultChildrenItem": "nodes_disks",
    "NodesNodeFirewallRulesGetResultItem": "nodes",
    "NodesNodeFirewallRulesPosGetResult": "nodes",
    "NodesNodeHardwarePciGetResultItem": "nodes",
    "NodesNodeHardwarePciPciIdOrMappingGetResultItem": "nodes",
    "NodesNodeLxcGetResultItem": "nodes_lxc",
    "NodesNodeLxcVmidFirewallAliasesGetResultItem": "nodes_lxc",
    "NodesNodeLxcVmidFirewallIpsetGetResultItem": "nodes_lxc",
    "NodesNodeLxcVmidFirewallIpsetNameGetResultItem": "nodes_lxc",
    "NodesNodeLxcVmidFirewallRulesGetResultItem": "nodes_lxc",
    "NodesNodeLxcVmidFirewallRulesPosGetResult": "nodes_lxc",
    "NodesNodeLxcVmidGetResultItem": "nodes_lxc",
    "NodesNodeLxcVmidSnapshotGetResultItem": "nodes_lxc",
    "NodesNodeNetworkGetResultItem": "nodes",
    "NodesNodeNetworkIfaceGetResult": "nodes",
    "NodesNodeQemuGetResultItem": "nodes_qemu",
    "NodesNodeQemuVmidFirewallAliasesGetResultItem": "nodes_qemu_firewall",
    "NodesNodeQemuVmidFirewallIpsetGetResultItem": "nodes_qemu_firewall",
    "NodesNodeQemuVmidFirewallIpsetNameGetResultItem": "nodes_qemu_firewall",
    "NodesNodeQemuVmidFirewallRulesGetResultItem": "nodes_qemu_firewall",
    "NodesNodeQemuVmidFirewallRulesPosGetResult": "nodes_qemu_firewall",
    "NodesNodeQemuVmidGetResultItem": "nodes_qemu",
    "NodesNodeQemuVmidSnapshotGetResultItem": "nodes_qemu",
    "NodesNodeReplicationGetResultItem": "nodes",
    "NodesNodeSdnFabricsFabricGetResultItem": "nodes_sdn",
    "NodesNodeSdnVnetsVnetGetResultItem": "nodes_sdn",
    "NodesNodeSdnZonesGetResultItem": "nodes_sdn",
    "NodesNodeSdnZonesZoneGetResultItem": "nodes_sdn",
    "NodesNodeServicesGetResultItem": "nodes",
    "NodesNodeServicesServiceGetResultItem": "nodes",
    "NodesNodeStorageGetResultItem": "nodes_storage",
    "NodesNodeStorageGetResultItemFormats": "nodes_storage",
    "NodesNodeStorageStorageContentGetResultItem": "nodes_storage",
    "NodesNodeStorageStorageContentGetResultItemVerification": "nodes_storage",
    "NodesNodeStorageStorageContentVolumeGetResult": "nodes_storage",
    "NodesNodeStorageStorageGetResultItem": "nodes_storage",
    "NodesNodeTasksGetResultItem": "nodes",
    "NodesQemuAgentExecPostResult": "nodes_qemu_agent",
    "NodesQemuAgentExecStatusGetResult": "nodes_qemu_agent",
    "NodesQemuAgentFileReadGetResult": "nodes_qemu_agent",
    "NodesQemuCloudinitGetResultItem": "nodes_qemu",
    "NodesQemuConfigGetResult": "nodes_qemu",
    "NodesQemuFeatureGetResult": "nodes_qemu",
    "NodesQemuFirewallLogGetResultItem": "nodes_qemu_firewall",
    "NodesQemuFirewallOptionsGetResult": "nodes_qemu_firewall",
    "NodesQemuFirewallRefsGetResultItem": "nodes_qemu_firewall",
    "NodesQemuMigrateGetResult": "nodes_qemu",
    "NodesQemuMigrateGetResultLocalDisksItem": "nodes_qemu",
    "NodesQemuMigrateGetResultNotAllowedNodes": "nodes_qemu",
    "NodesQemuMigrateGetResultNotAllowedNodesBlockingHaResourcesItem": "nodes_qemu",
    "NodesQemuMtunnelPostResult": "nodes_qemu",
    "NodesQemuMtunnelwebsocketGetResult": "nodes_qemu",
    "NodesQemuPendingGetResultItem": "nodes_qemu",
    "NodesQemuRrdGetResult": "nodes_qemu",
    "NodesQemuSpiceproxyPostResult": "nodes_qemu",
    "NodesQemuStatusCurrentGetResult": "nodes_qemu_status",
    "NodesQemuStatusGetResultItem": "nodes_qemu_status",
    "NodesQemuTermproxyPostResult": "nodes_qemu",
    "NodesQemuVncproxyPostResult": "nodes_qemu",
    "NodesQemuVncwebsocketGetResult": "nodes_qemu",
    "NodesQueryUrlMetadataGetResult": "nodes",
    "NodesReplicationLogGetResultItem": "nodes",
    "NodesRrdGetResult": "nodes",
    "NodesScanCifsGetResultItem": "nodes_scan",
    "NodesScanGetResultItem": "nodes_scan",
    "NodesScanIscsiGetResultItem": "nodes_scan",
    "NodesScanLvmGetResultItem": "nodes_scan",
    "NodesScanLvmthinGetResultItem": "nodes_scan",
    "NodesScanNfsGetResultItem": "nodes_scan",
    "NodesScanPbsGetResultItem": "nodes_scan",
    "NodesScanZfsGetResultItem": "nodes_scan",
    "NodesSdnFabricsInterfacesGetResultItem": "nodes_sdn",
    "NodesSdnFabricsNeighborsGetResultItem": "nodes_sdn",
    "NodesSdnFabricsRoutesGetResultItem": "nodes_sdn",
    "NodesSdnVnetsMacVrfGetResultItem": "nodes_sdn",
    "NodesSdnZonesBridgesGetResultItem": "nodes_sdn",
    "NodesSdnZonesBridgesGetResultItemPortsItem": "nodes_sdn",
    "NodesSdnZonesContentGetResultItem": "nodes_sdn",
    "NodesSdnZonesIpVrfGetResultItem": "nodes_sdn",
    "NodesServicesStateGetResult": "nodes",
    "NodesSpiceshellPostResult": "nodes",
    "NodesStatusGetResult": "nodes",
    "NodesStatusGetResultBootInfo": "nodes",
    "NodesStatusGetResultCpuinfo": "nodes",
    "NodesStatusGetResultCurrentKernel": "nodes",
    "NodesStatusGetResultMemory": "nodes",
    "NodesStatusGetResultRootfs": "nodes",
    "NodesStorageFileRestoreListGetResultItem": "nodes_storage",
    "NodesStorageIdentityGetResult": "nodes_storage",
    "NodesStorageImportMetadataGetResult": "nodes_storage",
    "NodesStorageImportMetadataGetResultWarningsItem": "nodes_storage",
    "NodesStoragePrunebackupsGetResultItem": "nodes_storage",
    "NodesStorageRrdGetResult": "nodes_storage",
    "NodesStorageStatusGetResult": "nodes_storage",
    "NodesSubscriptionGetResult": "nodes",
    "NodesSyslogGetResultItem": "nodes",
    "NodesTasksLogGetResultItem": "nodes",
    "NodesTasksStatusGetResult": "nodes",
    "NodesTermproxyPostResult": "nodes",
    "NodesTimeGetResult": "nodes",
    "NodesVersionGetResult": "nodes",
    "NodesVncshellPostResult": "nodes",
    "NodesVncwebsocketGetResult": "nodes",
    "NodesVzdumpDefaultsGetResult": "nodes",
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
