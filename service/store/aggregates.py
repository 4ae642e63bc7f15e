"""Aggregates the dashboard reads (issue 24): the top speakers with their timelines and
outlet counts in one request, and quotes per outlet.

Both are public API routes (GET /v1/speaker-timelines, GET /v1/outlets), so that whatever
the dashboard shows a script can fetch too. They read the same `quotes` rows and filters as
the speakers list (service/store/queries.py) and use its indexes: the speaker index
(speaker_key, dated_at, document_id) for timelines, the outlet index (outlet, dated_at) for
the outlet breakdown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, desc, distinct, func, select

from service.store import tables
from service.store.queries import Filters, Interval, period_start, top_speakers
from service.store.store import Store


def speaker_timelines(store: Store, filters: Filters, limit: int, interval: Interval) -> list[dict[str, Any]]:
    """The `limit` most quoted speakers (as GET /v1/speakers ranks them), each with how many
    outlets quote them and their quotes per local day or week: one list query, then one scan
    of these speakers' quotes over the speaker index."""
    speakers = top_speakers(store, filters, limit)
    keys = [speaker["key"] for speaker in speakers]
    if not keys:
        return []
    quotes = tables.quotes
    conditions = [quotes.c.speaker_key.in_(keys), *filters.on_quotes()]
    with store.engine.connect() as connection:
        outlets = {key: int(count) for key, count in connection.execute(
            select(quotes.c.speaker_key, func.count(distinct(quotes.c.outlet)))
            .where(*conditions).group_by(quotes.c.speaker_key))}
        dated = [(key, moment, document_id) for key, moment, document_id in connection.execute(
            select(quotes.c.speaker_key, quotes.c.dated_at, quotes.c.document_id).where(*conditions))]
    timelines = bucket_by_period(dated, interval, filters)
    return [{**speaker, "outlet_count": outlets.get(speaker["key"], 0),
             "timeline": timelines.get(speaker["key"], [])} for speaker in speakers]


def bucket_by_period(dated: Sequence[tuple[str, Any, str]], interval: Interval, filters: Filters) \
        -> dict[str, list[dict[str, Any]]]:
    """(speaker, time, document) rows as each speaker's quotes and documents per local period,
    oldest first. Periods without quotes are left out (as in GET /v1/speakers/{key})."""
    buckets: dict[str, dict[str, tuple[int, set[str]]]] = {}
    period_of: dict[Any, str] = {}  # many quotes share a publication time
    for key, moment, document_id in dated:
        period = period_of.get(moment)
        if period is None:
            period = period_of[moment] = period_start(moment, interval, filters.zone)
        count, documents = buckets.setdefault(key, {}).get(period, (0, set()))
        documents.add(document_id)
        buckets[key][period] = (count + 1, documents)
    return {key: [{"period": period, "quote_count": count, "document_count": len(documents)}
                  for period, (count, documents) in sorted(periods.items())]
            for key, periods in buckets.items()}


def _outlet_query(filters: Filters, speaker_key: str | None) -> Select[Any]:
    quotes = tables.quotes
    query = select(quotes.c.outlet, func.count().label("quote_count"),
                   func.count(distinct(quotes.c.document_id)).label("document_count"),
                   func.count(distinct(quotes.c.speaker_key)).label("speaker_count")) \
        .where(*filters.on_quotes())
    if speaker_key is not None:
        query = query.where(quotes.c.speaker_key == speaker_key)
    if filters.kind is not None:
        query = query.join(tables.speakers, tables.speakers.c.key == quotes.c.speaker_key) \
            .where(tables.speakers.c.kind == filters.kind)
    return query.group_by(quotes.c.outlet)


def outlet_breakdown(store: Store, filters: Filters, speaker_key: str | None, limit: int) \
        -> tuple[list[dict[str, Any]], int]:
    """Quotes, documents and speakers per outlet (most quotes first, then by name; quotes of
    articles posted without an outlet under `outlet: null`), and how many outlets there are."""
    grouped = _outlet_query(filters, speaker_key).subquery()
    ranked = select(grouped).order_by(desc(grouped.c.quote_count), grouped.c.outlet.is_(None),
                                      grouped.c.outlet).limit(limit)
    with store.engine.connect() as connection:
        rows = connection.execute(ranked).all()
        total = int(connection.execute(select(func.count()).select_from(grouped)).scalar_one())
    return [{"outlet": row.outlet, "quote_count": int(row.quote_count), "document_count": int(row.document_count),
             "speaker_count": int(row.speaker_count)} for row in rows], total
