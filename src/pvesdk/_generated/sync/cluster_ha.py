# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``cluster_ha`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import join as _join
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.cluster_ha.cluster_ha_get import ClusterHaGetResultItem
    from ..models.cluster_ha.cluster_ha_groups_get import ClusterHaGroupsGetResultItem
    from ..models.cluster_ha.cluster_ha_resources_get import (
        ClusterHaResourcesGetResultItem,
    )
    from ..models.cluster_ha.cluster_ha_resources_migrate_post import (
        ClusterHaResourcesMigratePostResult,
    )
    from ..models.cluster_ha.cluster_ha_resources_relocate_post import (
        ClusterHaResourcesRelocatePostResult,
    )
    from ..models.cluster_ha.cluster_ha_resources_sid_get import (
        ClusterHaResourcesSidGetResult,
    )
    from ..models.cluster_ha.cluster_ha_rules_get import ClusterHaRulesGetResultItem
    from ..models.cluster_ha.cluster_ha_rules_rule_get import (
        ClusterHaRulesRuleGetResult,
    )
    from ..models.cluster_ha.cluster_ha_status_current_get import (
        ClusterHaStatusCurrentGetResultItem,
    )

_R0: Returns[list[ClusterHaGetResultItem]] = Returns(
    "list[ClusterHaGetResultItem]", "GET /cluster/ha", "models.cluster_ha.cluster_ha_get"
)
_R1: Returns[list[ClusterHaGroupsGetResultItem]] = Returns(
    "list[ClusterHaGroupsGetResultItem]",
    "GET /cluster/ha/groups",
    "models.cluster_ha.cluster_ha_groups_get",
)
_R2: Returns[None] = Returns("None", "POST /cluster/ha/groups")
_R3: Returns[Any] = Returns("Any", "GET /cluster/ha/groups/{group}")
_R4: Returns[None] = Returns("None", "PUT /cluster/ha/groups/{group}")
_R5: Returns[None] = Returns("None", "DELETE /cluster/ha/groups/{group}")
_R6: Returns[list[ClusterHaResourcesGetResultItem]] = Returns(
    "list[ClusterHaResourcesGetResultItem]",
    "GET /cluster/ha/resources",
    "models.cluster_ha.cluster_ha_resources_get",
)
_R7: Returns[None] = Returns("None", "POST /cluster/ha/resources")
_R8: Returns[ClusterHaResourcesSidGetResult] = Returns(
    "ClusterHaResourcesSidGetResult",
    "GET /cluster/ha/resources/{sid}",
    "models.cluster_ha.cluster_ha_resources_sid_get",
)
_R9: Returns[None] = Returns("None", "PUT /cluster/ha/resources/{sid}")
_R10: Returns[None] = Returns("None", "DELETE /cluster/ha/resources/{sid}")
_R11: Returns[ClusterHaResourcesMigratePostResult] = Returns(
    "ClusterHaResourcesMigratePostResult",
    "POST /cluster/ha/resources/{sid}/migrate",
    "models.cluster_ha.cluster_ha_resources_migrate_post",
)
_R12: Returns[ClusterHaResourcesRelocatePostResult] = Returns(
    "ClusterHaResourcesRelocatePostResult",
    "POST /cluster/ha/resources/{sid}/relocate",
    "models.cluster_ha.cluster_ha_resources_relocate_post",
)
_R13: Returns[list[ClusterHaRulesGetResultItem]] = Returns(
    "list[ClusterHaRulesGetResultItem]",
    "GET /cluster/ha/rules",
    "models.cluster_ha.cluster_ha_rules_get",
)
_R14: Returns[None] = Returns("None", "POST /cluster/ha/rules")
_R15: Returns[ClusterHaRulesRuleGetResult] = Returns(
    "ClusterHaRulesRuleGetResult",
    "GET /cluster/ha/rules/{rule}",
    "models.cluster_ha.cluster_ha_rules_rule_get",
)
_R16: Returns[None] = Returns("None", "PUT /cluster/ha/rules/{rule}")
_R17: Returns[None] = Returns("None", "DELETE /cluster/ha/rules/{rule}")
_R18: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /cluster/ha/status")
_R19: Returns[None] = Returns("None", "POST /cluster/ha/status/arm-ha")
_R20: Returns[list[ClusterHaStatusCurrentGetResultItem]] = Returns(
    "list[ClusterHaStatusCurrentGetResultItem]",
    "GET /cluster/ha/status/current",
    "models.cluster_ha.cluster_ha_status_current_get",
)
_R21: Returns[None] = Returns("None", "POST /cluster/ha/status/disarm-ha")
_R22: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/ha/status/manager_status")


