"""Every error leaves as JSON with a stable `code` (service/http/middleware.py's
`error_response`): kutip's own errors, FastAPI's validation and routing errors, a busy or
unreachable store, and anything unexpected (500, logged, never echoing the request)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from service.errors import APIError
from service.http.middleware import error_response

if TYPE_CHECKING:
    from sqlalchemy.exc import DBAPIError

logger = logging.getLogger("kutip.api")


def add_error_handlers(app: FastAPI) -> None:
    """Register the JSON error answers on `app`."""

    @app.exception_handler(APIError)
    async def handle_api_error(_: Request, error: APIError) -> JSONResponse:
        return error_response(error.status, error.code, error.message, error.details)

    @app.exception_handler(RequestValidationError)
    async def handle_validation(_: Request, error: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', []))}: {e.get('msg')}" for e in error.errors())
        return error_response(422, "invalid_request", problems[:2000] or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def handle_http(_: Request, error: StarletteHTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed"}
        return error_response(error.status_code, codes.get(error.status_code, "http_error"), str(error.detail))

    @app.exception_handler(Exception)
    async def handle_unexpected(_: Request, error: Exception) -> JSONResponse:
        logger.exception("unhandled error", exc_info=error)
        return error_response(500, "internal_error", "internal error; see the server log")


def add_store_error_handlers(app: FastAPI) -> None:
    """The quote store's errors as JSON; registered only with a store, so that SQLAlchemy is
    not imported by a service that has none (README "Performance": cold start)."""
    from sqlalchemy.exc import DBAPIError

    from service.store.engine import StoreBusy, is_busy

    @app.exception_handler(StoreBusy)
    async def handle_store_busy(_: Request, error: StoreBusy) -> JSONResponse:
        return store_busy_response()

    @app.exception_handler(DBAPIError)
    async def handle_store_down(_: Request, error: DBAPIError) -> JSONResponse:
        """The database of the quote store is unreachable or refused the operation: the
        request may succeed later, so 503, like any dependency that is down. Logged by kind
        only: a database's message can quote the values of the statement (article text)."""
        if is_busy(error):
            return store_busy_response()
        logger.error("store unavailable", extra=database_error_fields(error))
        return error_response(503, "store_unavailable", "the quote store cannot be reached; see the server log")

RETRY_AFTER_BUSY_S = 1  # a busy store is usually free again within a write or two


def store_busy_response() -> JSONResponse:
    response = error_response(503, "store_busy", "another writer holds the quote store; retry shortly")
    response.headers["Retry-After"] = str(RETRY_AFTER_BUSY_S)
    return response


def database_error_fields(error: DBAPIError) -> dict[str, Any]:
    """What may be logged of a database error: its kinds and codes, never its message."""
    original = error.orig
    return {"error_type": type(error).__name__, "driver_error": type(original).__name__,
            "sqlstate": getattr(original, "sqlstate", None),
            "sqlite_error": getattr(original, "sqlite_errorname", None)}


