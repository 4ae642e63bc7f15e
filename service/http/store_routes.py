"""Ingest and read routes of the quote store (added only when KUTIP_DATABASE_URL is set).

POST /v1/documents[/batch] extract and store; GET /v1/speakers, /v1/speakers/{key} and
/v1/quotes read. Every list answers JSON, or CSV when the client sends `Accept: text/csv`
(a spreadsheet or BI tool reads it as it is). Same API key, limits and error bodies as
/v1/extract.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, Literal

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.responses import Response

from service import schemas
from service.errors import APIError
from service.extraction.pipeline import Extractor
from service.http.batch_deadline import BatchGuard
from service.http.request_bodies import (
    DocumentProblem,
    parse_batch_as,
    parse_body_as,
    read_batch_body,
    read_document_body,
)
from service.http.store_helpers import (
    AMBIGUOUS_RESPONSE,
    CSV_RESPONSE,
    DEFAULT_LIST_LIMIT,
    MAX_CURSOR_CHARS,
    MAX_DATE_CHARS,
    MAX_LIST_LIMIT,
    MAX_SEARCH_CHARS,
    MAX_SPEAKER_CHARS,
    MAX_TIMEZONE_CHARS,
    NOT_FOUND_RESPONSE,
    QUOTE_COLUMNS,
    SPEAKER_COLUMNS,
    STORE_DEPENDENCIES,
    STORE_TAGS,
    TIMELINE_COLUMNS,
    TIMEZONE_DESCRIPTION,
    RunExtraction,
    csv_response,
    json_response,
    list_filters,
    one_speaker,
    request_zone,
    wants_csv,
)
from service.http.store_read_routes import add_aggregate_routes, add_document_routes
from service.settings import Settings
from service.store import queries
from service.store.engine import content_hash
from service.store.store import DocumentSource, Store


def add_store_routes(app: FastAPI, settings: Settings, run_extraction: RunExtraction,
                     ready_extractor: Callable[[], Extractor]) -> None:
    def store() -> Store:
        opened: Store | None = app.state.store
        if opened is None:
            raise APIError(503, "not_ready", "the store is still opening")
        return opened

    def ingest(document: schemas.DocumentIn, timeout_s: float | None = None) -> schemas.DocumentStored:
        digest = content_hash(document.text, document.format)
        source = DocumentSource(document.id, digest, len(document.text), document.outlet, document.url,
                                document.published_at)  # without an offset: the store's zone
        extractor = ready_extractor()
        outcome = store().current_outcome(source, extractor.model_name, extractor.rules_version)
        if outcome is None:
            result = run_extraction(document.text, document.id, document.format, timeout_s)
            kept_text = (result.text if document.format == "html" else document.text) if settings.store_text else None
            outcome = store().put(replace(source, text=kept_text), result)
        return schemas.DocumentStored(id=document.id, status=outcome.status, content_hash=digest,
                                      quote_count=outcome.quote_count, speaker_keys=outcome.speaker_keys)

    @app.post("/v1/documents", response_model=schemas.DocumentStored, tags=STORE_TAGS, dependencies=STORE_DEPENDENCIES,
              openapi_extra={"requestBody": {"content": {"application/json": {
                  "schema": {"$ref": "#/components/schemas/DocumentIn"}}}, "required": True}})
    def post_document(request: Request, body: bytes = Depends(read_document_body)) -> Response:
        """Extract one article and store it: idempotent by id and content (the same article
        twice is stored once; an edited one replaces its old quotes)."""
        document = parse_body_as(schemas.DocumentIn, request.headers.get("content-type", ""), body)
        return json_response(ingest(document))

    @app.post("/v1/documents/batch", response_model=schemas.DocumentBatchOut,
              tags=STORE_TAGS, dependencies=STORE_DEPENDENCIES,
              openapi_extra={"requestBody": {"content": {"application/json": {
                  "schema": {"$ref": "#/components/schemas/DocumentBatchIn"}}}, "required": True}})
    def post_documents(request: Request, body: bytes = Depends(read_batch_body)) -> Response:
        """Several articles; a failing one (its schema included) gets an error object, the
        others are stored, each in its own transaction. Stops when the client disconnects or
        the batch's deadline passes."""
        batch = parse_batch_as(schemas.DocumentIn, request.headers.get("content-type", ""), body,
                               settings.max_batch_documents)
        guard = BatchGuard(request, settings, len(batch.documents))
        results: list[schemas.DocumentBatchItem] = []
        for document in batch.documents:
            if guard.client_gone():
                break
            try:
                if isinstance(document, DocumentProblem):
                    raise document.error
                results.append(schemas.DocumentBatchItem(id=document.id,
                                                         result=ingest(document, guard.document_timeout_s())))
            except APIError as error:
                results.append(schemas.DocumentBatchItem(id=document.id, error=schemas.ErrorDetail(
                    code=error.code, message=error.message)))
        return json_response(schemas.DocumentBatchOut(results=results))

    @app.get("/v1/speakers", response_model=schemas.SpeakerList, responses=CSV_RESPONSE,
             tags=STORE_TAGS, dependencies=STORE_DEPENDENCIES)
    def get_speakers(request: Request, date_from: str | None = Query(None, alias="from", max_length=MAX_DATE_CHARS),
                     date_to: str | None = Query(None, alias="to", max_length=MAX_DATE_CHARS),
                     outlet: str | None = Query(None, max_length=schemas.MAX_OUTLET_CHARS),
                     kind: schemas.SpeakerKind | None = None,
                     limit: int = Query(DEFAULT_LIST_LIMIT, ge=1, le=MAX_LIST_LIMIT),
                     tz: str | None = Query(None, max_length=MAX_TIMEZONE_CHARS,
                                            description=TIMEZONE_DESCRIPTION),
                     q: str | None = Query(None, max_length=MAX_SPEAKER_CHARS,
                                           description="Words of a name or alias (case, accents aside), each "
                                                       "the start of a name word: `prab` finds Prabowo")) \
            -> Response:
        """Most quoted speakers, merged across articles: quote and document counts, first and
        last seen (`from`/`to`: ISO dates, both inclusive)."""
        opened = store()
        filters = list_filters(date_from, date_to, outlet, kind, request_zone(tz, settings))
        if q:
            filters = replace(filters, speaker_keys=queries.speakers_named(opened, q))
        rows = queries.top_speakers(opened, filters, limit)
        if wants_csv(request):
            return csv_response(rows, SPEAKER_COLUMNS)
        return json_response(schemas.SpeakerList(speakers=[schemas.SpeakerSummary(**row) for row in rows],
                                                 total=queries.count_speakers(opened, filters)))

    @app.get("/v1/speakers/{key}", response_model=schemas.SpeakerDetail,
             responses={**CSV_RESPONSE, **NOT_FOUND_RESPONSE, **AMBIGUOUS_RESPONSE},
             tags=STORE_TAGS, dependencies=STORE_DEPENDENCIES)
    def get_speaker(request: Request, key: str = Path(max_length=MAX_SPEAKER_CHARS),
                    interval: Literal["day", "week"] = "day",
                    date_from: str | None = Query(None, alias="from", max_length=MAX_DATE_CHARS),
                    date_to: str | None = Query(None, alias="to", max_length=MAX_DATE_CHARS),
                    outlet: str | None = Query(None, max_length=schemas.MAX_OUTLET_CHARS),
                    tz: str | None = Query(None, max_length=MAX_TIMEZONE_CHARS,
                                           description=TIMEZONE_DESCRIPTION)) -> Response:
        """One speaker by key, or by any name or alias it is known by (case, accents and titles
        aside; 409 `speaker_ambiguous` with `candidates` when several speakers share it):
        quotes per day or week and the latest quotes. As CSV: the timeline."""
        opened = store()
        resolved = one_speaker(opened, key)
        filters = list_filters(date_from, date_to, outlet, None, request_zone(tz, settings))
        detail = queries.speaker_detail(opened, resolved, filters, interval) if resolved else None
        if detail is None:
            raise APIError(404, "speaker_not_found", f"no stored speaker has the key or name {key[:200]!r}")
        if wants_csv(request):
            return csv_response(detail["timeline"], TIMELINE_COLUMNS)
        return json_response(schemas.SpeakerDetail(**detail))

    @app.get("/v1/quotes", response_model=schemas.QuotePage, responses={**CSV_RESPONSE, **AMBIGUOUS_RESPONSE},
             tags=STORE_TAGS, dependencies=STORE_DEPENDENCIES)
    def get_quotes(request: Request, speaker: str | None = Query(None, max_length=MAX_SPEAKER_CHARS),
                   q: str | None = Query(None, max_length=MAX_SEARCH_CHARS),
                   date_from: str | None = Query(None, alias="from", max_length=MAX_DATE_CHARS),
                   date_to: str | None = Query(None, alias="to", max_length=MAX_DATE_CHARS),
                   outlet: str | None = Query(None, max_length=schemas.MAX_OUTLET_CHARS),
                   kind: schemas.SpeakerKind | None = None,
                   type: Literal["direct", "indirect", "mixed"] | None = None,  # noqa: A002 - the API's word
                   min_confidence: float = Query(0.0, ge=0, le=1, description=schemas.MIN_CONFIDENCE_DESCRIPTION),
                   limit: int = Query(DEFAULT_LIST_LIMIT, ge=1, le=MAX_LIST_LIMIT),
                   cursor: str | None = Query(None, max_length=MAX_CURSOR_CHARS),
                   tz: str | None = Query(None, max_length=MAX_TIMEZONE_CHARS,
                                          description=TIMEZONE_DESCRIPTION),
                   document_id: str | None = Query(None, max_length=schemas.MAX_DOCUMENT_ID_CHARS)) -> Response:
        """Quotes newest first: by speaker (key, or a name or alias; 409 with `candidates` when
        several speakers share it), words in the quote (`q`, full-text),
        dates, outlet, type, minimum confidence. Page with `cursor` (CSV: the `X-Next-Cursor` header)."""
        opened = store()
        filters = replace(list_filters(date_from, date_to, outlet, kind, request_zone(tz, settings)),
                          document_id=document_id or None)
        speaker_key = one_speaker(opened, speaker) if speaker else None
        rows: list[dict[str, Any]] = []
        next_cursor = None
        total = 0
        if speaker_key is not None or not speaker:  # a speaker nobody knows has no quotes
            try:
                rows, next_cursor = queries.search_quotes(opened, filters,
                                                          speaker_key, q, limit, cursor, type, min_confidence)
                total = queries.count_quotes(opened, filters, speaker_key, q, type, min_confidence)
            except ValueError as error:
                raise APIError(422, "invalid_request", f"cursor: {error}") from None
        if wants_csv(request):
            return csv_response(rows, QUOTE_COLUMNS, {"X-Next-Cursor": next_cursor} if next_cursor else None)
        return json_response(schemas.QuotePage(quotes=[schemas.StoredQuote(**row) for row in rows],
                                               next_cursor=next_cursor, total=total))

    add_document_routes(app, settings, store)
    add_aggregate_routes(app, settings, store)
