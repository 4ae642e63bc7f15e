"""The store's document and aggregate read routes: GET/DELETE /v1/documents[/{id}],
GET /v1/speaker-timelines and GET /v1/outlets (what the dashboard reads).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal

from fastapi import FastAPI, Path, Query, Request
from fastapi.responses import Response

from service import schemas
from service.errors import APIError
from service.http.store_helpers import (
    AMBIGUOUS_RESPONSE,
    CSV_RESPONSE,
    DEFAULT_LIST_LIMIT,
    DEFAULT_TIMELINE_SPEAKERS,
    DOCUMENT_COLUMNS,
    MAX_CURSOR_CHARS,
    MAX_DATE_CHARS,
    MAX_LIST_LIMIT,
    MAX_SPEAKER_CHARS,
    MAX_TIMELINE_SPEAKERS,
    MAX_TIMEZONE_CHARS,
    OUTLET_COLUMNS,
    SPEAKER_TIMELINE_COLUMNS,
    STORE_DEPENDENCIES,
    STORE_TAGS,
    TIMEZONE_DESCRIPTION,
    csv_response,
    json_response,
    list_filters,
    one_speaker,
    request_zone,
    wants_csv,
)
from service.settings import Settings
from service.store import aggregates, queries
from service.store.store import Store

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
                              kind: schemas.SpeakerKind | None = None,
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
                    kind: schemas.SpeakerKind | None = None,
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