class ClusterHa(SyncPath):
    """``/cluster/ha`` (ha)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def groups(self) -> ClusterHaGroups:
        """Get HA groups. (deprecated in favor of HA rules)"""
        return ClusterHaGroups(self._client, self._path + "/groups")

    @property
    def resources(self) -> ClusterHaResources:
        """List HA resources."""
        return ClusterHaResources(self._client, self._path + "/resources")

    @property
    def rules(self) -> ClusterHaRules:
        """Get HA rules."""
        return ClusterHaRules(self._client, self._path + "/rules")

    @property
    def status(self) -> ClusterHaStatus:
        """Directory index."""
        return ClusterHaStatus(self._client, self._path + "/status")

    def get(self) -> list[ClusterHaGetResultItem]:
        """Directory index.

        Returns:
            ``list[ClusterHaGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/ha`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)


class ClusterHaGroups(SyncPath):
    """``/cluster/ha/groups`` (groups)

    ``GET``: Get HA groups. (deprecated in favor of HA rules)
    ``POST``: Create a new HA group. (deprecated in favor of HA rules)"""

    __slots__ = ()

    def group(self, group: str) -> ClusterHaGroupsGroup:
        """The HA group identifier."""
        return ClusterHaGroupsGroup(self._client, self._path + "/" + _segment(group))

    def get(self) -> list[ClusterHaGroupsGetResultItem]:
        """Get HA groups. (deprecated in favor of HA rules)

        Returns:
            ``list[ClusterHaGroupsGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/ha/groups`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R1)

    def post(
        self,
        *,
        group: str,
        nodes: str | Sequence[str],
        comment: str | None = None,
        nofailback: bool | None = None,
        restricted: bool | None = None,
        type: Literal["group"] | None = None,
    ) -> None:
        """Create a new HA group. (deprecated in favor of HA rules)

        Args:
            group: The HA group identifier.
                Format: ``pve-configid``.
            nodes: List of cluster node names with optional priority.
                Format: ``pve-ha-node-list``.
                Syntax: ``<node>[:<pri>]{,<node>[:<pri>]}*``.
            comment: Description.
                Length: 0 to 4096.
            nofailback: The CRM tries to run services on the node with the highest priority. If a node with higher priority comes online, the CRM migrates the service to that node. Enabling nofailback prevents that behavior.
                Default: ``0``.
            restricted: Resources bound to restricted groups may only run on nodes defined by the group.
                Default: ``0``.
            type: Group type.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Console]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/ha/groups`` (``create``)."""
        params = {
            "group": group,
            "nodes": _join(nodes),
            "comment": comment,
            "nofailback": nofailback,
            "restricted": restricted,
            "type": type,
        }
        return self._client._call("POST", self._path, params, _R2)


class ClusterHaGroupsGroup(SyncPath):
    """``/cluster/ha/groups/{group}`` ({group})

    ``GET``: Read ha group configuration. (deprecated in favor of HA rules)
    ``PUT``: Update ha group configuration. (deprecated in favor of HA rules)
    ``DELETE``: Delete ha group configuration. (deprecated in favor of HA rules)"""

    __slots__ = ()

    def get(self) -> Any:
        """Read ha group configuration. (deprecated in favor of HA rules)

        Returns:
            ``Any``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/ha/groups/{group}`` (``read``)."""
        return self._client._call("GET", self._path, {}, _R3)

    def put(
        self,
        *,
        comment: str | None = None,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        nodes: str | Sequence[str] | None = None,
        nofailback: bool | None = None,
        restricted: bool | None = None,
    ) -> None:
        """Update ha group configuration. (deprecated in favor of HA rules)

        Args:
            comment: Description.
                Length: 0 to 4096.
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            nodes: List of cluster node names with optional priority.
                Format: ``pve-ha-node-list``.
                Syntax: ``<node>[:<pri>]{,<node>[:<pri>]}*``.
            nofailback: The CRM tries to run services on the node with the highest priority. If a node with higher priority comes online, the CRM migrates the service to that node. Enabling nofailback prevents that behavior.
                Default: ``0``.
            restricted: Resources bound to restricted groups may only run on nodes defined by the group.
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Console]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/ha/groups/{group}`` (``update``)."""
        params = {
            "comment": comment,
            "delete": _join(delete),
            "digest": digest,
            "nodes": _join(nodes),
            "nofailback": nofailback,
            "restricted": restricted,
        }
        return self._client._call("PUT", self._path, params, _R4)

    def delete(self) -> None:
        """Delete ha group configuration. (deprecated in favor of HA rules)

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Console]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/ha/groups/{group}`` (``delete``)."""
        return self._client._call("DELETE", self._path, {}, _R5)


