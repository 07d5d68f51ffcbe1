# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``nodes_certificates`` (async): one class per API path, one method per operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pvesdk._runtime import AsyncPath, Returns
from pvesdk._runtime import bind_async_task as _task
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import secret as _secret

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from pvesdk.tasks import AsyncTask

    from ..models.nodes_certificates.nodes_certificates_custom_post import (
        NodesCertificatesCustomPostResult,
    )
    from ..models.nodes_certificates.nodes_certificates_info_get import (
        NodesCertificatesInfoGetResultItem,
    )

_R0: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/certificates"
)
_R1: Returns[list[dict[str, Any]]] = Returns(
    "list[dict[str, Any]]", "GET /nodes/{node}/certificates/acme"
)
_R2: Returns[str] = Returns("str", "POST /nodes/{node}/certificates/acme/certificate")
_R3: Returns[str] = Returns("str", "PUT /nodes/{node}/certificates/acme/certificate")
_R4: Returns[str] = Returns("str", "DELETE /nodes/{node}/certificates/acme/certificate")
_R5: Returns[NodesCertificatesCustomPostResult] = Returns(
    "NodesCertificatesCustomPostResult",
    "POST /nodes/{node}/certificates/custom",
    "models.nodes_certificates.nodes_certificates_custom_post",
)
_R6: Returns[None] = Returns("None", "DELETE /nodes/{node}/certificates/custom")
_R7: Returns[list[NodesCertificatesInfoGetResultItem]] = Returns(
    "list[NodesCertificatesInfoGetResultItem]",
    "GET /nodes/{node}/certificates/info",
    "models.nodes_certificates.nodes_certificates_info_get",
)


class NodesNodeCertificates(AsyncPath):
    """``/nodes/{node}/certificates`` (certificates)

    ``GET``: Node index."""

    __slots__ = ()

    @property
    def acme(self) -> NodesNodeCertificatesAcme:
        """ACME index."""
        return NodesNodeCertificatesAcme(self._client, self._path + "/acme")

    @property
    def custom(self) -> NodesNodeCertificatesCustom:
        """Upload or update custom certificate chain and key."""
        return NodesNodeCertificatesCustom(self._client, self._path + "/custom")

    @property
    def info(self) -> NodesNodeCertificatesInfo:
        """Get information about node's certificates."""
        return NodesNodeCertificatesInfo(self._client, self._path + "/info")

    async def get(self) -> list[dict[str, Any]]:
        """Node index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/certificates`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R0)


class NodesNodeCertificatesAcme(AsyncPath):
    """``/nodes/{node}/certificates/acme`` (acme)

    ``GET``: ACME index."""

    __slots__ = ()

    @property
    def certificate(self) -> NodesNodeCertificatesAcmeCertificate:
        """Order a new certificate from ACME-compatible CA."""
        return NodesNodeCertificatesAcmeCertificate(self._client, self._path + "/certificate")

    async def get(self) -> list[dict[str, Any]]:
        """ACME index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /nodes/{node}/certificates/acme`` (``index``)."""
        return await self._client._call("GET", self._path, {}, _R1)


class NodesNodeCertificatesAcmeCertificate(AsyncPath):
    """``/nodes/{node}/certificates/acme/certificate`` (certificate)

    ``POST``: Order a new certificate from ACME-compatible CA.
    ``PUT``: Renew existing certificate from CA.
    ``DELETE``: Revoke existing certificate from CA."""

    __slots__ = ()

    async def post(
        self,
        *,
        force: bool | None = None,
    ) -> AsyncTask:
        """Order a new certificate from ACME-compatible CA.

        Args:
            force: Overwrite existing custom certificate.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/certificates/acme/certificate`` (``new_certificate``)."""
        params = {
            "force": force,
        }
        return _task(await self._client._call("POST", self._path, params, _R2), self._client)

    async def put(
        self,
        *,
        force: bool | None = None,
    ) -> AsyncTask:
        """Renew existing certificate from CA.

        Args:
            force: Force renewal even if expiry is more than 30 days away.
                Default: ``0``.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /nodes/{node}/certificates/acme/certificate`` (``renew_certificate``)."""
        params = {
            "force": force,
        }
        return _task(await self._client._call("PUT", self._path, params, _R3), self._client)

    async def delete(self) -> AsyncTask:
        """Revoke existing certificate from CA.

        Returns:
            ``Task`` / ``AsyncTask`` (the UPID, bound to the client)

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/certificates/acme/certificate`` (``revoke_certificate``)."""
        return _task(await self._client._call("DELETE", self._path, {}, _R4), self._client)


class NodesNodeCertificatesCustom(AsyncPath):
    """``/nodes/{node}/certificates/custom`` (custom)

    ``POST``: Upload or update custom certificate chain and key.
    ``DELETE``: DELETE custom certificate chain and key."""

    __slots__ = ()

    async def post(
        self,
        *,
        certificates: str,
        force: bool | None = None,
        key: str | None = None,
        restart: bool | None = None,
    ) -> NodesCertificatesCustomPostResult:
        """Upload or update custom certificate chain and key.

        Args:
            certificates: PEM encoded certificate (chain).
                Format: ``pem-certificate-chain``.
            force: Overwrite existing custom or ACME certificate files.
                Default: ``0``.
            key: PEM encoded private key.
                Format: ``pem-string``.
            restart: Restart pveproxy.
                Default: ``0``.

        Returns:
            ``NodesCertificatesCustomPostResult``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``POST /nodes/{node}/certificates/custom`` (``upload_custom_cert``)."""
        key = _secret(key)
        params = {
            "certificates": _checked("pem-certificate-chain", "certificates", certificates),
            "force": force,
            "key": _checked("pem-string", "key", key),
            "restart": restart,
        }
        return await self._client._call("POST", self._path, params, _R5)

    async def delete(
        self,
        *,
        restart: bool | None = None,
    ) -> None:
        """DELETE custom certificate chain and key.

        Args:
            restart: Restart pveproxy.
                Default: ``0``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /nodes/{node}, [Sys.Modify]]``

        Forwarded to the node given by ``node``.
        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /nodes/{node}/certificates/custom`` (``remove_custom_cert``)."""
        params = {
            "restart": restart,
        }
        return await self._client._call("DELETE", self._path, params, _R6)


class NodesNodeCertificatesInfo(AsyncPath):
    """``/nodes/{node}/certificates/info`` (info)

    ``GET``: Get information about node's certificates."""

    __slots__ = ()

    async def get(self) -> list[NodesCertificatesInfoGetResultItem]:
        """Get information about node's certificates.

        Returns:
            ``list[NodesCertificatesInfoGetResultItem]``

        Permissions:
            User: all

        Forwarded to the node given by ``node``.

        Proxmox: ``GET /nodes/{node}/certificates/info`` (``info``)."""
        return await self._client._call("GET", self._path, {}, _R7)
