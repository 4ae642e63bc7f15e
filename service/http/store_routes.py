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
from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo
from enum import Enum
from typing import Any, Literal

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.responses import Response
from fastapi.routing import APIRoute

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
from service.settings import Settings, zone_named
from service.store import aggregates, queries
from service.store.store import DocumentSource, Store, content_hash, utc_naive

DEFAULT_LIST_LIMIT = 50
MAX_LIST_LIMIT = 1000
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
CSV_LIST_SEPARATOR = "; "  # roles and aliases in one CSV cell
# spreadsheet programs read CSV without one as their local code page (“ shown as â€œ)
CSV_BOM = "\ufeff"
# A cell a spreadsheet would run as a formula (OWASP "CSV injection"): quoted news text can
# start with any of these. Such a cell gets a leading apostrophe, which spreadsheets hide.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_GUARD = "'"
CSV_RESPONSE: dict[int | str, dict[str, Any]] = {200: {
    "content": {"application/json": {}, "text/csv": {"schema": {"type": "string"}}},
    "description": "JSON, or CSV with `Accept: text/csv`"}}
NOT_FOUND_RESPONSE: dict[int | str, dict[str, Any]] = {404: {
    "model": schemas.ErrorResponse, "description": "`speaker_not_found`: no stored speaker has this key or name"}}
AMBIGUOUS_RESPONSE: dict[int | str, dict[str, Any]] = {409: {
    "model": schemas.ErrorResponse,
    "description": "`speaker_ambiguous`: several stored speakers have this name; `error.candidates` lists their keys"}}
SPEAKER_COLUMNS = ["key", "name", "kind", "quote_count", "document_count", "first_seen", "last_seen",
                   "roles", "aliases"]
QUOTE_COLUMNS = list(schemas.StoredQuote.model_fields)
DOCUMENT_COLUMNS = list(schemas.DocumentSummary.model_fields)
TIMELINE_COLUMNS = list(schemas.TimelinePoint.model_fields)
# one CSV row per speaker and period (the long form a BI tool pivots)
SPEAKER_TIMELINE_COLUMNS = ["key", "name", "kind", "quote_count", "document_count", "outlet_count", "period",
                            "period_quote_count", "period_document_count"]
OUTLET_COLUMNS = list(schemas.OutletSummary.model_fields)
DEFAULT_TIMELINE_SPEAKERS = 10
MAX_TIMELINE_SPEAKERS = 100  # each brings its timeline: a bounded answer

# query values in characters (README "Limits"), so that no value reaches a database index or
# the full-text parser unbounded
MAX_SPEAKER_CHARS = 256  # a key or a name
MAX_SEARCH_CHARS = 500
MAX_CURSOR_CHARS = 200
MAX_DATE_CHARS = 40
MAX_CANDIDATES = 50  # keys listed with a 409 for a name several speakers share
MAX_TIMEZONE_CHARS = 64  # the longest IANA zone names are about 30
TIMEZONE_DESCRIPTION = ("IANA time zone (e.g. `Asia/Makassar`, `UTC`) for `from`/`to` without an offset, "
                        "timeline days and returned times; default KUTIP_TIMEZONE (Asia/Jakarta)")

RunExtraction = Callable[[str, str | None, str, float | None], schemas.ExtractResponse]


def checked_query(request: Request) -> None:
    """Every store route: a query parameter the route does not take is a 422 naming it (a
    misspelt `speker=` used to be ignored, answering with every quote), and a NUL in a query
    or path value is a 422 (no database can compare with it)."""
    route = request.scope.get("route")
    known = {param.alias for param in route.dependant.query_params} if isinstance(route, APIRoute) else set()
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise APIError(422, "unknown_parameter", f"unknown query parameter {ascii(unknown)[1:-1][:200]}; "
                                                 f"this route takes {', '.join(sorted(known)) or 'none'}")
    for name, value in [*request.query_params.multi_items(), *request.path_params.items()]:
        if schemas.NUL in value:
            raise APIError(422, "invalid_request", f"{ascii(name)[:100]}: a NUL character is not accepted")


STORE_TAGS: list[str | Enum] = ["store"]
STORE_DEPENDENCIES = [Depends(checked_query)]


def wants_csv(request: Request) -> bool:
    return "text/csv" in request.headers.get("accept", "").lower()


def csv_response(rows: Iterable[dict[str, Any]], columns: list[str], headers: dict[str, str] | None = None) \
        -> Response:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: csv_cell(value) for key, value in row.items()})
    return Response(content=CSV_BOM + buffer.getvalue(), media_type=CSV_MEDIA_TYPE, headers=headers)


def csv_cell(value: Any) -> Any:
    """Lists joined into one cell; text that a spreadsheet would run as a formula guarded."""
    if isinstance(value, list):
        value = CSV_LIST_SEPARATOR.join(value)
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return FORMULA_GUARD + value
    return value


def json_response(model: schemas.BaseModel) -> Response:
    return Response(content=model.model_dump_json(), media_type="application/json")