class ClusterHaResources(SyncPath):
    """``/cluster/ha/resources`` (resources)

    ``GET``: List HA resources.
    ``POST``: Create a new HA resource."""

    __slots__ = ()

    def sid(self, sid: str) -> ClusterHaResourcesSid:
        """HA resource ID. This consists of a resource type followed by a resource specific name, separated with colon (example: vm:100 / ct:100). For virtual machines and containers, you can simply use the VM or CT id as a shortcut (example: 100)."""
        return ClusterHaResourcesSid(self._client, self._path + "/" + _segment(sid))

    def get(
        self,
        *,
        type: Literal["ct", "vm"] | None = None,
    ) -> list[ClusterHaResourcesGetResultItem]:
        """List HA resources.

        Args:
            type: Only list resources of specific type

        Returns:
            ``list[ClusterHaResourcesGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/ha/resources`` (``index``)."""
        params = {
            "type": type,
        }
        return self._client._call("GET", self._path, params, _R6)

    def post(
        self,
        *,
        sid: str,
        auto_rebalance: bool | None = None,
        comment: str | None = None,
        failback: bool | None = None,
        group: str | None = None,
        max_relocate: int | None = None,
        max_restart: int | None = None,
        state: Literal["started", "stopped", "enabled", "disabled", "ignored"] | None = None,
        type: Literal["ct", "vm"] | None = None,
    ) -> None:
        """Create a new HA resource.

        Args:
            sid: HA resource ID. This consists of a resource type followed by a resource specific name, separated with colon (example: vm:100 / ct:100). For virtual machines and containers, you can simply use the VM or CT id as a shortcut (example: 100).
                Format: ``pve-ha-resource-or-vm-id``.
            auto_rebalance: HA resource may be migrated during automatic rebalancing
                Proxmox VE: New in 9.2.
                Default: ``1``.
            comment: Description.
                Length: 0 to 4096.
            failback: Automatically migrate HA resource to the node with the highest priority according to their node affinity  rules, if a node with a higher priority than the current node comes online.
                Proxmox VE: New in 9.0.
                Default: ``1``.
            group: The HA group identifier.
                Format: ``pve-configid``.
            max_relocate: Maximal number of resource relocate tries when a resource fails to start.
                Range: 0 to inf.
                Default: ``1``.
            max_restart: Maximal number of tries to restart the resource on a node after its start failed. When reached, the HA manager will try to relocate the resource to an eligible node.
                Range: 0 to inf.
                Default: ``1``.
            state: Requested resource state.
                Default: ``started``.
            type: Resource type.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Console]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/ha/resources`` (``create``)."""
        params = {
            "sid": sid,
            "auto-rebalance": auto_rebalance,
            "comment": comment,
            "failback": failback,
            "group": group,
            "max_relocate": max_relocate,
            "max_restart": max_restart,
            "state": state,
            "type": type,
        }
        return self._client._call("POST", self._path, params, _R7)


