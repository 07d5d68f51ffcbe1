# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_lxc_firewall`` (async): one class per API path, one method per operation."""

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
    from ..models.nodes_lxc_firewall.nodes_lxc_firewall_log_get import (
        NodesLxcFirewallLogGetResultItem,
    )
    from ..models.nodes_lxc_firewall.nodes_lxc_firewall_options_get import (
        NodesLxcFirewallOptionsGetResult,
    )
    from ..models.nodes_lxc_firewall.nodes_lxc_firewall_refs_get import (
        NodesLxcFirewallRefsGetResultItem,
    )
    from ..models.nodes_lxc_firewall.nodes_node_lxc_vmid_firewall_aliases_get import (
        NodesNodeLxcVmidFirewallAliasesGetResultItem,
    )
    from ..models.nodes_lxc_firewall.nodes_node_lxc_vmid_firewall_ipset_get import (
        NodesNodeLxcVmidFirewallIpsetGetResultItem,
    )
    from ..models.nodes_lxc_firewall.nodes_node_lxc_vmid_firewall_ipset_name_get import (
        NodesNodeLxcVmidFirewallIpsetNameGetResultItem,
    )
    from ..models.nodes_lxc_firewall.nodes_node_lxc_vmid_firewall_rules_get import (
        NodesNodeLxcVmidFirewallRulesGetResultItem,
    )
    from ..models.nodes_lxc_firewall.nodes_node_lxc_vmid_firewall_rules_pos_get import (
        NodesNodeLxcVmidFirewallRulesPosGetResult,
    )

_R0: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/lxc/{vmid}/firewall"
)
_R1: Returns[list[NodesNodeLxcVmidFirewallAliasesGetResultItem]] = Returns(
    "list[NodesNodeLxcVmidFirewallAliasesGetResultItem]",
    "GET /nodes/{node}/lxc/{vmid}/firewall/aliases",
    "models.nodes_lxc_firewall.nodes_node_lxc_vmid_firewall_aliases_get",
)
_R2: Returns[None] = Returns("None", "POST /nodes/{node}/lxc/{vmid}/firewall/aliases")
_R3: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /nodes/{node}/lxc/{vmid}/firewall/aliases/{name}"
)
_R4: Returns[None] = Returns("None", "PUT /nodes/{node}/lxc/{vmid}/firewall/aliases/{name}")
_R5: Returns[None] = Returns("None", "DELETE /nodes/{node}/lxc/{vmid}/firewall/aliases/{name}")
_R6: Returns[list[NodesNodeLxcVmidFirewallIpsetGetResultItem]] = Returns(
    "list[NodesNodeLxcVmidFirewallIpsetGetResultItem]",
    "GET /nodes/{node}/lxc/{vmid}/firewall/ipset",
    "models.nodes_lxc_firewall.nodes_node_lxc_vmid_firewall_ipset_get",
)
_R7: Returns[None] = Returns("None", "POST /nodes/{node}/lxc/{vmid}/firewall/ipset")
_R8: Returns[list[NodesNodeLxcVmidFirewallIpsetNameGetResultItem]] = Returns(
    "list[NodesNodeLxcVmidFirewallIpsetNameGetResultItem]",
    "GET /nodes/{node}/lxc/{vmid}/firewall/ipset/{name}",
    "models.nodes_lxc_firewall.nodes_node_lxc_vmid_firewall_ipset_name_get",
)
_R9: Returns[None] = Returns("None", "POST /nodes/{node}/lxc/{vmid}/firewall/ipset/{name}")
_R10: Returns[None] = Returns("None", "DELETE /nodes/{node}/lxc/{vmid}/firewall/ipset/{name}")
_R11: Returns[dict[str, Any]] = Returns(
    "dict[str, Any]", "GET /nodes/{node}/lxc/{vmid}/firewall/ipset/{name}/{cidr}"
)
_R12: Returns[None] = Returns("None", "PUT /nodes/{node}/lxc/{vmid}/firewall/ipset/{name}/{cidr}")
_R13: Returns[None] = Returns(
    "None", "DELETE /nodes/{node}/lxc/{vmid}/firewall/ipset/{name}/{cidr}"
)
_R14: Returns[list[NodesLxcFirewallLogGetResultItem]] = Returns(
    "list[NodesLxcFirewallLogGetResultItem]",
    "GET /nodes/{node}/lxc/{vmid}/firewall/log",
    "models.nodes_lxc_firewall.nodes_lxc_firewall_log_get",
)
_R15: Returns[NodesLxcFirewallOptionsGetResult] = Returns(
    "NodesLxcFirewallOptionsGetResult",
    "GET /nodes/{node}/lxc/{vmid}/firewall/options",
    "models.nodes_lxc_firewall.nodes_lxc_firewall_options_get",
)
_R16: Returns[None] = Returns("None", "PUT /nodes/{node}/lxc/{vmid}/firewall/options")
_R17: Returns[list[NodesLxcFirewallRefsGetResultItem]] = Returns(
    "list[NodesLxcFirewallRefsGetResultItem]",
    "GET /nodes/{node}/lxc/{vmid}/firewall/refs",
    "models.nodes_lxc_firewall.nodes_lxc_firewall_refs_get",
)
_R18: Returns[list[NodesNodeLxcVmidFirewallRulesGetResultItem]] = Returns(
    "list[NodesNodeLxcVmidFirewallRulesGetResultItem]",
    "GET /nodes/{node}/lxc/{vmid}/firewall/rules",
    "models.nodes_lxc_firewall.nodes_node_lxc_vmid_firewall_rules_get",
)
_R19: Returns[None] = Returns("None", "POST /nodes/{node}/lxc/{vmid}/firewall/rules")
_R20: Returns[NodesNodeLxcVmidFirewallRulesPosGetResult] = Returns(
    "NodesNodeLxcVmidFirewallRulesPosGetResult",
    "GET /nodes/{node}/lxc/{vmid}/firewall/rules/{pos}",
    "models.nodes_lxc_firewall.nodes_node_lxc_vmid_firewall_rules_pos_get",
)
_R21: Returns[None] = Returns("None", "PUT /nodes/{node}/lxc/{vmid}/firewall/rules/{pos}")
_R22: Returns[None] = Returns("None", "DELETE /nodes/{node}/lxc/{vmid}/firewall/rules/{pos}")