def parse_moment(value: str | None, name: str, zone: tzinfo, end_of_range: bool = False) -> datetime | None:
    """ISO 8601 date or date-time; without an offset it is local time in `zone`. A bare date
    as the end of a range includes that whole local day."""
    if value is None or value == "":
        return None
    bare_date = len(value) == len("2024-01-31")
    try:
        if bare_date:
            day = date.fromisoformat(value)
            parsed = datetime(day.year, day.month, day.day)
        else:
            parsed = datetime.fromisoformat(value)
    except ValueError:
        raise APIError(422, "invalid_request", f"{name}: not an ISO 8601 date or date-time: "
                                               f"{ascii(value[:40])}") from None
    if not schemas.in_storable_range(parsed):
        raise APIError(422, schemas.DATE_OUT_OF_RANGE, f"{name}: {schemas.DATE_RANGE_MESSAGE}")
    if bare_date and end_of_range:
        parsed += timedelta(days=1)
    return utc_naive(parsed, zone)


def request_zone(tz: str | None, settings: Settings) -> tzinfo:
    """The `tz` parameter's zone, else KUTIP_TIMEZONE."""
    if not tz:
        return settings.zone
    zone = zone_named(tz)
    if zone is None:
        raise APIError(422, "invalid_request", f"tz: not an IANA time zone: {ascii(tz[:MAX_TIMEZONE_CHARS])}")
    return zone


def list_filters(date_from: str | None, date_to: str | None, outlet: str | None,
                 kind: Literal["person", "organization"] | None, zone: tzinfo) -> queries.Filters:
    return queries.Filters(parse_moment(date_from, "from", zone), parse_moment(date_to, "to", zone, end_of_range=True),
                           outlet or None, kind, zone)


def one_speaker(store: Store, value: str) -> str | None:
    """The one speaker a key or name means; a name several speakers share is a 409 listing
    their keys (an empty answer would read as "never quoted")."""
    keys = queries.speaker_keys_for(store, value)
    if len(keys) > 1:
        raise APIError(409, "speaker_ambiguous", f"{len(keys)} stored speakers are known as {value[:200]!r}: "
                                                 "ask again with one of their keys",
                       {"candidates": keys[:MAX_CANDIDATES]})
    return keys[0] if keys else None


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
                     kind: Literal["person", "organization"] | None = None,
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
                   kind: Literal["person", "organization"] | None = None,
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


DOCUMENT_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {
    "model": schemas.ErrorResponse, "description": "`document_not_found`: no stored document has this id"}}


def add_document_routes(app: FastAPI, settings: Settings, store: Callable[[], Store]) -> None:
    """GET /v1/documents, GET and DELETE /v1/documents/{id}: what the store keeps of an article."""

    @app.get("/v1/documents", response_model=schemas.DocumentList, responses=CSV_RESPONSE,
             tags=STORE_TAGS, dependencies=STORE_DEPENDENCIES)
    def get_documents(request: Request,
                      date_from: str | None = Query(None, alias="from", max_length=MAX_DATE_CHARS),
                      date_to: str | None = Query(None, alias="to", max_length=MAX_DATE_CHARS),
                      outlet: str | None = Query(None, max_length=schemas.MAX_OUTLET_CHARS),
                      limit: int = Query(DEFAULT_LIST_LIMIT, ge=1, le=MAX_LIST_LIMIT),
                      cursor: str | None = Query(None, max_length=MAX_CURSOR_CHARS),
                      tz: str | None = Query(None, max_length=MAX_TIMEZONE_CHARS,
                                             description=TIMEZONE_DESCRIPTION)) -> Response:
        """Stored documents newest first (publication date, else storage date): metadata and
        quote counts, no text. Page with `cursor` (CSV: the `X-Next-Cursor` header)."""
        filters = list_filters(date_from, date_to, outlet, None, request_zone(tz, settings))
        try:
            rows, next_cursor, total = queries.list_documents(store(), filters, limit, cursor)
        except ValueError as error:
            raise APIError(422, "invalid_request", f"cursor: {error}") from None
        if wants_csv(request):
            return csv_response(rows, DOCUMENT_COLUMNS, {"X-Next-Cursor": next_cursor} if next_cursor else None)
        return json_response(schemas.DocumentList(documents=[schemas.DocumentSummary(**row) for row in rows],
                                                  next_cursor=next_cursor, total=total))

    @app.get("/v1/documents/{document_id}", response_model=schemas.DocumentDetail, responses=DOCUMENT_NOT_FOUND,
             tags=STORE_TAGS, dependencies=STORE_DEPENDENCIES)
    def get_document(document_id: str = Path(max_length=schemas.MAX_DOCUMENT_ID_CHARS),
                     tz: str | None = Query(None, max_length=MAX_TIMEZONE_CHARS,
                                            description=TIMEZONE_DESCRIPTION)) -> Response:
        """One stored document: metadata, its text (unless KUTIP_STORE_TEXT=false) and its
        extraction as /v1/extract returned it, so that quote offsets can be read in context."""
        found = queries.get_document(store(), document_id, request_zone(tz, settings))
        if found is None:
            raise APIError(404, "document_not_found", f"no stored document has the id {document_id[:200]!r}")
        extraction = found.pop("extraction")
        detail = schemas.DocumentDetail(**found, extraction=schemas.ExtractResponse.model_validate_json(extraction)
                                        if extraction else None)
        return json_response(detail)

    @app.delete("/v1/documents/{document_id}", response_model=schemas.DocumentDeleted,
                responses=DOCUMENT_NOT_FOUND, tags=STORE_TAGS, dependencies=STORE_DEPENDENCIES)
    def delete_document(document_id: str = Path(max_length=schemas.MAX_DOCUMENT_ID_CHARS)) -> Response:
        """Remove a document with its quotes, people and mentions: speaker counts follow, and
        every speaker key stays as it is."""
        deleted = store().delete(document_id)
        if deleted is None:
            raise APIError(404, "document_not_found", f"no stored document has the id {document_id[:200]!r}")
        return json_response(schemas.DocumentDeleted(id=document_id, deleted_quotes=deleted))