class ClusterHaResourcesSid(SyncPath):
    """``/cluster/ha/resources/{sid}`` ({sid})

    ``GET``: Read resource configuration.
    ``PUT``: Update resource configuration.
    ``DELETE``: Delete resource configuration."""

    __slots__ = ()

    @property
    def migrate(self) -> ClusterHaResourcesSidMigrate:
        """Request resource migration (online) to another node."""
        return ClusterHaResourcesSidMigrate(self._client, self._path + "/migrate")

    @property
    def relocate(self) -> ClusterHaResourcesSidRelocate:
        """Request resource relocation to another node. This stops the service on the old node, and restarts it on the target node."""
        return ClusterHaResourcesSidRelocate(self._client, self._path + "/relocate")

    def get(self) -> ClusterHaResourcesSidGetResult:
        """Read resource configuration.

        Returns:
            ``ClusterHaResourcesSidGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/ha/resources/{sid}`` (``read``)."""
        return self._client._call("GET", self._path, {}, _R8)

    def put(
        self,
        *,
        auto_rebalance: bool | None = None,
        comment: str | None = None,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        failback: bool | None = None,
        group: str | None = None,
        max_relocate: int | None = None,
        max_restart: int | None = None,
        state: Literal["started", "stopped", "enabled", "disabled", "ignored"] | None = None,
    ) -> None:
        """Update resource configuration.

        Args:
            auto_rebalance: HA resource may be migrated during automatic rebalancing
                Proxmox VE: New in 9.2.
                Default: ``1``.
            comment: Description.
                Length: 0 to 4096.
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            failback: Automatically migrate HA resource to the node with the highest priority according to their node affinity  rules, if a node with a higher priority than the current node comes online.
                Proxmox VE: New in 9.0.
                Default: ``1``.
            group: The HA group identifier.
                Format: ``pve-configid``.
            max_relocate: Maximal number of resource relocate tries when a resource fails to start.
                Range: 0 to inf.
                Default: ``1``.
            max_restart: Maximal number of tries to restart the resource on a node after its start failed. When reached, the HA manager will try to relocate the resource to an eligible node.
                Range: 0 to inf.
                Default: ``1``.
            state: Requested resource state.
                Default: ``started``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Console]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/ha/resources/{sid}`` (``update``)."""
        params = {
            "auto-rebalance": auto_rebalance,
            "comment": comment,
            "delete": _join(delete),
            "digest": digest,
            "failback": failback,
            "group": group,
            "max_relocate": max_relocate,
            "max_restart": max_restart,
            "state": state,
        }
        return self._client._call("PUT", self._path, params, _R9)

    def delete(
        self,
        *,
        purge: bool | None = None,
    ) -> None:
        """Delete resource configuration.

        Args:
            purge: Remove this resource from rules that reference it, deleting the rule if this resource is the only resource in the rule
                Proxmox VE: New in 9.1.
                Default: ``1``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Console]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/ha/resources/{sid}`` (``delete``)."""
        params = {
            "purge": purge,
        }
        return self._client._call("DELETE", self._path, params, _R10)


class ClusterHaResourcesSidMigrate(SyncPath):
    """``/cluster/ha/resources/{sid}/migrate`` (migrate)

    ``POST``: Request resource migration (online) to another node."""

    __slots__ = ()

    def post(
        self,
        *,
        node: str,
    ) -> ClusterHaResourcesMigratePostResult:
        """Request resource migration (online) to another node.

        Args:
            node: Target node.
                Format: ``pve-node``.

        Returns:
            ``ClusterHaResourcesMigratePostResult``

        Permissions:
            Check: ``[perm, /, [Sys.Console]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/ha/resources/{sid}/migrate`` (``migrate``)."""
        params = {
            "node": node,
        }
        return self._client._call("POST", self._path, params, _R11)


class ClusterHaResourcesSidRelocate(SyncPath):
    """``/cluster/ha/resources/{sid}/relocate`` (relocate)

    ``POST``: Request resource relocation to another node. This stops the service on the old node, and restarts it on the target node."""

    __slots__ = ()

    def post(
        self,
        *,
        node: str,
    ) -> ClusterHaResourcesRelocatePostResult:
        """Request resource relocation to another node. This stops the service on the old node, and restarts it on the target node.

        Args:
            node: Target node.
                Format: ``pve-node``.

        Returns:
            ``ClusterHaResourcesRelocatePostResult``

        Permissions:
            Check: ``[perm, /, [Sys.Console]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/ha/resources/{sid}/relocate`` (``relocate``)."""
        params = {
            "node": node,
        }
        return self._client._call("POST", self._path, params, _R12)


