"""Capture the raw API schema: from a live API viewer with real headless Chromium, or directly
from the viewer's script (``apidoc.js``/``apidata.js``) as a file or URL.

The viewer page defines ``const apiSchema = [...]`` (PMG: ``var pmgapi``) in a script it loads;
once the page's scripts have run, one ``page.evaluate`` reads the whole array, so nothing is
clicked through. Both paths return the same tree, and :func:`pvesdk_gen.parse.canonical_json`
turns it into the same bytes.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import GenError
from .parse import check_tree, parse_schema_script

__all__ = ["capture", "capture_from_script", "capture_from_viewer", "load_script"]

DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
# Reads the schema the page's scripts defined; a top-level `const` is a global lexical binding,
# reachable by name but not as a property of window.
_READ_SCHEMA = """() => {
  if (typeof apiSchema !== 'undefined') return apiSchema;
  if (typeof pmgapi !== 'undefined') return pmgapi;
  return null;
}"""
_HAS_SCHEMA = "() => typeof apiSchema !== 'undefined' || typeof pmgapi !== 'undefined'"


def _is_url(source: str) -> bool:
    return urlsplit(source).scheme in ("http", "https")


def load_script(source: str, *, insecure: bool = False, timeout: float = 30.0) -> str:
    """The text of a viewer script given as a local path or an http(s) URL."""
    if not _is_url(source):
        path = Path(source)
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise GenError(f"{source}: no such file") from None
        except UnicodeDecodeError:
            raise GenError(f"{source}: not UTF-8 text (is this an apidoc.js?)") from None
        except OSError as exc:
            raise GenError(f"{source}: cannot read ({exc.strerror})") from None
    import httpx

    try:
        response = httpx.get(source, verify=not insecure, timeout=timeout, follow_redirects=True)
    except httpx.ConnectError as exc:
        if "CERTIFICATE_VERIFY_FAILED" in str(exc):
            raise GenError(
                f"{source}: TLS certificate not trusted "
                "(use --insecure to accept a self-signed certificate)"
            ) from None
        raise GenError(f"{source}: cannot connect ({_reason(exc)})") from None
    except httpx.TimeoutException:
        raise GenError(f"{source}: timed out after {timeout:g}s") from None
    except httpx.HTTPError as exc:
        raise GenError(f"{source}: request failed ({_reason(exc)})") from None
    if response.status_code != 200:
        raise GenError(f"{source}: HTTP {response.status_code} {response.reason_phrase}")
    try:
        return response.content.decode("utf-8")
    except UnicodeDecodeError:
        raise GenError(f"{source}: response is not UTF-8 text") from None


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]


def capture_from_script(
    source: str, *, insecure: bool = False, timeout: float = 30.0
) -> list[dict[str, Any]]:
    """The schema tree in a viewer script (file or URL), without a browser."""
    return parse_schema_script(
        load_script(source, insecure=insecure, timeout=timeout), source=source
    )


def capture_from_viewer(
    url: str, *, chromium: str | None = None, insecure: bool = False, timeout: float = 60.0
) -> list[dict[str, Any]]:
    """The schema tree a live API viewer page defines, read with real headless Chromium."""
    executable = chromium or os.environ.get("PVESDK_CHROMIUM") or DEFAULT_CHROMIUM
    if not Path(executable).is_file() or not os.access(executable, os.X_OK):
        raise GenError(
            f"Chromium not found at {executable} "
            "(install Debian's chromium package or pass --chromium PATH)"
        )
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise GenError("playwright is not installed (pip install 'pvesdk[gen]')") from None
    millis = timeout * 1000
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=executable, headless=True, args=CHROMIUM_ARGS, timeout=millis
            )
            try:
                context = browser.new_context(ignore_https_errors=insecure)
                page = context.new_page()
                script_errors: list[str] = []
                page.on("pageerror", lambda error: script_errors.append(str(error)))
                page.goto(url, wait_until="load", timeout=millis)
                try:
                    # Classic scripts have run by "load"; allow a moment for late ones.
                    page.wait_for_function(_HAS_SCHEMA, timeout=min(millis, 3_000))
                except PlaywrightError:
                    if script_errors:
                        first = script_errors[0].strip().splitlines()[0][:160]
                        raise GenError(
                            f"{url}: the viewer's script failed ({first}); "
                            "is the schema malformed or truncated?"
                        ) from None
                    raise GenError(
                        f"{url}: the page defines no apiSchema (not an API viewer?)"
                    ) from None
                tree = page.evaluate(_READ_SCHEMA)
            finally:
                browser.close()
    except GenError:
        raise
    except PlaywrightError as exc:
        raise GenError(f"{url}: {_browser_reason(exc, timeout)}") from None
    check_tree(tree, source=url)
    return tree  # type: ignore[no-any-return]


def _browser_reason(exc: BaseException, timeout: float) -> str:
    text = str(exc)
    if "ERR_CERT" in text:
        return "TLS certificate not trusted (use --insecure to accept a self-signed certificate)"
    if "ERR_CONNECTION_REFUSED" in text:
        return "cannot connect (connection refused)"
    if "ERR_NAME_NOT_RESOLVED" in text:
        return "cannot resolve the host name"
    if "Timeout" in text or "timeout" in text:
        return f"timed out after {timeout:g}s"
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return f"browser error: {first[:200]}"


def capture(
    source: str,
    *,
    chromium: str | None = None,
    insecure: bool = False,
    timeout: float = 60.0,
    browser: bool | None = None,
) -> list[dict[str, Any]]:
    """Capture from ``source``: a viewer page (browser) or a script file/URL (no browser).

    ``browser=None`` decides from the source: an http(s) URL whose path ends in ``.html`` or
    ``/`` is a viewer page; anything else (``.js`` URLs, local files) is read directly.
    """
    if browser is None:
        path = urlsplit(source).path
        browser = _is_url(source) and (path.endswith((".html", ".htm", "/")) or path == "")
    if browser:
        return capture_from_viewer(source, chromium=chromium, insecure=insecure, timeout=timeout)
    return capture_from_script(source, insecure=insecure, timeout=timeout)
