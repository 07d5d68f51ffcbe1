# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""All result models, imported lazily: ``from pvesdk.models import NodesGetResultItem``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access.access_get import AccessGetResultItem as AccessGetResultItem
    from .access.access_ticket_post import (
        AccessTicketPostResult as AccessTicketPostResult,
    )
    from .access.access_users_get import (
        AccessUsersGetResultItem as AccessUsersGetResultItem,
    )
    from .config.config_customscores_get import (
        ConfigCustomscoresGetResultItem as ConfigCustomscoresGetResultItem,
    )
    from .config.config_customscores_name_get import (
        ConfigCustomscoresNameGetResult as ConfigCustomscoresNameGetResult,
    )
    from .config.config_domains_domain_get import (
        ConfigDomainsDomainGetResult as ConfigDomainsDomainGetResult,
    )
    from .config.config_domains_get import (
        ConfigDomainsGetResultItem as ConfigDomainsGetResultItem,
    )
    from .config.config_fetchmail_get import (
        ConfigFetchmailGetResultItem as ConfigFetchmailGetResultItem,
    )
    from .config.config_fetchmail_id_get import (
        ConfigFetchmailIdGetResult as ConfigFetchmailIdGetResult,
    )
    from .config.config_get import ConfigGetResultItem as ConfigGetResultItem
    from .config.config_mimetypes_get import (
        ConfigMimetypesGetResultItem as ConfigMimetypesGetResultItem,
    )
    from .config.config_mynetworks_cidr_get import (
        ConfigMynetworksCidrGetResult as ConfigMynetworksCidrGetResult,
    )
    from .config.config_mynetworks_get import (
        ConfigMynetworksGetResultItem as ConfigMynetworksGetResultItem,
    )
    from .config.config_pbs_get import ConfigPbsGetResultItem as ConfigPbsGetResultItem
    from .config.config_tlspolicy_destination_get import (
        ConfigTlspolicyDestinationGetResult as ConfigTlspolicyDestinationGetResult,
    )
    from .config.config_tlspolicy_get import (
        ConfigTlspolicyGetResultItem as ConfigTlspolicyGetResultItem,
    )
    from .config.config_transport_domain_get import (
        ConfigTransportDomainGetResult as ConfigTransportDomainGetResult,
    )
    from .config.config_transport_get import (
        ConfigTransportGetResultItem as ConfigTransportGetResultItem,
    )
    from .config_cluster.config_cluster_nodes_get import (
        ConfigClusterNodesGetResultItem as ConfigClusterNodesGetResultItem,
    )
    from .config_cluster.config_cluster_nodes_post import (
        ConfigClusterNodesPostResultItem as ConfigClusterNodesPostResultItem,
    )
    from .config_cluster.config_cluster_status_get import (
        ConfigClusterStatusGetResultItem as ConfigClusterStatusGetResultItem,
    )
    from .config_dkim.config_dkim_domains_domain_get import (
        ConfigDkimDomainsDomainGetResult as ConfigDkimDomainsDomainGetResult,
    )
    from .config_dkim.config_dkim_domains_get import (
        ConfigDkimDomainsGetResultItem as ConfigDkimDomainsGetResultItem,
    )
    from .config_dkim.config_dkim_get import (
        ConfigDkimGetResultItem as ConfigDkimGetResultItem,
    )
    from .config_dkim.config_dkim_selector_get import (
        ConfigDkimSelectorGetResult as ConfigDkimSelectorGetResult,
    )
    from .config_dkim.config_dkim_selectors_get import (
        ConfigDkimSelectorsGetResultItem as ConfigDkimSelectorsGetResultItem,
    )
    from .config_ldap.config_ldap_get import (
        ConfigLdapGetResultItem as ConfigLdapGetResultItem,
    )
    from .config_ldap.config_ldap_profile_get import (
        ConfigLdapProfileGetResultItem as ConfigLdapProfileGetResultItem,
    )
    from .config_ldap.config_ldap_profile_groups_get import (
        ConfigLdapProfileGroupsGetResultItem as ConfigLdapProfileGroupsGetResultItem,
    )
    from .config_ldap.config_ldap_profile_groups_gid_get import (
        ConfigLdapProfileGroupsGidGetResultItem as ConfigLdapProfileGroupsGidGetResultItem,
    )
    from .config_ldap.config_ldap_profile_users_email_get import (
        ConfigLdapProfileUsersEmailGetResultItem as ConfigLdapProfileUsersEmailGetResultItem,
    )
    from .config_ldap.config_ldap_profile_users_get import (
        ConfigLdapProfileUsersGetResultItem as ConfigLdapProfileUsersGetResultItem,
    )
    from .config_ruledb_action.config_ruledb_action_bcc_id_get import (
        ConfigRuledbActionBccIdGetResult as ConfigRuledbActionBccIdGetResult,
    )
    from .config_ruledb_action.config_ruledb_action_disclaimer_id_get import (
        ConfigRuledbActionDisclaimerIdGetResult as ConfigRuledbActionDisclaimerIdGetResult,
    )
    from .config_ruledb_action.config_ruledb_action_field_id_get import (
        ConfigRuledbActionFieldIdGetResult as ConfigRuledbActionFieldIdGetResult,
    )
    from .config_ruledb_action.config_ruledb_action_get import (
        ConfigRuledbActionGetResultItem as ConfigRuledbActionGetResultItem,
    )
    from .config_ruledb_action.config_ruledb_action_notification_id_get import (
        ConfigRuledbActionNotificationIdGetResult as ConfigRuledbActionNotificationIdGetResult,
    )
    from .config_ruledb_action.config_ruledb_action_objects_get import (
        ConfigRuledbActionObjectsGetResultItem as ConfigRuledbActionObjectsGetResultItem,
    )
    from .config_ruledb_action.config_ruledb_action_removeattachments_id_get import (
        ConfigRuledbActionRemoveattachmentsIdGetResult as ConfigRuledbActionRemoveattachmentsIdGetResult,
    )
    from .config_ruledb_rules.config_ruledb_rules_config_get import (
        ConfigRuledbRulesConfigGetResult as ConfigRuledbRulesConfigGetResult,
    )
    from .config_ruledb_rules.config_ruledb_rules_get import (
        ConfigRuledbRulesGetResultItem as ConfigRuledbRulesGetResultItem,
    )
    from .config_ruledb_rules.config_ruledb_rules_id_action_get import (
        ConfigRuledbRulesIdActionGetResultItem as ConfigRuledbRulesIdActionGetResultItem,
    )
    from .config_ruledb_rules.config_ruledb_rules_id_from_get import (
        ConfigRuledbRulesIdFromGetResultItem as ConfigRuledbRulesIdFromGetResultItem,
    )
    from .config_ruledb_rules.config_ruledb_rules_id_get import (
        ConfigRuledbRulesIdGetResultItem as ConfigRuledbRulesIdGetResultItem,
    )
    from .config_ruledb_rules.config_ruledb_rules_id_to_get import (
        ConfigRuledbRulesIdToGetResultItem as ConfigRuledbRulesIdToGetResultItem,
    )
    from .config_ruledb_rules.config_ruledb_rules_id_what_get import (
        ConfigRuledbRulesIdWhatGetResultItem as ConfigRuledbRulesIdWhatGetResultItem,
    )
    from .config_ruledb_rules.config_ruledb_rules_id_when_get import (
        ConfigRuledbRulesIdWhenGetResultItem as ConfigRuledbRulesIdWhenGetResultItem,
    )
    from .config_ruledb_what.config_ruledb_what_config_get import (
        ConfigRuledbWhatConfigGetResult as ConfigRuledbWhatConfigGetResult,
    )
    from .config_ruledb_what.config_ruledb_what_get import (
        ConfigRuledbWhatGetResultItem as ConfigRuledbWhatGetResultItem,
    )
    from .config_ruledb_what.config_ruledb_what_ogroup_archivefilenamefilter_id_get import (
        ConfigRuledbWhatOgroupArchivefilenamefilterIdGetResult as ConfigRuledbWhatOgroupArchivefilenamefilterIdGetResult,
    )
    from .config_ruledb_what.config_ruledb_what_ogroup_archivefilter_id_get import (
        ConfigRuledbWhatOgroupArchivefilterIdGetResult as ConfigRuledbWhatOgroupArchivefilterIdGetResult,
    )
    from .config_ruledb_what.config_ruledb_what_ogroup_contenttype_id_get import (
        ConfigRuledbWhatOgroupContenttypeIdGetResult as ConfigRuledbWhatOgroupContenttypeIdGetResult,
    )
    from .config_ruledb_what.config_ruledb_what_ogroup_filenamefilter_id_get import (
        ConfigRuledbWhatOgroupFilenamefilterIdGetResult as ConfigRuledbWhatOgroupFilenamefilterIdGetResult,
    )
    from .config_ruledb_what.config_ruledb_what_ogroup_get import (
        ConfigRuledbWhatOgroupGetResultItem as ConfigRuledbWhatOgroupGetResultItem,
    )
    from .config_ruledb_what.config_ruledb_what_ogroup_matchfield_id_get import (
        ConfigRuledbWhatOgroupMatchfieldIdGetResult as ConfigRuledbWhatOgroupMatchfieldIdGetResult,
    )
    from .config_ruledb_what.config_ruledb_what_ogroup_objects_get import (
        ConfigRuledbWhatOgroupObjectsGetResultItem as ConfigRuledbWhatOgroupObjectsGetResultItem,
    )
    from .config_ruledb_what.config_ruledb_what_ogroup_spamfilter_id_get import (
        ConfigRuledbWhatOgroupSpamfilterIdGetResult as ConfigRuledbWhatOgroupSpamfilterIdGetResult,
    )
    from .config_ruledb_what.config_ruledb_what_ogroup_virusfilter_id_get import (
        ConfigRuledbWhatOgroupVirusfilterIdGetResult as ConfigRuledbWhatOgroupVirusfilterIdGetResult,
    )
    from .config_ruledb_when.config_ruledb_when_config_get import (
        ConfigRuledbWhenConfigGetResult as ConfigRuledbWhenConfigGetResult,
    )
    from .config_ruledb_when.config_ruledb_when_get import (
        ConfigRuledbWhenGetResultItem as ConfigRuledbWhenGetResultItem,
    )
    from .config_ruledb_when.config_ruledb_when_ogroup_get import (
        ConfigRuledbWhenOgroupGetResultItem as ConfigRuledbWhenOgroupGetResultItem,
    )
    from .config_ruledb_when.config_ruledb_when_ogroup_objects_get import (
        ConfigRuledbWhenOgroupObjectsGetResultItem as ConfigRuledbWhenOgroupObjectsGetResultItem,
    )
    from .config_ruledb_when.config_ruledb_when_ogroup_timeframe_id_get import (
        ConfigRuledbWhenOgroupTimeframeIdGetResult as ConfigRuledbWhenOgroupTimeframeIdGetResult,
    )
    from .config_ruledb_who.config_ruledb_who_config_get import (
        ConfigRuledbWhoConfigGetResult as ConfigRuledbWhoConfigGetResult,
    )
    from .config_ruledb_who.config_ruledb_who_get import (
        ConfigRuledbWhoGetResultItem as ConfigRuledbWhoGetResultItem,
    )
    from .config_ruledb_who.config_ruledb_who_ogroup_domain_id_get import (
        ConfigRuledbWhoOgroupDomainIdGetResult as ConfigRuledbWhoOgroupDomainIdGetResult,
    )
    from .config_ruledb_who.config_ruledb_who_ogroup_email_id_get import (
        ConfigRuledbWhoOgroupEmailIdGetResult as ConfigRuledbWhoOgroupEmailIdGetResult,
    )
    from .config_ruledb_who.config_ruledb_who_ogroup_get import (
        ConfigRuledbWhoOgroupGetResultItem as ConfigRuledbWhoOgroupGetResultItem,
    )
    from .config_ruledb_who.config_ruledb_who_ogroup_ip_id_get import (
        ConfigRuledbWhoOgroupIpIdGetResult as ConfigRuledbWhoOgroupIpIdGetResult,
    )
    from .config_ruledb_who.config_ruledb_who_ogroup_ldap_id_get import (
        ConfigRuledbWhoOgroupLdapIdGetResult as ConfigRuledbWhoOgroupLdapIdGetResult,
    )
    from .config_ruledb_who.config_ruledb_who_ogroup_ldapuser_id_get import (
        ConfigRuledbWhoOgroupLdapuserIdGetResult as ConfigRuledbWhoOgroupLdapuserIdGetResult,
    )
    from .config_ruledb_who.config_ruledb_who_ogroup_network_id_get import (
        ConfigRuledbWhoOgroupNetworkIdGetResult as ConfigRuledbWhoOgroupNetworkIdGetResult,
    )
    from .config_ruledb_who.config_ruledb_who_ogroup_objects_get import (
        ConfigRuledbWhoOgroupObjectsGetResultItem as ConfigRuledbWhoOgroupObjectsGetResultItem,
    )
    from .config_ruledb_who.config_ruledb_who_ogroup_regex_id_get import (
        ConfigRuledbWhoOgroupRegexIdGetResult as ConfigRuledbWhoOgroupRegexIdGetResult,
    )
    from .config_whitelist.config_whitelist_domain_id_get import (
        ConfigWhitelistDomainIdGetResult as ConfigWhitelistDomainIdGetResult,
    )
    from .config_whitelist.config_whitelist_email_id_get import (
        ConfigWhitelistEmailIdGetResult as ConfigWhitelistEmailIdGetResult,
    )
    from .config_whitelist.config_whitelist_get import (
        ConfigWhitelistGetResultItem as ConfigWhitelistGetResultItem,
    )
    from .config_whitelist.config_whitelist_ip_id_get import (
        ConfigWhitelistIpIdGetResult as ConfigWhitelistIpIdGetResult,
    )
    from .config_whitelist.config_whitelist_network_id_get import (
        ConfigWhitelistNetworkIdGetResult as ConfigWhitelistNetworkIdGetResult,
    )
    from .config_whitelist.config_whitelist_objects_get import (
        ConfigWhitelistObjectsGetResultItem as ConfigWhitelistObjectsGetResultItem,
    )
    from .config_whitelist.config_whitelist_receiver_domain_id_get import (
        ConfigWhitelistReceiverDomainIdGetResult as ConfigWhitelistReceiverDomainIdGetResult,
    )
    from .config_whitelist.config_whitelist_receiver_id_get import (
        ConfigWhitelistReceiverIdGetResult as ConfigWhitelistReceiverIdGetResult,
    )
    from .config_whitelist.config_whitelist_receiver_regex_id_get import (
        ConfigWhitelistReceiverRegexIdGetResult as ConfigWhitelistReceiverRegexIdGetResult,
    )
    from .config_whitelist.config_whitelist_regex_id_get import (
        ConfigWhitelistRegexIdGetResult as ConfigWhitelistRegexIdGetResult,
    )
    from .nodes.nodes_clamav_database_get import (
        NodesClamavDatabaseGetResultItem as NodesClamavDatabaseGetResultItem,
    )
    from .nodes.nodes_dns_get import NodesDnsGetResult as NodesDnsGetResult
    from .nodes.nodes_node_backup_get import (
        NodesNodeBackupGetResultItem as NodesNodeBackupGetResultItem,
    )
    from .nodes.nodes_node_network_iface_get import (
        NodesNodeNetworkIfaceGetResult as NodesNodeNetworkIfaceGetResult,
    )
    from .nodes.nodes_node_tracker_get import (
        NodesNodeTrackerGetResultItem as NodesNodeTrackerGetResultItem,
    )
    from .nodes.nodes_node_tracker_id_get import (
        NodesNodeTrackerIdGetResult as NodesNodeTrackerIdGetResult,
    )
    from .nodes.nodes_spamassassin_rules_get import (
        NodesSpamassassinRulesGetResultItem as NodesSpamassassinRulesGetResultItem,
    )
    from .nodes.nodes_status_get import NodesStatusGetResult as NodesStatusGetResult
    from .nodes.nodes_syslog_get import (
        NodesSyslogGetResultItem as NodesSyslogGetResultItem,
    )
    from .nodes.nodes_termproxy_post import (
        NodesTermproxyPostResult as NodesTermproxyPostResult,
    )
    from .nodes.nodes_time_get import NodesTimeGetResult as NodesTimeGetResult
    from .nodes.nodes_vncwebsocket_get import (
        NodesVncwebsocketGetResult as NodesVncwebsocketGetResult,
    )
    from .nodes_apt.nodes_apt_get import NodesAptGetResultItem as NodesAptGetResultItem
    from .nodes_pbs.nodes_node_pbs_get import (
        NodesNodePbsGetResultItem as NodesNodePbsGetResultItem,
    )
    from .nodes_pbs.nodes_node_pbs_remote_get import (
        NodesNodePbsRemoteGetResultItem as NodesNodePbsRemoteGetResultItem,
    )
    from .nodes_pbs.nodes_node_pbs_remote_snapshot_backup_id_get import (
        NodesNodePbsRemoteSnapshotBackupIdGetResultItem as NodesNodePbsRemoteSnapshotBackupIdGetResultItem,
    )
    from .nodes_pbs.nodes_node_pbs_remote_snapshot_get import (
        NodesNodePbsRemoteSnapshotGetResultItem as NodesNodePbsRemoteSnapshotGetResultItem,
    )
    from .nodes_pbs.nodes_pbs_timer_get import (
        NodesPbsTimerGetResult as NodesPbsTimerGetResult,
    )
    from .nodes_services.nodes_node_services_service_get import (
        NodesNodeServicesServiceGetResultItem as NodesNodeServicesServiceGetResultItem,
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
    from .quarantine.quarantine_attachment_get import (
        QuarantineAttachmentGetResultItem as QuarantineAttachmentGetResultItem,
    )
    from .quarantine.quarantine_blacklist_get import (
        QuarantineBlacklistGetResultItem as QuarantineBlacklistGetResultItem,
    )
    from .quarantine.quarantine_content_get import (
        QuarantineContentGetResult as QuarantineContentGetResult,
    )
    from .quarantine.quarantine_listattachments_get import (
        QuarantineListattachmentsGetResultItem as QuarantineListattachmentsGetResultItem,
    )
    from .quarantine.quarantine_quarusers_get import (
        QuarantineQuarusersGetResultItem as QuarantineQuarusersGetResultItem,
    )
    from .quarantine.quarantine_spam_get import (
        QuarantineSpamGetResultItem as QuarantineSpamGetResultItem,
    )
    from .quarantine.quarantine_spamstatus_get import (
        QuarantineSpamstatusGetResult as QuarantineSpamstatusGetResult,
    )
    from .quarantine.quarantine_spamusers_get import (
        QuarantineSpamusersGetResultItem as QuarantineSpamusersGetResultItem,
    )
    from .quarantine.quarantine_virus_get import (
        QuarantineVirusGetResultItem as QuarantineVirusGetResultItem,
    )
    from .quarantine.quarantine_virusstatus_get import (
        QuarantineVirusstatusGetResult as QuarantineVirusstatusGetResult,
    )
    from .quarantine.quarantine_whitelist_get import (
        QuarantineWhitelistGetResultItem as QuarantineWhitelistGetResultItem,
    )
    from .statistics.statistics_contact_contact_get import (
        StatisticsContactContactGetResultItem as StatisticsContactContactGetResultItem,
    )
    from .statistics.statistics_contact_get import (
        StatisticsContactGetResultItem as StatisticsContactGetResultItem,
    )
    from .statistics.statistics_domains_get import (
        StatisticsDomainsGetResultItem as StatisticsDomainsGetResultItem,
    )
    from .statistics.statistics_mail_get import (
        StatisticsMailGetResult as StatisticsMailGetResult,
    )
    from .statistics.statistics_mailcount_get import (
        StatisticsMailcountGetResultItem as StatisticsMailcountGetResultItem,
    )
    from .statistics.statistics_maildistribution_get import (
        StatisticsMaildistributionGetResultItem as StatisticsMaildistributionGetResultItem,
    )
    from .statistics.statistics_receiver_get import (
        StatisticsReceiverGetResultItem as StatisticsReceiverGetResultItem,
    )
    from .statistics.statistics_receiver_receiver_get import (
        StatisticsReceiverReceiverGetResultItem as StatisticsReceiverReceiverGetResultItem,
    )
    from .statistics.statistics_recent_get import (
        StatisticsRecentGetResultItem as StatisticsRecentGetResultItem,
    )
    from .statistics.statistics_recentreceivers_get import (
        StatisticsRecentreceiversGetResultItem as StatisticsRecentreceiversGetResultItem,
    )
    from .statistics.statistics_rejectcount_get import (
        StatisticsRejectcountGetResultItem as StatisticsRejectcountGetResultItem,
    )
    from .statistics.statistics_sender_get import (
        StatisticsSenderGetResultItem as StatisticsSenderGetResultItem,
    )
    from .statistics.statistics_sender_sender_get import (
        StatisticsSenderSenderGetResultItem as StatisticsSenderSenderGetResultItem,
    )
    from .statistics.statistics_spamscores_get import (
        StatisticsSpamscoresGetResultItem as StatisticsSpamscoresGetResultItem,
    )
    from .statistics.statistics_virus_get import (
        StatisticsVirusGetResultItem as StatisticsVirusGetResultItem,
    )
    from .version.version_get import VersionGetResult as VersionGetResult

_INDEX: dict[str, str] = {
    "AccessGetResultItem": "access.access_get",
    "AccessTicketPostResult": "access.access_ticket_post",
    "AccessUsersGetResultItem": "access.access_users_get",
    "ConfigClusterNodesGetResultItem": "config_cluster.config_cluster_nodes_get",
    "ConfigClusterNodesPostResultItem": "config_cluster.config_cluster_nodes_post",
    "ConfigClusterStatusGetResultItem": "config_cluster.config_cluster_status_get",
    "ConfigCustomscoresGetResultItem": "config.config_customscores_get",
    "ConfigCustomscoresNameGetResult": "config.config_customscores_name_get",
    "ConfigDkimDomainsDomainGetResult": "config_dkim.config_dkim_domains_domain_get",
    "ConfigDkimDomainsGetResultItem": "config_dkim.config_dkim_domains_get",
    "ConfigDkimGetResultItem": "config_dkim.config_dkim_get",
    "ConfigDkimSelectorGetResult": "config_dkim.config_dkim_selector_get",
    "ConfigDkimSelectorsGetResultItem": "config_dkim.config_dkim_selectors_get",
    "ConfigDomainsDomainGetResult": "config.config_domains_domain_get",
    "ConfigDomainsGetResultItem": "config.config_domains_get",
    "ConfigFetchmailGetResultItem": "config.config_fetchmail_get",
    "ConfigFetchmailIdGetResult": "config.config_fetchmail_id_get",
    "ConfigGetResultItem": "config.config_get",
    "ConfigLdapGetResultItem": "config_ldap.config_ldap_get",
    "ConfigLdapProfileGetResultItem": "config_ldap.config_ldap_profile_get",
    "ConfigLdapProfileGroupsGetResultItem": "config_ldap.config_ldap_profile_groups_get",
    "ConfigLdapProfileGroupsGidGetResultItem": "config_ldap.config_ldap_profile_groups_gid_get",
    "ConfigLdapProfileUsersEmailGetResultItem": "config_ldap.config_ldap_profile_users_email_get",
    "ConfigLdapProfileUsersGetResultItem": "config_ldap.config_ldap_profile_users_get",
    "ConfigMimetypesGetResultItem": "config.config_mimetypes_get",
    "ConfigMynetworksCidrGetResult": "config.config_mynetworks_cidr_get",
    "ConfigMynetworksGetResultItem": "config.config_mynetworks_get",
    "ConfigPbsGetResultItem": "config.config_pbs_get",
    "ConfigRuledbActionBccIdGetResult": "config_ruledb_action.config_ruledb_action_bcc_id_get",
    "ConfigRuledbActionDisclaimerIdGetResult": "config_ruledb_action.config_ruledb_action_disclaimer_id_get",
    "ConfigRuledbActionFieldIdGetResult": "config_ruledb_action.config_ruledb_action_field_id_get",
    "ConfigRuledbActionGetResultItem": "config_ruledb_action.config_ruledb_action_get",
    "ConfigRuledbActionNotificationIdGetResult": "config_ruledb_action.config_ruledb_action_notification_id_get",
    "ConfigRuledbActionObjectsGetResultItem": "config_ruledb_action.config_ruledb_action_objects_get",
    "ConfigRuledbActionRemoveattachmentsIdGetResult": "config_ruledb_action.config_ruledb_action_removeattachments_id_get",
    "ConfigRuledbRulesConfigGetResult": "config_ruledb_rules.config_ruledb_rules_config_get",
    "ConfigRuledbRulesGetResultItem": "config_ruledb_rules.config_ruledb_rules_get",
    "ConfigRuledbRulesIdActionGetResultItem": "config_ruledb_rules.config_ruledb_rules_id_action_get",
    "ConfigRuledbRulesIdFromGetResultItem": "config_ruledb_rules.config_ruledb_rules_id_from_get",
    "ConfigRuledbRulesIdGetResultItem": "config_ruledb_rules.config_ruledb_rules_id_get",
    "ConfigRuledbRulesIdToGetResultItem": "config_ruledb_rules.config_ruledb_rules_id_to_get",
    "ConfigRuledbRulesIdWhatGetResultItem": "config_ruledb_rules.config_ruledb_rules_id_what_get",
    "ConfigRuledbRulesIdWhenGetResultItem": "config_ruledb_rules.config_ruledb_rules_id_when_get",
    "ConfigRuledbWhatConfigGetResult": "config_ruledb_what.config_ruledb_what_config_get",
    "ConfigRuledbWhatGetResultItem": "config_ruledb_what.config_ruledb_what_get",
    "ConfigRuledbWhatOgroupArchivefilenamefilterIdGetResult": "config_ruledb_what.config_ruledb_what_ogroup_archivefilenamefilter_id_get",
    "ConfigRuledbWhatOgroupArchivefilterIdGetResult": "config_ruledb_what.config_ruledb_what_ogroup_archivefilter_id_get",
    "ConfigRuledbWhatOgroupContenttypeIdGetResult": "config_ruledb_what.config_ruledb_what_ogroup_contenttype_id_get",
    "ConfigRuledbWhatOgroupFilenamefilterIdGetResult": "config_ruledb_what.config_ruledb_what_ogroup_filenamefilter_id_get",
    "ConfigRuledbWhatOgroupGetResultItem": "config_ruledb_what.config_ruledb_what_ogroup_get",
    "ConfigRuledbWhatOgroupMatchfieldIdGetResult": "config_ruledb_what.config_ruledb_what_ogroup_matchfield_id_get",
    "ConfigRuledbWhatOgroupObjectsGetResultItem": "config_ruledb_what.config_ruledb_what_ogroup_objects_get",
    "ConfigRuledbWhatOgroupSpamfilterIdGetResult": "config_ruledb_what.config_ruledb_what_ogroup_spamfilter_id_get",
    "ConfigRuledbWhatOgroupVirusfilterIdGetResult": "config_ruledb_what.config_ruledb_what_ogroup_virusfilter_id_get",
    "ConfigRuledbWhenConfigGetResult": "config_ruledb_when.config_ruledb_when_config_get",
    "ConfigRuledbWhenGetResultItem": "config_ruledb_when.config_ruledb_when_get",
    "ConfigRuledbWhenOgroupGetResultItem": "config_ruledb_when.config_ruledb_when_ogroup_get",
    "ConfigRuledbWhenOgroupObjectsGetResultItem": "config_ruledb_when.config_ruledb_when_ogroup_objects_get",
    "ConfigRuledbWhenOgroupTimeframeIdGetResult": "config_ruledb_when.config_ruledb_when_ogroup_timeframe_id_get",
    "ConfigRuledbWhoConfigGetResult": "config_ruledb_who.config_ruledb_who_config_get",
    "ConfigRuledbWhoGetResultItem": "config_ruledb_who.config_ruledb_who_get",
    "ConfigRuledbWhoOgroupDomainIdGetResult": "config_ruledb_who.config_ruledb_who_ogroup_domain_id_get",
    "ConfigRuledbWhoOgroupEmailIdGetResult": "config_ruledb_who.config_ruledb_who_ogroup_email_id_get",
    "ConfigRuledbWhoOgroupGetResultItem": "config_ruledb_who.config_ruledb_who_ogroup_get",
    "ConfigRuledbWhoOgroupIpIdGetResult": "config_ruledb_who.config_ruledb_who_ogroup_ip_id_get",
    "ConfigRuledbWhoOgroupLdapIdGetResult": "config_ruledb_who.config_ruledb_who_ogroup_ldap_id_get",
    "ConfigRuledbWhoOgroupLdapuserIdGetResult": "config_ruledb_who.config_ruledb_who_ogroup_ldapuser_id_get",
    "ConfigRuledbWhoOgroupNetworkIdGetResult": "config_ruledb_who.config_ruledb_who_ogroup_network_id_get",
    "ConfigRuledbWhoOgroupObjectsGetResultItem": "config_ruledb_who.config_ruledb_who_ogroup_objects_get",
    "ConfigRuledbWhoOgroupRegexIdGetResult": "config_ruledb_who.config_ruledb_who_ogroup_regex_id_get",
    "ConfigTlspolicyDestinationGetResult": "config.config_tlspolicy_destination_get",
    "ConfigTlspolicyGetResultItem": "config.config_tlspolicy_get",
    "ConfigTransportDomainGetResult": "config.config_transport_domain_get",
    "ConfigTransportGetResultItem": "config.config_transport_get",
    "ConfigWhitelistDomainIdGetResult": "config_whitelist.config_whitelist_domain_id_get",
    "ConfigWhitelistEmailIdGetResult": "config_whitelist.config_whitelist_email_id_get",
    "ConfigWhitelistGetResultItem": "config_whitelist.config_whitelist_get",
    "ConfigWhitelistIpIdGetResult": "config_whitelist.config_whitelist_ip_id_get",
    "ConfigWhitelistNetworkIdGetResult": "config_whitelist.config_whitelist_network_id_get",
    "ConfigWhitelistObjectsGetResultItem": "config_whitelist.config_whitelist_objects_get",
    "ConfigWhitelistReceiverDomainIdGetResult": "config_whitelist.config_whitelist_receiver_domain_id_get",
    "ConfigWhitelistReceiverIdGetResult": "config_whitelist.config_whitelist_receiver_id_get",
    "ConfigWhitelistReceiverRegexIdGetResult": "config_whitelist.config_whitelist_receiver_regex_id_get",
    "ConfigWhitelistRegexIdGetResult": "config_whitelist.config_whitelist_regex_id_get",
    "NodesAptGetResultItem": "nodes_apt.nodes_apt_get",
    "NodesClamavDatabaseGetResultItem": "nodes.nodes_clamav_database_get",
    "NodesDnsGetResult": "nodes.nodes_dns_get",
    "NodesNodeBackupGetResultItem": "nodes.nodes_node_backup_get",
    "NodesNodeNetworkIfaceGetResult": "nodes.nodes_node_network_iface_get",
    "NodesNodePbsGetResultItem": "nodes_pbs.nodes_node_pbs_get",
    "NodesNodePbsRemoteGetResultItem": "nodes_pbs.nodes_node_pbs_remote_get",
    "NodesNodePbsRemoteSnapshotBackupIdGetResultItem": "nodes_pbs.nodes_node_pbs_remote_snapshot_backup_id_get",
    "NodesNodePbsRemoteSnapshotGetResultItem": "nodes_pbs.nodes_node_pbs_remote_snapshot_get",
    "NodesNodeServicesServiceGetResultItem": "nodes_services.nodes_node_services_service_get",
    "NodesNodeTasksGetResultItem": "nodes_tasks.nodes_node_tasks_get",
    "NodesNodeTrackerGetResultItem": "nodes.nodes_node_tracker_get",
    "NodesNodeTrackerIdGetResult": "nodes.nodes_node_tracker_id_get",
    "NodesPbsTimerGetResult": "nodes_pbs.nodes_pbs_timer_get",
    "NodesSpamassassinRulesGetResultItem": "nodes.nodes_spamassassin_rules_get",
    "NodesStatusGetResult": "nodes.nodes_status_get",
    "NodesSyslogGetResultItem": "nodes.nodes_syslog_get",
    "NodesTasksLogGetResultItem": "nodes_tasks.nodes_tasks_log_get",
    "NodesTasksStatusGetResult": "nodes_tasks.nodes_tasks_status_get",
    "NodesTermproxyPostResult": "nodes.nodes_termproxy_post",
    "NodesTimeGetResult": "nodes.nodes_time_get",
    "NodesVncwebsocketGetResult": "nodes.nodes_vncwebsocket_get",
    "QuarantineAttachmentGetResultItem": "quarantine.quarantine_attachment_get",
    "QuarantineBlacklistGetResultItem": "quarantine.quarantine_blacklist_get",
    "QuarantineContentGetResult": "quarantine.quarantine_content_get",
    "QuarantineListattachmentsGetResultItem": "quarantine.quarantine_listattachments_get",
    "QuarantineQuarusersGetResultItem": "quarantine.quarantine_quarusers_get",
    "QuarantineSpamGetResultItem": "quarantine.quarantine_spam_get",
    "QuarantineSpamstatusGetResult": "quarantine.quarantine_spamstatus_get",
    "QuarantineSpamusersGetResultItem": "quarantine.quarantine_spamusers_get",
    "QuarantineVirusGetResultItem": "quarantine.quarantine_virus_get",
    "QuarantineVirusstatusGetResult": "quarantine.quarantine_virusstatus_get",
    "QuarantineWhitelistGetResultItem": "quarantine.quarantine_whitelist_get",
    "StatisticsContactContactGetResultItem": "statistics.statistics_contact_contact_get",
    "StatisticsContactGetResultItem": "statistics.statistics_contact_get",
    "StatisticsDomainsGetResultItem": "statistics.statistics_domains_get",
    "StatisticsMailGetResult": "statistics.statistics_mail_get",
    "StatisticsMailcountGetResultItem": "statistics.statistics_mailcount_get",
    "StatisticsMaildistributionGetResultItem": "statistics.statistics_maildistribution_get",
    "StatisticsReceiverGetResultItem": "statistics.statistics_receiver_get",
    "StatisticsReceiverReceiverGetResultItem": "statistics.statistics_receiver_receiver_get",
    "StatisticsRecentGetResultItem": "statistics.statistics_recent_get",
    "StatisticsRecentreceiversGetResultItem": "statistics.statistics_recentreceivers_get",
    "StatisticsRejectcountGetResultItem": "statistics.statistics_rejectcount_get",
    "StatisticsSenderGetResultItem": "statistics.statistics_sender_get",
    "StatisticsSenderSenderGetResultItem": "statistics.statistics_sender_sender_get",
    "StatisticsSpamscoresGetResultItem": "statistics.statistics_spamscores_get",
    "StatisticsVirusGetResultItem": "statistics.statistics_virus_get",
    "VersionGetResult": "version.version_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