class NodesNodeLxcVmidFirewall(AsyncPath):
    """``/nodes/{node}/lxc/{vmid}/firewall`` (firewall)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def aliases(self) -> NodesNodeLxcVmidFirewallAliases:
        """List aliases"""
        return NodesNodeLxcVmidFirewallAliases(self._client, self._path + "/aliases")

    @property
    def ipset(self) -> NodesNodeLxcVmidFirewallIpset:
        """List IPSets"""
        return NodesNodeLxcVmidFirewallIpset(self._client, self._path + "/ipset")

    @property
    def log(self) -> NodesNodeLxcVmidFirewallLog:
        """Read firewall log"""
        return NodesNodeLxcVmidFirewallLog(self._client, self._path + "/log")

    @property
    def options(self) -> NodesNodeLxcVmidFirewallOptions:
        """Get VM firewall options."""
        return NodesNodeLxcVmidFirewallOptions(self._client, self._path + "/options")

    @property
    def refs(self) -> NodesNodeLxcVmidFirewallRefs:
        """Lists possible IPSet/Alias reference which are allowed in source/dest properties."""
        return NodesNodeLxcVmidFirewallRefs(self._client, self._path + "/refs")

    @property
    def rules(self) -> NodesNodeLxcVmidFirewallRules:
        """List rules."""
        return NodesNodeLxcVmidFirewallRules(self._client, self._path + "/rules")

    async def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/firewall`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class NodesNodeLxcVmidFirewallAliases(AsyncPath):
    """``/nodes/{node}/lxc/{vmid}/firewall/aliases`` (aliases)

    ``GET``: List aliases
    ``POST``: Create IP or Network Alias."""

    __slots__ = ()

    def name(self, name: str) -> NodesNodeLxcVmidFirewallAliasesName:
        """Alias name."""
        return NodesNodeLxcVmidFirewallAliasesName(self._client, self._path + "/" + _segment(name))

    async def get(self) -> list[NodesNodeLxcVmidFirewallAliasesGetResultItem]:
        """List aliases

        Returns:
            ``list[NodesNodeLxcVmidFirewallAliasesGetResultItem]``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/firewall/aliases`` (``get_aliases``)."""
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
            Check: ``[perm, /vms/{vmid}, [VM.Config.Network]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/firewall/aliases`` (``create_alias``)."""
        params = {
            "cidr": _checked("IPorCIDR", "cidr", cidr),
            "name": name,
            "comment": comment,
        }
        return await self._client._call("POST", self._path, params, _R2)


