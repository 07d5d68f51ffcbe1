# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""All result models, imported lazily: ``from pvesdk.models import NodesGetResultItem``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access.access_acl_get import AccessAclGetResultItem as AccessAclGetResultItem
    from .access.access_domains_get import (
        AccessDomainsGetResultItem as AccessDomainsGetResultItem,
    )
    from .access.access_get import AccessGetResultItem as AccessGetResultItem
    from .access.access_groups_get import (
        AccessGroupsGetResultItem as AccessGroupsGetResultItem,
    )
    from .access.access_groups_groupid_get import (
        AccessGroupsGroupidGetResult as AccessGroupsGroupidGetResult,
    )
    from .access.access_openid_get import (
        AccessOpenidGetResultItem as AccessOpenidGetResultItem,
    )
    from .access.access_openid_login_post import (
        AccessOpenidLoginPostResult as AccessOpenidLoginPostResult,
    )
    from .access.access_roles_get import (
        AccessRolesGetResultItem as AccessRolesGetResultItem,
    )
    from .access.access_roles_roleid_get import (
        AccessRolesRoleidGetResult as AccessRolesRoleidGetResult,
    )
    from .access.access_tfa_get import AccessTfaGetResultItem as AccessTfaGetResultItem
    from .access.access_tfa_get import (
        AccessTfaGetResultItemEntriesItem as AccessTfaGetResultItemEntriesItem,
    )
    from .access.access_tfa_userid_get import (
        AccessTfaUseridGetResultItem as AccessTfaUseridGetResultItem,
    )
    from .access.access_tfa_userid_id_get import (
        AccessTfaUseridIdGetResult as AccessTfaUseridIdGetResult,
    )
    from .access.access_tfa_userid_post import (
        AccessTfaUseridPostResult as AccessTfaUseridPostResult,
    )
    from .access.access_ticket_post import (
        AccessTicketPostResult as AccessTicketPostResult,
    )
    from .access.access_users_get import (
        AccessUsersGetResultItem as AccessUsersGetResultItem,
    )
    from .access.access_users_get import (
        AccessUsersGetResultItemTokensItem as AccessUsersGetResultItemTokensItem,
    )
    from .access.access_users_tfa_get import (
        AccessUsersTfaGetResult as AccessUsersTfaGetResult,
    )
    from .access.access_users_userid_get import (
        AccessUsersUseridGetResult as AccessUsersUseridGetResult,
    )
    from .access.access_users_userid_token_get import (
        AccessUsersUseridTokenGetResultItem as AccessUsersUseridTokenGetResultItem,
    )
    from .access.access_users_userid_token_tokenid_get import (
        AccessUsersUseridTokenTokenidGetResult as AccessUsersUseridTokenTokenidGetResult,
    )
    from .access.access_users_userid_token_tokenid_post import (
        AccessUsersUseridTokenTokenidPostResult as AccessUsersUseridTokenTokenidPostResult,
    )
    from .access.access_users_userid_token_tokenid_post import (
        AccessUsersUseridTokenTokenidPostResultInfo as AccessUsersUseridTokenTokenidPostResultInfo,
    )
    from .access.access_users_userid_token_tokenid_put import (
        AccessUsersUseridTokenTokenidPutResult as AccessUsersUseridTokenTokenidPutResult,
    )
    from .cluster.cluster_backup_get import (
        ClusterBackupGetResultItem as ClusterBackupGetResultItem,
    )
    from .cluster.cluster_backup_get import (
        ClusterBackupGetResultItemFleecing as ClusterBackupGetResultItemFleecing,
    )
    from .cluster.cluster_backup_get import (
        ClusterBackupGetResultItemPerformance as ClusterBackupGetResultItemPerformance,
    )
    from .cluster.cluster_backup_get import (
        ClusterBackupGetResultItemPruneBackups as ClusterBackupGetResultItemPruneBackups,
    )
    from .cluster.cluster_backup_id_get import (
        ClusterBackupIdGetResult as ClusterBackupIdGetResult,
    )
    from .cluster.cluster_backup_id_get import (
        ClusterBackupIdGetResultFleecing as ClusterBackupIdGetResultFleecing,
    )
    from .cluster.cluster_backup_id_get import (
        ClusterBackupIdGetResultPerformance as ClusterBackupIdGetResultPerformance,
    )
    from .cluster.cluster_backup_id_get import (
        ClusterBackupIdGetResultPruneBackups as ClusterBackupIdGetResultPruneBackups,
    )
    from .cluster.cluster_backup_included_volumes_get import (
        ClusterBackupIncludedVolumesGetResult as ClusterBackupIncludedVolumesGetResult,
    )
    from .cluster.cluster_backup_included_volumes_get import (
        ClusterBackupIncludedVolumesGetResultChildrenItem as ClusterBackupIncludedVolumesGetResultChildrenItem,
    )
    from .cluster.cluster_backup_included_volumes_get import (
        ClusterBackupIncludedVolumesGetResultChildrenItemChildrenItem as ClusterBackupIncludedVolumesGetResultChildrenItemChildrenItem,
    )
    from .cluster.cluster_backup_info_get import (
        ClusterBackupInfoGetResultItem as ClusterBackupInfoGetResultItem,
    )
    from .cluster.cluster_backup_info_not_backed_up_get import (
        ClusterBackupInfoNotBackedUpGetResultItem as ClusterBackupInfoNotBackedUpGetResultItem,
    )
    from .cluster.cluster_replication_get import (
        ClusterReplicationGetResultItem as ClusterReplicationGetResultItem,
    )
    from .cluster.cluster_replication_id_get import (
        ClusterReplicationIdGetResult as ClusterReplicationIdGetResult,
    )
    from .cluster.cluster_resources_get import (
        ClusterResourcesGetResultItem as ClusterResourcesGetResultItem,
    )
    from .cluster.cluster_status_get import (
        ClusterStatusGetResultItem as ClusterStatusGetResultItem,
    )
    from .cluster.cluster_tasks_get import (
        ClusterTasksGetResultItem as ClusterTasksGetResultItem,
    )
    from .cluster_acme.cluster_acme_account_name_get import (
        ClusterAcmeAccountNameGetResult as ClusterAcmeAccountNameGetResult,
    )
    from .cluster_acme.cluster_acme_challenge_schema_get import (
        ClusterAcmeChallengeSchemaGetResultItem as ClusterAcmeChallengeSchemaGetResultItem,
    )
    from .cluster_acme.cluster_acme_directories_get import (
        ClusterAcmeDirectoriesGetResultItem as ClusterAcmeDirectoriesGetResultItem,
    )
    from .cluster_acme.cluster_acme_meta_get import (
        ClusterAcmeMetaGetResult as ClusterAcmeMetaGetResult,
    )
    from .cluster_acme.cluster_acme_plugins_get import (
        ClusterAcmePluginsGetResultItem as ClusterAcmePluginsGetResultItem,
    )
    from .cluster_acme.cluster_acme_plugins_id_get import (
        ClusterAcmePluginsIdGetResult as ClusterAcmePluginsIdGetResult,
    )
    from .cluster_ceph.cluster_ceph_flags_get import (
        ClusterCephFlagsGetResultItem as ClusterCephFlagsGetResultItem,
    )
    from .cluster_ceph.cluster_ceph_metadata_get import (
        ClusterCephMetadataGetResult as ClusterCephMetadataGetResult,
    )
    from .cluster_ceph.cluster_ceph_metadata_get import (
        ClusterCephMetadataGetResultOsdItem as ClusterCephMetadataGetResultOsdItem,
    )
    from .cluster_config.cluster_config_join_get import (
        ClusterConfigJoinGetResult as ClusterConfigJoinGetResult,
    )
    from .cluster_config.cluster_config_join_get import (
        ClusterConfigJoinGetResultNodelistItem as ClusterConfigJoinGetResultNodelistItem,
    )
    from .cluster_config.cluster_config_nodes_get import (
        ClusterConfigNodesGetResultItem as ClusterConfigNodesGetResultItem,
    )
    from .cluster_config.cluster_config_nodes_node_post import (
        ClusterConfigNodesNodePostResult as ClusterConfigNodesNodePostResult,
    )
    from .cluster_firewall.cluster_firewall_aliases_get import (
        ClusterFirewallAliasesGetResultItem as ClusterFirewallAliasesGetResultItem,
    )
    from .cluster_firewall.cluster_firewall_groups_get import (
        ClusterFirewallGroupsGetResultItem as ClusterFirewallGroupsGetResultItem,
    )
    from .cluster_firewall.cluster_firewall_groups_group_get import (
        ClusterFirewallGroupsGroupGetResultItem as ClusterFirewallGroupsGroupGetResultItem,
    )
    from .cluster_firewall.cluster_firewall_groups_group_pos_get import (
        ClusterFirewallGroupsGroupPosGetResult as ClusterFirewallGroupsGroupPosGetResult,
    )
    from .cluster_firewall.cluster_firewall_ipset_get import (
        ClusterFirewallIpsetGetResultItem as ClusterFirewallIpsetGetResultItem,
    )
    from .cluster_firewall.cluster_firewall_ipset_name_get import (
        ClusterFirewallIpsetNameGetResultItem as ClusterFirewallIpsetNameGetResultItem,
    )
    from .cluster_firewall.cluster_firewall_macros_get import (
        ClusterFirewallMacrosGetResultItem as ClusterFirewallMacrosGetResultItem,
    )
    from .cluster_firewall.cluster_firewall_options_get import (
        ClusterFirewallOptionsGetResult as ClusterFirewallOptionsGetResult,
    )
    from .cluster_firewall.cluster_firewall_refs_get import (
        ClusterFirewallRefsGetResultItem as ClusterFirewallRefsGetResultItem,
    )
    from .cluster_firewall.cluster_firewall_rules_get import (
        ClusterFirewallRulesGetResultItem as ClusterFirewallRulesGetResultItem,
    )
    from .cluster_firewall.cluster_firewall_rules_pos_get import (
        ClusterFirewallRulesPosGetResult as ClusterFirewallRulesPosGetResult,
    )
    from .cluster_ha.cluster_ha_get import (
        ClusterHaGetResultItem as ClusterHaGetResultItem,
    )
    from .cluster_ha.cluster_ha_groups_get import (
        ClusterHaGroupsGetResultItem as ClusterHaGroupsGetResultItem,
    )
    from .cluster_ha.cluster_ha_resources_get import (
        ClusterHaResourcesGetResultItem as ClusterHaResourcesGetResultItem,
    )
    from .cluster_ha.cluster_ha_resources_migrate_post import (
        ClusterHaResourcesMigratePostResult as ClusterHaResourcesMigratePostResult,
    )
    from .cluster_ha.cluster_ha_resources_migrate_post import (
        ClusterHaResourcesMigratePostResultBlockingResourcesItem as ClusterHaResourcesMigratePostResultBlockingResourcesItem,
    )
    from .cluster_ha.cluster_ha_resources_relocate_post import (
        ClusterHaResourcesRelocatePostResult as ClusterHaResourcesRelocatePostResult,
    )
    from .cluster_ha.cluster_ha_resources_relocate_post import (
        ClusterHaResourcesRelocatePostResultBlockingResourcesItem as ClusterHaResourcesRelocatePostResultBlockingResourcesItem,
    )
    from .cluster_ha.cluster_ha_resources_sid_get import (
        ClusterHaResourcesSidGetResult as ClusterHaResourcesSidGetResult,
    )
    from .cluster_ha.cluster_ha_rules_get import (
        ClusterHaRulesGetResultItem as ClusterHaRulesGetResultItem,
    )
    from .cluster_ha.cluster_ha_rules_rule_get import (
        ClusterHaRulesRuleGetResult as ClusterHaRulesRuleGetResult,
    )
    from .cluster_ha.cluster_ha_status_current_get import (
        ClusterHaStatusCurrentGetResultItem as ClusterHaStatusCurrentGetResultItem,
    )
    from .cluster_jobs.cluster_jobs_get import (
        ClusterJobsGetResultItem as ClusterJobsGetResultItem,
    )
    from .cluster_jobs.cluster_jobs_realm_sync_get import (
        ClusterJobsRealmSyncGetResultItem as ClusterJobsRealmSyncGetResultItem,
    )
    from .cluster_jobs.cluster_jobs_schedule_analyze_get import (
        ClusterJobsScheduleAnalyzeGetResultItem as ClusterJobsScheduleAnalyzeGetResultItem,
    )
    from .cluster_mapping.cluster_mapping_dir_get import (
        ClusterMappingDirGetResultItem as ClusterMappingDirGetResultItem,
    )
    from .cluster_mapping.cluster_mapping_dir_get import (
        ClusterMappingDirGetResultItemChecksItem as ClusterMappingDirGetResultItemChecksItem,
    )
    from .cluster_mapping.cluster_mapping_pci_get import (
        ClusterMappingPciGetResultItem as ClusterMappingPciGetResultItem,
    )
    from .cluster_mapping.cluster_mapping_pci_get import (
        ClusterMappingPciGetResultItemChecksItem as ClusterMappingPciGetResultItemChecksItem,
    )
    from .cluster_mapping.cluster_mapping_usb_get import (
        ClusterMappingUsbGetResultItem as ClusterMappingUsbGetResultItem,
    )
    from .cluster_metrics.cluster_metrics_export_get import (
        ClusterMetricsExportGetResult as ClusterMetricsExportGetResult,
    )
    from .cluster_metrics.cluster_metrics_export_get import (
        ClusterMetricsExportGetResultDataItem as ClusterMetricsExportGetResultDataItem,
    )
    from .cluster_metrics.cluster_metrics_server_get import (
        ClusterMetricsServerGetResultItem as ClusterMetricsServerGetResultItem,
    )
    from .cluster_notifications.cluster_notifications_endpoints_gotify_get import (
        ClusterNotificationsEndpointsGotifyGetResultItem as ClusterNotificationsEndpointsGotifyGetResultItem,
    )
    from .cluster_notifications.cluster_notifications_endpoints_gotify_name_get import (
        ClusterNotificationsEndpointsGotifyNameGetResult as ClusterNotificationsEndpointsGotifyNameGetResult,
    )
    from .cluster_notifications.cluster_notifications_endpoints_sendmail_get import (
        ClusterNotificationsEndpointsSendmailGetResultItem as ClusterNotificationsEndpointsSendmailGetResultItem,
    )
    from .cluster_notifications.cluster_notifications_endpoints_sendmail_name_get import (
        ClusterNotificationsEndpointsSendmailNameGetResult as ClusterNotificationsEndpointsSendmailNameGetResult,
    )
    from .cluster_notifications.cluster_notifications_endpoints_smtp_get import (
        ClusterNotificationsEndpointsSmtpGetResultItem as ClusterNotificationsEndpointsSmtpGetResultItem,
    )
    from .cluster_notifications.cluster_notifications_endpoints_smtp_name_get import (
        ClusterNotificationsEndpointsSmtpNameGetResult as ClusterNotificationsEndpointsSmtpNameGetResult,
    )
    from .cluster_notifications.cluster_notifications_endpoints_webhook_get import (
        ClusterNotificationsEndpointsWebhookGetResultItem as ClusterNotificationsEndpointsWebhookGetResultItem,
    )
    from .cluster_notifications.cluster_notifications_endpoints_webhook_name_get import (
        ClusterNotificationsEndpointsWebhookNameGetResult as ClusterNotificationsEndpointsWebhookNameGetResult,
    )
    from .cluster_notifications.cluster_notifications_matcher_field_values_get import (
        ClusterNotificationsMatcherFieldValuesGetResultItem as ClusterNotificationsMatcherFieldValuesGetResultItem,
    )
    from .cluster_notifications.cluster_notifications_matcher_fields_get import (
        ClusterNotificationsMatcherFieldsGetResultItem as ClusterNotificationsMatcherFieldsGetResultItem,
    )
    from .cluster_notifications.cluster_notifications_matchers_get import (
        ClusterNotificationsMatchersGetResultItem as ClusterNotificationsMatchersGetResultItem,
    )
    from .cluster_notifications.cluster_notifications_matchers_name_get import (
        ClusterNotificationsMatchersNameGetResult as ClusterNotificationsMatchersNameGetResult,
    )
    from .cluster_notifications.cluster_notifications_targets_get import (
        ClusterNotificationsTargetsGetResultItem as ClusterNotificationsTargetsGetResultItem,
    )
    from .cluster_qemu.cluster_qemu_cpu_flags_get import (
        ClusterQemuCpuFlagsGetResultItem as ClusterQemuCpuFlagsGetResultItem,
    )
    from .cluster_qemu.cluster_qemu_custom_cpu_models_cputype_get import (
        ClusterQemuCustomCpuModelsCputypeGetResult as ClusterQemuCustomCpuModelsCputypeGetResult,
    )
    from .cluster_qemu.cluster_qemu_custom_cpu_models_get import (
        ClusterQemuCustomCpuModelsGetResultItem as ClusterQemuCustomCpuModelsGetResultItem,
    )
    from .cluster_sdn.cluster_sdn_controllers_controller_get import (
        ClusterSdnControllersControllerGetResult as ClusterSdnControllersControllerGetResult,
    )
    from .cluster_sdn.cluster_sdn_controllers_controller_get import (
        ClusterSdnControllersControllerGetResultPending as ClusterSdnControllersControllerGetResultPending,
    )
    from .cluster_sdn.cluster_sdn_controllers_get import (
        ClusterSdnControllersGetResultItem as ClusterSdnControllersGetResultItem,
    )
    from .cluster_sdn.cluster_sdn_controllers_get import (
        ClusterSdnControllersGetResultItemPending as ClusterSdnControllersGetResultItemPending,
    )
    from .cluster_sdn.cluster_sdn_dns_get import (
        ClusterSdnDnsGetResultItem as ClusterSdnDnsGetResultItem,
    )
    from .cluster_sdn.cluster_sdn_dry_run_get import (
        ClusterSdnDryRunGetResult as ClusterSdnDryRunGetResult,
    )
    from .cluster_sdn.cluster_sdn_get import (
        ClusterSdnGetResultItem as ClusterSdnGetResultItem,
    )
    from .cluster_sdn.cluster_sdn_ipams_get import (
        ClusterSdnIpamsGetResultItem as ClusterSdnIpamsGetResultItem,
    )
    from .cluster_sdn.cluster_sdn_zones_get import (
        ClusterSdnZonesGetResultItem as ClusterSdnZonesGetResultItem,
    )
    from .cluster_sdn.cluster_sdn_zones_get import (
        ClusterSdnZonesGetResultItemPending as ClusterSdnZonesGetResultItemPending,
    )
    from .cluster_sdn.cluster_sdn_zones_zone_get import (
        ClusterSdnZonesZoneGetResult as ClusterSdnZonesZoneGetResult,
    )
    from .cluster_sdn.cluster_sdn_zones_zone_get import (
        ClusterSdnZonesZoneGetResultPending as ClusterSdnZonesZoneGetResultPending,
    )
    from .cluster_sdn_fabrics.cluster_sdn_fabrics_all_get import (
        ClusterSdnFabricsAllGetResult as ClusterSdnFabricsAllGetResult,
    )
    from .cluster_sdn_fabrics.cluster_sdn_fabrics_all_get import (
        ClusterSdnFabricsAllGetResultFabricsItem as ClusterSdnFabricsAllGetResultFabricsItem,
    )
    from .cluster_sdn_fabrics.cluster_sdn_fabrics_all_get import (
        ClusterSdnFabricsAllGetResultNodesItem as ClusterSdnFabricsAllGetResultNodesItem,
    )
    from .cluster_sdn_fabrics.cluster_sdn_fabrics_fabric_get import (
        ClusterSdnFabricsFabricGetResultItem as ClusterSdnFabricsFabricGetResultItem,
    )
    from .cluster_sdn_fabrics.cluster_sdn_fabrics_fabric_id_get import (
        ClusterSdnFabricsFabricIdGetResult as ClusterSdnFabricsFabricIdGetResult,
    )
    from .cluster_sdn_fabrics.cluster_sdn_fabrics_get import (
        ClusterSdnFabricsGetResultItem as ClusterSdnFabricsGetResultItem,
    )
    from .cluster_sdn_fabrics.cluster_sdn_fabrics_node_fabric_id_get import (
        ClusterSdnFabricsNodeFabricIdGetResultItem as ClusterSdnFabricsNodeFabricIdGetResultItem,
    )
    from .cluster_sdn_fabrics.cluster_sdn_fabrics_node_fabric_id_node_id_get import (
        ClusterSdnFabricsNodeFabricIdNodeIdGetResult as ClusterSdnFabricsNodeFabricIdNodeIdGetResult,
    )
    from .cluster_sdn_fabrics.cluster_sdn_fabrics_node_get import (
        ClusterSdnFabricsNodeGetResultItem as ClusterSdnFabricsNodeGetResultItem,
    )
    from .cluster_sdn_route_maps.cluster_sdn_route_maps_entries_get import (
        ClusterSdnRouteMapsEntriesGetResultItem as ClusterSdnRouteMapsEntriesGetResultItem,
    )
    from .cluster_sdn_route_maps.cluster_sdn_route_maps_entries_route_map_id_entry_order_get import (
        ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult as ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult,
    )
    from .cluster_sdn_route_maps.cluster_sdn_route_maps_entries_route_map_id_get import (
        ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem as ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem,
    )
    from .cluster_sdn_route_maps.cluster_sdn_route_maps_get import (
        ClusterSdnRouteMapsGetResultItem as ClusterSdnRouteMapsGetResultItem,
    )
    from .cluster_sdn_vnets.cluster_sdn_vnets_firewall_options_get import (
        ClusterSdnVnetsFirewallOptionsGetResult as ClusterSdnVnetsFirewallOptionsGetResult,
    )
    from .cluster_sdn_vnets.cluster_sdn_vnets_get import (
        ClusterSdnVnetsGetResultItem as ClusterSdnVnetsGetResultItem,
    )
    from .cluster_sdn_vnets.cluster_sdn_vnets_get import (
        ClusterSdnVnetsGetResultItemPending as ClusterSdnVnetsGetResultItemPending,
    )
    from .cluster_sdn_vnets.cluster_sdn_vnets_vnet_firewall_rules_get import (
        ClusterSdnVnetsVnetFirewallRulesGetResultItem as ClusterSdnVnetsVnetFirewallRulesGetResultItem,
    )
    from .cluster_sdn_vnets.cluster_sdn_vnets_vnet_firewall_rules_pos_get import (
        ClusterSdnVnetsVnetFirewallRulesPosGetResult as ClusterSdnVnetsVnetFirewallRulesPosGetResult,
    )
    from .cluster_sdn_vnets.cluster_sdn_vnets_vnet_get import (
        ClusterSdnVnetsVnetGetResult as ClusterSdnVnetsVnetGetResult,
    )
    from .cluster_sdn_vnets.cluster_sdn_vnets_vnet_get import (
        ClusterSdnVnetsVnetGetResultPending as ClusterSdnVnetsVnetGetResultPending,
    )
    from .nodes.nodes_config_get import NodesConfigGetResult as NodesConfigGetResult
    from .nodes.nodes_dns_get import NodesDnsGetResult as NodesDnsGetResult
    from .nodes.nodes_get import NodesGetResultItem as NodesGetResultItem
    from .nodes.nodes_hosts_get import NodesHostsGetResult as NodesHostsGetResult
    from .nodes.nodes_node_network_get import (
        NodesNodeNetworkGetResultItem as NodesNodeNetworkGetResultItem,
    )
    from .nodes.nodes_node_network_iface_get import (
        NodesNodeNetworkIfaceGetResult as NodesNodeNetworkIfaceGetResult,
    )
    from .nodes.nodes_query_url_metadata_get import (
        NodesQueryUrlMetadataGetResult as NodesQueryUrlMetadataGetResult,
    )
    from .nodes.nodes_rrd_get import NodesRrdGetResult as NodesRrdGetResult
    from .nodes.nodes_spiceshell_post import (
        NodesSpiceshellPostResult as NodesSpiceshellPostResult,
    )
    from .nodes.nodes_status_get import NodesStatusGetResult as NodesStatusGetResult
    from .nodes.nodes_status_get import (
        NodesStatusGetResultBootInfo as NodesStatusGetResultBootInfo,
    )
    from .nodes.nodes_status_get import (
        NodesStatusGetResultCpuinfo as NodesStatusGetResultCpuinfo,
    )
    from .nodes.nodes_status_get import (
        NodesStatusGetResultCurrentKernel as NodesStatusGetResultCurrentKernel,
    )
    from .nodes.nodes_status_get import (
        NodesStatusGetResultMemory as NodesStatusGetResultMemory,
    )
    from .nodes.nodes_status_get import (
        NodesStatusGetResultRootfs as NodesStatusGetResultRootfs,
    )
    from .nodes.nodes_subscription_get import (
        NodesSubscriptionGetResult as NodesSubscriptionGetResult,
    )
    from .nodes.nodes_syslog_get import (
        NodesSyslogGetResultItem as NodesSyslogGetResultItem,
    )
    from .nodes.nodes_termproxy_post import (
        NodesTermproxyPostResult as NodesTermproxyPostResult,
    )
    from .nodes.nodes_time_get import NodesTimeGetResult as NodesTimeGetResult
    from .nodes.nodes_version_get import NodesVersionGetResult as NodesVersionGetResult
    from .nodes.nodes_vncshell_post import (
        NodesVncshellPostResult as NodesVncshellPostResult,
    )
    from .nodes.nodes_vncwebsocket_get import (
        NodesVncwebsocketGetResult as NodesVncwebsocketGetResult,
    )
    from .nodes.nodes_vzdump_defaults_get import (
        NodesVzdumpDefaultsGetResult as NodesVzdumpDefaultsGetResult,
    )
    from .nodes_apt.nodes_apt_get import NodesAptGetResultItem as NodesAptGetResultItem
    from .nodes_apt.nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResult as NodesAptRepositoriesGetResult,
    )
    from .nodes_apt.nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResultErrorsItem as NodesAptRepositoriesGetResultErrorsItem,
    )
    from .nodes_apt.nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResultFilesItem as NodesAptRepositoriesGetResultFilesItem,
    )
    from .nodes_apt.nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResultFilesItemRepositoriesItem as NodesAptRepositoriesGetResultFilesItemRepositoriesItem,
    )
    from .nodes_apt.nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem as NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem,
    )
    from .nodes_apt.nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResultInfosItem as NodesAptRepositoriesGetResultInfosItem,
    )
    from .nodes_apt.nodes_apt_repositories_get import (
        NodesAptRepositoriesGetResultStandardReposItem as NodesAptRepositoriesGetResultStandardReposItem,
    )
    from .nodes_apt.nodes_apt_update_get import (
        NodesAptUpdateGetResultItem as NodesAptUpdateGetResultItem,
    )
    from .nodes_apt.nodes_apt_versions_get import (
        NodesAptVersionsGetResultItem as NodesAptVersionsGetResultItem,
    )
    from .nodes_capabilities.nodes_capabilities_qemu_cpu_flags_get import (
        NodesCapabilitiesQemuCpuFlagsGetResultItem as NodesCapabilitiesQemuCpuFlagsGetResultItem,
    )
    from .nodes_capabilities.nodes_capabilities_qemu_cpu_get import (
        NodesCapabilitiesQemuCpuGetResultItem as NodesCapabilitiesQemuCpuGetResultItem,
    )
    from .nodes_capabilities.nodes_capabilities_qemu_machines_get import (
        NodesCapabilitiesQemuMachinesGetResultItem as NodesCapabilitiesQemuMachinesGetResultItem,
    )
    from .nodes_capabilities.nodes_capabilities_qemu_migration_get import (
        NodesCapabilitiesQemuMigrationGetResult as NodesCapabilitiesQemuMigrationGetResult,
    )
    from .nodes_ceph.nodes_ceph_cmd_safety_get import (
        NodesCephCmdSafetyGetResult as NodesCephCmdSafetyGetResult,
    )
    from .nodes_ceph.nodes_ceph_log_get import (
        NodesCephLogGetResultItem as NodesCephLogGetResultItem,
    )
    from .nodes_ceph.nodes_ceph_pool_status_get import (
        NodesCephPoolStatusGetResult as NodesCephPoolStatusGetResult,
    )
    from .nodes_ceph.nodes_ceph_rules_get import (
        NodesCephRulesGetResultItem as NodesCephRulesGetResultItem,
    )
    from .nodes_ceph.nodes_node_ceph_fs_get import (
        NodesNodeCephFsGetResultItem as NodesNodeCephFsGetResultItem,
    )
    from .nodes_ceph.nodes_node_ceph_mds_get import (
        NodesNodeCephMdsGetResultItem as NodesNodeCephMdsGetResultItem,
    )
    from .nodes_ceph.nodes_node_ceph_mgr_get import (
        NodesNodeCephMgrGetResultItem as NodesNodeCephMgrGetResultItem,
    )
    from .nodes_ceph.nodes_node_ceph_mon_get import (
        NodesNodeCephMonGetResultItem as NodesNodeCephMonGetResultItem,
    )
    from .nodes_ceph.nodes_node_ceph_pool_get import (
        NodesNodeCephPoolGetResultItem as NodesNodeCephPoolGetResultItem,
    )
    from .nodes_ceph_cfg.nodes_ceph_cfg_db_get import (
        NodesCephCfgDbGetResultItem as NodesCephCfgDbGetResultItem,
    )
    from .nodes_ceph_osd.nodes_ceph_osd_lv_info_get import (
        NodesCephOsdLvInfoGetResult as NodesCephOsdLvInfoGetResult,
    )
    from .nodes_ceph_osd.nodes_ceph_osd_metadata_get import (
        NodesCephOsdMetadataGetResult as NodesCephOsdMetadataGetResult,
    )
    from .nodes_ceph_osd.nodes_ceph_osd_metadata_get import (
        NodesCephOsdMetadataGetResultDevicesItem as NodesCephOsdMetadataGetResultDevicesItem,
    )
    from .nodes_ceph_osd.nodes_ceph_osd_metadata_get import (
        NodesCephOsdMetadataGetResultOsd as NodesCephOsdMetadataGetResultOsd,
    )
    from .nodes_ceph_osd.nodes_node_ceph_osd_get import (
        NodesNodeCephOsdGetResult as NodesNodeCephOsdGetResult,
    )
    from .nodes_certificates.nodes_certificates_custom_post import (
        NodesCertificatesCustomPostResult as NodesCertificatesCustomPostResult,
    )
    from .nodes_certificates.nodes_certificates_info_get import (
        NodesCertificatesInfoGetResultItem as NodesCertificatesInfoGetResultItem,
    )
    from .nodes_disks.nodes_disks_list_get import (
        NodesDisksListGetResultItem as NodesDisksListGetResultItem,
    )
    from .nodes_disks.nodes_disks_smart_get import (
        NodesDisksSmartGetResult as NodesDisksSmartGetResult,
    )
    from .nodes_disks.nodes_node_disks_directory_get import (
        NodesNodeDisksDirectoryGetResultItem as NodesNodeDisksDirectoryGetResultItem,
    )
    from .nodes_disks.nodes_node_disks_lvm_get import (
        NodesNodeDisksLvmGetResult as NodesNodeDisksLvmGetResult,
    )
    from .nodes_disks.nodes_node_disks_lvm_get import (
        NodesNodeDisksLvmGetResultChildrenItem as NodesNodeDisksLvmGetResultChildrenItem,
    )
    from .nodes_disks.nodes_node_disks_lvm_get import (
        NodesNodeDisksLvmGetResultChildrenItemChildrenItem as NodesNodeDisksLvmGetResultChildrenItemChildrenItem,
    )
    from .nodes_disks.nodes_node_disks_lvmthin_get import (
        NodesNodeDisksLvmthinGetResultItem as NodesNodeDisksLvmthinGetResultItem,
    )
    from .nodes_disks.nodes_node_disks_zfs_get import (
        NodesNodeDisksZfsGetResultItem as NodesNodeDisksZfsGetResultItem,
    )
    from .nodes_disks.nodes_node_disks_zfs_name_get import (
        NodesNodeDisksZfsNameGetResult as NodesNodeDisksZfsNameGetResult,
    )
    from .nodes_disks.nodes_node_disks_zfs_name_get import (
        NodesNodeDisksZfsNameGetResultChildrenItem as NodesNodeDisksZfsNameGetResultChildrenItem,
    )
    from .nodes_firewall.nodes_firewall_log_get import (
        NodesFirewallLogGetResultItem as NodesFirewallLogGetResultItem,
    )
    from .nodes_firewall.nodes_firewall_options_get import (
        NodesFirewallOptionsGetResult as NodesFirewallOptionsGetResult,
    )
    from .nodes_firewall.nodes_node_firewall_rules_get import (
        NodesNodeFirewallRulesGetResultItem as NodesNodeFirewallRulesGetResultItem,
    )
    from .nodes_firewall.nodes_node_firewall_rules_pos_get import (
        NodesNodeFirewallRulesPosGetResult as NodesNodeFirewallRulesPosGetResult,
    )
    from .nodes_hardware.nodes_hardware_get import (
        NodesHardwareGetResultItem as NodesHardwareGetResultItem,
    )
    from .nodes_hardware.nodes_hardware_pci_mdev_get import (
        NodesHardwarePciMdevGetResultItem as NodesHardwarePciMdevGetResultItem,
    )
    from .nodes_hardware.nodes_hardware_usb_get import (
        NodesHardwareUsbGetResultItem as NodesHardwareUsbGetResultItem,
    )
    from .nodes_hardware.nodes_node_hardware_pci_get import (
        NodesNodeHardwarePciGetResultItem as NodesNodeHardwarePciGetResultItem,
    )
    from .nodes_hardware.nodes_node_hardware_pci_pci_id_or_mapping_get import (
        NodesNodeHardwarePciPciIdOrMappingGetResultItem as NodesNodeHardwarePciPciIdOrMappingGetResultItem,
    )
    from .nodes_lxc.nodes_lxc_config_get import (
        NodesLxcConfigGetResult as NodesLxcConfigGetResult,
    )
    from .nodes_lxc.nodes_lxc_feature_get import (
        NodesLxcFeatureGetResult as NodesLxcFeatureGetResult,
    )
    from .nodes_lxc.nodes_lxc_interfaces_get import (
        NodesLxcInterfacesGetResultItem as NodesLxcInterfacesGetResultItem,
    )
    from .nodes_lxc.nodes_lxc_interfaces_get import (
        NodesLxcInterfacesGetResultItemIpAddressesItem as NodesLxcInterfacesGetResultItemIpAddressesItem,
    )
    from .nodes_lxc.nodes_lxc_migrate_get import (
        NodesLxcMigrateGetResult as NodesLxcMigrateGetResult,
    )
    from .nodes_lxc.nodes_lxc_migrate_get import (
        NodesLxcMigrateGetResultNotAllowedNodes as NodesLxcMigrateGetResultNotAllowedNodes,
    )
    from .nodes_lxc.nodes_lxc_migrate_get import (
        NodesLxcMigrateGetResultNotAllowedNodesBlockingHaResourcesItem as NodesLxcMigrateGetResultNotAllowedNodesBlockingHaResourcesItem,
    )
    from .nodes_lxc.nodes_lxc_mtunnel_post import (
        NodesLxcMtunnelPostResult as NodesLxcMtunnelPostResult,
    )
    from .nodes_lxc.nodes_lxc_mtunnelwebsocket_get import (
        NodesLxcMtunnelwebsocketGetResult as NodesLxcMtunnelwebsocketGetResult,
    )
    from .nodes_lxc.nodes_lxc_pending_get import (
        NodesLxcPendingGetResultItem as NodesLxcPendingGetResultItem,
    )
    from .nodes_lxc.nodes_lxc_rrd_get import (
        NodesLxcRrdGetResult as NodesLxcRrdGetResult,
    )
    from .nodes_lxc.nodes_lxc_spiceproxy_post import (
        NodesLxcSpiceproxyPostResult as NodesLxcSpiceproxyPostResult,
    )
    from .nodes_lxc.nodes_lxc_termproxy_post import (
        NodesLxcTermproxyPostResult as NodesLxcTermproxyPostResult,
    )
    from .nodes_lxc.nodes_lxc_vncproxy_post import (
        NodesLxcVncproxyPostResult as NodesLxcVncproxyPostResult,
    )
    from .nodes_lxc.nodes_lxc_vncwebsocket_get import (
        NodesLxcVncwebsocketGetResult as NodesLxcVncwebsocketGetResult,
    )
    from .nodes_lxc.nodes_node_lxc_get import (
        NodesNodeLxcGetResultItem as NodesNodeLxcGetResultItem,
    )
    from .nodes_lxc.nodes_node_lxc_vmid_get import (
        NodesNodeLxcVmidGetResultItem as NodesNodeLxcVmidGetResultItem,
    )
    from .nodes_lxc_firewall.nodes_lxc_firewall_log_get import (
        NodesLxcFirewallLogGetResultItem as NodesLxcFirewallLogGetResultItem,
    )
    from .nodes_lxc_firewall.nodes_lxc_firewall_options_get import (
        NodesLxcFirewallOptionsGetResult as NodesLxcFirewallOptionsGetResult,
    )
    from .nodes_lxc_firewall.nodes_lxc_firewall_refs_get import (
        NodesLxcFirewallRefsGetResultItem as NodesLxcFirewallRefsGetResultItem,
    )
    from .nodes_lxc_firewall.nodes_node_lxc_vmid_firewall_aliases_get import (
        NodesNodeLxcVmidFirewallAliasesGetResultItem as NodesNodeLxcVmidFirewallAliasesGetResultItem,
    )
    from .nodes_lxc_firewall.nodes_node_lxc_vmid_firewall_ipset_get import (
        NodesNodeLxcVmidFirewallIpsetGetResultItem as NodesNodeLxcVmidFirewallIpsetGetResultItem,
    )
    from .nodes_lxc_firewall.nodes_node_lxc_vmid_firewall_ipset_name_get import (
        NodesNodeLxcVmidFirewallIpsetNameGetResultItem as NodesNodeLxcVmidFirewallIpsetNameGetResultItem,
    )
    from .nodes_lxc_firewall.nodes_node_lxc_vmid_firewall_rules_get import (
        NodesNodeLxcVmidFirewallRulesGetResultItem as NodesNodeLxcVmidFirewallRulesGetResultItem,
    )
    from .nodes_lxc_firewall.nodes_node_lxc_vmid_firewall_rules_pos_get import (
        NodesNodeLxcVmidFirewallRulesPosGetResult as NodesNodeLxcVmidFirewallRulesPosGetResult,
    )
    from .nodes_lxc_snapshot.nodes_node_lxc_vmid_snapshot_get import (
        NodesNodeLxcVmidSnapshotGetResultItem as NodesNodeLxcVmidSnapshotGetResultItem,
    )
    from .nodes_lxc_status.nodes_lxc_status_current_get import (
        NodesLxcStatusCurrentGetResult as NodesLxcStatusCurrentGetResult,
    )
    from .nodes_lxc_status.nodes_lxc_status_get import (
        NodesLxcStatusGetResultItem as NodesLxcStatusGetResultItem,
    )
    from .nodes_qemu.nodes_node_qemu_get import (
        NodesNodeQemuGetResultItem as NodesNodeQemuGetResultItem,
    )
    from .nodes_qemu.nodes_node_qemu_vmid_get import (
        NodesNodeQemuVmidGetResultItem as NodesNodeQemuVmidGetResultItem,
    )
    from .nodes_qemu.nodes_qemu_cloudinit_get import (
        NodesQemuCloudinitGetResultItem as NodesQemuCloudinitGetResultItem,
    )
    from .nodes_qemu.nodes_qemu_config_get import (
        NodesQemuConfigGetResult as NodesQemuConfigGetResult,
    )
    from .nodes_qemu.nodes_qemu_feature_get import (
        NodesQemuFeatureGetResult as NodesQemuFeatureGetResult,
    )
    from .nodes_qemu.nodes_qemu_migrate_get import (
        NodesQemuMigrateGetResult as NodesQemuMigrateGetResult,
    )
    from .nodes_qemu.nodes_qemu_migrate_get import (
        NodesQemuMigrateGetResultLocalDisksItem as NodesQemuMigrateGetResultLocalDisksItem,
    )
    from .nodes_qemu.nodes_qemu_migrate_get import (
        NodesQemuMigrateGetResultNotAllowedNodes as NodesQemuMigrateGetResultNotAllowedNodes,
    )
    from .nodes_qemu.nodes_qemu_migrate_get import (
        NodesQemuMigrateGetResultNotAllowedNodesBlockingHaResourcesItem as NodesQemuMigrateGetResultNotAllowedNodesBlockingHaResourcesItem,
    )
    from .nodes_qemu.nodes_qemu_mtunnel_post import (
        NodesQemuMtunnelPostResult as NodesQemuMtunnelPostResult,
    )
    from .nodes_qemu.nodes_qemu_mtunnelwebsocket_get import (
        NodesQemuMtunnelwebsocketGetResult as NodesQemuMtunnelwebsocketGetResult,
    )
    from .nodes_qemu.nodes_qemu_pending_get import (
        NodesQemuPendingGetResultItem as NodesQemuPendingGetResultItem,
    )
    from .nodes_qemu.nodes_qemu_rrd_get import (
        NodesQemuRrdGetResult as NodesQemuRrdGetResult,
    )
    from .nodes_qemu.nodes_qemu_spiceproxy_post import (
        NodesQemuSpiceproxyPostResult as NodesQemuSpiceproxyPostResult,
    )
    from .nodes_qemu.nodes_qemu_termproxy_post import (
        NodesQemuTermproxyPostResult as NodesQemuTermproxyPostResult,
    )
    from .nodes_qemu.nodes_qemu_vncproxy_post import (
        NodesQemuVncproxyPostResult as NodesQemuVncproxyPostResult,
    )
    from .nodes_qemu.nodes_qemu_vncwebsocket_get import (
        NodesQemuVncwebsocketGetResult as NodesQemuVncwebsocketGetResult,
    )
    from .nodes_qemu_agent.nodes_qemu_agent_exec_post import (
        NodesQemuAgentExecPostResult as NodesQemuAgentExecPostResult,
    )
    from .nodes_qemu_agent.nodes_qemu_agent_exec_status_get import (
        NodesQemuAgentExecStatusGetResult as NodesQemuAgentExecStatusGetResult,
    )
    from .nodes_qemu_agent.nodes_qemu_agent_file_read_get import (
        NodesQemuAgentFileReadGetResult as NodesQemuAgentFileReadGetResult,
    )
    from .nodes_qemu_firewall.nodes_node_qemu_vmid_firewall_aliases_get import (
        NodesNodeQemuVmidFirewallAliasesGetResultItem as NodesNodeQemuVmidFirewallAliasesGetResultItem,
    )
    from .nodes_qemu_firewall.nodes_node_qemu_vmid_firewall_ipset_get import (
        NodesNodeQemuVmidFirewallIpsetGetResultItem as NodesNodeQemuVmidFirewallIpsetGetResultItem,
    )
    from .nodes_qemu_firewall.nodes_node_qemu_vmid_firewall_ipset_name_get import (
        NodesNodeQemuVmidFirewallIpsetNameGetResultItem as NodesNodeQemuVmidFirewallIpsetNameGetResultItem,
    )
    from .nodes_qemu_firewall.nodes_node_qemu_vmid_firewall_rules_get import (
        NodesNodeQemuVmidFirewallRulesGetResultItem as NodesNodeQemuVmidFirewallRulesGetResultItem,
    )
    from .nodes_qemu_firewall.nodes_node_qemu_vmid_firewall_rules_pos_get import (
        NodesNodeQemuVmidFirewallRulesPosGetResult as NodesNodeQemuVmidFirewallRulesPosGetResult,
    )
    from .nodes_qemu_firewall.nodes_qemu_firewall_log_get import (
        NodesQemuFirewallLogGetResultItem as NodesQemuFirewallLogGetResultItem,
    )
    from .nodes_qemu_firewall.nodes_qemu_firewall_options_get import (
        NodesQemuFirewallOptionsGetResult as NodesQemuFirewallOptionsGetResult,
    )
    from .nodes_qemu_firewall.nodes_qemu_firewall_refs_get import (
        NodesQemuFirewallRefsGetResultItem as NodesQemuFirewallRefsGetResultItem,
    )
    from .nodes_qemu_snapshot.nodes_node_qemu_vmid_snapshot_get import (
        NodesNodeQemuVmidSnapshotGetResultItem as NodesNodeQemuVmidSnapshotGetResultItem,
    )
    from .nodes_qemu_status.nodes_qemu_status_current_get import (
        NodesQemuStatusCurrentGetResult as NodesQemuStatusCurrentGetResult,
    )
    from .nodes_qemu_status.nodes_qemu_status_get import (
        NodesQemuStatusGetResultItem as NodesQemuStatusGetResultItem,
    )
    from .nodes_replication.nodes_node_replication_get import (
        NodesNodeReplicationGetResultItem as NodesNodeReplicationGetResultItem,
    )
    from .nodes_replication.nodes_replication_log_get import (
        NodesReplicationLogGetResultItem as NodesReplicationLogGetResultItem,
    )
    from .nodes_scan.nodes_scan_cifs_get import (
        NodesScanCifsGetResultItem as NodesScanCifsGetResultItem,
    )
    from .nodes_scan.nodes_scan_get import (
        NodesScanGetResultItem as NodesScanGetResultItem,
    )
    from .nodes_scan.nodes_scan_iscsi_get import (
        NodesScanIscsiGetResultItem as NodesScanIscsiGetResultItem,
    )
    from .nodes_scan.nodes_scan_lvm_get import (
        NodesScanLvmGetResultItem as NodesScanLvmGetResultItem,
    )
    from .nodes_scan.nodes_scan_lvmthin_get import (
        NodesScanLvmthinGetResultItem as NodesScanLvmthinGetResultItem,
    )
    from .nodes_scan.nodes_scan_nfs_get import (
        NodesScanNfsGetResultItem as NodesScanNfsGetResultItem,
    )
    from .nodes_scan.nodes_scan_pbs_get import (
        NodesScanPbsGetResultItem as NodesScanPbsGetResultItem,
    )
    from .nodes_scan.nodes_scan_zfs_get import (
        NodesScanZfsGetResultItem as NodesScanZfsGetResultItem,
    )
    from .nodes_sdn.nodes_node_sdn_fabrics_fabric_get import (
        NodesNodeSdnFabricsFabricGetResultItem as NodesNodeSdnFabricsFabricGetResultItem,
    )
    from .nodes_sdn.nodes_node_sdn_vnets_vnet_get import (
        NodesNodeSdnVnetsVnetGetResultItem as NodesNodeSdnVnetsVnetGetResultItem,
    )
    from .nodes_sdn.nodes_node_sdn_zones_get import (
        NodesNodeSdnZonesGetResultItem as NodesNodeSdnZonesGetResultItem,
    )
    from .nodes_sdn.nodes_node_sdn_zones_zone_get import (
        NodesNodeSdnZonesZoneGetResultItem as NodesNodeSdnZonesZoneGetResultItem,
    )
    from .nodes_sdn.nodes_sdn_fabrics_interfaces_get import (
        NodesSdnFabricsInterfacesGetResultItem as NodesSdnFabricsInterfacesGetResultItem,
    )
    from .nodes_sdn.nodes_sdn_fabrics_neighbors_get import (
        NodesSdnFabricsNeighborsGetResultItem as NodesSdnFabricsNeighborsGetResultItem,
    )
    from .nodes_sdn.nodes_sdn_fabrics_routes_get import (
        NodesSdnFabricsRoutesGetResultItem as NodesSdnFabricsRoutesGetResultItem,
    )
    from .nodes_sdn.nodes_sdn_vnets_mac_vrf_get import (
        NodesSdnVnetsMacVrfGetResultItem as NodesSdnVnetsMacVrfGetResultItem,
    )
    from .nodes_sdn.nodes_sdn_zones_bridges_get import (
        NodesSdnZonesBridgesGetResultItem as NodesSdnZonesBridgesGetResultItem,
    )
    from .nodes_sdn.nodes_sdn_zones_bridges_get import (
        NodesSdnZonesBridgesGetResultItemPortsItem as NodesSdnZonesBridgesGetResultItemPortsItem,
    )
    from .nodes_sdn.nodes_sdn_zones_content_get import (
        NodesSdnZonesContentGetResultItem as NodesSdnZonesContentGetResultItem,
    )
    from .nodes_sdn.nodes_sdn_zones_ip_vrf_get import (
        NodesSdnZonesIpVrfGetResultItem as NodesSdnZonesIpVrfGetResultItem,
    )
    from .nodes_services.nodes_node_services_get import (
        NodesNodeServicesGetResultItem as NodesNodeServicesGetResultItem,
    )
    from .nodes_services.nodes_node_services_service_get import (
        NodesNodeServicesServiceGetResultItem as NodesNodeServicesServiceGetResultItem,
    )
    from .nodes_services.nodes_services_state_get import (
        NodesServicesStateGetResult as NodesServicesStateGetResult,
    )
    from .nodes_storage.nodes_node_storage_get import (
        NodesNodeStorageGetResultItem as NodesNodeStorageGetResultItem,
    )
    from .nodes_storage.nodes_node_storage_get import (
        NodesNodeStorageGetResultItemFormats as NodesNodeStorageGetResultItemFormats,
    )
    from .nodes_storage.nodes_node_storage_storage_content_get import (
        NodesNodeStorageStorageContentGetResultItem as NodesNodeStorageStorageContentGetResultItem,
    )
    from .nodes_storage.nodes_node_storage_storage_content_get import (
        NodesNodeStorageStorageContentGetResultItemVerification as NodesNodeStorageStorageContentGetResultItemVerification,
    )
    from .nodes_storage.nodes_node_storage_storage_content_volume_get import (
        NodesNodeStorageStorageContentVolumeGetResult as NodesNodeStorageStorageContentVolumeGetResult,
    )
    from .nodes_storage.nodes_node_storage_storage_get import (
        NodesNodeStorageStorageGetResultItem as NodesNodeStorageStorageGetResultItem,
    )
    from .nodes_storage.nodes_storage_file_restore_list_get import (
        NodesStorageFileRestoreListGetResultItem as NodesStorageFileRestoreListGetResultItem,
    )
    from .nodes_storage.nodes_storage_identity_get import (
        NodesStorageIdentityGetResult as NodesStorageIdentityGetResult,
    )
    from .nodes_storage.nodes_storage_import_metadata_get import (
        NodesStorageImportMetadataGetResult as NodesStorageImportMetadataGetResult,
    )
    from .nodes_storage.nodes_storage_import_metadata_get import (
        NodesStorageImportMetadataGetResultWarningsItem as NodesStorageImportMetadataGetResultWarningsItem,
    )
    from .nodes_storage.nodes_storage_prunebackups_get import (
        NodesStoragePrunebackupsGetResultItem as NodesStoragePrunebackupsGetResultItem,
    )
    from .nodes_storage.nodes_storage_rrd_get import (
        NodesStorageRrdGetResult as NodesStorageRrdGetResult,
    )
    from .nodes_storage.nodes_storage_status_get import (
        NodesStorageStatusGetResult as NodesStorageStatusGetResult,
    )
    from .nodes_tasks.nodes_node_tasks_get import (
        NodesNodeTasksGetResultItem as NodesNodeTasksGetResultItem,
    )
    from .nodes_tasks.nodes_tasks_log_get import (
        NodesTasksLogGetResultItem as NodesTasksLogGetResultItem,
    )
    from .nodes_tasks.nodes_tasks_status_get import (
        NodesTasksStatusGetResult as NodesTasksStatusGetResult,
    )
    from .pools.pools_get import PoolsGetResultItem as PoolsGetResultItem
    from .pools.pools_get import (
        PoolsGetResultItemMembersItem as PoolsGetResultItemMembersItem,
    )
    from .pools.pools_poolid_get import PoolsPoolidGetResult as PoolsPoolidGetResult
    from .pools.pools_poolid_get import (
        PoolsPoolidGetResultMembersItem as PoolsPoolidGetResultMembersItem,
    )
    from .storage.storage_get import StorageGetResultItem as StorageGetResultItem
    from .storage.storage_post import StoragePostResult as StoragePostResult
    from .storage.storage_post import StoragePostResultConfig as StoragePostResultConfig
    from .storage.storage_storage_put import (
        StorageStoragePutResult as StorageStoragePutResult,
    )
    from .storage.storage_storage_put import (
        StorageStoragePutResultConfig as StorageStoragePutResultConfig,
    )
    from .version.version_get import VersionGetResult as VersionGetResult

