# DO NOT EDIT. Rendered by pvesdk-gen 1 from specs/pve/9.2/openapi.json.
# Change templates/ or generator/ and run `pvesdk-gen --version 9.2`.
"""Path classes for ``cluster_metrics`` (sync): one class per API path, one method per operation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from pvesdk._runtime import Returns, SyncPath
from pvesdk._runtime import checked as _checked
from pvesdk._runtime import join as _join
from pvesdk._runtime import secret as _secret
from pvesdk._runtime import segment as _segment

# Result models and property strings are named for the type checkers only: a call imports its
# result's module on first use (`Returns`), so reaching a path imports no model.
if TYPE_CHECKING:
    from ..models.cluster_metrics.cluster_metrics_export_get import (
        ClusterMetricsExportGetResult,
    )
    from ..models.cluster_metrics.cluster_metrics_server_get import (
        ClusterMetricsServerGetResultItem,
    )

_R0: Returns[list[dict[str, Any]]] = Returns("list[dict[str, Any]]", "GET /cluster/metrics")
_R1: Returns[ClusterMetricsExportGetResult] = Returns(
    "ClusterMetricsExportGetResult",
    "GET /cluster/metrics/export",
    "models.cluster_metrics.cluster_metrics_export_get",
)
_R2: Returns[list[ClusterMetricsServerGetResultItem]] = Returns(
    "list[ClusterMetricsServerGetResultItem]",
    "GET /cluster/metrics/server",
    "models.cluster_metrics.cluster_metrics_server_get",
)
_R3: Returns[dict[str, Any]] = Returns("dict[str, Any]", "GET /cluster/metrics/server/{id}")
_R4: Returns[None] = Returns("None", "POST /cluster/metrics/server/{id}")
_R5: Returns[None] = Returns("None", "PUT /cluster/metrics/server/{id}")
_R6: Returns[None] = Returns("None", "DELETE /cluster/metrics/server/{id}")


class ClusterMetrics(SyncPath):
    """``/cluster/metrics`` (metrics)

    ``GET``: Metrics index."""

    __slots__ = ()

    @property
    def export(self) -> ClusterMetricsExport:
        """Retrieve metrics of the cluster."""
        return ClusterMetricsExport(self._client, self._path + "/export")

    @property
    def server(self) -> ClusterMetricsServer:
        """List configured metric servers."""
        return ClusterMetricsServer(self._client, self._path + "/server")

    def get(self) -> list[dict[str, Any]]:
        """Metrics index.

        Returns:
            ``list[dict[str, Any]]``

        Permissions:
            User: all

        Proxmox: ``GET /cluster/metrics`` (``index``)."""
        return self._client._call("GET", self._path, {}, _R0)


class ClusterMetricsExport(SyncPath):
    """``/cluster/metrics/export`` (export)

    ``GET``: Retrieve metrics of the cluster."""

    __slots__ = ()

    def get(
        self,
        *,
        history: bool | None = None,
        local_only: bool | None = None,
        node_list: str | None = None,
        start_time: int | None = None,
    ) -> ClusterMetricsExportGetResult:
        """Retrieve metrics of the cluster.

        Args:
            history: Also return historic values. Returns full available metric history unless `start-time` is also set
                Proxmox VE: New in 8.2.
                Default: ``0``.
            local_only: Only return metrics for the current node instead of the whole cluster
                Proxmox VE: New in 8.2.
                Default: ``0``.
            node_list: Only return metrics from nodes passed as comma-separated list
                Proxmox VE: New in 9.1.
            start_time: Only include metrics with a timestamp > start-time.
                Proxmox VE: New in 8.2.
                Default: ``0``.

        Returns:
            ``ClusterMetricsExportGetResult``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox VE: New in 8.2.

        Proxmox: ``GET /cluster/metrics/export`` (``export``)."""
        params = {
            "history": history,
            "local-only": local_only,
            "node-list": node_list,
            "start-time": start_time,
        }
        return self._client._call("GET", self._path, params, _R1)


class ClusterMetricsServer(SyncPath):
    """``/cluster/metrics/server`` (server)

    ``GET``: List configured metric servers."""

    __slots__ = ()

    def id(self, id: str) -> ClusterMetricsServerId:
        """{id}"""
        return ClusterMetricsServerId(self._client, self._path + "/" + _segment(id))

    def get(self) -> list[ClusterMetricsServerGetResultItem]:
        """List configured metric servers.

        Returns:
            ``list[ClusterMetricsServerGetResultItem]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/metrics/server`` (``server_index``)."""
        return self._client._call("GET", self._path, {}, _R2)


class ClusterMetricsServerId(SyncPath):
    """``/cluster/metrics/server/{id}`` ({id})

    ``GET``: Read metric server configuration.
    ``POST``: Create a new external metric server config
    ``PUT``: Update metric server configuration.
    ``DELETE``: Remove Metric server."""

    __slots__ = ()

    def get(self) -> dict[str, Any]:
        """Read metric server configuration.

        Returns:
            ``dict[str, Any]``

        Permissions:
            Check: ``[perm, /, [Sys.Audit]]``

        Proxmox: ``GET /cluster/metrics/server/{id}`` (``read``)."""
        return self._client._call("GET", self._path, {}, _R3)

    def post(
        self,
        *,
        port: int,
        server: str,
        type: Literal["graphite", "influxdb", "opentelemetry"],
        api_path_prefix: str | None = None,
        bucket: str | None = None,
        disable: bool | None = None,
        influxdbproto: Literal["udp", "http", "https"] | None = None,
        max_body_size: int | None = None,
        mtu: int | None = None,
        organization: str | None = None,
        otel_compression: Literal["none", "gzip"] | None = None,
        otel_headers: str | None = None,
        otel_max_body_size: int | None = None,
        otel_path: str | None = None,
        otel_protocol: Literal["http", "https"] | None = None,
        otel_resource_attributes: str | None = None,
        otel_timeout: int | None = None,
        otel_verify_ssl: bool | None = None,
        path: str | None = None,
        proto: Literal["udp", "tcp"] | None = None,
        timeout: int | None = None,
        token: str | None = None,
        verify_certificate: bool | None = None,
    ) -> None:
        """Create a new external metric server config

        Args:
            port: server network port
                Range: 1 to 65536.
            server: server dns name or IP address
                Format: ``address``.
            type: Plugin type.
                Format: ``pve-configid``.
            api_path_prefix: An API path prefix inserted between '<host>:<port>/' and '/api2/'. Can be useful if the InfluxDB service runs behind a reverse proxy.
            bucket: The InfluxDB bucket/db. Only necessary when using the http v2 api.
            disable: Flag to disable the plugin.
            influxdbproto: (no description in the schema)
                Default: ``udp``.
            max_body_size: InfluxDB max-body-size in bytes. Requests are batched up to this size.
                Range: 1 to inf.
                Default: ``25000000``.
            mtu: MTU for metrics transmission over UDP
                Range: 512 to 65536.
                Default: ``1500``.
            organization: The InfluxDB organization. Only necessary when using the http v2 api. Has no meaning when using v2 compatibility api.
            otel_compression: Compression algorithm for requests
                Proxmox VE: New in 9.0.
                Default: ``gzip``.
            otel_headers: Custom HTTP headers (JSON format, base64 encoded)
                Proxmox VE: New in 9.0.
                Length: 0 to 1024.
            otel_max_body_size: Maximum request body size in bytes
                Proxmox VE: New in 9.0.
                Range: 1024 to inf.
                Default: ``10000000``.
            otel_path: OTLP endpoint path
                Proxmox VE: New in 9.0.
                Default: ``/v1/metrics``.
            otel_protocol: HTTP protocol
                Proxmox VE: New in 9.0.
                Default: ``https``.
            otel_resource_attributes: Additional resource attributes as JSON, base64 encoded
                Proxmox VE: New in 9.0.
                Length: 0 to 1024.
            otel_timeout: HTTP request timeout in seconds
                Proxmox VE: New in 9.0.
                Range: 1 to 10.
                Default: ``5``.
            otel_verify_ssl: Verify SSL certificates
                Proxmox VE: New in 9.0.
                Default: ``1``.
            path: root graphite path (ex: proxmox.mycluster.mykey)
                Format: ``graphite-path``.
            proto: Protocol to send graphite data. TCP or UDP (default)
            timeout: graphite TCP socket timeout (default=1)
                Range: 0 to inf.
                Default: ``1``.
            token: The InfluxDB access token. Only necessary when using the http v2 api. If the v2 compatibility api is used, use 'user:password' instead.
            verify_certificate: Set to 0 to disable certificate verification for https endpoints.
                Default: ``1``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``POST /cluster/metrics/server/{id}`` (``create``)."""
        token = _secret(token)
        params = {
            "port": port,
            "server": server,
            "type": type,
            "api-path-prefix": api_path_prefix,
            "bucket": bucket,
            "disable": disable,
            "influxdbproto": influxdbproto,
            "max-body-size": max_body_size,
            "mtu": mtu,
            "organization": organization,
            "otel-compression": otel_compression,
            "otel-headers": otel_headers,
            "otel-max-body-size": otel_max_body_size,
            "otel-path": otel_path,
            "otel-protocol": otel_protocol,
            "otel-resource-attributes": otel_resource_attributes,
            "otel-timeout": otel_timeout,
            "otel-verify-ssl": otel_verify_ssl,
            "path": _checked("graphite-path", "path", path),
            "proto": proto,
            "timeout": timeout,
            "token": token,
            "verify-certificate": verify_certificate,
        }
        return self._client._call("POST", self._path, params, _R4)

    def put(
        self,
        *,
        port: int,
        server: str,
        api_path_prefix: str | None = None,
        bucket: str | None = None,
        delete: str | Sequence[str] | None = None,
        digest: str | None = None,
        disable: bool | None = None,
        influxdbproto: Literal["udp", "http", "https"] | None = None,
        max_body_size: int | None = None,
        mtu: int | None = None,
        organization: str | None = None,
        otel_compression: Literal["none", "gzip"] | None = None,
        otel_headers: str | None = None,
        otel_max_body_size: int | None = None,
        otel_path: str | None = None,
        otel_protocol: Literal["http", "https"] | None = None,
        otel_resource_attributes: str | None = None,
        otel_timeout: int | None = None,
        otel_verify_ssl: bool | None = None,
        path: str | None = None,
        proto: Literal["udp", "tcp"] | None = None,
        timeout: int | None = None,
        token: str | None = None,
        verify_certificate: bool | None = None,
    ) -> None:
        """Update metric server configuration.

        Args:
            port: server network port
                Range: 1 to 65536.
            server: server dns name or IP address
                Format: ``address``.
            api_path_prefix: An API path prefix inserted between '<host>:<port>/' and '/api2/'. Can be useful if the InfluxDB service runs behind a reverse proxy.
            bucket: The InfluxDB bucket/db. Only necessary when using the http v2 api.
            delete: A list of settings you want to delete.
                Length: 0 to 4096.
                Format: ``pve-configid-list``.
                Syntax: ``<string>``.
            digest: Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications.
                Length: 0 to 64.
            disable: Flag to disable the plugin.
            influxdbproto: (no description in the schema)
                Default: ``udp``.
            max_body_size: InfluxDB max-body-size in bytes. Requests are batched up to this size.
                Range: 1 to inf.
                Default: ``25000000``.
            mtu: MTU for metrics transmission over UDP
                Range: 512 to 65536.
                Default: ``1500``.
            organization: The InfluxDB organization. Only necessary when using the http v2 api. Has no meaning when using v2 compatibility api.
            otel_compression: Compression algorithm for requests
                Proxmox VE: New in 9.0.
                Default: ``gzip``.
            otel_headers: Custom HTTP headers (JSON format, base64 encoded)
                Proxmox VE: New in 9.0.
                Length: 0 to 1024.
            otel_max_body_size: Maximum request body size in bytes
                Proxmox VE: New in 9.0.
                Range: 1024 to inf.
                Default: ``10000000``.
            otel_path: OTLP endpoint path
                Proxmox VE: New in 9.0.
                Default: ``/v1/metrics``.
            otel_protocol: HTTP protocol
                Proxmox VE: New in 9.0.
                Default: ``https``.
            otel_resource_attributes: Additional resource attributes as JSON, base64 encoded
                Proxmox VE: New in 9.0.
                Length: 0 to 1024.
            otel_timeout: HTTP request timeout in seconds
                Proxmox VE: New in 9.0.
                Range: 1 to 10.
                Default: ``5``.
            otel_verify_ssl: Verify SSL certificates
                Proxmox VE: New in 9.0.
                Default: ``1``.
            path: root graphite path (ex: proxmox.mycluster.mykey)
                Format: ``graphite-path``.
            proto: Protocol to send graphite data. TCP or UDP (default)
            timeout: graphite TCP socket timeout (default=1)
                Range: 0 to inf.
                Default: ``1``.
            token: The InfluxDB access token. Only necessary when using the http v2 api. If the v2 compatibility api is used, use 'user:password' instead.
            verify_certificate: Set to 0 to disable certificate verification for https endpoints.
                Default: ``1``.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``PUT /cluster/metrics/server/{id}`` (``update``)."""
        token = _secret(token)
        params = {
            "port": port,
            "server": server,
            "api-path-prefix": api_path_prefix,
            "bucket": bucket,
            "delete": _join(delete),
            "digest": digest,
            "disable": disable,
            "influxdbproto": influxdbproto,
            "max-body-size": max_body_size,
            "mtu": mtu,
            "organization": organization,
            "otel-compression": otel_compression,
            "otel-headers": otel_headers,
            "otel-max-body-size": otel_max_body_size,
            "otel-path": otel_path,
            "otel-protocol": otel_protocol,
            "otel-resource-attributes": otel_resource_attributes,
            "otel-timeout": otel_timeout,
            "otel-verify-ssl": otel_verify_ssl,
            "path": _checked("graphite-path", "path", path),
            "proto": proto,
            "timeout": timeout,
            "token": token,
            "verify-certificate": verify_certificate,
        }
        return self._client._call("PUT", self._path, params, _R5)

    def delete(self) -> None:
        """Remove Metric server.

        Returns:
            ``None``

        Permissions:
            Check: ``[perm, /, [Sys.Modify]]``

        Protected: runs in the privileged daemon.

        Proxmox: ``DELETE /cluster/metrics/server/{id}`` (``delete``)."""
        return self._client._call("DELETE", self._path, {}, _R6)