class ClusterHaRules(SyncPath):
    """``/cluster/ha/rules`` (rules)

    ``GET``: Get HA rules.
    ``POST``: Create HA rule."""

    __slots__ = ()

    def rule(self, rule: str) -> ClusterHaRulesRule:
        """HA rule identifier."""
        return ClusterHaRulesRule(self._client, self._path + "/" + _segment(rule))

    def get(
        self,
        *,
        resource: str | None = None,
        type: Literal["node-affinity", "resource-affinity"] | None = None,
    ) -> list[ClusterHaRulesGetResultItem]:
        """Get HA rules.

        Args:
            resource: Limit the returned list to rules affecting the specified resource.
                Proxmox VE: New in 9.0.
            type: Limit the returned list to the specified rule type.
                Proxmox VE: New in 9.0.

        Returns:
            ``list[ClusterHaRulesGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox VE: New in 9.0.

        Proxmox: ``GET /cluster/ha/rules`` (``index``)."""
        params = {
            "resource": resource,
            "type": type,
        }
        return self._client._call("GET", self._path, params, _R13)

    def post(
        self,
        *,
        resources: str | Sequence[str],
        rule: str,
        type: Literal["node-affinity", "resource-affinity"],
        affinity: Literal["positive", "negative"] | None = None,
        comment: str | None = None,
        disable: bool | None = None,
        nodes: str | Sequence[str] | None = None,
        strict: bool | None = None,
    ) -> None:
        """Create HA rule.

        Args:
            resources: List of HA resource IDs. This consists of a list of resource types followed by a resource specific name separated with a colon (example: vm:100,ct:101).
                Proxmox VE: New in 9.0.
                Format: ``pve-ha-resource-id-list``.
                Syntax: ``<type>:<name>{,<type>:<name>}*``.
            rule: HA rule identifier.
                Proxmox VE: New in 9.0.
                Format: ``pve-configid``.
            type: HA rule type.
                Proxmox VE: New in 9.0.
            affinity: Describes whether the HA resources are supposed to be kept on the same node ('positive'), or are supposed to be kept on separate nodes ('negative').
                Proxmox VE: New in 9.0.
            comment: HA rule description.
                Proxmox VE: New in 9.0.
                Length: 0 to 4096.
            disable: Whether the HA rule is disabled.
                Proxmox VE: New in 9.0.
            nodes: List of cluster node names with optional priority.
                Proxmox VE: New in 9.0.
                Format: ``pve-ha-node-list``.
                Syntax: ``<node>[:<pri>]{,<node>[:<pri>]}*``.
            strict: Describes whether the node affinity rule is strict or non-strict.
                Proxmox VE: New in 9.0.
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Console]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.0.

        Proxmox: ``POST /cluster/ha/rules`` (``create_rule``)."""
        params = {
            "resources": _join(resources),
            "rule": rule,
            "type": type,
            "affinity": affinity,
            "comment": comment,
            "disable": disable,
            "nodes": _join(nodes),
            "strict": strict,
        }
        return self._client._call("POST", self._path, params, _R14)


class ClusterHaRulesRule(SyncPath):
    """``/cluster/ha/rules/{rule}`` ({rule})

    ``GET``: Read HA rule.
    ``PUT``: Update HA rule.
    ``DELETE``: Delete HA rule."""

    __slots__ = ()

    def get(self) -> ClusterHaRulesRuleGetResult:
        """Read HA rule.

        Returns:
            ``ClusterHaRulesRuleGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox VE: New in 9.0.

        Proxmox: ``GET /cluster/ha/rules/{rule}`` (``read_rule``)."""
        return self._client._call("GET", self._path, {}, _R15)

    def put(
        self,
        *,
        type: Literal["node-affinity", "resource-affinity"],
        affinity: Literal["positive", "negative"] | None = None,
        comment: str | None = None,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        disable: bool | None = None,
        nodes: str | Sequence[str] | None = None,
        resources: str | Sequence[str] | None = None,
        strict: bool | None = None,
    ) -> None:
        """Update HA rule.

        Args:
            type: HA rule type.
                Proxmox VE: New in 9.0.
            affinity: Describes whether the HA resources are supposed to be kept on the same node ('positive'), or are supposed to be kept on separate nodes ('negative').
                Proxmox VE: New in 9.0.
            comment: HA rule description.
                Proxmox VE: New in 9.0.
                Length: 0 to 4096.
            delete: A list of settings you want to delete.
                Proxmox VE: New in 9.0.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Proxmox VE: New in 9.0.
                Length: 0 to 64.
            disable: Whether the HA rule is disabled.
                Proxmox VE: New in 9.0.
            nodes: List of cluster node names with optional priority.
                Proxmox VE: New in 9.0.
                Format: ``pve-ha-node-list``.
                Syntax: ``<node>[:<pri>]{,<node>[:<pri>]}*``.
            resources: List of HA resource IDs. This consists of a list of resource types followed by a resource specific name separated with a colon (example: vm:100,ct:101).
                Proxmox VE: New in 9.0.
                Format: ``pve-ha-resource-id-list``.
                Syntax: ``<type>:<name>{,<type>:<name>}*``.
            strict: Describes whether the node affinity rule is strict or non-strict.
                Proxmox VE: New in 9.0.
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Console]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.0.

        Proxmox: ``PUT /cluster/ha/rules/{rule}`` (``update_rule``)."""
        params = {
            "type": type,
            "affinity": affinity,
            "comment": comment,
            "delete": _join(delete),
            "digest": digest,
            "disable": disable,
            "nodes": _join(nodes),
            "resources": _join(resources),
            "strict": strict,
        }
        return self._client._call("PUT", self._path, params, _R16)

    def delete(self) -> None:
        """Delete HA rule.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Console]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.0.

        Proxmox: ``DELETE /cluster/ha/rules/{rule}`` (``delete_rule``)."""
        return self._client._call("DELETE", self._path, {}, _R17)


