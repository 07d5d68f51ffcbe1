# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``config_ruledb`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pvesdk._runtime import Returns, SyncPath

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from . import config_ruledb_action as _config_ruledb_action
    from . import config_ruledb_rules as _config_ruledb_rules
    from . import config_ruledb_what as _config_ruledb_what
    from . import config_ruledb_when as _config_ruledb_when
    from . import config_ruledb_who as _config_ruledb_who

_R0: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /config/ruledb", package="pvesdk._generated_pmg"
)
_R1: Returns[None] = Returns("None", "POST /config/ruledb", package="pvesdk._generated_pmg")
_R2: Returns[str] = Returns("str", "GET /config/ruledb/digest", package="pvesdk._generated_pmg")


class ConfigRuledb(SyncPath):
    """``/config/ruledb`` (ruledb)

    ``GET``: Directory index.
    ``POST``: Reset PMG rule database back to factory defaults."""

    __slots__ = ()

    @property
    def digest(self) -> ConfigRuledbDigest:
        """Returns the rule database digest. This is used internally for cluster synchronization."""
        return ConfigRuledbDigest(self._client, self._path + "/digest")

    @property
    def rules(self) -> _config_ruledb_rules.ConfigRuledbRules:
        """Get list of rules."""
        from . import config_ruledb_rules as _config_ruledb_rules

        return _config_ruledb_rules.ConfigRuledbRules(self._client, self._path + "/rules")

    @property
    def action(self) -> _config_ruledb_action.ConfigRuledbAction:
        """Directory index."""
        from . import config_ruledb_action as _config_ruledb_action

        return _config_ruledb_action.ConfigRuledbAction(self._client, self._path + "/action")

    @property
    def what(self) -> _config_ruledb_what.ConfigRuledbWhat:
        """Get list of 'what' groups."""
        from . import config_ruledb_what as _config_ruledb_what

        return _config_ruledb_what.ConfigRuledbWhat(self._client, self._path + "/what")

    @property
    def when(self) -> _config_ruledb_when.ConfigRuledbWhen:
        """Get list of 'when' groups."""
        from . import config_ruledb_when as _config_ruledb_when

        return _config_ruledb_when.ConfigRuledbWhen(self._client, self._path + "/when")

    @property
    def who(self) -> _config_ruledb_who.ConfigRuledbWho:
        """Get list of 'who' groups."""
        from . import config_ruledb_who as _config_ruledb_who

        return _config_ruledb_who.ConfigRuledbWho(self._client, self._path + "/who")

    def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[admin, audit]``

        Proxmox: ``GET /config/ruledb`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)

    def post(self) -> None:
        """Reset PMG rule database back to factory defaults.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /config/ruledb`` (``reset_ruledb``)."""
        return self._client._call("POST", self._path, {}, _R1)


class ConfigRuledbDigest(SyncPath):
    """``/config/ruledb/digest`` (digest)

    ``GET``: Returns the rule database digest. This is used internally for cluster synchronization."""

    __slots__ = ()

    def get(self) -> str:
        """Returns the rule database digest. This is used internally for cluster synchronization.

        Returns:
            ``str``

        Permissions:
            Check: ``[admin, audit]``

        Proxmox: ``GET /config/ruledb/digest`` (``ruledb_digest``)."""
        return self._client._call("GET", self._path, {}, _R2)
