"""The REST API: POST /v1/extract, POST /v1/extract/batch, /healthz, /readyz, /metrics, and the
viewer page at / (service/viewer.py).

Models and rules load once per worker process in the lifespan; routes doing CPU work are
plain `def` so that FastAPI runs them in its thread pool, and each extraction runs under a
deadline so that no input can hold a request for longer than the configured timeout.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import asynccontextmanager
from typing import Any

import anyio
import anyio.to_thread
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from service import metrics, schemas
from service.batch_deadline import BatchGuard
from service.deadline import Deadline, DeadlineExceeded
from service.errors import APIError
from service.html_text import EMPTY_HTML_WARNING, html_to_text
from service.logging_setup import configure_logging
from service.middleware import OPEN_ROUTES, RequestObserver, error_response
from service.pipeline import Extractor
from service.reference import add_reference_routes
from service.request_bodies import (
    DocumentProblem,
    parse_batch_as,
    parse_extract_body,
    read_batch_body,
    read_document_body,
)
from service.settings import Settings
from service.store.store import Store, StoreBusy, is_busy
from service.store_api import add_store_routes
from service.viewer import add_viewer_routes

logger = logging.getLogger("kutip.api")

ERROR_DESCRIPTIONS = {
    400: "Undecodable body",
    401: "Missing or wrong API key (`X-API-Key`)",
    413: "Body, text or batch over its limit",
    415: "Unsupported content type",
    422: "Invalid JSON or schema, a query value out of range or unknown, a text that cannot be encoded",
    503: "Models not loaded, the request ran past the deadline, or the store is busy or down",
}
API_KEY_SCHEME = "APIKeyHeader"
BODY_METHODS = {"post", "put", "patch"}  # DELETE /v1/documents/{id} reads no body
BACKEND_PATHS = ("/v1/", "/readyz")  # routes that wait for the models or the store: they can be 503


def error_statuses(path: str, method: str, operation: dict[str, Any], keyed: bool) -> list[int]:
    """The error answers a route can give, so that the OpenAPI document lists only those
    (/healthz no 401, 413 or 415): 401 with a key set on a route that needs it, body errors
    on routes with a body, 422 where there is a parameter or a body to refuse, 503 where
    the models or the store are waited on."""
    statuses = []
    if keyed and path not in OPEN_ROUTES:
        statuses.append(401)
    if method in BODY_METHODS:
        statuses += [400, 413, 415]
    if method in BODY_METHODS or operation.get("parameters"):
        statuses.append(422)
    if path.startswith(BACKEND_PATHS):
        statuses.append(503)
    return sorted(statuses)


def document_errors(schema: dict[str, Any], keyed: bool) -> None:
    """Each operation's error answers and, with a key set, its security requirement; the
    API-key scheme in the components."""
    components = schema.setdefault("components", {})
    error_schema = schemas.ErrorResponse.model_json_schema(ref_template="#/components/schemas/{model}")
    components.setdefault("schemas", {}).update(error_schema.pop("$defs", {}))
    components["schemas"]["ErrorResponse"] = error_schema
    for unused in ("HTTPValidationError", "ValidationError"):  # FastAPI's 422 body, never sent
        components["schemas"].pop(unused, None)
    components["securitySchemes"] = {API_KEY_SCHEME: {
        "type": "apiKey", "in": "header", "name": "X-API-Key",
        "description": "Needed on every route but /healthz, /readyz, the viewer and this reference "
                       "when the server sets KUTIP_API_KEY"}}
    error_body = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            for status in ERROR_DESCRIPTIONS:
                responses.pop(str(status), None)
            for status in error_statuses(path, method, operation, keyed):
                responses[str(status)] = {"description": ERROR_DESCRIPTIONS[status], "content": error_body}
            if keyed and path not in OPEN_ROUTES:
                operation["security"] = [{API_KEY_SCHEME: []}]


def create_app(settings: Settings | None = None, extractor: Extractor | None = None) -> FastAPI:
    settings = settings or Settings()
    configure_logging(settings.log_level)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if app.state.extractor is None:
            started = time.perf_counter()
            app.state.extractor = Extractor.from_settings(settings)
            metrics.MODEL_LOAD_SECONDS.set(time.perf_counter() - started)
        if settings.database_url and app.state.store is None:
            app.state.store = Store.open(settings.database_url, app.state.extractor.rules, settings.aliases_path,
                                         settings.store_busy_timeout_s, settings.zone)
        logger.info("ready", extra={"model": app.state.extractor.model_name, "store": app.state.store is not None})
        yield
        app.state.executor.shutdown(wait=True)
        if app.state.store is not None:
            app.state.store.close()

    app = FastAPI(
        title="kutip",
        version="0.1.0",
        summary="Quotations and their speakers in Indonesian news.",
        lifespan=lifespan,
        docs_url=None,  # served from kutip's own copy of the assets (service/reference.py)
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.extractor = extractor
    app.state.store = None
    app.state.executor = ThreadPoolExecutor(max_workers=EXTRACTION_THREADS, thread_name_prefix="kutip-extract")
    app.state.in_flight = InFlight()
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST", "DELETE"],
                           allow_headers=["Content-Type", "X-API-Key", "X-Request-ID"])

    # added last, so it runs first: every response, errors and CORS preflights included, gets an id
    app.add_middleware(RequestObserver, api_key=settings.api_key)

    default_openapi = app.openapi

    def openapi_with_limits() -> dict[str, Any]:
        """The OpenAPI schema with the configured limits, so clients (and schemathesis) see them."""
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = default_openapi()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["ExtractRequest"] = schemas.ExtractRequest.model_json_schema(
            ref_template="#/components/schemas/{model}")
        components["ExtractRequest"]["properties"]["text"]["maxLength"] = settings.max_chars
        add_batch_schema(components, schemas.BatchRequest, "BatchDocument", settings)
        if settings.database_url:
            add_batch_schema(components, schemas.DocumentBatchIn, "DocumentIn", settings)
        plain = schema["paths"]["/v1/extract"]["post"]["requestBody"]["content"]["text/plain"]["schema"]
        plain["maxLength"] = settings.max_chars
        document_errors(schema, keyed=settings.api_key is not None)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi_with_limits  # type: ignore[method-assign]

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

    @app.exception_handler(Exception)
    async def handle_unexpected(_: Request, error: Exception) -> JSONResponse:
        logger.exception("unhandled error", exc_info=error)
        return error_response(500, "internal_error", "internal error; see the server log")

    def ready_extractor() -> Extractor:
        extractor_now = app.state.extractor
        if extractor_now is None:
            raise APIError(503, "not_ready", "models are still loading")
        return extractor_now  # type: ignore[no-any-return]

    def minimum_confidence(requested: float | None) -> float:
        """The request's minimum, else the deployment's (KUTIP_MIN_CONFIDENCE)."""
        return settings.min_confidence if requested is None else requested

    def run_extraction(text: str, document_id: str | None, text_format: str,
                       timeout_s: float | None = None) -> schemas.ExtractResponse:
        """One document under its deadline (`timeout_s`: a batch's remaining time, when shorter)."""
        extractor_now = ready_extractor()
        if len(text) > settings.max_chars:  # the limit applies to what is posted, HTML included
            raise APIError(413, "text_too_long", f"text has {len(text)} characters; the limit is "
                                                 f"{settings.max_chars} (KUTIP_MAX_CHARS)")
        extracted = html_to_text(text) if text_format == "html" else text
        if settings.debug_log_text:
            logger.debug("text", extra={"text": extracted[:2000]})
        seconds = settings.request_timeout_s if timeout_s is None else timeout_s
        deadline = Deadline(seconds)
        app.state.in_flight.enter()
        future = app.state.executor.submit(extractor_now.extract, extracted, document_id, deadline)
        future.add_done_callback(lambda _: app.state.in_flight.leave())  # counts until the work has stopped
        timeout_error = APIError(503, "timeout", f"extraction ran past {seconds:g} s (KUTIP_REQUEST_TIMEOUT_S, "
                                                 "or what was left of KUTIP_BATCH_TIMEOUT_S)")
        try:
            result: schemas.ExtractResponse = future.result(timeout=seconds)
        except FutureTimeout:
            # the extraction sees the same deadline and stops at its next check
            future.cancel()
            raise timeout_error from None
        except DeadlineExceeded:
            raise timeout_error from None
        if text_format == "html":
            result.text = extracted
            if not extracted.strip():
                result.meta.warnings.append(EMPTY_HTML_WARNING)
        metrics.observe_document(len(extracted), len(result.quotes))
        return result

    @app.post("/v1/extract", response_model=schemas.ExtractResponse, response_model_exclude_none=False,
              openapi_extra={"requestBody": {"content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/ExtractRequest"}},
                  "text/plain": {"schema": {"type": "string"}}}, "required": True}})
    def extract(request: Request, body: bytes = Depends(read_document_body),
                min_confidence: float | None = Query(None, ge=0, le=1,
                                                     description=schemas.MIN_CONFIDENCE_DESCRIPTION)) -> Response:
        """Quotes, speakers, people and entities of one article (JSON body, or text/plain)."""
        payload = parse_extract_body(request.headers.get("content-type", ""), body)
        result = run_extraction(payload.text, payload.id, payload.format)
        return model_json_response(result.keep_confident(minimum_confidence(min_confidence)))

    @app.post("/v1/extract/batch", response_model=schemas.BatchResponse,
              openapi_extra={"requestBody": {"content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/BatchRequest"}}}, "required": True}})
    def extract_batch(request: Request, body: bytes = Depends(read_batch_body),
                      min_confidence: float | None = Query(None, ge=0, le=1,
                                                           description=schemas.MIN_CONFIDENCE_DESCRIPTION)) -> Response:
        """Several articles in one call; a failing document (its schema included) gets an error
        object, not a failed batch. Stops when the client disconnects or the batch's deadline
        passes (the documents left get 503 `batch_timeout` errors)."""
        batch = parse_batch_as(schemas.BatchDocument, request.headers.get("content-type", ""), body,
                               settings.max_batch_documents)
        ready_extractor()
        guard = BatchGuard(request, settings, len(batch.documents))
        minimum = minimum_confidence(min_confidence)
        results: list[schemas.BatchItem] = []
        for document in batch.documents:
            if guard.client_gone():
                logger.info("batch stopped: the client disconnected", extra={"done": len(results)})
                break
            try:
                if isinstance(document, DocumentProblem):
                    raise document.error
                result = run_extraction(document.text, document.id, document.format, guard.document_timeout_s())
                results.append(schemas.BatchItem(id=document.id, result=result.keep_confident(minimum)))
            except APIError as error:
                results.append(schemas.BatchItem(id=document.id, error=schemas.ErrorDetail(
                    code=error.code, message=error.message)))
        return model_json_response(schemas.BatchResponse(results=results))

    add_viewer_routes(app, settings)
    add_reference_routes(app)
    if settings.database_url:
        add_store_routes(app, settings, run_extraction, ready_extractor)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        """The process is alive (answered on the event loop, never behind extraction work)."""
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz() -> dict[str, str]:
        """Models and rules are loaded and an extraction thread is free; 503 `busy` tells a load
        balancer to route elsewhere while every thread is extracting. `store` says whether a
        configured store answers (also the kutip_store_up metric); a store that is down does
        not make the worker unready, since extraction still works."""
        extractor_now = ready_extractor()
        if app.state.in_flight.count >= EXTRACTION_THREADS:
            raise APIError(503, "busy", f"all {EXTRACTION_THREADS} extraction threads are working")
        return {"status": "ready", "model": extractor_now.model_name, "rules_version": extractor_now.rules_version,
                "store": await store_state()}

    async def store_state() -> str:
        """`up`, `down` or `off`, asked in a thread (a database that does not answer must not
        stall the event loop) for at most STORE_PROBE_TIMEOUT_S."""
        opened: Store | None = app.state.store
        if not settings.database_url:
            return "off"
        answered = False
        if opened is not None:
            with anyio.move_on_after(STORE_PROBE_TIMEOUT_S):
                answered = await anyio.to_thread.run_sync(opened.ping, abandon_on_cancel=True)
        metrics.STORE_UP.set(1 if answered else 0)
        return "up" if answered else "down"

    @app.get("/metrics", response_class=PlainTextResponse)
    def prometheus_metrics() -> Response:
        """Prometheus metrics of this worker process."""
        body, content_type = metrics.render()
        return Response(content=body, media_type=content_type)

    return app