class ClusterHaStatus(SyncPath):
    """``/cluster/ha/status`` (status)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def arm_ha(self) -> ClusterHaStatusArmHa:
        """Request re-arming the HA stack after it was disarmed."""
        return ClusterHaStatusArmHa(self._client, self._path + "/arm-ha")

    @property
    def current(self) -> ClusterHaStatusCurrent:
        """Get HA manager status."""
        return ClusterHaStatusCurrent(self._client, self._path + "/current")

    @property
    def disarm_ha(self) -> ClusterHaStatusDisarmHa:
        """Request disarming the HA stack, releasing all watchdogs cluster-wide."""
        return ClusterHaStatusDisarmHa(self._client, self._path + "/disarm-ha")

    @property
    def manager_status(self) -> ClusterHaStatusManagerStatus:
        """Get full HA manager status, including LRM status."""
        return ClusterHaStatusManagerStatus(self._client, self._path + "/manager_status")

    def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /cluster/ha/status`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R18)


class ClusterHaStatusArmHa(SyncPath):
    """``/cluster/ha/status/arm-ha`` (arm-ha)

    ``POST``: Request re-arming the HA stack after it was disarmed."""

    __slots__ = ()

    def post(self) -> None:
        """Request re-arming the HA stack after it was disarmed.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Console]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.1.

        Proxmox: ``POST /cluster/ha/status/arm-ha`` (``arm-ha``)."""
        return self._client._call("POST", self._path, {}, _R19)


class ClusterHaStatusCurrent(SyncPath):
    """``/cluster/ha/status/current`` (current)

    ``GET``: Get HA manager status."""

    __slots__ = ()

    def get(self) -> list[ClusterHaStatusCurrentGetResultItem]:
        """Get HA manager status.

        Returns:
            ``list[ClusterHaStatusCurrentGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/ha/status/current`` (``status``)."""
        return self._client._call("GET", self._path, {}, _R20)


class ClusterHaStatusDisarmHa(SyncPath):
    """``/cluster/ha/status/disarm-ha`` (disarm-ha)

    ``POST``: Request disarming the HA stack, releasing all watchdogs cluster-wide."""

    __slots__ = ()

    def post(
        self,
        *,
        resource_mode: Literal["freeze", "ignore"],
    ) -> None:
        """Request disarming the HA stack, releasing all watchdogs cluster-wide.

        Args:
            resource_mode: Controls how HA managed resources are handled while disarmed. The current state of resources is not affected. 'freeze': new commands and state changes are not applied. 'ignore': resources are removed from HA tracking and can be managed as if they were not HA managed.
                Proxmox VE: New in 9.1.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Console]]``

        Protected: runs in the privileged daemon.

        Proxmox VE: New in 9.1.

        Proxmox: ``POST /cluster/ha/status/disarm-ha`` (``disarm-ha``)."""
        params = {
            "resource-mode": resource_mode,
        }
        return self._client._call("POST", self._path, params, _R21)


class ClusterHaStatusManagerStatus(SyncPath):
    """``/cluster/ha/status/manager_status`` (manager_status)

    ``GET``: Get full HA manager status, including LRM status."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Get full HA manager status, including LRM status.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/ha/status/manager_status`` (``manager_status``)."""
        return self._client._call("GET", self._path, {}, _R22)