class NodesNodeLxcVmidFirewallAliasesName(AsyncPath):
    """``/nodes/{node}/lxc/{vmid}/firewall/aliases/{name}`` ({name})

    ``GET``: Read alias.
    ``PUT``: Update IP or Network alias.
    ``DELETE``: Remove IP or Network alias."""

    __slots__ = ()

    async def get(self) -> dict[str, Any]:
        """Read alias.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/firewall/aliases/{name}`` (``read_alias``)."""
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
            Check: ``[perm, /vms/{vmid}, [VM.Config.Network]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/lxc/{vmid}/firewall/aliases/{name}`` (``update_alias``)."""
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
            Check: ``[perm, /vms/{vmid}, [VM.Config.Network]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/lxc/{vmid}/firewall/aliases/{name}`` (``remove_alias``)."""
        params = {
            "digest": digest,
        }
        return await self._client._call("DELETE", self._path, params, _R5)


class NodesNodeLxcVmidFirewallIpset(AsyncPath):
    """``/nodes/{node}/lxc/{vmid}/firewall/ipset`` (ipset)

    ``GET``: List IPSets
    ``POST``: Create new IPSet"""

    __slots__ = ()

    def name(self, name: str) -> NodesNodeLxcVmidFirewallIpsetName:
        """IP set name."""
        return NodesNodeLxcVmidFirewallIpsetName(self._client, self._path + "/" + _segment(name))

    async def get(self) -> list[NodesNodeLxcVmidFirewallIpsetGetResultItem]:
        """List IPSets

        Returns:
            ``list[NodesNodeLxcVmidFirewallIpsetGetResultItem]``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/firewall/ipset`` (``ipset_index``)."""
        return await self._client._call("GET", self._path, {}, _R6)

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
            Check: ``[perm, /vms/{vmid}, [VM.Config.Network]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/firewall/ipset`` (``create_ipset``)."""
        params = {
            "name": name,
            "comment": comment,
            "digest": digest,
            "rename": rename,
        }
        return await self._client._call("POST", self._path, params, _R7)


class NodesNodeLxcVmidFirewallIpsetName(AsyncPath):
    """``/nodes/{node}/lxc/{vmid}/firewall/ipset/{name}`` ({name})

    ``GET``: List IPSet content
    ``POST``: Add IP or Network to IPSet.
    ``DELETE``: Delete IPSet"""

    __slots__ = ()

    def cidr(self, cidr: str) -> NodesNodeLxcVmidFirewallIpsetNameCidr:
        """Network/IP specification in CIDR format."""
        return NodesNodeLxcVmidFirewallIpsetNameCidr(
            self._client, self._path + "/" + _segment(cidr)
        )

    async def get(self) -> list[NodesNodeLxcVmidFirewallIpsetNameGetResultItem]:
        """List IPSet content

        Returns:
            ``list[NodesNodeLxcVmidFirewallIpsetNameGetResultItem]``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/firewall/ipset/{name}`` (``get_ipset``)."""
        return await self._client._call("GET", self._path, {}, _R8)

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
            Check: ``[perm, /vms/{vmid}, [VM.Config.Network]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/firewall/ipset/{name}`` (``create_ip``)."""
        params = {
            "cidr": _checked("IPorCIDRorAlias", "cidr", cidr),
            "comment": comment,
            "nomatch": nomatch,
        }
        return await self._client._call("POST", self._path, params, _R9)

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
            Check: ``[perm, /vms/{vmid}, [VM.Config.Network]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/lxc/{vmid}/firewall/ipset/{name}`` (``delete_ipset``)."""
        params = {
            "force": force,
        }
        return await self._client._call("DELETE", self._path, params, _R10)


class NodesNodeLxcVmidFirewallIpsetNameCidr(AsyncPath):
    """``/nodes/{node}/lxc/{vmid}/firewall/ipset/{name}/{cidr}`` ({cidr})

    ``GET``: Read IP or Network settings from IPSet.
    ``PUT``: Update IP or Network settings
    ``DELETE``: Remove IP or Network from IPSet."""

    __slots__ = ()

    async def get(self) -> dict[str, Any]:
        """Read IP or Network settings from IPSet.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/firewall/ipset/{name}/{cidr}`` (``read_ip``)."""
        return await self._client._call("GET", self._path, {}, _R11)

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
            Check: ``[perm, /vms/{vmid}, [VM.Config.Network]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/lxc/{vmid}/firewall/ipset/{name}/{cidr}`` (``update_ip``)."""
        params = {
            "comment": comment,
            "digest": digest,
            "nomatch": nomatch,
        }
        return await self._client._call("PUT", self._path, params, _R12)

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
            Check: ``[perm, /vms/{vmid}, [VM.Config.Network]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/lxc/{vmid}/firewall/ipset/{name}/{cidr}`` (``remove_ip``)."""
        params = {
            "digest": digest,
        }
        return await self._client._call("DELETE", self._path, params, _R13)


class NodesNodeLxcVmidFirewallLog(AsyncPath):
    """``/nodes/{node}/lxc/{vmid}/firewall/log`` (log)

    ``GET``: Read firewall log"""

    __slots__ = ()

    async def get(
        self,
        *,
        limit: int | None = None,
        since: int | None = None,
        start: int | None = None,
        until: int | None = None,
    ) -> list[NodesLxcFirewallLogGetResultItem]:
        """Read firewall log

        Args:
            limit: (no description in the schema)
                Range: 0 to inf.
            since: Display log since this UNIX epoch.
                Range: 0 to inf.
            start: (no description in the schema)
                Range: 0 to inf.
            until: Display log until this UNIX epoch.
                Range: 0 to inf.

        Returns:
            ``list[NodesLxcFirewallLogGetResultItem]``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Console]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/firewall/log`` (``log``)."""
        params = {
            "limit": limit,
            "since": since,
            "start": start,
            "until": until,
        }
        return await self._client._call("GET", self._path, params, _R14)


class NodesNodeLxcVmidFirewallOptions(AsyncPath):
    """``/nodes/{node}/lxc/{vmid}/firewall/options`` (options)

    ``GET``: Get VM firewall options.
    ``PUT``: Set Firewall options."""

    __slots__ = ()

    async def get(self) -> NodesLxcFirewallOptionsGetResult:
        """Get VM firewall options.

        Returns:
            ``NodesLxcFirewallOptionsGetResult``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/firewall/options`` (``get_options``)."""
        return await self._client._call("GET", self._path, {}, _R15)

    async def put(
        self,
        *,
        delete: str | Sequence[str] | None = None,
        dhcp: bool | None = None,
        digest: str | None = None,
        enable: bool | None = None,
        ipfilter: bool | None = None,
        log_level_in: Literal[
            "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"
        ]
        | None = None,
        log_level_out: Literal[
            "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug", "nolog"
        ]
        | None = None,
        macfilter: bool | None = None,
        ndp: bool | None = None,
        policy_in: Literal["ACCEPT", "REJECT", "DROP"] | None = None,
        policy_out: Literal["ACCEPT", "REJECT", "DROP"] | None = None,
        radv: bool | None = None,
    ) -> None:
        """Set Firewall options.

        Args:
            delete: A list of settings you want to delete.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            dhcp: Enable DHCP.
                Default: ``0``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            enable: Enable/disable firewall rules.
                Default: ``0``.
            ipfilter: Enable default IP filters. This is equivalent to adding an empty ipfilter-net<id> ipset for every interface. Such ipsets implicitly contain sane default restrictions such as restricting IPv6 link local addresses to the one derived from the interface's MAC address. For containers the configured IP addresses will be implicitly added.
            log_level_in: Log level for incoming traffic.
            log_level_out: Log level for outgoing traffic.
            macfilter: Enable/disable MAC address filter.
                Default: ``1``.
            ndp: Enable NDP (Neighbor Discovery Protocol).
                Default: ``1``.
            policy_in: Input policy.
            policy_out: Output policy.
            radv: Allow sending Router Advertisement.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Config.Network]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/lxc/{vmid}/firewall/options`` (``set_options``)."""
        params = {
            "delete": _join(delete),
            "dhcp": dhcp,
            "digest": digest,
            "enable": enable,
            "ipfilter": ipfilter,
            "log_level_in": log_level_in,
            "log_level_out": log_level_out,
            "macfilter": macfilter,
            "ndp": ndp,
            "policy_in": policy_in,
            "policy_out": policy_out,
            "radv": radv,
        }
        return await self._client._call("PUT", self._path, params, _R16)


class NodesNodeLxcVmidFirewallRefs(AsyncPath):
    """``/nodes/{node}/lxc/{vmid}/firewall/refs`` (refs)

    ``GET``: Lists possible IPSet/Alias reference which are allowed in source/dest properties."""

    __slots__ = ()

    async def get(
        self,
        *,
        type: Literal["alias", "ipset"] | None = None,
    ) -> list[NodesLxcFirewallRefsGetResultItem]:
        """Lists possible IPSet/Alias reference which are allowed in source/dest properties.

        Args:
            type: Only list references of specified type.

        Returns:
            ``list[NodesLxcFirewallRefsGetResultItem]``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/firewall/refs`` (``refs``)."""
        params = {
            "type": type,
        }
        return await self._client._call("GET", self._path, params, _R17)


class NodesNodeLxcVmidFirewallRules(AsyncPath):
    """``/nodes/{node}/lxc/{vmid}/firewall/rules`` (rules)

    ``GET``: List rules.
    ``POST``: Create new rule."""

    __slots__ = ()

    def pos(self, pos: int) -> NodesNodeLxcVmidFirewallRulesPos:
        """Update rule at position <pos>."""
        return NodesNodeLxcVmidFirewallRulesPos(self._client, self._path + "/" + _segment(pos))

    async def get(self) -> list[NodesNodeLxcVmidFirewallRulesGetResultItem]:
        """List rules.

        Returns:
            ``list[NodesNodeLxcVmidFirewallRulesGetResultItem]``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/firewall/rules`` (``get_rules``)."""
        return await self._client._call("GET", self._path, {}, _R18)

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
            Check: ``[perm, /vms/{vmid}, [VM.Config.Network]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/lxc/{vmid}/firewall/rules`` (``create_rule``)."""
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
        return await self._client._call("POST", self._path, params, _R19)


class NodesNodeLxcVmidFirewallRulesPos(AsyncPath):
    """``/nodes/{node}/lxc/{vmid}/firewall/rules/{pos}`` ({pos})

    ``GET``: Get single rule data.
    ``PUT``: Modify rule data.
    ``DELETE``: Delete rule."""

    __slots__ = ()

    async def get(self) -> NodesNodeLxcVmidFirewallRulesPosGetResult:
        """Get single rule data.

        Returns:
            ``NodesNodeLxcVmidFirewallRulesPosGetResult``

        Permissions:
            Check: ``[perm, /vms/{vmid}, [VM.Audit]]``

        Proxmox: ``GET /nodes/{node}/lxc/{vmid}/firewall/rules/{pos}`` (``get_rule``)."""
        return await self._client._call("GET", self._path, {}, _R20)

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
            Check: ``[perm, /vms/{vmid}, [VM.Config.Network]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/lxc/{vmid}/firewall/rules/{pos}`` (``update_rule``)."""
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
        return await self._client._call("PUT", self._path, params, _R21)

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
            Check: ``[perm, /vms/{vmid}, [VM.Config.Network]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/lxc/{vmid}/firewall/rules/{pos}`` (``delete_rule``)."""
        params = {
            "digest": digest,
        }
        return await self._client._call("DELETE", self._path, params, _R22)
