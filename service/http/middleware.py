"""Request id, API key, metrics and access log as one pure ASGI middleware.

Starlette's `@app.middleware("http")` (BaseHTTPMiddleware) streams every response through
an extra task and memory channel; a plain ASGI wrapper that only watches the messages
costs next to nothing, which matters for the latency a single caller sees.
"""

from __future__ import annotations

import hmac
import logging
import time
import uuid
from typing import Any

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.http import metrics
from service.http.dashboard import DASHBOARD_ROUTES
from service.http.docs_pages import REFERENCE_ROUTES
from service.http.viewer import VIEWER_ROUTES
from service.logging_setup import request_id_var

logger = logging.getLogger("kutip.api")

# the viewer and dashboard pages load without a key; they ask for one and send it with each API
# request. The API reference holds no secret.
OPEN_ROUTES = {"/healthz", "/readyz", *VIEWER_ROUTES, *DASHBOARD_ROUTES, *REFERENCE_ROUTES}
# on every response: a browser must never guess a JSON or text body to be HTML or script
SECURITY_HEADERS = [(b"x-content-type-options", b"nosniff")]


def error_response(status: int, code: str, message: str, details: dict[str, Any] | None = None) -> JSONResponse:
    """Every error the service sends: {"error": {"code": stable id, "message": for humans}},
    with the details a client acts on (e.g. `candidates`) beside them."""
    return JSONResponse(status_code=status, content={"error": {"code": code, "message": message, **(details or {})}})


def _raw_header(scope: Scope, name: bytes) -> bytes:
    """A header's bytes as the client sent them: a non-ASCII API key arrives as UTF-8 and is
    compared as UTF-8 (decoding as Latin-1 first made only its Latin-1 bytes match)."""
    for key, value in scope["headers"]:
        if key.lower() == name:
            return bytes(value)
    return b""


UNMATCHED_ROUTE = "(no route)"


def _route_template(scope: Scope) -> str:
    """The matched route as declared (`/v1/speakers/{key}`), for the access log and metrics:
    a path can carry request text (a speaker's name), its template cannot."""
    template = getattr(scope.get("route"), "path", None)
    if isinstance(template, str):
        return template
    path: str = scope["path"]
    return path if path in OPEN_ROUTES or path in metrics.KNOWN_ROUTES else UNMATCHED_ROUTE


class RequestObserver:
    """Tags each request with an id, enforces the API key, and records metrics and a log line."""

    def __init__(self, app: ASGIApp, api_key: str | None = None) -> None:
        self.app = app
        self.api_key = api_key.encode("utf-8") if api_key else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {key.decode("latin-1"): value.decode("latin-1") for key, value in scope["headers"]}
        request_id = headers.get("x-request-id") or uuid.uuid4().hex
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        route: str = scope["path"]
        method: str = scope["method"]
        state: dict[str, Any] = {"status": 500, "started": False}

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                state["started"] = True
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id.encode("latin-1")),
                                          *SECURITY_HEADERS]
            await send(message)

        try:
            if self.api_key and route not in OPEN_ROUTES and method != "OPTIONS" and not hmac.compare_digest(
                    _raw_header(scope, b"x-api-key"), self.api_key):
                response = error_response(401, "unauthorized", "missing or wrong X-API-Key header")
                await response(scope, receive, send_with_id)
            else:
                await self.app(scope, receive, send_with_id)
        except Exception:  # never let a stack trace reach the client
            logger.exception("unhandled error")
            if state["started"]:
                raise
            response = error_response(500, "internal_error", "internal error; see the server log")
            await response(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            template = _route_template(scope)
            metrics.observe_request(template, method, state["status"], elapsed)
            logger.info("request", extra={"method": method, "route": template, "status": state["status"],
                                          "ms": round(elapsed * 1000, 1)})
            request_id_var.reset(token)
