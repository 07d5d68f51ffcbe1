# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``cluster_firewall`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import join as _join
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.cluster_firewall.cluster_firewall_aliases_get import (
        ClusterFirewallAliasesGetResultItem,
    )
    from ..models.cluster_firewall.cluster_firewall_groups_get import (
        ClusterFirewallGroupsGetResultItem,
    )
    from ..models.cluster_firewall.cluster_firewall_groups_group_get import (
        ClusterFirewallGroupsGroupGetResultItem,
    )
    from ..models.cluster_firewall.cluster_firewall_groups_group_pos_get import (
        ClusterFirewallGroupsGroupPosGetResult,
    )
    from ..models.cluster_firewall.cluster_firewall_ipset_get import (
        ClusterFirewallIpsetGetResultItem,
    )
    from ..models.cluster_firewall.cluster_firewall_ipset_name_get import (
        ClusterFirewallIpsetNameGetResultItem,
    )
    from ..models.cluster_firewall.cluster_firewall_macros_get import (
        ClusterFirewallMacrosGetResultItem,
    )
    from ..models.cluster_firewall.cluster_firewall_options_get import (
        ClusterFirewallOptionsGetResult,
    )
    from ..models.cluster_firewall.cluster_firewall_refs_get import (
        ClusterFirewallRefsGetResultItem,
    )
    from ..models.cluster_firewall.cluster_firewall_rules_get import (
        ClusterFirewallRulesGetResultItem,
    )
    from ..models.cluster_firewall.cluster_firewall_rules_pos_get import (
        ClusterFirewallRulesPosGetResult,
    )
    from ..propstr.log_ratelimit import LogRatelimit

_R0: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /cluster/firewall")
_R1: Returns[list[ClusterFirewallAliasesGetResultItem]] = Returns(
    "list[ClusterFirewallAliasesGetResultItem]",
    "GET /cluster/firewall/aliases",
    "models.cluster_firewall.cluster_firewall_aliases_get",
)
_R2: Returns[None] = Returns("None", "POST /cluster/firewall/aliases")
_R3: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/firewall/aliases/{name}")
_R4: Returns[None] = Returns("None", "PUT /cluster/firewall/aliases/{name}")
_R5: Returns[None] = Returns("None", "DELETE /cluster/firewall/aliases/{name}")
_R6: Returns[list[ClusterFirewallGroupsGetResultItem]] = Returns(
    "list[ClusterFirewallGroupsGetResultItem]",
    "GET /cluster/firewall/groups",
    "models.cluster_firewall.cluster_firewall_groups_get",
)
_R7: Returns[None] = Returns("None", "POST /cluster/firewall/groups")
_R8: Returns[list[ClusterFirewallGroupsGroupGetResultItem]] = Returns(
    "list[ClusterFirewallGroupsGroupGetResultItem]",
    "GET /cluster/firewall/groups/{group}",
    "models.cluster_firewall.cluster_firewall_groups_group_get",
)
_R9: Returns[None] = Returns("None", "POST /cluster/firewall/groups/{group}")
_R10: Returns[None] = Returns("None", "DELETE /cluster/firewall/groups/{group}")
_R11: Returns[ClusterFirewallGroupsGroupPosGetResult] = Returns(
    "ClusterFirewallGroupsGroupPosGetResult",
    "GET /cluster/firewall/groups/{group}/{pos}",
    "models.cluster_firewall.cluster_firewall_groups_group_pos_get",
)
_R12: Returns[None] = Returns("None", "PUT /cluster/firewall/groups/{group}/{pos}")
_R13: Returns[None] = Returns("None", "DELETE /cluster/firewall/groups/{group}/{pos}")
_R14: Returns[list[ClusterFirewallIpsetGetResultItem]] = Returns(
    "list[ClusterFirewallIpsetGetResultItem]",
    "GET /cluster/firewall/ipset",
    "models.cluster_firewall.cluster_firewall_ipset_get",
)
_R15: Returns[None] = Returns("None", "POST /cluster/firewall/ipset")
_R16: Returns[list[ClusterFirewallIpsetNameGetResultItem]] = Returns(
    "list[ClusterFirewallIpsetNameGetResultItem]",
    "GET /cluster/firewall/ipset/{name}",
    "models.cluster_firewall.cluster_firewall_ipset_name_get",
)
_R17: Returns[None] = Returns("None", "POST /cluster/firewall/ipset/{name}")
_R18: Returns[None] = Returns("None", "DELETE /cluster/firewall/ipset/{name}")
_R19: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /cluster/firewall/ipset/{name}/{cidr}"
)
_R20: Returns[None] = Returns("None", "PUT /cluster/firewall/ipset/{name}/{cidr}")
_R21: Returns[None] = Returns("None", "DELETE /cluster/firewall/ipset/{name}/{cidr}")
_R22: Returns[list[ClusterFirewallMacrosGetResultItem]] = Returns(
    "list[ClusterFirewallMacrosGetResultItem]",
    "GET /cluster/firewall/macros",
    "models.cluster_firewall.cluster_firewall_macros_get",
)
_R23: Returns[ClusterFirewallOptionsGetResult] = Returns(
    "ClusterFirewallOptionsGetResult",
    "GET /cluster/firewall/options",
    "models.cluster_firewall.cluster_firewall_options_get",
)
_R24: Returns[None] = Returns("None", "PUT /cluster/firewall/options")
_R25: Returns[list[ClusterFirewallRefsGetResultItem]] = Returns(
    "list[ClusterFirewallRefsGetResultItem]",
    "GET /cluster/firewall/refs",
    "models.cluster_firewall.cluster_firewall_refs_get",
)
_R26: Returns[list[ClusterFirewallRulesGetResultItem]] = Returns(
    "list[ClusterFirewallRulesGetResultItem]",
    "GET /cluster/firewall/rules",
    "models.cluster_firewall.cluster_firewall_rules_get",
)
_R27: Returns[None] = Returns("None", "POST /cluster/firewall/rules")
_R28: Returns[ClusterFirewallRulesPosGetResult] = Returns(
    "ClusterFirewallRulesPosGetResult",
    "GET /cluster/firewall/rules/{pos}",
    "models.cluster_firewall.cluster_firewall_rules_pos_get",
)
_R29: Returns[None] = Returns("None", "PUT /cluster/firewall/rules/{pos}")
_R30: Returns[None] = Returns("None", "DELETE /cluster/firewall/rules/{pos}")


