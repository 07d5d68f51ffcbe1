# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Result models for ``quarantine``, imported lazily (PEP 562): one module per operation,
imported by that operation's first call (or on first use of a name here)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .quarantine_attachment_get import (
        QuarantineAttachmentGetResultItem as QuarantineAttachmentGetResultItem,
    )
    from .quarantine_blacklist_get import (
        QuarantineBlacklistGetResultItem as QuarantineBlacklistGetResultItem,
    )
    from .quarantine_content_get import (
        QuarantineContentGetResult as QuarantineContentGetResult,
    )
    from .quarantine_listattachments_get import (
        QuarantineListattachmentsGetResultItem as QuarantineListattachmentsGetResultItem,
    )
    from .quarantine_quarusers_get import (
        QuarantineQuarusersGetResultItem as QuarantineQuarusersGetResultItem,
    )
    from .quarantine_spam_get import (
        QuarantineSpamGetResultItem as QuarantineSpamGetResultItem,
    )
    from .quarantine_spamstatus_get import (
        QuarantineSpamstatusGetResult as QuarantineSpamstatusGetResult,
    )
    from .quarantine_spamusers_get import (
        QuarantineSpamusersGetResultItem as QuarantineSpamusersGetResultItem,
    )
    from .quarantine_virus_get import (
        QuarantineVirusGetResultItem as QuarantineVirusGetResultItem,
    )
    from .quarantine_virusstatus_get import (
        QuarantineVirusstatusGetResult as QuarantineVirusstatusGetResult,
    )
    from .quarantine_whitelist_get import (
        QuarantineWhitelistGetResultItem as QuarantineWhitelistGetResultItem,
    )

__all__ = [
    "QuarantineAttachmentGetResultItem",
    "QuarantineBlacklistGetResultItem",
    "QuarantineContentGetResult",
    "QuarantineListattachmentsGetResultItem",
    "QuarantineQuarusersGetResultItem",
    "QuarantineSpamGetResultItem",
    "QuarantineSpamstatusGetResult",
    "QuarantineSpamusersGetResultItem",
    "QuarantineVirusGetResultItem",
    "QuarantineVirusstatusGetResult",
    "QuarantineWhitelistGetResultItem",
]

_INDEX: dict[str, str] = {
    "QuarantineWhitelistGetResultItem": "quarantine_whitelist_get",
    "QuarantineBlacklistGetResultItem": "quarantine_blacklist_get",
    "QuarantineSpamusersGetResultItem": "quarantine_spamusers_get",
    "QuarantineSpamstatusGetResult": "quarantine_spamstatus_get",
    "QuarantineQuarusersGetResultItem": "quarantine_quarusers_get",
    "QuarantineSpamGetResultItem": "quarantine_spam_get",
    "QuarantineVirusGetResultItem": "quarantine_virus_get",
    "QuarantineAttachmentGetResultItem": "quarantine_attachment_get",
    "QuarantineVirusstatusGetResult": "quarantine_virusstatus_get",
    "QuarantineContentGetResult": "quarantine_content_get",
    "QuarantineListattachmentsGetResultItem": "quarantine_listattachments_get",
}


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_INDEX)
