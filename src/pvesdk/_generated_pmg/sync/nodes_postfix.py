# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pmg/6.3/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --product pmg --version 6.3`.
"""Path classes for ``nodes_postfix`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from typing import Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import segment as _segment

_R0: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/postfix", package="pvesdk._generated_pmg"
)
_R1: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/postfix/qshape", package="pvesdk._generated_pmg"
)
_R2: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/postfix/queue", package="pvesdk._generated_pmg"
)
_R3: Returns[None] = Returns(
    "None", "DELETE /nodes/{node}/postfix/queue", package="pvesdk._generated_pmg"
)
_R4: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]",
    "GET /nodes/{node}/postfix/queue/{queue}",
    package="pvesdk._generated_pmg",
)
_R5: Returns[None] = Returns(
    "None", "DELETE /nodes/{node}/postfix/queue/{queue}", package="pvesdk._generated_pmg"
)
_R6: Returns[str] = Returns(
    "str", "GET /nodes/{node}/postfix/queue/{queue}/{queue_id}", package="pvesdk._generated_pmg"
)
_R7: Returns[None] = Returns(
    "None", "POST /nodes/{node}/postfix/queue/{queue}/{queue_id}", package="pvesdk._generated_pmg"
)
_R8: Returns[None] = Returns(
    "None", "DELETE /nodes/{node}/postfix/queue/{queue}/{queue_id}", package="pvesdk._generated_pmg"
)
_R9: Returns[None] = Returns(
    "None", "POST /nodes/{node}/postfix/flush_queues", package="pvesdk._generated_pmg"
)
_R10: Returns[None] = Returns(
    "None", "POST /nodes/{node}/postfix/discard_verify_cache", package="pvesdk._generated_pmg"
)


class NodesNodePostfix(SyncPath):
    """``/nodes/{node}/postfix`` (postfix)

    ``GET``: Directory index."""

    __slots__ = ()

    @property
    def qshape(self) -> NodesNodePostfixQshape:
        """Print Postfix queue domain and age distribution."""
        return NodesNodePostfixQshape(self._client, self._path + "/qshape")

    @property
    def queue(self) -> NodesNodePostfixQueue:
        """Directory index."""
        return NodesNodePostfixQueue(self._client, self._path + "/queue")

    @property
    def flush_queues(self) -> NodesNodePostfixFlushQueues:
        """Flush the queue: attempt to deliver all queued mail."""
        return NodesNodePostfixFlushQueues(self._client, self._path + "/flush_queues")

    @property
    def discard_verify_cache(self) -> NodesNodePostfixDiscardVerifyCache:
        """Discards the address verification cache."""
        return NodesNodePostfixDiscardVerifyCache(
            self._client, self._path + "/discard_verify_cache"
        )

    def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/postfix`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)


class NodesNodePostfixQshape(SyncPath):
    """``/nodes/{node}/postfix/qshape`` (qshape)

    ``GET``: Print Postfix queue domain and age distribution."""

    __slots__ = ()

    def get(
        self,
        *,
        queue: Literal["deferred", "active", "incoming", "hold"] | None = None,
    ) -> list[dict[str, Any]]:
        """Print Postfix queue domain and age distribution.

        Args:
            queue: Postfix queue name.
                Default: ``deferred``.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/postfix/qshape`` (``qshape``)."""
        params = {
            "queue": queue,
        }
        return self._client._call("GET", self._path, params, _R1)


class NodesNodePostfixQueue(SyncPath):
    """``/nodes/{node}/postfix/queue`` (queue)

    ``GET``: Directory index.
    ``DELETE``: Delete all mails in all postfix queues."""

    __slots__ = ()

    def queue(self, queue: str) -> NodesNodePostfixQueueQueue:
        """Postfix queue name."""
        return NodesNodePostfixQueueQueue(self._client, self._path + "/" + _segment(queue))

    def get(self) -> list[dict[str, Any]]:
        """Directory index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/postfix/queue`` (``queue_index``)."""
        return self._client._call("GET", self._path, {}, _R2)

    def delete(self) -> None:
        """Delete all mails in all postfix queues.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/postfix/queue`` (``delete_all_queues``)."""
        return self._client._call("DELETE", self._path, {}, _R3)


class NodesNodePostfixQueueQueue(SyncPath):
    """``/nodes/{node}/postfix/queue/{queue}`` ({queue})

    ``GET``: List the mail queue for a specific domain.
    ``DELETE``: Delete all mails in the queue."""

    __slots__ = ()

    def queue_id(self, queue_id: str) -> NodesNodePostfixQueueQueueQueueId:
        """The Message queue ID."""
        return NodesNodePostfixQueueQueueQueueId(
            self._client, self._path + "/" + _segment(queue_id)
        )

    def get(
        self,
        *,
        filter: str | None = None,
        limit: int | None = None,
        sortdir: Literal["ASC", "DESC"] | None = None,
        sortfield: Literal["arrival_time", "message_size", "sender", "receiver", "reason"]
        | None = None,
        start: int | None = None,
    ) -> list[dict[str, Any]]:
        """List the mail queue for a specific domain.

        Args:
            filter: Filter string.
                Length: 0 to 64.
            limit: (no description in the schema)
                Range: 0 to inf.
            sortdir: Sort direction.
            sortfield: Sort field.
            start: (no description in the schema)
                Range: 0 to inf.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            Check: ``[admin, audit]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/postfix/queue/{queue}`` (``mailq``)."""
        params = {
            "filter": filter,
            "limit": limit,
            "sortdir": sortdir,
            "sortfield": sortfield,
            "start": start,
        }
        return self._client._call("GET", self._path, params, _R4)

    def delete(self) -> None:
        """Delete all mails in the queue.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/postfix/queue/{queue}`` (``delete_queue``)."""
        return self._client._call("DELETE", self._path, {}, _R5)


class NodesNodePostfixQueueQueueQueueId(SyncPath):
    """``/nodes/{node}/postfix/queue/{queue}/{queue_id}`` ({queue_id})

    ``GET``: Get the contents of a queued mail.
    ``POST``: Schedule immediate delivery of deferred mail with the specified queue ID.
    ``DELETE``: Delete one message with the named queue ID."""

    __slots__ = ()

    def get(
        self,
        *,
        body: bool | None = None,
        header: bool | None = None,
    ) -> str:
        """Get the contents of a queued mail.

        Args:
            body: Include body content.
                Default: ``0``.
            header: Show message header content.
                Default: ``1``.

        Returns:
            ``str``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``GET /nodes/{node}/postfix/queue/{queue}/{queue_id}`` (``read_queued_mail``)."""
        params = {
            "body": body,
            "header": header,
        }
        return self._client._call("GET", self._path, params, _R6)

    def post(self) -> None:
        """Schedule immediate delivery of deferred mail with the specified queue ID.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/postfix/queue/{queue}/{queue_id}`` (``flush_queued_mail``)."""
        return self._client._call("POST", self._path, {}, _R7)

    def delete(self) -> None:
        """Delete one message with the named queue ID.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/postfix/queue/{queue}/{queue_id}`` (``delete_queued_mail``)."""
        return self._client._call("DELETE", self._path, {}, _R8)


class NodesNodePostfixFlushQueues(SyncPath):
    """``/nodes/{node}/postfix/flush_queues`` (flush_queues)

    ``POST``: Flush the queue: attempt to deliver all queued mail."""

    __slots__ = ()

    def post(self) -> None:
        """Flush the queue: attempt to deliver all queued mail.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/postfix/flush_queues`` (``flush_queues``)."""
        return self._client._call("POST", self._path, {}, _R9)


class NodesNodePostfixDiscardVerifyCache(SyncPath):
    """``/nodes/{node}/postfix/discard_verify_cache`` (discard_verify_cache)

    ``POST``: Discards the address verification cache."""

    __slots__ = ()

    def post(self) -> None:
        """Discards the address verification cache.

        Returns:
            ``None``

        Permissions:
            Check: ``[admin]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/postfix/discard_verify_cache`` (``discard_verify_cache``)."""
        return self._client._call("POST", self._path, {}, _R10)