def speaker_timeline_rows(speakers: list[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """One CSV row per speaker and period; a speaker without quotes in the range has none."""
    for speaker in speakers:
        for point in speaker["timeline"]:
            yield {**speaker, "period": point["period"], "period_quote_count": point["quote_count"],
                   "period_document_count": point["document_count"], "timeline": None}


def add_aggregate_routes(app: FastAPI, settings: Settings, store: Callable[[], Store]) -> None:
    """GET /v1/speaker-timelines and GET /v1/outlets: what the dashboard (issue 24) shows and
    GET /v1/speakers does not answer in one request."""

    @app.get("/v1/speaker-timelines", response_model=schemas.SpeakerTimelineList, responses=CSV_RESPONSE,
             tags=STORE_TAGS, dependencies=STORE_DEPENDENCIES)
    def get_speaker_timelines(request: Request,
                              date_from: str | None = Query(None, alias="from", max_length=MAX_DATE_CHARS),
                              date_to: str | None = Query(None, alias="to", max_length=MAX_DATE_CHARS),
                              outlet: str | None = Query(None, max_length=schemas.MAX_OUTLET_CHARS),
                              kind: Literal["person", "organization"] | None = None,
                              interval: Literal["day", "week"] = "day",
                              limit: int = Query(DEFAULT_TIMELINE_SPEAKERS, ge=1, le=MAX_TIMELINE_SPEAKERS),
                              tz: str | None = Query(None, max_length=MAX_TIMEZONE_CHARS,
                                                     description=TIMEZONE_DESCRIPTION)) -> Response:
        """The most quoted speakers as GET /v1/speakers ranks them, each with the number of
        outlets quoting them and their quotes per day or week within the same filters. As
        CSV: one row per speaker and period."""
        opened = store()
        filters = list_filters(date_from, date_to, outlet, kind, request_zone(tz, settings))
        speakers = aggregates.speaker_timelines(opened, filters, limit, interval)
        if wants_csv(request):
            return csv_response(speaker_timeline_rows(speakers), SPEAKER_TIMELINE_COLUMNS)
        return json_response(schemas.SpeakerTimelineList(
            interval=interval, speakers=[schemas.SpeakerTimeline(**speaker) for speaker in speakers],
            total=queries.count_speakers(opened, filters)))

    @app.get("/v1/outlets", response_model=schemas.OutletList, responses={**CSV_RESPONSE, **AMBIGUOUS_RESPONSE},
             tags=STORE_TAGS, dependencies=STORE_DEPENDENCIES)
    def get_outlets(request: Request, speaker: str | None = Query(None, max_length=MAX_SPEAKER_CHARS),
                    date_from: str | None = Query(None, alias="from", max_length=MAX_DATE_CHARS),
                    date_to: str | None = Query(None, alias="to", max_length=MAX_DATE_CHARS),
                    kind: Literal["person", "organization"] | None = None,
                    limit: int = Query(DEFAULT_LIST_LIMIT, ge=1, le=MAX_LIST_LIMIT),
                    tz: str | None = Query(None, max_length=MAX_TIMEZONE_CHARS,
                                           description=TIMEZONE_DESCRIPTION)) -> Response:
        """Quotes, documents and speakers per outlet, most quotes first: of one speaker (key,
        or a name or alias; 409 with `candidates` when several speakers share it), or of all."""
        opened = store()
        filters = list_filters(date_from, date_to, None, kind, request_zone(tz, settings))
        speaker_key = one_speaker(opened, speaker) if speaker else None
        rows: list[dict[str, Any]] = []
        total = 0
        if speaker_key is not None or not speaker:  # a speaker nobody knows is quoted nowhere
            rows, total = aggregates.outlet_breakdown(opened, filters, speaker_key, limit)
        if wants_csv(request):
            return csv_response(rows, OUTLET_COLUMNS)
        return json_response(schemas.OutletList(outlets=[schemas.OutletSummary(**row) for row in rows], total=total))
