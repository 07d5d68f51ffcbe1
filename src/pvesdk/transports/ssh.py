"""``pvesh`` on a Proxmox host over ssh: with paramiko (:class:`SshTransport`, ``pvesdk[ssh]``)
or with the system ``ssh`` binary (:class:`OpensshTransport`, for ssh configs and jump hosts).

Host keys are checked against known_hosts by default and an unknown host is refused; trusting
one on first sight is an explicit ``accept_unknown_host=True``. Every argument is shell-quoted for
the remote shell. Both transports also serve the async client (each call runs in a thread).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..auth import Secret
from ..errors import AuthenticationError, PveConnectionError, PveTimeoutError
from ..transport import Request, Response
from .pvesh import Threaded, pvesh_argv, pvesh_response, run_command, shell_command

if TYPE_CHECKING:
    import paramiko

__all__ = ["OpensshTransport", "SshTransport"]


class SshTransport(Threaded):
    """pvesh over one paramiko connection (opened on first use, reopened once if it dropped)."""

    def __init__(
        self,
        host: str,
        *,
        user: str = "root",
        port: int = 22,
        password: str | None = None,
        key_filename: str | Sequence[str] | None = None,
        pkey: paramiko.PKey | None = None,
        allow_agent: bool = True,
        look_for_keys: bool = True,
        known_hosts: str | None = None,
        accept_unknown_host: bool = False,
        pvesh: Sequence[str] = ("pvesh",),
        timeout: float | None = 300.0,
        connect_timeout: float = 15.0,
    ) -> None:
        self.host = host
        self.user = user
        self.port = port
        self._password = None if password is None else Secret(password)
        # paramiko takes one key file name or a list of them
        self._key_filename: Any = (
            list(key_filename) if isinstance(key_filename, list | tuple) else key_filename
        )
        self._pkey = pkey
        self._allow_agent = allow_agent
        self._look_for_keys = look_for_keys
        self._known_hosts = known_hosts
        self._accept_unknown = accept_unknown_host
        self.pvesh = tuple(pvesh)
        self.timeout = timeout
        self.connect_timeout = connect_timeout
        self._client: paramiko.SSHClient | None = None
        self._lock = threading.Lock()

    def _where(self) -> str:
        # getattr: also asked of a half-built object (a repr in a traceback with locals)
        user, host = getattr(self, "user", None), getattr(self, "host", None)
        return f"{user}@{host}:{getattr(self, 'port', None)}"

    def _connect(self) -> paramiko.SSHClient:
        with self._lock:
            client = self._client
            if client is not None:
                transport = client.get_transport()
                if transport is not None and transport.is_active():
                    return client
            try:
                import paramiko
            except ImportError:
                raise PveConnectionError(
                    "the ssh transport needs paramiko (pip install 'pvesdk[ssh]')", sent=False
                ) from None
            client = paramiko.SSHClient()
            if self._known_hosts is not None:
                client.load_host_keys(self._known_hosts)
            else:
                client.load_system_host_keys()
            policy = paramiko.AutoAddPolicy() if self._accept_unknown else paramiko.RejectPolicy()
            client.set_missing_host_key_policy(policy)
            try:
                client.connect(
                    self.host,
                    port=self.port,
                    username=self.user,
                    password=self._password,
                    key_filename=self._key_filename,
                    pkey=self._pkey,
                    allow_agent=self._allow_agent,
                    look_for_keys=self._look_for_keys,
                    timeout=self.connect_timeout,
                    banner_timeout=self.connect_timeout,
                    auth_timeout=self.connect_timeout,
                )
            except paramiko.BadHostKeyException:
                raise PveConnectionError(
                    f"ssh {self._where()}: host key does not match known_hosts "
                    "(possible man-in-the-middle)",
                    sent=False,
                ) from None
            except paramiko.AuthenticationException:
                raise AuthenticationError(
                    401, f"ssh authentication failed for {self.user}@{self.host}", path="ssh"
                ) from None
            except paramiko.SSHException as exc:
                text = str(exc)
                if "not found in known_hosts" in text:
                    raise PveConnectionError(
                        f"ssh {self._where()}: host key not in known_hosts "
                        "(add it, or pass accept_unknown_host=True to trust it)",
                        sent=False,
                    ) from None
                raise PveConnectionError(f"ssh {self._where()}: {text}", sent=False) from None
            except OSError as exc:
                raise PveConnectionError(
                    f"ssh {self._where()}: {exc.strerror or exc}", sent=False
                ) from None
            self._client = client
            return client

    def handle_request(self, request: Request) -> Response:
        """Run ``pvesh`` for ``request`` over the ssh connection (opened, or reopened once).

        Raises:
            ValueError: an upload, or a method pvesh has no verb for.
            AuthenticationError: the ssh login was refused.
            PveConnectionError: no connection (``sent`` False), or it broke twice.
            PveTimeoutError: the command ran longer than the timeout (seconds).
        """
        command = shell_command(pvesh_argv(request, self.pvesh))
        timeout = request.timeout if request.timeout is not None else self.timeout
        for attempt in (1, 2):
            client = self._connect()
            try:
                return self._run(client, command, timeout)
            except EOFError:
                self.close()  # the connection dropped between calls: reconnect once
                if attempt == 2:
                    raise PveConnectionError(f"ssh {self._where()}: connection lost") from None
        raise AssertionError("unreachable")

    def _run(self, client: paramiko.SSHClient, command: str, timeout: float | None) -> Response:
        try:
            stdin, stdout, stderr = client.exec_command(command, timeout=timeout)
            stdin.close()
            out = stdout.read()
            err = stderr.read()
            code = stdout.channel.recv_exit_status()
        except TimeoutError:
            raise PveTimeoutError(
                f"ssh {self._where()}: pvesh timed out after {timeout}s"
            ) from None
        except Exception as exc:
            if type(exc).__name__ in ("SSHException", "ChannelException"):
                raise EOFError from None
            raise
        return pvesh_response(code, out, err)

    def close(self) -> None:
        """Close the ssh connection; the next request opens a new one."""
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            client.close()

    def __repr__(self) -> str:
        auth = "password=***" if getattr(self, "_password", None) else "keys"
        return f"SshTransport({self._where()}, {auth})"


class OpensshTransport(Threaded):
    """pvesh through the system ``ssh`` (your ~/.ssh/config, agents and jump hosts apply).

    ``ssh`` runs with ``BatchMode=yes`` (never prompts) and ``StrictHostKeyChecking=yes``
    unless ``accept_unknown_host=True`` (then ``accept-new``).
    """

    def __init__(
        self,
        host: str,
        *,
        user: str | None = None,
        port: int | None = None,
        options: Sequence[str] = (),
        identity_file: str | None = None,
        known_hosts: str | None = None,
        accept_unknown_host: bool = False,
        ssh: str = "ssh",
        pvesh: Sequence[str] = ("pvesh",),
        timeout: float | None = 300.0,
    ) -> None:
        self.host = host
        self.pvesh = tuple(pvesh)
        self.timeout = timeout
        checking = "accept-new" if accept_unknown_host else "yes"
        base = [ssh, "-o", "BatchMode=yes", "-o", f"StrictHostKeyChecking={checking}"]
        if known_hosts is not None:
            base += ["-o", f"UserKnownHostsFile={Path(known_hosts)}"]
        if identity_file is not None:
            base += ["-i", identity_file, "-o", "IdentitiesOnly=yes"]
        if port is not None:
            base += ["-p", str(port)]
        if user is not None:
            base += ["-l", user]
        self._base = [*base, *options, host, "--"]

    def handle_request(self, request: Request) -> Response:
        """Run ``pvesh`` for ``request`` through the ``ssh`` binary.

        Raises:
            ValueError: an upload, or a method pvesh has no verb for.
            AuthenticationError: ssh reported ``Permission denied``.
            PveConnectionError: ssh is missing (``sent`` False) or failed to connect.
            PveTimeoutError: the command ran longer than the timeout (seconds).
        """
        argv = [*self._base, shell_command(pvesh_argv(request, self.pvesh))]
        timeout = request.timeout if request.timeout is not None else self.timeout
        done = run_command(
            argv,
            timeout,
            missing=f"{self._base[0]}: not found (install openssh-client)",
            late=f"ssh {self.host}: timed out after {timeout}s",
        )
        if done.returncode == 255 and _ssh_failed(done.stderr):
            message = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1]
            if "Permission denied" in message:
                raise AuthenticationError(401, f"ssh {self.host}: {message}", path="ssh")
            raise PveConnectionError(f"ssh {self.host}: {message}")
        return pvesh_response(done.returncode, done.stdout, done.stderr)

    def __repr__(self) -> str:
        return f"OpensshTransport({getattr(self, 'host', None)!r})"


def _ssh_failed(stderr: bytes) -> bool:
    """Whether exit status 255 came from ssh itself rather than from pvesh (which also uses it)."""
    text = stderr.decode("utf-8", "replace")
    markers = (
        "ssh: ",
        "Permission denied (",
        "Host key verification failed",
        "Connection closed by",
        "kex_exchange_identification",
        "No route to host",
    )
    return any(marker in text for marker in markers)
