"""Ingest and read routes of the quote store (added only when KUTIP_DATABASE_URL is set).

POST /v1/documents[/batch] extract and store; GET /v1/speakers, /v1/speakers/{key} and
/v1/quotes read. Every list answers JSON, or CSV when the client sends `Accept: text/csv`
(a spreadsheet or BI tool reads it as it is). Same API key, limits and error bodies as
/v1/extract.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import Any, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import Response

from service import schemas
from service.errors import APIError
from service.pipeline import Extractor
from service.request_bodies import parse_batch_body_as, read_body
from service.settings import Settings
from service.store import queries
from service.store.store import DocumentSource, Store, content_hash, utc_naive

DEFAULT_LIST_LIMIT = 50
MAX_LIST_LIMIT = 1000
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
CSV_LIST_SEPARATOR = "; "  # roles and aliases in one CSV cell
# A cell a spreadsheet would run as a formula (OWASP "CSV injection"): quoted news text can
# start with any of these. Such a cell gets a leading apostrophe, which spreadsheets hide.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_GUARD = "'"
CSV_RESPONSE: dict[int | str, dict[str, Any]] = {200: {
    "content": {"application/json": {}, "text/csv": {"schema": {"type": "string"}}},
    "description": "JSON, or CSV with `Accept: text/csv`"}}
SPEAKER_COLUMNS = ["key", "name", "kind", "quote_count", "document_count", "first_seen", "last_seen",
                   "roles", "aliases"]
QUOTE_COLUMNS = list(schemas.StoredQuote.model_fields)
TIMELINE_COLUMNS = list(schemas.TimelinePoint.model_fields)

RunExtraction = Callable[[str, str | None, str], schemas.ExtractResponse]


def wants_csv(request: Request) -> bool:
    return "text/csv" in request.headers.get("accept", "").lower()


def csv_response(rows: Iterable[dict[str, Any]], columns: list[str], headers: dict[str, str] | None = None) \
        -> Response:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: csv_cell(value) for key, value in row.items()})
    return Response(content=buffer.getvalue(), media_type=CSV_MEDIA_TYPE, headers=headers)


def csv_cell(value: Any) -> Any:
    """Lists joined into one cell; text that a spreadsheet would run as a formula guarded."""
    if isinstance(value, list):
        value = CSV_LIST_SEPARATOR.join(value)
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return FORMULA_GUARD + value
    return value


def json_response(model: schemas.BaseModel) -> Response:
    return Response(content=model.model_dump_json(), media_type="application/json")


def parse_moment(value: str | None, name: str, end_of_range: bool = False) -> datetime | None:
    """ISO 8601 date or date-time. A bare date as the end of a range includes that whole day."""
    if value is None or value == "":
        return None
    try:
        if len(value) == len("2024-01-31"):
            day = date.fromisoformat(value)
            moment = datetime(day.year, day.month, day.day)
            return moment + timedelta(days=1) if end_of_range else moment
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise APIError(422, "invalid_request", f"{name}: not an ISO 8601 date or date-time: {value[:40]}") from None
    return utc_naive(parsed)


def list_filters(date_from: str | None, date_to: str | None, outlet: str | None,
                 kind: Literal["person", "organization"] | None) -> queries.Filters:
    return queries.Filters(parse_moment(date_from, "from"), parse_moment(date_to, "to", end_of_range=True),
                           outlet or None, kind)


def add_store_routes(app: FastAPI, settings: Settings, run_extraction: RunExtraction,
                     ready_extractor: Callable[[], Extractor]) -> None:
    def store() -> Store:
        opened: Store | None = app.state.store
        if opened is None:
            raise APIError(503, "not_ready", "the store is still opening")
        return opened

    def ingest(document: schemas.DocumentIn) -> schemas.DocumentStored:
        digest = content_hash(document.text, document.format)
        source = DocumentSource(document.id, digest, len(document.text), document.outlet, document.url,
                                document.published_at)
        extractor = ready_extractor()
        outcome = store().current_outcome(source, extractor.model_name, extractor.rules_version)
        if outcome is None:
            result = run_extraction(document.text, document.id, document.format)
            outcome = store().put(source, result)
        return schemas.DocumentStored(id=document.id, status=outcome.status, content_hash=digest,
                                      quote_count=outcome.quote_count, speaker_keys=outcome.speaker_keys)

    @app.post("/v1/documents", response_model=schemas.DocumentStored, tags=["store"],
              openapi_extra={"requestBody": {"content": {"application/json": {
                  "schema": {"$ref": "#/components/schemas/DocumentIn"}}}, "required": True}})
    def post_document(request: Request, body: bytes = Depends(read_body)) -> Response:
        """Extract one article and store it: idempotent by id and content (the same article
        twice is stored once; an edited one replaces its old quotes)."""
        document = parse_batch_body_as(schemas.DocumentIn, request.headers.get("content-type", ""), body)
        return json_response(ingest(document))

    @app.post("/v1/documents/batch", response_model=schemas.DocumentBatchOut, tags=["store"],
              openapi_extra={"requestBody": {"content": {"application/json": {
                  "schema": {"$ref": "#/components/schemas/DocumentBatchIn"}}}, "required": True}})
    def post_documents(request: Request, body: bytes = Depends(read_body)) -> Response:
        """Several articles; a failing one gets an error object, the others are stored."""
        batch = parse_batch_body_as(schemas.DocumentBatchIn, request.headers.get("content-type", ""), body)
        if len(batch.documents) > settings.max_batch_documents:
            raise APIError(413, "batch_too_large", f"{len(batch.documents)} documents; the limit is "
                                                   f"{settings.max_batch_documents} (KUTIP_MAX_BATCH_DOCUMENTS)")
        results = []
        for document in batch.documents:
            try:
                results.append(schemas.DocumentBatchItem(id=document.id, result=ingest(document)))
            except APIError as error:
                results.append(schemas.DocumentBatchItem(id=document.id, error=schemas.ErrorDetail(
                    code=error.code, message=error.message)))
        return json_response(schemas.DocumentBatchOut(results=results))

    @app.get("/v1/speakers", response_model=schemas.SpeakerList, responses=CSV_RESPONSE, tags=["store"])
    def get_speakers(request: Request, date_from: str | None = Query(None, alias="from"),
                     date_to: str | None = Query(None, alias="to"), outlet: str | None = None,
                     kind: Literal["person", "organization"] | None = None,
                     limit: int = Query(DEFAULT_LIST_LIMIT, ge=1, le=MAX_LIST_LIMIT)) -> Response:
        """Most quoted speakers, merged across articles: quote and document counts, first and
        last seen (`from`/`to`: ISO dates, both inclusive)."""
        rows = queries.top_speakers(store(), list_filters(date_from, date_to, outlet, kind), limit)
        if wants_csv(request):
            return csv_response(rows, SPEAKER_COLUMNS)
        return json_response(schemas.SpeakerList(speakers=[schemas.SpeakerSummary(**row) for row in rows]))

    @app.get("/v1/speakers/{key}", response_model=schemas.SpeakerDetail, responses=CSV_RESPONSE, tags=["store"])
    def get_speaker(request: Request, key: str, interval: Literal["day", "week"] = "day",
                    date_from: str | None = Query(None, alias="from"),
                    date_to: str | None = Query(None, alias="to"), outlet: str | None = None) -> Response:
        """One speaker (by key, or by a name that resolves to one): quotes per day or week and
        the latest quotes. As CSV: the timeline."""
        opened = store()
        resolved = queries.resolve_speaker_key(opened, key)
        detail = queries.speaker_detail(opened, resolved, list_filters(date_from, date_to, outlet, None),
                                        interval) if resolved else None
        if detail is None:
            raise APIError(404, "speaker_not_found", f"no stored speaker has the key or name {key[:200]!r}")
        if wants_csv(request):
            return csv_response(detail["timeline"], TIMELINE_COLUMNS)
        return json_response(schemas.SpeakerDetail(**detail))

    @app.get("/v1/quotes", response_model=schemas.QuotePage, responses=CSV_RESPONSE, tags=["store"])
    def get_quotes(request: Request, speaker: str | None = None, q: str | None = None,
                   date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
                   outlet: str | None = None, kind: Literal["person", "organization"] | None = None,
                   type: Literal["direct", "indirect", "mixed"] | None = None,  # noqa: A002 - the API's word
                   limit: int = Query(DEFAULT_LIST_LIMIT, ge=1, le=MAX_LIST_LIMIT),
                   cursor: str | None = None) -> Response:
        """Quotes newest first: by speaker (key or name), words in the quote (`q`, full-text),
        dates, outlet, type. Page with `cursor` (CSV: the `X-Next-Cursor` header)."""
        opened = store()
        speaker_key = queries.resolve_speaker_key(opened, speaker) if speaker else None
        rows: list[dict[str, Any]] = []
        next_cursor = None
        if speaker_key is not None or not speaker:  # a speaker nobody knows has no quotes
            try:
                rows, next_cursor = queries.search_quotes(opened, list_filters(date_from, date_to, outlet, kind),
                                                          speaker_key, q, limit, cursor, type)
            except ValueError as error:
                raise APIError(422, "invalid_request", f"cursor: {error}") from None
        if wants_csv(request):
            return csv_response(rows, QUOTE_COLUMNS, {"X-Next-Cursor": next_cursor} if next_cursor else None)
        return json_response(schemas.QuotePage(quotes=[schemas.StoredQuote(**row) for row in rows],
                                               next_cursor=next_cursor))