_INDEX: dict[str, str] = {
    "AccessAclGetResultItem": "access.access_acl_get",
    "AccessDomainsGetResultItem": "access.access_domains_get",
    "AccessGetResultItem": "access.access_get",
    "AccessGroupsGetResultItem": "access.access_groups_get",
    "AccessGroupsGroupidGetResult": "access.access_groups_groupid_get",
    "AccessOpenidGetResultItem": "access.access_openid_get",
    "AccessOpenidLoginPostResult": "access.access_openid_login_post",
    "AccessRolesGetResultItem": "access.access_roles_get",
    "AccessRolesRoleidGetResult": "access.access_roles_roleid_get",
    "AccessTfaGetResultItem": "access.access_tfa_get",
    "AccessTfaGetResultItemEntriesItem": "access.access_tfa_get",
    "AccessTfaUseridGetResultItem": "access.access_tfa_userid_get",
    "AccessTfaUseridIdGetResult": "access.access_tfa_userid_id_get",
    "AccessTfaUseridPostResult": "access.access_tfa_userid_post",
    "AccessTicketPostResult": "access.access_ticket_post",
    "AccessUsersGetResultItem": "access.access_users_get",
    "AccessUsersGetResultItemTokensItem": "access.access_users_get",
    "AccessUsersTfaGetResult": "access.access_users_tfa_get",
    "AccessUsersUseridGetResult": "access.access_users_userid_get",
    "AccessUsersUseridTokenGetResultItem": "access.access_users_userid_token_get",
    "AccessUsersUseridTokenTokenidGetResult": "access.access_users_userid_token_tokenid_get",
    "AccessUsersUseridTokenTokenidPostResult": "access.access_users_userid_token_tokenid_post",
    "AccessUsersUseridTokenTokenidPostResultInfo": "access.access_users_userid_token_tokenid_post",
    "AccessUsersUseridTokenTokenidPutResult": "access.access_users_userid_token_tokenid_put",
    "ClusterAcmeAccountNameGetResult": "cluster_acme.cluster_acme_account_name_get",
    "ClusterAcmeChallengeSchemaGetResultItem": "cluster_acme.cluster_acme_challenge_schema_get",
    "ClusterAcmeDirectoriesGetResultItem": "cluster_acme.cluster_acme_directories_get",
    "ClusterAcmeMetaGetResult": "cluster_acme.cluster_acme_meta_get",
    "ClusterAcmePluginsGetResultItem": "cluster_acme.cluster_acme_plugins_get",
    "ClusterAcmePluginsIdGetResult": "cluster_acme.cluster_acme_plugins_id_get",
    "ClusterBackupGetResultItem": "cluster.cluster_backup_get",
    "ClusterBackupGetResultItemFleecing": "cluster.cluster_backup_get",
    "ClusterBackupGetResultItemPerformance": "cluster.cluster_backup_get",
    "ClusterBackupGetResultItemPruneBackups": "cluster.cluster_backup_get",
    "ClusterBackupIdGetResult": "cluster.cluster_backup_id_get",
    "ClusterBackupIdGetResultFleecing": "cluster.cluster_backup_id_get",
    "ClusterBackupIdGetResultPerformance": "cluster.cluster_backup_id_get",
    "ClusterBackupIdGetResultPruneBackups": "cluster.cluster_backup_id_get",
    "ClusterBackupIncludedVolumesGetResult": "cluster.cluster_backup_included_volumes_get",
    "ClusterBackupIncludedVolumesGetResultChildrenItem": "cluster.cluster_backup_included_volumes_get",
    "ClusterBackupIncludedVolumesGetResultChildrenItemChildrenItem": "cluster.cluster_backup_included_volumes_get",
    "ClusterBackupInfoGetResultItem": "cluster.cluster_backup_info_get",
    "ClusterBackupInfoNotBackedUpGetResultItem": "cluster.cluster_backup_info_not_backed_up_get",
    "ClusterCephFlagsGetResultItem": "cluster_ceph.cluster_ceph_flags_get",
    "ClusterCephMetadataGetResult": "cluster_ceph.cluster_ceph_metadata_get",
    "ClusterCephMetadataGetResultOsdItem": "cluster_ceph.cluster_ceph_metadata_get",
    "ClusterConfigJoinGetResult": "cluster_config.cluster_config_join_get",
    "ClusterConfigJoinGetResultNodelistItem": "cluster_config.cluster_config_join_get",
    "ClusterConfigNodesGetResultItem": "cluster_config.cluster_config_nodes_get",
    "ClusterConfigNodesNodePostResult": "cluster_config.cluster_config_nodes_node_post",
    "ClusterFirewallAliasesGetResultItem": "cluster_firewall.cluster_firewall_aliases_get",
    "ClusterFirewallGroupsGetResultItem": "cluster_firewall.cluster_firewall_groups_get",
    "ClusterFirewallGroupsGroupGetResultItem": "cluster_firewall.cluster_firewall_groups_group_get",
    "ClusterFirewallGroupsGroupPosGetResult": "cluster_firewall.cluster_firewall_groups_group_pos_get",
    "ClusterFirewallIpsetGetResultItem": "cluster_firewall.cluster_firewall_ipset_get",
    "ClusterFirewallIpsetNameGetResultItem": "cluster_firewall.cluster_firewall_ipset_name_get",
    "ClusterFirewallMacrosGetResultItem": "cluster_firewall.cluster_firewall_macros_get",
    "ClusterFirewallOptionsGetResult": "cluster_firewall.cluster_firewall_options_get",
    "ClusterFirewallRefsGetResultItem": "cluster_firewall.cluster_firewall_refs_get",
    "ClusterFirewallRulesGetResultItem": "cluster_firewall.cluster_firewall_rules_get",
    "ClusterFirewallRulesPosGetResult": "cluster_firewall.cluster_firewall_rules_pos_get",
    "ClusterHaGetResultItem": "cluster_ha.cluster_ha_get",
    "ClusterHaGroupsGetResultItem": "cluster_ha.cluster_ha_groups_get",
    "ClusterHaResourcesGetResultItem": "cluster_ha.cluster_ha_resources_get",
    "ClusterHaResourcesMigratePostResult": "cluster_ha.cluster_ha_resources_migrate_post",
    "ClusterHaResourcesMigratePostResultBlockingResourcesItem": "cluster_ha.cluster_ha_resources_migrate_post",
    "ClusterHaResourcesRelocatePostResult": "cluster_ha.cluster_ha_resources_relocate_post",
    "ClusterHaResourcesRelocatePostResultBlockingResourcesItem": "cluster_ha.cluster_ha_resources_relocate_post",
    "ClusterHaResourcesSidGetResult": "cluster_ha.cluster_ha_resources_sid_get",
    "ClusterHaRulesGetResultItem": "cluster_ha.cluster_ha_rules_get",
    "ClusterHaRulesRuleGetResult": "cluster_ha.cluster_ha_rules_rule_get",
    "ClusterHaStatusCurrentGetResultItem": "cluster_ha.cluster_ha_status_current_get",
    "ClusterJobsGetResultItem": "cluster_jobs.cluster_jobs_get",
    "ClusterJobsRealmSyncGetResultItem": "cluster_jobs.cluster_jobs_realm_sync_get",
    "ClusterJobsScheduleAnalyzeGetResultItem": "cluster_jobs.cluster_jobs_schedule_analyze_get",
    "ClusterMappingDirGetResultItem": "cluster_mapping.cluster_mapping_dir_get",
    "ClusterMappingDirGetResultItemChecksItem": "cluster_mapping.cluster_mapping_dir_get",
    "ClusterMappingPciGetResultItem": "cluster_mapping.cluster_mapping_pci_get",
    "ClusterMappingPciGetResultItemChecksItem": "cluster_mapping.cluster_mapping_pci_get",
    "ClusterMappingUsbGetResultItem": "cluster_mapping.cluster_mapping_usb_get",
    "ClusterMetricsExportGetResult": "cluster_metrics.cluster_metrics_export_get",
    "ClusterMetricsExportGetResultDataItem": "cluster_metrics.cluster_metrics_export_get",
    "ClusterMetricsServerGetResultItem": "cluster_metrics.cluster_metrics_server_get",
    "ClusterNotificationsEndpointsGotifyGetResultItem": "cluster_notifications.cluster_notifications_endpoints_gotify_get",
    "ClusterNotificationsEndpointsGotifyNameGetResult": "cluster_notifications.cluster_notifications_endpoints_gotify_name_get",
    "ClusterNotificationsEndpointsSendmailGetResultItem": "cluster_notifications.cluster_notifications_endpoints_sendmail_get",
    "ClusterNotificationsEndpointsSendmailNameGetResult": "cluster_notifications.cluster_notifications_endpoints_sendmail_name_get",
    "ClusterNotificationsEndpointsSmtpGetResultItem": "cluster_notifications.cluster_notifications_endpoints_smtp_get",
    "ClusterNotificationsEndpointsSmtpNameGetResult": "cluster_notifications.cluster_notifications_endpoints_smtp_name_get",
    "ClusterNotificationsEndpointsWebhookGetResultItem": "cluster_notifications.cluster_notifications_endpoints_webhook_get",
    "ClusterNotificationsEndpointsWebhookNameGetResult": "cluster_notifications.cluster_notifications_endpoints_webhook_name_get",
    "ClusterNotificationsMatcherFieldValuesGetResultItem": "cluster_notifications.cluster_notifications_matcher_field_values_get",
    "ClusterNotificationsMatcherFieldsGetResultItem": "cluster_notifications.cluster_notifications_matcher_fields_get",
    "ClusterNotificationsMatchersGetResultItem": "cluster_notifications.cluster_notifications_matchers_get",
    "ClusterNotificationsMatchersNameGetResult": "cluster_notifications.cluster_notifications_matchers_name_get",
    "ClusterNotificationsTargetsGetResultItem": "cluster_notifications.cluster_notifications_targets_get",
    "ClusterQemuCpuFlagsGetResultItem": "cluster_qemu.cluster_qemu_cpu_flags_get",
    "ClusterQemuCustomCpuModelsCputypeGetResult": "cluster_qemu.cluster_qemu_custom_cpu_models_cputype_get",
    "ClusterQemuCustomCpuModelsGetResultItem": "cluster_qemu.cluster_qemu_custom_cpu_models_get",
    "ClusterReplicationGetResultItem": "cluster.cluster_replication_get",
    "ClusterReplicationIdGetResult": "cluster.cluster_replication_id_get",
    "ClusterResourcesGetResultItem": "cluster.cluster_resources_get",
    "ClusterSdnControllersControllerGetResult": "cluster_sdn.cluster_sdn_controllers_controller_get",
    "ClusterSdnControllersControllerGetResultPending": "cluster_sdn.cluster_sdn_controllers_controller_get",
    "ClusterSdnControllersGetResultItem": "cluster_sdn.cluster_sdn_controllers_get",
    "ClusterSdnControllersGetResultItemPending": "cluster_sdn.cluster_sdn_controllers_get",
    "ClusterSdnDnsGetResultItem": "cluster_sdn.cluster_sdn_dns_get",
    "ClusterSdnDryRunGetResult": "cluster_sdn.cluster_sdn_dry_run_get",
    "ClusterSdnFabricsAllGetResult": "cluster_sdn_fabrics.cluster_sdn_fabrics_all_get",
    "ClusterSdnFabricsAllGetResultFabricsItem": "cluster_sdn_fabrics.cluster_sdn_fabrics_all_get",
    "ClusterSdnFabricsAllGetResultNodesItem": "cluster_sdn_fabrics.cluster_sdn_fabrics_all_get",
    "ClusterSdnFabricsFabricGetResultItem": "cluster_sdn_fabrics.cluster_sdn_fabrics_fabric_get",
    "ClusterSdnFabricsFabricIdGetResult": "cluster_sdn_fabrics.cluster_sdn_fabrics_fabric_id_get",
    "ClusterSdnFabricsGetResultItem": "cluster_sdn_fabrics.cluster_sdn_fabrics_get",
    "ClusterSdnFabricsNodeFabricIdGetResultItem": "cluster_sdn_fabrics.cluster_sdn_fabrics_node_fabric_id_get",
    "ClusterSdnFabricsNodeFabricIdNodeIdGetResult": "cluster_sdn_fabrics.cluster_sdn_fabrics_node_fabric_id_node_id_get",
    "ClusterSdnFabricsNodeGetResultItem": "cluster_sdn_fabrics.cluster_sdn_fabrics_node_get",
    "ClusterSdnGetResultItem": "cluster_sdn.cluster_sdn_get",
    "ClusterSdnIpamsGetResultItem": "cluster_sdn.cluster_sdn_ipams_get",
    "ClusterSdnRouteMapsEntriesGetResultItem": "cluster_sdn_route_maps.cluster_sdn_route_maps_entries_get",
    "ClusterSdnRouteMapsEntriesRouteMapIdEntryOrderGetResult": "cluster_sdn_route_maps.cluster_sdn_route_maps_entries_route_map_id_entry_order_get",
    "ClusterSdnRouteMapsEntriesRouteMapIdGetResultItem": "cluster_sdn_route_maps.cluster_sdn_route_maps_entries_route_map_id_get",
    "ClusterSdnRouteMapsGetResultItem": "cluster_sdn_route_maps.cluster_sdn_route_maps_get",
    "ClusterSdnVnetsFirewallOptionsGetResult": "cluster_sdn_vnets.cluster_sdn_vnets_firewall_options_get",
    "ClusterSdnVnetsGetResultItem": "cluster_sdn_vnets.cluster_sdn_vnets_get",
    "ClusterSdnVnetsGetResultItemPending": "cluster_sdn_vnets.cluster_sdn_vnets_get",
    "ClusterSdnVnetsVnetFirewallRulesGetResultItem": "cluster_sdn_vnets.cluster_sdn_vnets_vnet_firewall_rules_get",
    "ClusterSdnVnetsVnetFirewallRulesPosGetResult": "cluster_sdn_vnets.cluster_sdn_vnets_vnet_firewall_rules_pos_get",
    "ClusterSdnVnetsVnetGetResult": "cluster_sdn_vnets.cluster_sdn_vnets_vnet_get",
    "ClusterSdnVnetsVnetGetResultPending": "cluster_sdn_vnets.cluster_sdn_vnets_vnet_get",
    "ClusterSdnZonesGetResultItem": "cluster_sdn.cluster_sdn_zones_get",
    "ClusterSdnZonesGetResultItemPending": "cluster_sdn.cluster_sdn_zones_get",
    "ClusterSdnZonesZoneGetResult": "cluster_sdn.cluster_sdn_zones_zone_get",
    "ClusterSdnZonesZoneGetResultPending": "cluster_sdn.cluster_sdn_zones_zone_get",
    "ClusterStatusGetResultItem": "cluster.cluster_status_get",
    "ClusterTasksGetResultItem": "cluster.cluster_tasks_get",
    "NodesAptGetResultItem": "nodes_apt.nodes_apt_get",
    "NodesAptRepositoriesGetResult": "nodes_apt.nodes_apt_repositories_get",
    "NodesAptRepositoriesGetResultErrorsItem": "nodes_apt.nodes_apt_repositories_get",
    "NodesAptRepositoriesGetResultFilesItem": "nodes_apt.nodes_apt_repositories_get",
    "NodesAptRepositoriesGetResultFilesItemRepositoriesItem": "nodes_apt.nodes_apt_repositories_get",
    "NodesAptRepositoriesGetResultFilesItemRepositoriesItemOptionsItem": "nodes_apt.nodes_apt_repositories_get",
    "NodesAptRepositoriesGetResultInfosItem": "nodes_apt.nodes_apt_repositories_get",
    "NodesAptRepositoriesGetResultStandardReposItem": "nodes_apt.nodes_apt_repositories_get",
    "NodesAptUpdateGetResultItem": "nodes_apt.nodes_apt_update_get",
    "NodesAptVersionsGetResultItem": "nodes_apt.nodes_apt_versions_get",
    "NodesCapabilitiesQemuCpuFlagsGetResultItem": "nodes_capabilities.nodes_capabilities_qemu_cpu_flags_get",
    "NodesCapabilitiesQemuCpuGetResultItem": "nodes_capabilities.nodes_capabilities_qemu_cpu_get",
    "NodesCapabilitiesQemuMachinesGetResultItem": "nodes_capabilities.nodes_capabilities_qemu_machines_get",
    "NodesCapabilitiesQemuMigrationGetResult": "nodes_capabilities.nodes_capabilities_qemu_migration_get",
    "NodesCephCfgDbGetResultItem": "nodes_ceph_cfg.nodes_ceph_cfg_db_get",
    "NodesCephCmdSafetyGetResult": "nodes_ceph.nodes_ceph_cmd_safety_get",
    "NodesCephLogGetResultItem": "nodes_ceph.nodes_ceph_log_get",
    "NodesCephOsdLvInfoGetResult": "nodes_ceph_osd.nodes_ceph_osd_lv_info_get",
    "NodesCephOsdMetadataGetResult": "nodes_ceph_osd.nodes_ceph_osd_metadata_get",
    "NodesCephOsdMetadataGetResultDevicesItem": "nodes_ceph_osd.nodes_ceph_osd_metadata_get",
    "NodesCephOsdMetadataGetResultOsd": "nodes_ceph_osd.nodes_ceph_osd_metadata_get",
    "NodesCephPoolStatusGetResult": "nodes_ceph.nodes_ceph_pool_status_get",
    "NodesCephRulesGetResultItem": "nodes_ceph.nodes_ceph_rules_get",
    "NodesCertificatesCustomPostResult": "nodes_certificates.nodes_certificates_custom_post",
    "NodesCertificatesInfoGetResultItem": "nodes_certificates.nodes_certificates_info_get",
    "NodesConfigGetResult": "nodes.nodes_config_get",
    "NodesDisksListGetResultItem": "nodes_disks.nodes_disks_list_get",
    "NodesDisksSmartGetResult": "nodes_disks.nodes_disks_smart_get",
    "NodesDnsGetResult": "nodes.nodes_dns_get",
    "NodesFirewallLogGetResultItem": "nodes_firewall.nodes_firewall_log_get",
    "NodesFirewallOptionsGetResult": "nodes_firewall.nodes_firewall_options_get",
    "NodesGetResultItem": "nodes.nodes_get",
    "NodesHardwareGetResultItem": "nodes_hardware.nodes_hardware_get",
    "NodesHardwarePciMdevGetResultItem": "nodes_hardware.nodes_hardware_pci_mdev_get",
    "NodesHardwareUsbGetResultItem": "nodes_hardware.nodes_hardware_usb_get",
    "NodesHostsGetResult": "nodes.nodes_hosts_get",
    "NodesLxcConfigGetResult": "nodes_lxc.nodes_lxc_config_get",
    "NodesLxcFeatureGetResult": "nodes_lxc.nodes_lxc_feature_get",
    "NodesLxcFirewallLogGetResultItem": "nodes_lxc_firewall.nodes_lxc_firewall_log_get",
    "NodesLxcFirewallOptionsGetResult": "nodes_lxc_firewall.nodes_lxc_firewall_options_get",
    "NodesLxcFirewallRefsGetResultItem": "nodes_lxc_firewall.nodes_lxc_firewall_refs_get",
    "NodesLxcInterfacesGetResultItem": "nodes_lxc.nodes_lxc_interfaces_get",
    "NodesLxcInterfacesGetResultItemIpAddressesItem": "nodes_lxc.nodes_lxc_interfaces_get",
    "NodesLxcMigrateGetResult": "nodes_lxc.nodes_lxc_migrate_get",
    "NodesLxcMigrateGetResultNotAllowedNodes": "nodes_lxc.nodes_lxc_migrate_get",
    "NodesLxcMigrateGetResultNotAllowedNodesBlockingHaResourcesItem": "nodes_lxc.nodes_lxc_migrate_get",
    "NodesLxcMtunnelPostResult": "nodes_lxc.nodes_lxc_mtunnel_post",
    "NodesLxcMtunnelwebsocketGetResult": "nodes_lxc.nodes_lxc_mtunnelwebsocket_get",
    "NodesLxcPendingGetResultItem": "nodes_lxc.nodes_lxc_pending_get",
    "NodesLxcRrdGetResult": "nodes_lxc.nodes_lxc_rrd_get",
    "NodesLxcSpiceproxyPostResult": "nodes_lxc.nodes_lxc_spiceproxy_post",
    "NodesLxcStatusCurrentGetResult": "nodes_lxc_status.nodes_lxc_status_current_get",
    "NodesLxcStatusGetResultItem": "nodes_lxc_status.nodes_lxc_status_get",
    "NodesLxcTermproxyPostResult": "nodes_lxc.nodes_lxc_termproxy_post",
    "NodesLxcVncproxyPostResult": "nodes_lxc.nodes_lxc_vncproxy_post",
    "NodesLxcVncwebsocketGetResult": "nodes_lxc.nodes_lxc_vncwebsocket_get",
    "NodesNodeCephFsGetResultItem": "nodes_ceph.nodes_node_ceph_fs_get",
    "NodesNodeCephMdsGetResultItem": "nodes_ceph.nodes_node_ceph_mds_get",
    "NodesNodeCephMgrGetResultItem": "nodes_ceph.nodes_node_ceph_mgr_get",
    "NodesNodeCephMonGetResultItem": "nodes_ceph.nodes_node_ceph_mon_get",
    "NodesNodeCephOsdGetResult": "nodes_ceph_osd.nodes_node_ceph_osd_get",
    "NodesNodeCephPoolGetResultItem": "nodes_ceph.nodes_node_ceph_pool_get",
    "NodesNodeDisksDirectoryGetResultItem": "nodes_disks.nodes_node_disks_directory_get",
    "NodesNodeDisksLvmGetResult": "nodes_disks.nodes_node_disks_lvm_get",
    "NodesNodeDisksLvmGetResultChildrenItem": "nodes_disks.nodes_node_disks_lvm_get",
    "NodesNodeDisksLvmGetResultChildrenItemChildrenItem": "nodes_disks.nodes_node_disks_lvm_get",
    "NodesNodeDisksLvmthinGetResultItem": "nodes_disks.nodes_node_disks_lvmthin_get",
    "NodesNodeDisksZfsGetResultItem": "nodes_disks.nodes_node_disks_zfs_get",
    "NodesNodeDisksZfsNameGetResult": "nodes_disks.nodes_node_disks_zfs_name_get",
    "NodesNodeDisksZfsNameGetResultChildrenItem": "nodes_disks.nodes_node_disks_zfs_name_get",
    "NodesNodeFirewallRulesGetResultItem": "nodes_firewall.nodes_node_firewall_rules_get",
    "NodesNodeFirewallRulesPosGetResult": "nodes_firewall.nodes_node_firewall_rules_pos_get",
    "NodesNodeHardwarePciGetResultItem": "nodes_hardware.nodes_node_hardware_pci_get",
    "NodesNodeHardwarePciPciIdOrMappingGetResultItem": "nodes_hardware.nodes_node_hardware_pci_pci_id_or_mapping_get",
    "NodesNodeLxcGetResultItem": "nodes_lxc.nodes_node_lxc_get",
    "NodesNodeLxcVmidFirewallAliasesGetResultItem": "nodes_lxc_firewall.nodes_node_lxc_vmid_firewall_aliases_get",
    "NodesNodeLxcVmidFirewallIpsetGetResultItem": "nodes_lxc_firewall.nodes_node_lxc_vmid_firewall_ipset_get",
    "NodesNodeLxcVmidFirewallIpsetNameGetResultItem": "nodes_lxc_firewall.nodes_node_lxc_vmid_firewall_ipset_name_get",
    "NodesNodeLxcVmidFirewallRulesGetResultItem": "nodes_lxc_firewall.nodes_node_lxc_vmid_firewall_rules_get",
    "NodesNodeLxcVmidFirewallRulesPosGetResult": "nodes_lxc_firewall.nodes_node_lxc_vmid_firewall_rules_pos_get",
    "NodesNodeLxcVmidGetResultItem": "nodes_lxc.nodes_node_lxc_vmid_get",
    "NodesNodeLxcVmidSnapshotGetResultItem": "nodes_lxc_snapshot.nodes_node_lxc_vmid_snapshot_get",
    "NodesNodeNetworkGetResultItem": "nodes.nodes_node_network_get",
    "NodesNodeNetworkIfaceGetResult": "nodes.nodes_node_network_iface_get",
    "NodesNodeQemuGetResultItem": "nodes_qemu.nodes_node_qemu_get",
    "NodesNodeQemuVmidFirewallAliasesGetResultItem": "nodes_qemu_firewall.nodes_node_qemu_vmid_firewall_aliases_get",
    "NodesNodeQemuVmidFirewallIpsetGetResultItem": "nodes_qemu_firewall.nodes_node_qemu_vmid_firewall_ipset_get",
    "NodesNodeQemuVmidFirewallIpsetNameGetResultItem": "nodes_qemu_firewall.nodes_node_qemu_vmid_firewall_ipset_name_get",
    "NodesNodeQemuVmidFirewallRulesGetResultItem": "nodes_qemu_firewall.nodes_node_qemu_vmid_firewall_rules_get",
    "NodesNodeQemuVmidFirewallRulesPosGetResult": "nodes_qemu_firewall.nodes_node_qemu_vmid_firewall_rules_pos_get",
    "NodesNodeQemuVmidGetResultItem": "nodes_qemu.nodes_node_qemu_vmid_get",
    "NodesNodeQemuVmidSnapshotGetResultItem": "nodes_qemu_snapshot.nodes_node_qemu_vmid_snapshot_get",
    "NodesNodeReplicationGetResultItem": "nodes_replication.nodes_node_replication_get",
    "NodesNodeSdnFabricsFabricGetResultItem": "nodes_sdn.nodes_node_sdn_fabrics_fabric_get",
    "NodesNodeSdnVnetsVnetGetResultItem": "nodes_sdn.nodes_node_sdn_vnets_vnet_get",
    "NodesNodeSdnZonesGetResultItem": "nodes_sdn.nodes_node_sdn_zones_get",
    "NodesNodeSdnZonesZoneGetResultItem": "nodes_sdn.nodes_node_sdn_zones_zone_get",
    "NodesNodeServicesGetResultItem": "nodes_services.nodes_node_services_get",
    "NodesNodeServicesServiceGetResultItem": "nodes_services.nodes_node_services_service_get",
    "NodesNodeStorageGetResultItem": "nodes_storage.nodes_node_storage_get",
    "NodesNodeStorageGetResultItemFormats": "nodes_storage.nodes_node_storage_get",
    "NodesNodeStorageStorageContentGetResultItem": "nodes_storage.nodes_node_storage_storage_content_get",
    "NodesNodeStorageStorageContentGetResultItemVerification": "nodes_storage.nodes_node_storage_storage_content_get",
    "NodesNodeStorageStorageContentVolumeGetResult": "nodes_storage.nodes_node_storage_storage_content_volume_get",
    "NodesNodeStorageStorageGetResultItem": "nodes_storage.nodes_node_storage_storage_get",
    "NodesNodeTasksGetResultItem": "nodes_tasks.nodes_node_tasks_get",
    "NodesQemuAgentExecPostResult": "nodes_qemu_agent.nodes_qemu_agent_exec_post",
    "NodesQemuAgentExecStatusGetResult": "nodes_qemu_agent.nodes_qemu_agent_exec_status_get",
    "NodesQemuAgentFileReadGetResult": "nodes_qemu_agent.nodes_qemu_agent_file_read_get",
    "NodesQemuCloudinitGetResultItem": "nodes_qemu.nodes_qemu_cloudinit_get",
    "NodesQemuConfigGetResult": "nodes_qemu.nodes_qemu_config_get",
    "NodesQemuFeatureGetResult": "nodes_qemu.nodes_qemu_feature_get",
    "NodesQemuFirewallLogGetResultItem": "nodes_qemu_firewall.nodes_qemu_firewall_log_get",
    "NodesQemuFirewallOptionsGetResult": "nodes_qemu_firewall.nodes_qemu_firewall_options_get",
    "NodesQemuFirewallRefsGetResultItem": "nodes_qemu_firewall.nodes_qemu_firewall_refs_get",
    "NodesQemuMigrateGetResult": "nodes_qemu.nodes_qemu_migrate_get",
    "NodesQemuMigrateGetResultLocalDisksItem": "nodes_qemu.nodes_qemu_migrate_get",
    "NodesQemuMigrateGetResultNotAllowedNodes": "nodes_qemu.nodes_qemu_migrate_get",
    "NodesQemuMigrateGetResultNotAllowedNodesBlockingHaResourcesItem": "nodes_qemu.nodes_qemu_migrate_get",
    "NodesQemuMtunnelPostResult": "nodes_qemu.nodes_qemu_mtunnel_post",
    "NodesQemuMtunnelwebsocketGetResult": "nodes_qemu.nodes_qemu_mtunnelwebsocket_get",
    "NodesQemuPendingGetResultItem": "nodes_qemu.nodes_qemu_pending_get",
    "NodesQemuRrdGetResult": "nodes_qemu.nodes_qemu_rrd_get",
    "NodesQemuSpiceproxyPostResult": "nodes_qemu.nodes_qemu_spiceproxy_post",
    "NodesQemuStatusCurrentGetResult": "nodes_qemu_status.nodes_qemu_status_current_get",
    "NodesQemuStatusGetResultItem": "nodes_qemu_status.nodes_qemu_status_get",
    "NodesQemuTermproxyPostResult": "nodes_qemu.nodes_qemu_termproxy_post",
    "NodesQemuVncproxyPostResult": "nodes_qemu.nodes_qemu_vncproxy_post",
    "NodesQemuVncwebsocketGetResult": "nodes_qemu.nodes_qemu_vncwebsocket_get",
    "NodesQueryUrlMetadataGetResult": "nodes.nodes_query_url_metadata_get",
    "NodesReplicationLogGetResultItem": "nodes_replication.nodes_replication_log_get",
    "NodesRrdGetResult": "nodes.nodes_rrd_get",
    "NodesScanCifsGetResultItem": "nodes_scan.nodes_scan_cifs_get",
    "NodesScanGetResultItem": "nodes_scan.nodes_scan_get",
    "NodesScanIscsiGetResultItem": "nodes_scan.nodes_scan_iscsi_get",
    "NodesScanLvmGetResultItem": "nodes_scan.nodes_scan_lvm_get",
    "NodesScanLvmthinGetResultItem": "nodes_scan.nodes_scan_lvmthin_get",
    "NodesScanNfsGetResultItem": "nodes_scan.nodes_scan_nfs_get",
    "NodesScanPbsGetResultItem": "nodes_scan.nodes_scan_pbs_get",
    "NodesScanZfsGetResultItem": "nodes_scan.nodes_scan_zfs_get",
    "NodesSdnFabricsInterfacesGetResultItem": "nodes_sdn.nodes_sdn_fabrics_interfaces_get",
    "NodesSdnFabricsNeighborsGetResultItem": "nodes_sdn.nodes_sdn_fabrics_neighbors_get",
    "NodesSdnFabricsRoutesGetResultItem": "nodes_sdn.nodes_sdn_fabrics_routes_get",
    "NodesSdnVnetsMacVrfGetResultItem": "nodes_sdn.nodes_sdn_vnets_mac_vrf_get",
    "NodesSdnZonesBridgesGetResultItem": "nodes_sdn.nodes_sdn_zones_bridges_get",
    "NodesSdnZonesBridgesGetResultItemPortsItem": "nodes_sdn.nodes_sdn_zones_bridges_get",
    "NodesSdnZonesContentGetResultItem": "nodes_sdn.nodes_sdn_zones_content_get",
    "NodesSdnZonesIpVrfGetResultItem": "nodes_sdn.nodes_sdn_zones_ip_vrf_get",
    "NodesServicesStateGetResult": "nodes_services.nodes_services_state_get",
    "NodesSpiceshellPostResult": "nodes.nodes_spiceshell_post",
    "NodesStatusGetResult": "nodes.nodes_status_get",
    "NodesStatusGetResultBootInfo": "nodes.nodes_status_get",
    "NodesStatusGetResultCpuinfo": "nodes.nodes_status_get",
    "NodesStatusGetResultCurrentKernel": "nodes.nodes_status_get",
    "NodesStatusGetResultMemory": "nodes.nodes_status_get",
    "NodesStatusGetResultRootfs": "nodes.nodes_status_get",
    "NodesStorageFileRestoreListGetResultItem": "nodes_storage.nodes_storage_file_restore_list_get",
    "NodesStorageIdentityGetResult": "nodes_storage.nodes_storage_identity_get",
    "NodesStorageImportMetadataGetResult": "nodes_storage.nodes_storage_import_metadata_get",
    "NodesStorageImportMetadataGetResultWarningsItem": "nodes_storage.nodes_storage_import_metadata_get",
    "NodesStoragePrunebackupsGetResultItem": "nodes_storage.nodes_storage_prunebackups_get",
    "NodesStorageRrdGetResult": "nodes_storage.nodes_storage_rrd_get",
    "NodesStorageStatusGetResult": "nodes_storage.nodes_storage_status_get",
    "NodesSubscriptionGetResult": "nodes.nodes_subscription_get",
    "NodesSyslogGetResultItem": "nodes.nodes_syslog_get",
    "NodesTasksLogGetResultItem": "nodes_tasks.nodes_tasks_log_get",
    "NodesTasksStatusGetResult": "nodes_tasks.nodes_tasks_status_get",
    "NodesTermproxyPostResult": "nodes.nodes_termproxy_post",
    "NodesTimeGetResult": "nodes.nodes_time_get",
    "NodesVersionGetResult": "nodes.nodes_version_get",
    "NodesVncshellPostResult": "nodes.nodes_vncshell_post",
    "NodesVncwebsocketGetResult": "nodes.nodes_vncwebsocket_get",
    "NodesVzdumpDefaultsGetResult": "nodes.nodes_vzdump_defaults_get",
    "PoolsGetResultItem": "pools.pools_get",
    "PoolsGetResultItemMembersItem": "pools.pools_get",
    "PoolsPoolidGetResult": "pools.pools_poolid_get",
    "PoolsPoolidGetResultMembersItem": "pools.pools_poolid_get",
    "StorageGetResultItem": "storage.storage_get",
    "StoragePostResult": "storage.storage_post",
    "StoragePostResultConfig": "storage.storage_post",
    "StorageStoragePutResult": "storage.storage_storage_put",
    "StorageStoragePutResultConfig": "storage.storage_storage_put",
    "VersionGetResult": "version.version_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
