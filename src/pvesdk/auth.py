"""Credentials and how they go on a request. Secrets are never part of a repr or a message.

* :class:`TokenAuth`: an API token header; nothing to negotiate.
* :class:`TicketAuth`: user + password (+ a second factor). The login itself is written as a
  small sans-IO flow (:meth:`TicketAuth.login_flow`) that yields the parameters of each
  ``POST /access/ticket`` and receives its ``data``; the sync and the async transports run the
  same flow with their own I/O.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Generator
from typing import Any, Protocol

__all__ = ["Auth", "Secret", "TicketAuth", "TokenAuth", "check_header"]

#: Proxmox tickets live two hours; renew well before that.
TICKET_LIFETIME = 7200.0
_WRITE_METHODS = frozenset({"POST", "PUT", "DELETE"})

LoginFlow = Generator[list[tuple[str, str]], Any, None]

#: The ticket cookie of each product (``PVE::APIServer::Formatter``'s ``$cookie_name`` per
#: daemon: pveproxy, pmgproxy, proxmox-backup-proxy).
COOKIES = {"pve": "PVEAuthCookie", "pmg": "PMGAuthCookie", "pbs": "PBSAuthCookie"}


def _cookie(product: str) -> str:
    try:
        return COOKIES[product]
    except KeyError:
        raise ValueError(f"product must be one of {sorted(COOKIES)}, got {product!r}") from None


# RFC 9110 token characters (a header name); a value may hold any visible character, space, tab.
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


class Secret(str):
    """A ``str`` whose repr is ``'***'``: passwords, tickets, CSRF tokens, OTPs, token secrets.

    It behaves as the string it holds everywhere else (sending, comparing, formatting), so a
    secret can travel through lists, dicts and local variables and still never show up in a
    repr, a ``pytest --showlocals`` frame or a traceback printed with its locals.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "'***'"


class _Answer(dict[str, Any]):
    """A login answer (it holds the ticket): its repr names the keys only."""

    def __repr__(self) -> str:
        return f"<login answer with keys {sorted(self)}>"


def check_text(field: str, value: str) -> None:
    """Refuse a credential or header value with a control character; the message names ``field``.

    Raises:
        ValueError: naming the field, never the value.
    """
    if not isinstance(value, str):
        raise TypeError(f"{field} must be a str, got {type(value).__name__}")
    if _CONTROL.search(value):
        raise ValueError(f"{field} contains a control character (CR, LF, NUL, …)")


def check_header(name: str, value: str) -> None:
    """Refuse a header whose name is not an HTTP token or whose value has control characters.

    Raises:
        ValueError: naming the header, never its value.
    """
    if not isinstance(name, str) or not _TOKEN.fullmatch(name):
        raise ValueError(f"header name {name!r} is not a valid HTTP header name")
    check_text(f"header {name!r}", value)
    if not value.isascii():
        raise ValueError(f"header {name!r} must be ASCII")


class Auth(Protocol):
    """How a transport authenticates: the headers each request carries (a token, or a ticket
    and its CSRF token).
    """

    def headers(self, method: str) -> dict[str, str]:
        """Headers that authenticate one request with HTTP method ``method``."""
        ...


class TokenAuth:
    """An API token: ``Authorization: PVEAPIToken=USER@REALM!TOKENID=SECRET`` (no CSRF needed);
    ``product="pbs"``: ``PBSAPIToken=USER@REALM!TOKENID:SECRET``, as proxmox-backup reads it.
    Proxmox Mail Gateway has no API tokens.

    Raises:
        TypeError: a field is not a str.
        ValueError: naming the field (never its value): a control character, non-ASCII text,
            a user without ``@REALM`` or with a token id, a token name with ``!`` or ``=``, an
            empty secret; a product without tokens (``pmg``) or unknown.
    """

    __slots__ = ("_header", "token_name", "user")

    def __init__(
        self, user: str, token_name: str, token_value: str, *, product: str = "pve"
    ) -> None:
        _cookie(product)  # a known product
        if product == "pmg":
            raise ValueError("Proxmox Mail Gateway has no API tokens: log in with password=")
        token_value = Secret(token_value) if isinstance(token_value, str) else token_value
        check_text("user", user)
        check_text("token_name", token_name)
        check_text("token_value", token_value)
        if not (user + token_name + token_value).isascii():
            raise ValueError(
                "user, token_name and token_value must be ASCII (they travel in a header)"
            )
        if "@" not in user:
            raise ValueError(f"user must be USER@REALM (e.g. root@pam), got {user!r}")
        if "!" in user or "=" in user:
            # The GUI's "Token ID" column (USER@REALM!ID) pasted as the user sends USER!ID!ID: 401.
            raise ValueError(
                f"user must be USER@REALM without the token id (that is token_name=), got {user!r}"
            )
        if not token_name or "!" in token_name or "=" in token_name:
            raise ValueError(f"token_name must be the token id without '!', got {token_name!r}")
        if not token_value:
            raise ValueError("token_value is empty")
        self.user = user
        self.token_name = token_name
        if product == "pbs":
            header = Secret(f"PBSAPIToken={user}!{token_name}:{token_value}")
        else:
            header = Secret(f"PVEAPIToken={user}!{token_name}={token_value}")
        self._header: dict[str, str] = {"Authorization": header}

    def headers(self, method: str) -> dict[str, str]:
        """The ``Authorization`` header (the same for every method: a token needs no CSRF token)."""
        return self._header

    def __repr__(self) -> str:
        # getattr: a repr is also asked of a half-built object (a traceback with locals)
        user, name = getattr(self, "user", None), getattr(self, "token_name", None)
        return f"TokenAuth(user={user!r}, token_name={name!r}, token_value=***)"


