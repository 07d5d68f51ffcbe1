"""A stand-in for a Proxmox host's API viewer: an HTTPS (or HTTP) server on 127.0.0.1 serving
in-memory files from a background thread."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from pvesdk_server.tls import self_signed

VIEWER_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Proxmox VE API Documentation</title>
<script type="text/javascript" src="apidoc.js"></script>
</head><body><div id="tree"></div>
<script type="text/javascript">
  // What a viewer does with the schema once loaded: build its navigation tree.
  function addNodes(list, parent) {
    list.forEach(function (node) {
      var item = document.createElement('div');
      item.textContent = node.path;
      parent.appendChild(item);
      if (node.children) { addNodes(node.children, item); }
    });
  }
  addNodes(apiSchema, document.getElementById('tree'));
</script></body></html>
"""

VIEWER_CODE = """
// Viewer code as it follows the schema in a real apidoc.js.
function findNode(path, list) {
  for (var i = 0; i < list.length; i++) {
    if (list[i].path === path) { return list[i]; }
    if (list[i].children) {
      var found = findNode(path, list[i].children);
      if (found) { return found; }
    }
  }
  return null;
}
"""


def viewer_files(schema_script: str) -> dict[str, bytes]:
    return {
        "/pve-docs/api-viewer/index.html": VIEWER_HTML.encode(),
        "/pve-docs/api-viewer/apidoc.js": (schema_script + VIEWER_CODE).encode(),
    }


class _Handler(BaseHTTPRequestHandler):
    files: Mapping[str, bytes] = {}

    def do_GET(self) -> None:
        body = self.files.get(self.path.split("?")[0])
        if body is None:
            self.send_error(404)
            return
        kind = "text/html" if self.path.endswith(".html") else "application/javascript"
        self.send_response(200)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(files: Mapping[str, bytes], tmp: Path, *, tls: bool = True) -> Iterator[str]:
    """Serve ``files`` (path → bytes) and yield the base URL, e.g. ``https://127.0.0.1:40123``."""
    handler = type("Handler", (_Handler,), {"files": dict(files)})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    scheme = "http"
    if tls:
        cert, key = self_signed(tmp / "tls")
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        scheme = "https"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
