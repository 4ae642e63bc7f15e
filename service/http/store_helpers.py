"""What the store's routes share: list limits, query checks, CSV answers with the formula
guard, dates and time zones in queries, and finding one speaker by key or name.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta, tzinfo
from enum import Enum
from typing import Any

from fastapi import Depends, Request
from fastapi.responses import Response
from fastapi.routing import APIRoute

from service import schemas
from service.errors import APIError
from service.settings import Settings, zone_named
from service.store import queries
from service.store.engine import utc_naive
from service.store.store import Store

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
                 kind: schemas.SpeakerKind | None, zone: tzinfo) -> queries.Filters:
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