class ClusterFirewall(AsyncPath):
    """``/cluster/firewall`` (firewall)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def aliases(self) -> ClusterFirewallAliases:
        """List aliases"""
        return ClusterFirewallAliases(self._client, self._path + "/aliases")

    @property
    def groups(self) -> ClusterFirewallGroups:
        """List security groups."""
        return ClusterFirewallGroups(self._client, self._path + "/groups")

    @property
    def ipset(self) -> ClusterFirewallIpset:
        """List IPSets"""
        return ClusterFirewallIpset(self._client, self._path + "/ipset")

    @property
    def macros(self) -> ClusterFirewallMacros:
        """List available macros"""
        return ClusterFirewallMacros(self._client, self._path + "/macros")

    @property
    def options(self) -> ClusterFirewallOptions:
        """Get Firewall options."""
        return ClusterFirewallOptions(self._client, self._path + "/options")

    @property
    def refs(self) -> ClusterFirewallRefs:
        """Lists possible IPSet/Alias reference which are allowed in source/dest properties."""
        return ClusterFirewallRefs(self._client, self._path + "/refs")

    @property
    def rules(self) -> ClusterFirewallRules:
        """List rules."""
        return ClusterFirewallRules(self._client, self._path + "/rules")

    async def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /cluster/firewall`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class ClusterFirewallAliases(AsyncPath):
    """``/cluster/firewall/aliases`` (aliases)

    ``GET``: List aliases
    ``POST``: Create IP or Network Alias."""

    __slots__ = ()

    def name(self, name: str) -> ClusterFirewallAliasesName:
        """Alias name."""
        return ClusterFirewallAliasesName(self._client, self._path + "/" + _segment(name))

    async def get(self) -> list[ClusterFirewallAliasesGetResultItem]:
        """List aliases

        Returns:
            ``list[ClusterFirewallAliasesGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/firewall/aliases`` (``get_aliases``)."""
        return await self._client._call("GET", self._path, {}, _R1)

    async def post(
        self,
        *,
        cidr: str,
        name: str,
        comment: str | None = None,
    ) -> None:
        """Create IP or Network Alias.

        Args:
            cidr: Network/IP specification in CIDR format.
                Format: ``IPorCIDR``.
            name: Alias name.
                Length: 2 to 64.
                Pattern: ``^[A-Za-z][A-Za-z0-9\\-\\_]+$``.
            comment: (no description in the schema)

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/firewall/aliases`` (``create_alias``)."""
        params = {
            "cidr": _checked("IPorCIDR", "cidr", cidr),
            "name": name,
            "comment": comment,
        }
        return await self._client._call("POST", self._path, params, _R2)


class ClusterFirewallAliasesName(AsyncPath):
    """``/cluster/firewall/aliases/{name}`` ({name})

    ``GET``: Read alias.
    ``PUT``: Update IP or Network alias.
    ``DELETE``: Remove IP or Network alias."""

    __slots__ = ()

    async def get(self) -> dict[str, Any]:
        """Read alias.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/firewall/aliases/{name}`` (``read_alias``)."""
        return await self._client._call("GET", self._path, {}, _R3)

    async def put(
        self,
        *,
        cidr: str,
        comment: str | None = None,
        digest: str | None = None,
        rename: str | None = None,
    ) -> None:
        """Update IP or Network alias.

        Args:
            cidr: Network/IP specification in CIDR format.
                Format: ``IPorCIDR``.
            comment: (no description in the schema)
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            rename: Rename an existing alias.
                Length: 2 to 64.
                Pattern: ``^[A-Za-z][A-Za-z0-9\\-\\_]+$``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/firewall/aliases/{name}`` (``update_alias``)."""
        params = {
            "cidr": _checked("IPorCIDR", "cidr", cidr),
            "comment": comment,
            "digest": digest,
            "rename": rename,
        }
        return await self._client._call("PUT", self._path, params, _R4)

    async def delete(
        self,
        *,
        digest: str | None = None,
    ) -> None:
        """Remove IP or Network alias.

        Args:
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/firewall/aliases/{name}`` (``remove_alias``)."""
        params = {
            "digest": digest,
        }
        return await self._client._call("DELETE", self._path, params, _R5)


class ClusterFirewallGroups(AsyncPath):
    """``/cluster/firewall/groups`` (groups)

    ``GET``: List security groups.
    ``POST``: Create new security group."""

    __slots__ = ()

    def group(self, group: str) -> ClusterFirewallGroupsGroup:
        """Security Group name."""
        return ClusterFirewallGroupsGroup(self._client, self._path + "/" + _segment(group))

    async def get(self) -> list[ClusterFirewallGroupsGetResultItem]:
        """List security groups.

        Returns:
            ``list[ClusterFirewallGroupsGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /cluster/firewall/groups`` (``list_security_groups``)."""
        return await self._client._call("GET", self._path, {}, _R6)

    async def post(
        self,
        *,
        group: str,
        comment: str | None = None,
        digest: str | None = None,
        rename: str | None = None,
    ) -> None:
        """Create new security group.

        Args:
            group: Security Group name.
                Length: 2 to 18.
                Pattern: ``^[A-Za-z][A-Za-z0-9\\-\\_]+$``.
            comment: (no description in the schema)
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            rename: Rename/update an existing security group. You can set 'rename' to the same value as 'name' to update the 'comment' of an existing group.
                Length: 2 to 18.
                Pattern: ``^[A-Za-z][A-Za-z0-9\\-\\_]+$``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/firewall/groups`` (``create_security_group``)."""
        params = {
            "group": group,
            "comment": comment,
            "digest": digest,
            "rename": rename,
        }
        return await self._client._call("POST", self._path, params, _R7)


class ClusterFirewallGroupsGroup(AsyncPath):
    """``/cluster/firewall/groups/{group}`` ({group})

    ``GET``: List rules.
    ``POST``: Create new rule.
    ``DELETE``: Delete security group."""

    __slots__ = ()

    def pos(self, pos: int) -> ClusterFirewallGroupsGroupPos:
        """Update rule at position <pos>."""
        return ClusterFirewallGroupsGroupPos(self._client, self._path + "/" + _segment(pos))

    async def get(self) -> list[ClusterFirewallGroupsGroupGetResultItem]:
        """List rules.

        Returns:
            ``list[ClusterFirewallGroupsGroupGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/firewall/groups/{group}`` (``get_rules``)."""
        return await self._client._call("GET", self._path, {}, _R8)

    async def post(
        self,
        *,
        action: str,
        type: Literal["in", "out", "forward", "group"],
        comment: str | None = None,
        dest: str | None = None,
        digest: str | None = None,
        dport: str | None = None,
        enable: int | None = None,
        icmp_type: str | None = None,
        iface: str | None = None,
        log: Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | None = None,
        macro: str | None = None,
        pos: int | None = None,
        proto: str | None = None,
        source: str | None = None,
        sport: str | None = None,
    ) -> None:
        """Create new rule.

        Args:
            action: Rule action ('ACCEPT', 'DROP', 'REJECT') or security group name.
                Length: 2 to 20.
                Pattern: ``^[A-Za-z][A-Za-z0-9\\-\\_]+$``.
            type: Rule type.
            comment: Descriptive comment.
            dest: Restrict packet destination address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            dport: Restrict TCP/UDP destination port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Format: ``pve-fw-dport-spec``.
            enable: Flag to enable/disable a rule.
                Range: 0 to inf.
            icmp_type: Specify icmp-type. Only valid if proto equals 'icmp' or 'icmpv6'/'ipv6-icmp'.
                Format: ``pve-fw-icmp-type-spec``.
            iface: Network interface name. You have to use network configuration key names for VMs and containers ('net\\d+'). Host related rules can use arbitrary strings.
                Length: 2 to 20.
                Format: ``pve-iface``.
            log: Log level for firewall rule.
            macro: Use predefined standard macro.
                Length: 0 to 128.
            pos: Update rule at position <pos>.
                Range: 0 to inf.
            proto: IP protocol. You can use protocol names ('tcp'/'udp') or simple numbers, as defined in '/etc/protocols'.
                Format: ``pve-fw-protocol-spec``.
            source: Restrict packet source address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            sport: Restrict TCP/UDP source port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Format: ``pve-fw-sport-spec``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/firewall/groups/{group}`` (``create_rule``)."""
        params = {
            "action": action,
            "type": type,
            "comment": comment,
            "dest": dest,
            "digest": digest,
            "dport": dport,
            "enable": enable,
            "icmp-type": _checked("pve-fw-icmp-type-spec", "icmp-type", icmp_type),
            "iface": iface,
            "log": log,
            "macro": macro,
            "pos": pos,
            "proto": proto,
            "source": source,
            "sport": sport,
        }
        return await self._client._call("POST", self._path, params, _R9)

    async def delete(self) -> None:
        """Delete security group.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/firewall/groups/{group}`` (``delete_security_group``)."""
        return await self._client._call("DELETE", self._path, {}, _R10)


class ClusterFirewallGroupsGroupPos(AsyncPath):
    """``/cluster/firewall/groups/{group}/{pos}`` ({pos})

    ``GET``: Get single rule data.
    ``PUT``: Modify rule data.
    ``DELETE``: Delete rule."""

    __slots__ = ()

    async def get(self) -> ClusterFirewallGroupsGroupPosGetResult:
        """Get single rule data.

        Returns:
            ``ClusterFirewallGroupsGroupPosGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/firewall/groups/{group}/{pos}`` (``get_rule``)."""
        return await self._client._call("GET", self._path, {}, _R11)

    async def put(
        self,
        *,
        action: str | None = None,
        comment: str | None = None,
        delete: str | Sequence[str] | None = None,
        dest: str | None = None,
        digest: str | None = None,
        dport: str | None = None,
        enable: int | None = None,
        icmp_type: str | None = None,
        iface: str | None = None,
        log: Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | None = None,
        macro: str | None = None,
        moveto: int | None = None,
        proto: str | None = None,
        source: str | None = None,
        sport: str | None = None,
        type: Literal["in", "out", "forward", "group"] | None = None,
    ) -> None:
        """Modify rule data.

        Args:
            action: Rule action ('ACCEPT', 'DROP', 'REJECT') or security group name.
                Length: 2 to 20.
                Pattern: ``^[A-Za-z][A-Za-z0-9\\-\\_]+$``.
            comment: Descriptive comment.
            delete: A list of settings you want to delete.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            dest: Restrict packet destination address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            dport: Restrict TCP/UDP destination port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Format: ``pve-fw-dport-spec``.
            enable: Flag to enable/disable a rule.
                Range: 0 to inf.
            icmp_type: Specify icmp-type. Only valid if proto equals 'icmp' or 'icmpv6'/'ipv6-icmp'.
                Format: ``pve-fw-icmp-type-spec``.
            iface: Network interface name. You have to use network configuration key names for VMs and containers ('net\\d+'). Host related rules can use arbitrary strings.
                Length: 2 to 20.
                Format: ``pve-iface``.
            log: Log level for firewall rule.
            macro: Use predefined standard macro.
                Length: 0 to 128.
            moveto: Move rule to new position <moveto>. Other arguments are ignored.
                Range: 0 to inf.
            proto: IP protocol. You can use protocol names ('tcp'/'udp') or simple numbers, as defined in '/etc/protocols'.
                Format: ``pve-fw-protocol-spec``.
            source: Restrict packet source address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            sport: Restrict TCP/UDP source port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Format: ``pve-fw-sport-spec``.
            type: Rule type.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/firewall/groups/{group}/{pos}`` (``update_rule``)."""
        params = {
            "action": action,
            "comment": comment,
            "delete": _join(delete),
            "dest": dest,
            "digest": digest,
            "dport": dport,
            "enable": enable,
            "icmp-type": _checked("pve-fw-icmp-type-spec", "icmp-type", icmp_type),
            "iface": iface,
            "log": log,
            "macro": macro,
            "moveto": moveto,
            "proto": proto,
            "source": source,
            "sport": sport,
            "type": type,
        }
        return await self._client._call("PUT", self._path, params, _R12)

    async def delete(
        self,
        *,
        digest: str | None = None,
    ) -> None:
        """Delete rule.

        Args:
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/firewall/groups/{group}/{pos}`` (``delete_rule``)."""
        params = {
            "digest": digest,
        }
        return await self._client._call("DELETE", self._path, params, _R13)


class ClusterFirewallIpset(AsyncPath):
    """``/cluster/firewall/ipset`` (ipset)

    ``GET``: List IPSets
    ``POST``: Create new IPSet"""

    __slots__ = ()

    def name(self, name: str) -> ClusterFirewallIpsetName:
        """IP set name."""
        return ClusterFirewallIpsetName(self._client, self._path + "/" + _segment(name))

    async def get(self) -> list[ClusterFirewallIpsetGetResultItem]:
        """List IPSets

        Returns:
            ``list[ClusterFirewallIpsetGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/firewall/ipset`` (``ipset_index``)."""
        return await self._client._call("GET", self._path, {}, _R14)

    async def post(
        self,
        *,
        name: str,
        comment: str | None = None,
        digest: str | None = None,
        rename: str | None = None,
    ) -> None:
        """Create new IPSet

        Args:
            name: IP set name.
                Length: 2 to 64.
                Pattern: ``^[A-Za-z][A-Za-z0-9\\-\\_]+$``.
            comment: (no description in the schema)
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            rename: Rename an existing IPSet. You can set 'rename' to the same value as 'name' to update the 'comment' of an existing IPSet.
                Length: 2 to 64.
                Pattern: ``^[A-Za-z][A-Za-z0-9\\-\\_]+$``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/firewall/ipset`` (``create_ipset``)."""
        params = {
            "name": name,
            "comment": comment,
            "digest": digest,
            "rename": rename,
        }
        return await self._client._call("POST", self._path, params, _R15)


class ClusterFirewallIpsetName(AsyncPath):
    """``/cluster/firewall/ipset/{name}`` ({name})

    ``GET``: List IPSet content
    ``POST``: Add IP or Network to IPSet.
    ``DELETE``: Delete IPSet"""

    __slots__ = ()

    def cidr(self, cidr: str) -> ClusterFirewallIpsetNameCidr:
        """Network/IP specification in CIDR format."""
        return ClusterFirewallIpsetNameCidr(self._client, self._path + "/" + _segment(cidr))

    async def get(self) -> list[ClusterFirewallIpsetNameGetResultItem]:
        """List IPSet content

        Returns:
            ``list[ClusterFirewallIpsetNameGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/firewall/ipset/{name}`` (``get_ipset``)."""
        return await self._client._call("GET", self._path, {}, _R16)

    async def post(
        self,
        *,
        cidr: str,
        comment: str | None = None,
        nomatch: bool | None = None,
    ) -> None:
        """Add IP or Network to IPSet.

        Args:
            cidr: Network/IP specification in CIDR format.
                Format: ``IPorCIDRorAlias``.
            comment: (no description in the schema)
            nomatch: (no description in the schema)

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/firewall/ipset/{name}`` (``create_ip``)."""
        params = {
            "cidr": _checked("IPorCIDRorAlias", "cidr", cidr),
            "comment": comment,
            "nomatch": nomatch,
        }
        return await self._client._call("POST", self._path, params, _R17)

    async def delete(
        self,
        *,
        force: bool | None = None,
    ) -> None:
        """Delete IPSet

        Args:
            force: Delete all members of the IPSet, if there are any.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/firewall/ipset/{name}`` (``delete_ipset``)."""
        params = {
            "force": force,
        }
        return await self._client._call("DELETE", self._path, params, _R18)


class ClusterFirewallIpsetNameCidr(AsyncPath):
    """``/cluster/firewall/ipset/{name}/{cidr}`` ({cidr})

    ``GET``: Read IP or Network settings from IPSet.
    ``PUT``: Update IP or Network settings
    ``DELETE``: Remove IP or Network from IPSet."""

    __slots__ = ()

    async def get(self) -> dict[str, Any]:
        """Read IP or Network settings from IPSet.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /cluster/firewall/ipset/{name}/{cidr}`` (``read_ip``)."""
        return await self._client._call("GET", self._path, {}, _R19)

    async def put(
        self,
        *,
        comment: str | None = None,
        digest: str | None = None,
        nomatch: bool | None = None,
    ) -> None:
        """Update IP or Network settings

        Args:
            comment: (no description in the schema)
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            nomatch: (no description in the schema)

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/firewall/ipset/{name}/{cidr}`` (``update_ip``)."""
        params = {
            "comment": comment,
            "digest": digest,
            "nomatch": nomatch,
        }
        return await self._client._call("PUT", self._path, params, _R20)

    async def delete(
        self,
        *,
        digest: str | None = None,
    ) -> None:
        """Remove IP or Network from IPSet.

        Args:
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/firewall/ipset/{name}/{cidr}`` (``remove_ip``)."""
        params = {
            "digest": digest,
        }
        return await self._client._call("DELETE", self._path, params, _R21)


class ClusterFirewallMacros(AsyncPath):
    """``/cluster/firewall/macros`` (macros)

    ``GET``: List available macros"""

    __slots__ = ()

    async def get(self) -> list[ClusterFirewallMacrosGetResultItem]:
        """List available macros

        Returns:
            ``list[ClusterFirewallMacrosGetResultItem]``

        Permissions:
            User: all

        Proxmox: ``GET /cluster/firewall/macros`` (``get_macros``)."""
        return await self._client._call("GET", self._path, {}, _R22)


class ClusterFirewallOptions(AsyncPath):
    """``/cluster/firewall/options`` (options)

    ``GET``: Get Firewall options.
    ``PUT``: Set Firewall options."""

    __slots__ = ()

    async def get(self) -> ClusterFirewallOptionsGetResult:
        """Get Firewall options.

        Returns:
            ``ClusterFirewallOptionsGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/firewall/options`` (``get_options``)."""
        return await self._client._call("GET", self._path, {}, _R23)

    async def put(
        self,
        *,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        ebtables: bool | None = None,
        enable: int | None = None,
        log_ratelimit: LogRatelimit | str | None = None,
        policy_forward: Literal["ACCEPT", "DROP"] | None = None,
        policy_in: Literal["ACCEPT", "REJECT", "DROP"] | None = None,
        policy_out: Literal["ACCEPT", "REJECT", "DROP"] | None = None,
    ) -> None:
        """Set Firewall options.

        Args:
            delete: A list of settings you want to delete.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            ebtables: Enable ebtables rules cluster wide.
                Default: ``1``.
            enable: Enable or disable the firewall cluster wide.
                Range: 0 to inf.
                Default: ``0``.
            log_ratelimit: Log ratelimiting settings
                Syntax: ``[enable=]<1|0> [,burst=<integer>] [,rate=<rate>]``.
            policy_forward: Forward policy.
                Proxmox VE: New in 8.3.
            policy_in: Input policy.
            policy_out: Output policy.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/firewall/options`` (``set_options``)."""
        params = {
            "delete": _join(delete),
            "digest": digest,
            "ebtables": ebtables,
            "enable": enable,
            "log_ratelimit": log_ratelimit,
            "policy_forward": policy_forward,
            "policy_in": policy_in,
            "policy_out": policy_out,
        }
        return await self._client._call("PUT", self._path, params, _R24)


class ClusterFirewallRefs(AsyncPath):
    """``/cluster/firewall/refs`` (refs)

    ``GET``: Lists possible IPSet/Alias reference which are allowed in source/dest properties."""

    __slots__ = ()

    async def get(
        self,
        *,
        type: Literal["alias", "ipset"] | None = None,
    ) -> list[ClusterFirewallRefsGetResultItem]:
        """Lists possible IPSet/Alias reference which are allowed in source/dest properties.

        Args:
            type: Only list references of specified type.

        Returns:
            ``list[ClusterFirewallRefsGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/firewall/refs`` (``refs``)."""
        params = {
            "type": type,
        }
        return await self._client._call("GET", self._path, params, _R25)


class ClusterFirewallRules(AsyncPath):
    """``/cluster/firewall/rules`` (rules)

    ``GET``: List rules.
    ``POST``: Create new rule."""

    __slots__ = ()

    def pos(self, pos: int) -> ClusterFirewallRulesPos:
        """Update rule at position <pos>."""
        return ClusterFirewallRulesPos(self._client, self._path + "/" + _segment(pos))

    async def get(self) -> list[ClusterFirewallRulesGetResultItem]:
        """List rules.

        Returns:
            ``list[ClusterFirewallRulesGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/firewall/rules`` (``get_rules``)."""
        return await self._client._call("GET", self._path, {}, _R26)

    async def post(
        self,
        *,
        action: str,
        type: Literal["in", "out", "forward", "group"],
        comment: str | None = None,
        dest: str | None = None,
        digest: str | None = None,
        dport: str | None = None,
        enable: int | None = None,
        icmp_type: str | None = None,
        iface: str | None = None,
        log: Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | None = None,
        macro: str | None = None,
        pos: int | None = None,
        proto: str | None = None,
        source: str | None = None,
        sport: str | None = None,
    ) -> None:
        """Create new rule.

        Args:
            action: Rule action ('ACCEPT', 'DROP', 'REJECT') or security group name.
                Length: 2 to 20.
                Pattern: ``^[A-Za-z][A-Za-z0-9\\-\\_]+$``.
            type: Rule type.
            comment: Descriptive comment.
            dest: Restrict packet destination address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            dport: Restrict TCP/UDP destination port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Format: ``pve-fw-dport-spec``.
            enable: Flag to enable/disable a rule.
                Range: 0 to inf.
            icmp_type: Specify icmp-type. Only valid if proto equals 'icmp' or 'icmpv6'/'ipv6-icmp'.
                Format: ``pve-fw-icmp-type-spec``.
            iface: Network interface name. You have to use network configuration key names for VMs and containers ('net\\d+'). Host related rules can use arbitrary strings.
                Length: 2 to 20.
                Format: ``pve-iface``.
            log: Log level for firewall rule.
            macro: Use predefined standard macro.
                Length: 0 to 128.
            pos: Update rule at position <pos>.
                Range: 0 to inf.
            proto: IP protocol. You can use protocol names ('tcp'/'udp') or simple numbers, as defined in '/etc/protocols'.
                Format: ``pve-fw-protocol-spec``.
            source: Restrict packet source address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            sport: Restrict TCP/UDP source port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Format: ``pve-fw-sport-spec``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/firewall/rules`` (``create_rule``)."""
        params = {
            "action": action,
            "type": type,
            "comment": comment,
            "dest": dest,
            "digest": digest,
            "dport": dport,
            "enable": enable,
            "icmp-type": _checked("pve-fw-icmp-type-spec", "icmp-type", icmp_type),
            "iface": iface,
            "log": log,
            "macro": macro,
            "pos": pos,
            "proto": proto,
            "source": source,
            "sport": sport,
        }
        return await self._client._call("POST", self._path, params, _R27)


class ClusterFirewallRulesPos(AsyncPath):
    """``/cluster/firewall/rules/{pos}`` ({pos})

    ``GET``: Get single rule data.
    ``PUT``: Modify rule data.
    ``DELETE``: Delete rule."""

    __slots__ = ()

    async def get(self) -> ClusterFirewallRulesPosGetResult:
        """Get single rule data.

        Returns:
            ``ClusterFirewallRulesPosGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/firewall/rules/{pos}`` (``get_rule``)."""
        return await self._client._call("GET", self._path, {}, _R28)

    async def put(
        self,
        *,
        action: str | None = None,
        comment: str | None = None,
        delete: str | Sequence[str] | None = None,
        dest: str | None = None,
        digest: str | None = None,
        dport: str | None = None,
        enable: int | None = None,
        icmp_type: str | None = None,
        iface: str | None = None,
        log: Literal["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"]
        | None = None,
        macro: str | None = None,
        moveto: int | None = None,
        proto: str | None = None,
        source: str | None = None,
        sport: str | None = None,
        type: Literal["in", "out", "forward", "group"] | None = None,
    ) -> None:
        """Modify rule data.

        Args:
            action: Rule action ('ACCEPT', 'DROP', 'REJECT') or security group name.
                Length: 2 to 20.
                Pattern: ``^[A-Za-z][A-Za-z0-9\\-\\_]+$``.
            comment: Descriptive comment.
            delete: A list of settings you want to delete.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            dest: Restrict packet destination address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            dport: Restrict TCP/UDP destination port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Format: ``pve-fw-dport-spec``.
            enable: Flag to enable/disable a rule.
                Range: 0 to inf.
            icmp_type: Specify icmp-type. Only valid if proto equals 'icmp' or 'icmpv6'/'ipv6-icmp'.
                Format: ``pve-fw-icmp-type-spec``.
            iface: Network interface name. You have to use network configuration key names for VMs and containers ('net\\d+'). Host related rules can use arbitrary strings.
                Length: 2 to 20.
                Format: ``pve-iface``.
            log: Log level for firewall rule.
            macro: Use predefined standard macro.
                Length: 0 to 128.
            moveto: Move rule to new position <moveto>. Other arguments are ignored.
                Range: 0 to inf.
            proto: IP protocol. You can use protocol names ('tcp'/'udp') or simple numbers, as defined in '/etc/protocols'.
                Format: ``pve-fw-protocol-spec``.
            source: Restrict packet source address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
                Length: 0 to 512.
                Format: ``pve-fw-addr-spec``.
            sport: Restrict TCP/UDP source port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\\d+:\\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
                Format: ``pve-fw-sport-spec``.
            type: Rule type.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/firewall/rules/{pos}`` (``update_rule``)."""
        params = {
            "action": action,
            "comment": comment,
            "delete": _join(delete),
            "dest": dest,
            "digest": digest,
            "dport": dport,
            "enable": enable,
            "icmp-type": _checked("pve-fw-icmp-type-spec", "icmp-type", icmp_type),
            "iface": iface,
            "log": log,
            "macro": macro,
            "moveto": moveto,
            "proto": proto,
            "source": source,
            "sport": sport,
            "type": type,
        }
        return await self._client._call("PUT", self._path, params, _R29)

    async def delete(
        self,
        *,
        digest: str | None = None,
    ) -> None:
        """Delete rule.

        Args:
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/firewall/rules/{pos}`` (``delete_rule``)."""
        params = {
            "digest": digest,
        }
        return await self._client._call("DELETE", self._path, params, _R30)