def add_batch_schema(components: dict[str, Any], batch_model: type[BaseModel], document_name: str,
                     settings: Settings) -> None:
    """A batch request body and its document schema in the OpenAPI components, with the
    configured text and batch limits."""
    batch_schema = batch_model.model_json_schema(ref_template="#/components/schemas/{model}")
    components.update(batch_schema.pop("$defs", {}))
    components[batch_model.__name__] = batch_schema
    components[document_name]["properties"]["text"]["maxLength"] = settings.max_chars
    batch_schema["properties"]["documents"]["maxItems"] = settings.max_batch_documents


STORE_PROBE_TIMEOUT_S = 2.0  # /readyz waits this long for the store's answer
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


EXTRACTION_THREADS = 8  # per worker process; the NER model is shared and serialised by its (fair) lock


class InFlight:
    """How many extractions are running in this process (including ones whose request has
    already been answered with a timeout but whose work has not yet reached its next check)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.count = 0

    def enter(self) -> None:
        with self._lock:
            self.count += 1

    def leave(self) -> None:
        with self._lock:
            self.count -= 1


def model_json_response(model: schemas.ExtractResponse | schemas.BatchResponse) -> Response:
    """Serialise once with pydantic's Rust serializer.

    Returning the model itself would make FastAPI validate it again against the
    response_model and then serialise it: a second pass over every quote, person and entity
    that was built by this code from the same schema a moment before. The route still
    declares response_model, so the OpenAPI document is unchanged (and schemathesis checks
    that what is sent matches it).
    """
    return Response(content=model.model_dump_json(), media_type="application/json")
