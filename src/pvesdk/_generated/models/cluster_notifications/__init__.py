# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Result models for ``cluster_notifications``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cluster_notifications_endpoints_gotify_get import (
        ClusterNotificationsEndpointsGotifyGetResultItem as ClusterNotificationsEndpointsGotifyGetResultItem,
    )
    from .cluster_notifications_endpoints_gotify_name_get import (
        ClusterNotificationsEndpointsGotifyNameGetResult as ClusterNotificationsEndpointsGotifyNameGetResult,
    )
    from .cluster_notifications_endpoints_sendmail_get import (
        ClusterNotificationsEndpointsSendmailGetResultItem as ClusterNotificationsEndpointsSendmailGetResultItem,
    )
    from .cluster_notifications_endpoints_sendmail_name_get import (
        ClusterNotificationsEndpointsSendmailNameGetResult as ClusterNotificationsEndpointsSendmailNameGetResult,
    )
    from .cluster_notifications_endpoints_smtp_get import (
        ClusterNotificationsEndpointsSmtpGetResultItem as ClusterNotificationsEndpointsSmtpGetResultItem,
    )
    from .cluster_notifications_endpoints_smtp_name_get import (
        ClusterNotificationsEndpointsSmtpNameGetResult as ClusterNotificationsEndpointsSmtpNameGetResult,
    )
    from .cluster_notifications_endpoints_webhook_get import (
        ClusterNotificationsEndpointsWebhookGetResultItem as ClusterNotificationsEndpointsWebhookGetResultItem,
    )
    from .cluster_notifications_endpoints_webhook_name_get import (
        ClusterNotificationsEndpointsWebhookNameGetResult as ClusterNotificationsEndpointsWebhookNameGetResult,
    )
    from .cluster_notifications_matcher_field_values_get import (
        ClusterNotificationsMatcherFieldValuesGetResultItem as ClusterNotificationsMatcherFieldValuesGetResultItem,
    )
    from .cluster_notifications_matcher_fields_get import (
        ClusterNotificationsMatcherFieldsGetResultItem as ClusterNotificationsMatcherFieldsGetResultItem,
    )
    from .cluster_notifications_matchers_get import (
        ClusterNotificationsMatchersGetResultItem as ClusterNotificationsMatchersGetResultItem,
    )
    from .cluster_notifications_matchers_name_get import (
        ClusterNotificationsMatchersNameGetResult as ClusterNotificationsMatchersNameGetResult,
    )
    from .cluster_notifications_targets_get import (
        ClusterNotificationsTargetsGetResultItem as ClusterNotificationsTargetsGetResultItem,
    )

__all__ = [
    "ClusterNotificationsEndpointsGotifyGetResultItem",
    "ClusterNotificationsEndpointsGotifyNameGetResult",
    "ClusterNotificationsEndpointsSendmailGetResultItem",
    "ClusterNotificationsEndpointsSendmailNameGetResult",
    "ClusterNotificationsEndpointsSmtpGetResultItem",
    "ClusterNotificationsEndpointsSmtpNameGetResult",
    "ClusterNotificationsEndpointsWebhookGetResultItem",
    "ClusterNotificationsEndpointsWebhookNameGetResult",
    "ClusterNotificationsMatcherFieldValuesGetResultItem",
    "ClusterNotificationsMatcherFieldsGetResultItem",
    "ClusterNotificationsMatchersGetResultItem",
    "ClusterNotificationsMatchersNameGetResult",
    "ClusterNotificationsTargetsGetResultItem",
]

_INDEX: dict[str, str] = {
    "ClusterNotificationsEndpointsGotifyGetResultItem": "cluster_notifications_endpoints_gotify_get",
    "ClusterNotificationsEndpointsGotifyNameGetResult": "cluster_notifications_endpoints_gotify_name_get",
    "ClusterNotificationsEndpointsSendmailGetResultItem": "cluster_notifications_endpoints_sendmail_get",
    "ClusterNotificationsEndpointsSendmailNameGetResult": "cluster_notifications_endpoints_sendmail_name_get",
    "ClusterNotificationsEndpointsSmtpGetResultItem": "cluster_notifications_endpoints_smtp_get",
    "ClusterNotificationsEndpointsSmtpNameGetResult": "cluster_notifications_endpoints_smtp_name_get",
    "ClusterNotificationsEndpointsWebhookGetResultItem": "cluster_notifications_endpoints_webhook_get",
    "ClusterNotificationsEndpointsWebhookNameGetResult": "cluster_notifications_endpoints_webhook_name_get",
    "ClusterNotificationsMatcherFieldValuesGetResultItem": "cluster_notifications_matcher_field_values_get",
    "ClusterNotificationsMatcherFieldsGetResultItem": "cluster_notifications_matcher_fields_get",
    "ClusterNotificationsMatchersGetResultItem": "cluster_notifications_matchers_get",
    "ClusterNotificationsMatchersNameGetResult": "cluster_notifications_matchers_name_get",
    "ClusterNotificationsTargetsGetResultItem": "cluster_notifications_targets_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
