"""Aggregates the dashboard reads (issue 24): the top speakers with their timelines and
outlet counts in one request, and quotes per outlet.

Both are public API routes (GET /v1/speaker-timelines, GET /v1/outlets), so that whatever
the dashboard shows a script can fetch too. They read the same `quotes` rows and filters as
the speakers list (service/store/queries.py) and use its indexes: the speaker index
(speaker_key, dated_at, document_id) for timelines and one speaker's outlets, the documents'
(outlet, dated_at) for the outlets of all speakers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, desc, distinct, func, select

from service.store import tables
from service.store.queries import Filters, Interval, period_start, top_speakers
from service.store.store import Store


def speaker_timelines(store: Store, filters: Filters, limit: int, interval: Interval) -> list[dict[str, Any]]:
    """The `limit` most quoted speakers (as GET /v1/speakers ranks them), each with how many
    outlets quote them and their quotes per local day or week.

    A document's quotes share its one `dated_at`, so the documents of different times are
    different documents: quotes and documents per (speaker, time), grouped in the database
    over the speaker index, add up to each local period without fetching a row per quote
    (the top speakers of a year hold most of its quotes)."""
    speakers = top_speakers(store, filters, limit)
    keys = [speaker["key"] for speaker in speakers]
    if not keys:
        return []
    conditions = [tables.quotes.c.speaker_key.in_(keys), *filters.on_quotes()]
    nested = store.engine.dialect.name == "postgresql"
    with store.engine.connect() as connection:
        outlets = {key: int(count) for key, count in connection.execute(_outlets_per_speaker(conditions, nested))}
        per_time = [(key, moment, int(quote_count), int(document_count))
                    for key, moment, quote_count, document_count in connection.execute(
                        _counts_per_time(conditions, nested))]
    timelines = periods_of(per_time, interval, filters)
    return [{**speaker, "outlet_count": outlets.get(speaker["key"], 0),
             "timeline": timelines.get(speaker["key"], [])} for speaker in speakers]


def _counts_per_time(conditions: list[ColumnElement[bool]], nested: bool) -> Select[Any]:
    """(speaker, time, quotes, documents). SQLite walks the speaker index in order, so its
    COUNT(DISTINCT) is cheap; PostgreSQL would sort every group for it, and hash-aggregates
    per document first, then per time, instead (as queries.top_speakers does)."""
    quotes = tables.quotes
    if not nested:
        return select(quotes.c.speaker_key, quotes.c.dated_at, func.count(),
                      func.count(distinct(quotes.c.document_id))) \
            .where(*conditions).group_by(quotes.c.speaker_key, quotes.c.dated_at)
    per_document = select(quotes.c.speaker_key, quotes.c.dated_at, func.count().label("quotes_in_document")) \
        .where(*conditions).group_by(quotes.c.speaker_key, quotes.c.dated_at, quotes.c.document_id).subquery()
    return select(per_document.c.speaker_key, per_document.c.dated_at, func.sum(per_document.c.quotes_in_document),
                  func.count()).group_by(per_document.c.speaker_key, per_document.c.dated_at)


def _outlets_per_speaker(conditions: list[ColumnElement[bool]], nested: bool) -> Select[Any]:
    """(speaker, outlets quoting them), nested on PostgreSQL for the same reason."""
    quotes = tables.quotes
    if not nested:
        return select(quotes.c.speaker_key, func.count(distinct(quotes.c.outlet))) \
            .where(*conditions).group_by(quotes.c.speaker_key)
    pairs = select(quotes.c.speaker_key, quotes.c.outlet).where(*conditions, quotes.c.outlet.is_not(None)) \
        .group_by(quotes.c.speaker_key, quotes.c.outlet).subquery()
    return select(pairs.c.speaker_key, func.count()).group_by(pairs.c.speaker_key)


def periods_of(per_time: Sequence[tuple[str, datetime, int, int]], interval: Interval, filters: Filters) \
        -> dict[str, list[dict[str, Any]]]:
    """(speaker, time, quotes, documents) rows as each speaker's quotes and documents per
    local period, oldest first. Periods without quotes are left out (as in GET
    /v1/speakers/{key})."""
    buckets: dict[str, dict[str, list[int]]] = {}
    period_of: dict[datetime, str] = {}  # the speakers of one article share its time
    for key, moment, quote_count, document_count in per_time:
        period = period_of.get(moment)
        if period is None:
            period = period_of[moment] = period_start(moment, interval, filters.zone)
        counts = buckets.setdefault(key, {}).setdefault(period, [0, 0])
        counts[0] += quote_count
        counts[1] += document_count
    return {key: [{"period": period, "quote_count": quote_count, "document_count": document_count}
                  for period, (quote_count, document_count) in sorted(periods.items())]
            for key, periods in buckets.items()}


def _outlets_from_quotes(filters: Filters, speaker_key: str | None) -> Select[Any]:
    """Per outlet from the quotes: of one speaker (over the speaker index) or of one kind."""
    quotes = tables.quotes
    query = select(quotes.c.outlet, func.count().label("quote_count"),
                   func.count(distinct(quotes.c.document_id)).label("document_count")).where(*filters.on_quotes())
    if speaker_key is not None:
        query = query.where(quotes.c.speaker_key == speaker_key)
    if filters.kind is not None:
        query = query.join(tables.speakers, tables.speakers.c.key == quotes.c.speaker_key) \
            .where(tables.speakers.c.kind == filters.kind)
    return query.group_by(quotes.c.outlet)


def _outlets_from_documents(filters: Filters) -> Select[Any]:
    """Per outlet from the documents, whose `quote_count` is the number of their quote rows
    and whose `dated_at` is their quotes': the same figures as from the quotes, over one row
    a document instead of one a quote."""
    documents = tables.documents
    conditions = [documents.c.quote_count > 0]
    if filters.date_from is not None:
        conditions.append(documents.c.dated_at >= filters.date_from)
    if filters.date_to is not None:
        conditions.append(documents.c.dated_at < filters.date_to)
    return select(documents.c.outlet, func.sum(documents.c.quote_count).label("quote_count"),
                  func.count().label("document_count")).where(*conditions).group_by(documents.c.outlet)


def outlet_breakdown(store: Store, filters: Filters, speaker_key: str | None, limit: int) \
        -> tuple[list[dict[str, Any]], int]:
    """Quotes and documents per outlet (most quotes first, then by name; quotes of articles
    posted without an outlet under `outlet: null`), and how many outlets there are."""
    if speaker_key is None and filters.kind is None:
        grouped = _outlets_from_documents(filters).subquery()
    else:
        grouped = _outlets_from_quotes(filters, speaker_key).subquery()
    ranked = select(grouped).order_by(desc(grouped.c.quote_count), grouped.c.outlet.is_(None), grouped.c.outlet)
    with store.engine.connect() as connection:
        rows = connection.execute(ranked).all()  # one row an outlet: all of them, counted once
    return [{"outlet": row.outlet, "quote_count": int(row.quote_count), "document_count": int(row.document_count)}
            for row in rows[:limit]], len(rows)