class TicketAuth:
    """Password login: ``PVEAuthCookie`` ticket + ``CSRFPreventionToken`` on writes
    (``product="pmg"``: ``PMGAuthCookie``; ``"pbs"``: ``PBSAuthCookie``).

    ``otp`` completes a TFA challenge: a TOTP code (``"123456"``), a prefixed answer
    (``"recovery:…"``), or a callable asked for one only when Proxmox requests it. The ticket is
    renewed (by posting it as the password) once it is older than ``renew_after`` seconds, and
    the transport logs in again once when the server answers 401.

    Raises:
        TypeError: a field is not a str.
        ValueError: naming the field (never its value): a control character, a user without
            ``@REALM`` or that is a token id (``USER@REALM!ID``), an empty password.
    """

    def __init__(
        self,
        user: str,
        password: str,
        *,
        otp: str | Callable[[], str] | None = None,
        renew_after: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
        product: str = "pve",
    ) -> None:
        self._cookie = _cookie(product)
        password = Secret(password) if isinstance(password, str) else password
        otp = Secret(otp) if isinstance(otp, str) else otp
        check_text("user", user)
        check_text("password", password)
        if isinstance(otp, str):
            check_text("otp", otp)
        if "@" not in user:
            raise ValueError(f"user must be USER@REALM (e.g. root@pam), got {user!r}")
        if "!" in user:
            raise ValueError(
                f"user {user!r} is an API token id, which cannot log in with a password: "
                "pass token_name= and token_value= instead"
            )
        if not password:
            raise ValueError("password is empty")
        self.user = user
        self._password = password
        self._otp = otp
        self.renew_after = min(renew_after, TICKET_LIFETIME - 60)
        self._clock = clock
        self._ticket: str | None = None
        self._csrf: str | None = None
        self._obtained = 0.0
        self._logins = 0
        self.lock = threading.Lock()
        self.cap: dict[str, Any] = {}
        self.clustername: str | None = None

    # -- state

    @property
    def logged_in(self) -> bool:
        """Whether a ticket is held (it may still be due for renewal)."""
        return self._ticket is not None

    def needs_login(self) -> bool:
        """Whether to log in before the next request: no ticket yet, or it is ``renew_after``
        seconds old (Proxmox tickets live 2 hours; PVE::AccessControl ``ticket_lifetime``).
        """
        return self._ticket is None or self._clock() - self._obtained >= self.renew_after

    @property
    def generation(self) -> int:
        """How many tickets this auth has accepted: a request that met a 401 compares it with
        the count when it was sent, and leaves a ticket another request (thread, event loop)
        has obtained since in place."""
        return self._logins

    def invalidate(self) -> None:
        """Forget the ticket (after a 401), so the next request logs in with the password."""
        self._ticket = None
        self._csrf = None

    def headers(self, method: str) -> dict[str, str]:
        """``Cookie: PVEAuthCookie=…`` (the product's cookie), plus ``CSRFPreventionToken`` for
        POST/PUT/DELETE (pve-http-server checks it on every write); empty before the first login.
        """
        if self._ticket is None:
            return {}
        headers = {"Cookie": f"{self._cookie}={self._ticket}"}
        if method in _WRITE_METHODS and self._csrf:
            headers["CSRFPreventionToken"] = self._csrf
        return headers

    # -- the login flow (no I/O here)

    def login_flow(self) -> LoginFlow:
        """Yields the form of each ``POST /access/ticket``; is sent back its ``data``.

        A still-valid ticket is renewed by posting it as the password; otherwise the password
        is used, followed by the second factor when the answer says ``NeedTFA``.
        """
        renewing = self._ticket is not None and self._clock() - self._obtained < TICKET_LIFETIME
        password = self._ticket if renewing and self._ticket else self._password
        data = yield [("username", self.user), ("password", password), ("new-format", "1")]
        if isinstance(data, dict) and data.get("NeedTFA"):
            challenge = Secret(data.get("ticket", ""))
            data = yield [
                ("username", self.user),
                ("tfa-challenge", challenge),
                ("password", self._second_factor()),
                ("new-format", "1"),
            ]
        self._accept(data)

    def _second_factor(self) -> str:
        otp = Secret(self._otp()) if callable(self._otp) else self._otp
        if not otp:
            raise _auth_error("the account needs a second factor (pass otp=)")
        if _CONTROL.search(otp):
            raise _auth_error("the second factor contains a control character")
        return Secret(otp if ":" in otp else f"totp:{otp}")

    def _accept(self, data: Any) -> None:
        if not isinstance(data, dict) or not isinstance(data.get("ticket"), str):
            raise _auth_error("login answer carries no ticket")
        if data.get("NeedTFA"):
            raise _auth_error("second factor rejected")
        ticket = Secret(data["ticket"])
        csrf = data.get("CSRFPreventionToken")
        csrf = Secret(csrf) if isinstance(csrf, str) else csrf
        if _CONTROL.search(ticket) or (csrf is not None and not _is_text(csrf)):
            raise _auth_error("login answer carries a malformed ticket or CSRF token")
        self._ticket = ticket
        self._csrf = csrf or None
        self._obtained = self._clock()
        self._logins += 1
        self.cap = data.get("cap") or {}
        self.clustername = data.get("clustername")

    def __repr__(self) -> str:
        state = "logged in" if getattr(self, "_ticket", None) else "not logged in"
        return f"TicketAuth(user={getattr(self, 'user', None)!r}, password=***, {state})"


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and not _CONTROL.search(value)


def login_answer(data: Any) -> Any:
    """``data`` of a ticket answer with a repr that hides the ticket (dicts only)."""
    return _Answer(data) if isinstance(data, dict) else data


def _auth_error(message: str) -> Exception:
    from .errors import AuthenticationError

    return AuthenticationError(401, message, method="POST", path="/access/ticket")
