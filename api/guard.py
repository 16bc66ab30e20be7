"""What every request passes before a route sees it: the Host it names, where it comes from,
the API key, and the size of its body.

One ASGI middleware, so refused requests cost no thread, no body read and no store call:

- ``Host`` must be a served name (:attr:`Settings.allowed_hosts`): a DNS-rebinding page
  names its own host and is refused (400);
- a browser request from another site (``Sec-Fetch-Site``), or an unsafe method whose
  ``Origin`` is not this server, is refused (403) — the app sends no CORS headers, so no
  other origin may read an answer either;
- with ``OKG_API_KEY`` set, every route but ``/health``, the explorer's static shell and the
  OpenAPI description (no data in any of them) needs ``Authorization: Bearer KEY`` or
  ``X-API-Key: KEY`` (401);
- a body longer than :attr:`Settings.max_body_bytes` is refused (413): by its
  ``Content-Length`` before anything is read, or as soon as a chunked body passes the limit.
"""
from __future__ import annotations

import hmac
import json
from typing import Any
from urllib.parse import urlsplit

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.settings import Settings

#: Paths that hold no data: the liveness probe, the explorer page and its files, the API's description.
OPEN_PATHS = frozenset({"/health", "/", "/docs", "/docs/oauth2-redirect", "/redoc", "/openapi.json"})
OPEN_PREFIXES = ("/explorer/", "/vendor/")
#: Paths another site may open as a link (navigation), never as a subresource or a form.
LINKABLE = frozenset({"/", "/health"})
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def host_name(host: str) -> str:
    """The name in a Host header, without port or IPv6 brackets, lower-cased."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class Guard:
    """The checks above, in that order, in front of ``app``."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.hosts = {name.lower().strip("[]") for name in settings.allowed_hosts}
        self.key = settings.key()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self._refusal(scope)
        if refusal is not None:
            await _answer(send, *refusal)
            return
        await self.app(scope, self._bounded(scope, receive), send)

    def _refusal(self, scope: Scope) -> tuple[int, str, dict[str, str]] | None:
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "")
        if host_name(host) not in self.hosts:
            return 400, f"Host {host!r} is not served here; set OKG_ALLOWED_HOSTS to serve it", {}
        method, path = scope["method"], scope["path"]
        if not self._same_origin(method, path, headers, host):
            return 403, "cross-origin requests are refused", {}
        if self.key and not (path in OPEN_PATHS or path.startswith(OPEN_PREFIXES)) and not self._has_key(headers):
            return 401, "this API needs its key: Authorization: Bearer KEY or X-API-Key: KEY", \
                {"www-authenticate": "Bearer"}
        length = headers.get("content-length", "0").strip()
        if not length.isdigit():
            return (400, "Content-Length is not a number", {}) if length else None
        if int(length) > self.settings.max_body_bytes:
            return 413, f"the request body is over {self.settings.max_body_bytes} bytes", {}
        return None

    @staticmethod
    def _same_origin(method: str, path: str, headers: dict[str, str], host: str) -> bool:
        site = headers.get("sec-fetch-site", "same-origin")
        if site not in ("same-origin", "none") and not (
                method == "GET" and path in LINKABLE and headers.get("sec-fetch-mode") == "navigate"):
            return False
        origin = headers.get("origin")
        if method in UNSAFE and origin is not None:
            return urlsplit(origin).netloc.lower() == host.strip().lower()
        return True

    def _has_key(self, headers: dict[str, str]) -> bool:
        scheme, _, token = headers.get("authorization", "").partition(" ")
        given = token.strip() if scheme.lower() == "bearer" else headers.get("x-api-key", "")
        return hmac.compare_digest(given.encode(), (self.key or "").encode())

    def _bounded(self, scope: Scope, receive: Receive) -> Receive:
        limit, seen = self.settings.max_body_bytes, 0

        async def bounded() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                raise HTTPException(413, f"the request body is over {limit} bytes")
            return message

        return bounded


async def _answer(send: Send, status: int, detail: str, headers: dict[str, str]) -> None:
    body = json.dumps({"detail": detail}).encode()
    raw: list[Any] = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.encode(), v.encode()) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
