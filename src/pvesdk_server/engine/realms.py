"""Authentication realms (pve-access-control's ``PVE::API2::Domains``, ``PVE::Auth::*``).

Proxmox's facts carried over:

* ``pam`` and ``pve`` always exist (``PVE::Auth::Plugin::parse_config`` adds them back with
  their type and comment, so deleting one only resets it); they cannot be created
  (``unable to use reserved name 'pve'``), nor can another realm of their types
  (``unable to create builtin type 'pam'``);
* every type has its own options (``options`` of each plugin): another option is
  ``unexpected property 'x'``, a missing required one ``missing value for required option
  'x'`` (LDAP: ``server1``, ``base_dn``, ``user_attr``; AD: ``server1``, ``domain``; OpenID:
  ``issuer-url``, ``client-id``); OpenID's ``username-claim`` is fixed once created (the
  update schema leaves it out); errors carry ``add auth server failed:`` / ``update auth
  server failed:`` / ``delete auth server failed:``;
* ``default`` moves: setting it on one realm clears it on the others; ``check-connection`` only
  for LDAP and AD; ``PUT`` without options is ``no options specified``; ``digest`` guards
  updates; the ``password`` (LDAP bind password) is kept apart and never read back;
* ``GET /access/domains`` (no login needed) lists ``realm``, ``type``, ``comment``, ``default``
  and the ``tfa`` type.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pvesdk.formats import split_list

from .core import ApiError, Caller, Engine, _wire, route
from .state import builtin_domains

__all__ = ["realm_type"]

_COMMON = ("default", "comment", "tfa")
_DIRECTORY = (
    "server2", "port", "secure", "sslversion", "verify", "capath", "cert", "certkey", "filter",
    "sync_attributes", "user_classes", "group_dn", "group_name_attr", "group_filter",
    "group_classes", "sync-defaults-options", "mode", "case-sensitive", "bind_dn", "password",
)  # fmt: skip
#: type → (required options, optional options), from each plugin's ``options``.
OPTIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "pam": ((), _COMMON),
    "pve": ((), _COMMON),
    "ldap": (("server1", "base_dn", "user_attr"), (*_COMMON, *_DIRECTORY)),
    "ad": (("server1", "domain"), (*_COMMON, *_DIRECTORY, "base_dn", "user_attr")),
    "openid": (
        ("issuer-url", "client-id"),
        (
            "client-key", "autocreate", "username-claim", "groups-claim", "groups-autocreate",
            "groups-overwrite", "prompt", "scopes", "acr-values", "audiences", "default",
            "comment", "query-userinfo",
        ),
    ),
}  # fmt: skip
_SECRET = "password"  # kept in the state (priv/ldap/<realm>.pw on a node), never answered
_NOT_OPTIONS = ("realm", "type", "digest", "delete", "check-connection")


def realm_type(engine: Engine, realm: str) -> str | None:
    """The type of ``realm`` (``pam``, ``pve``, ``ldap``, ``ad``, ``openid``), if it exists."""
    data = engine.state.domains.get(realm)
    return str(data["type"]) if data else None


def _digest(engine: Engine) -> str:
    text = json.dumps(engine.state.domains, sort_keys=True)
    return hashlib.sha1(text.encode()).hexdigest()


def _settings(kind: str, values: dict[str, Any], *, create: bool, errmsg: str) -> dict[str, Any]:
    """``SectionConfig::check_config``: the options ``kind`` takes, all required ones present."""
    required, optional = OPTIONS[kind]
    settings = {k: _wire(v) for k, v in values.items() if k not in _NOT_OPTIONS}
    for key in settings:
        if key not in required and key not in optional:
            raise ApiError(500, f"{errmsg}: unexpected property '{key}'")
    if create:
        for key in required:
            if key not in settings:
                raise ApiError(500, f"{errmsg}: missing value for required option '{key}'")
    return settings


def _check_connection(kind: str, values: dict[str, Any], errmsg: str) -> None:
    if values.get("check-connection") is not None and kind not in ("ldap", "ad"):
        raise ApiError(
            500,
            f"{errmsg}: 'check-connection' parameter can only be set for realms of type "
            "'ldap' or 'ad'",
        )


def _take_default(engine: Engine, realm: str, settings: dict[str, Any]) -> None:
    if settings.get("default"):
        for name, data in engine.state.domains.items():
            if name != realm:
                data.pop("default", None)


@route("GET", "/access/domains")
def domains(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    out = []
    for realm, data in sorted(engine.state.domains.items()):
        entry: dict[str, Any] = {"realm": realm, "type": data["type"]}
        if data.get("comment"):
            entry["comment"] = data["comment"]
        if data.get("default"):
            entry["default"] = 1
        if data.get("tfa"):
            entry["tfa"] = str(data["tfa"]).partition(",")[0].removeprefix("type=")
        out.append(entry)
    return out


@route("GET", "/access/domains/{realm}")
def domain_get(engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]) -> Any:
    data = engine.state.domains.get(path["realm"])
    if data is None:
        raise ApiError(500, f"domain '{path['realm']}' does not exist")
    out = {k: v for k, v in data.items() if k != _SECRET}
    out["digest"] = _digest(engine)
    return out


@route("POST", "/access/domains")
def domain_create(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    errmsg = "add auth server failed"
    realm, kind = str(values["realm"]), str(values["type"])
    if realm in engine.state.domains:
        raise ApiError(500, f"{errmsg}: domain '{realm}' already exists")
    if realm in ("pam", "pve"):
        raise ApiError(500, f"{errmsg}: unable to use reserved name '{realm}'")
    if kind in ("pam", "pve"):
        raise ApiError(500, f"{errmsg}: unable to create builtin type '{kind}'")
    _check_connection(kind, values, errmsg)
    if kind not in OPTIONS:
        raise ApiError(500, f"{errmsg}: unknown section type '{kind}'")
    settings = _settings(kind, values, create=True, errmsg=errmsg)
    _take_default(engine, realm, settings)
    engine.state.domains[realm] = {"type": kind, **settings}


@route("PUT", "/access/domains/{realm}")
def domain_update(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    errmsg = "update auth server failed"
    if values.get("digest") and values["digest"] != _digest(engine):
        raise ApiError(
            500,
            f"{errmsg}: detected modified configuration - file changed by other user? Try again.",
        )
    realm = path["realm"]
    data = engine.state.domains.get(realm)
    if data is None:
        raise ApiError(500, f"{errmsg}: domain '{realm}' does not exist")
    kind = str(data["type"])
    _check_connection(kind, values, errmsg)
    deleted = split_list(str(values.get("delete") or ""))
    options = {k: v for k, v in values.items() if k not in _NOT_OPTIONS}
    if not deleted and not options:
        raise ApiError(500, f"{errmsg}: no options specified")
    settings = _settings(kind, values, create=False, errmsg=errmsg)
    for key in deleted:
        data.pop(key, None)
    _take_default(engine, realm, settings)
    data.update(settings)


@route("DELETE", "/access/domains/{realm}")
def domain_delete(
    engine: Engine, caller: Caller, path: dict[str, str], values: dict[str, Any]
) -> Any:
    realm = path["realm"]
    if realm not in engine.state.domains:
        raise ApiError(
            500, f"delete auth server failed: authentication domain '{realm}' does not exist"
        )
    del engine.state.domains[realm]
    if realm in ("pam", "pve"):  # parse_config adds the built-in realms back
        engine.state.domains[realm] = builtin_domains()[realm]
