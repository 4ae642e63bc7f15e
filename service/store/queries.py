"""The quote store's read side: top speakers, one speaker's timeline, quote search.

Filters are the same everywhere: a date range on `dated_at` (the publication date, or the
extraction date when an article has none), an outlet, a speaker kind.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Connection, Select, TextClause, and_, desc, distinct, func, or_, select, text

from service.extraction.known_names import NAME_TOKEN, key_of, name_tokens
from service.extraction.names import strip_diacritics
from service.schemas import EARLIEST_DATE, LATEST_DATE
from service.settings import DEFAULT_TIMEZONE
from service.store import tables
from service.store.store import Store

Interval = Literal["day", "week"]
LATEST_QUOTES = 20  # quotes shown with one speaker
SPEAKER_KINDS = ("person", "organization")
# a date without an offset is read in the store's zone, so a stored time may lie this far
# outside the accepted UTC range (UTC+14 is the furthest zone from UTC)
ZONE_MARGIN = timedelta(hours=14)


@dataclass(frozen=True)
class Filters:
    date_from: datetime | None = None  # inclusive
    date_to: datetime | None = None  # exclusive
    outlet: str | None = None
    kind: str | None = None
    zone: tzinfo = ZoneInfo(DEFAULT_TIMEZONE)  # returned times and timeline days are in it
    speaker_keys: tuple[str, ...] | None = None  # only these speakers (a name search)
    document_id: str | None = None

    def on_quotes(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.document_id is not None:
            conditions.append(tables.quotes.c.document_id == self.document_id)
        if self.speaker_keys is not None:
            conditions.append(tables.quotes.c.speaker_key.in_(self.speaker_keys))
        if self.date_from is not None:
            conditions.append(tables.quotes.c.dated_at >= self.date_from)
        if self.date_to is not None:
            conditions.append(tables.quotes.c.dated_at < self.date_to)
        if self.outlet is not None:
            conditions.append(tables.quotes.c.outlet == self.outlet)
        return conditions


def local_iso(moment: datetime | None, zone: tzinfo) -> str | None:
    """A stored (UTC, naive) time as ISO 8601 with the offset of `zone` at that moment."""
    return None if moment is None else local_time(moment, zone).isoformat()


def local_time(moment: datetime, zone: tzinfo) -> datetime:
    return moment.replace(tzinfo=UTC).astimezone(zone)


def _speaker_fields(row: Any) -> dict[str, Any]:
    return {"key": row.key, "name": row.name, "kind": row.kind, "roles": json.loads(row.roles),
            "aliases": json.loads(row.aliases)}


def top_speakers(store: Store, filters: Filters, limit: int) -> list[dict[str, Any]]:
    """Speakers by quote count (then key, so that ties have a stable order)."""
    if store.engine.dialect.name == "postgresql":
        query = _speaker_counts_per_document_first(filters, limit)
    else:
        query = _speaker_counts_distinct(filters, limit)
    with store.engine.connect() as connection:
        counts = connection.execute(query).all()
        keys = [row.speaker_key for row in counts]
        details = {row.key: row for row in connection.execute(
            select(tables.speakers).where(tables.speakers.c.key.in_(keys)))} if keys else {}
    return [{**_speaker_fields(details[row.speaker_key]), "quote_count": int(row.quote_count),
             "document_count": row.document_count, "first_seen": local_iso(row.first_seen, filters.zone),
             "last_seen": local_iso(row.last_seen, filters.zone)}
            for row in counts if row.speaker_key in details]


def count_speakers(store: Store, filters: Filters) -> int:
    """How many speakers the filters leave (the `total` of a speakers page, whatever its limit)."""
    quotes = tables.quotes
    query = _with_kind(select(func.count(distinct(quotes.c.speaker_key)))
                       .where(quotes.c.speaker_key.is_not(None), *filters.on_quotes()), filters)
    with store.engine.connect() as connection:
        return int(connection.execute(query).scalar_one())


def _with_kind(query: Select[Any], filters: Filters) -> Select[Any]:
    if filters.kind is None:
        return query
    return query.join(tables.speakers, tables.speakers.c.key == tables.quotes.c.speaker_key) \
        .where(tables.speakers.c.kind == filters.kind)


def _speaker_counts_distinct(filters: Filters, limit: int) -> Select[Any]:
    """One GROUP BY with COUNT(DISTINCT document_id): SQLite walks the (speaker_key, dated_at,
    document_id) index in key order, so the distinct count is cheap there (p50 35 ms over
    100,000 quotes against 88 ms for the two-step form; bench/bench_store.py)."""
    quotes = tables.quotes
    quote_count = func.count().label("quote_count")
    return _with_kind(
        select(quotes.c.speaker_key, quote_count,
               func.count(distinct(quotes.c.document_id)).label("document_count"),
               func.min(quotes.c.dated_at).label("first_seen"), func.max(quotes.c.dated_at).label("last_seen"))
        .where(quotes.c.speaker_key.is_not(None), *filters.on_quotes())
        .group_by(quotes.c.speaker_key), filters) \
        .order_by(desc(quote_count), quotes.c.speaker_key).limit(limit)


def _speaker_counts_per_document_first(filters: Filters, limit: int) -> Select[Any]:
    """Per (speaker, document) first, then per speaker: PostgreSQL hash-aggregates both steps,
    where COUNT(DISTINCT) would sort every speaker's quotes (p50 67 ms over 100,000 quotes
    against 112 ms; bench/bench_store.py)."""
    quotes = tables.quotes
    documents = _with_kind(
        select(quotes.c.speaker_key, func.count().label("quotes_in_document"),
               func.min(quotes.c.dated_at).label("first_seen"), func.max(quotes.c.dated_at).label("last_seen"))
        .where(quotes.c.speaker_key.is_not(None), *filters.on_quotes())
        .group_by(quotes.c.speaker_key, quotes.c.document_id), filters).subquery()
    quote_count = func.sum(documents.c.quotes_in_document).label("quote_count")
    return (select(documents.c.speaker_key, quote_count, func.count().label("document_count"),
                   func.min(documents.c.first_seen).label("first_seen"),
                   func.max(documents.c.last_seen).label("last_seen"))
            .group_by(documents.c.speaker_key)
            .order_by(desc(quote_count), documents.c.speaker_key)
            .limit(limit))


def speaker_keys_for(store: Store, value: str) -> list[str]:
    """The stored speakers a key or name means, sorted: a key as given; else every speaker whose
    name or alias is this name (case, diacritics and titles aside, aliases.yml included); else
    every speaker whose name holds all its words (`Prabowo`: Prabowo Subianto and Listyo Sigit
    Prabowo). Several keys are an ambiguity the caller reports, never a silent pick."""
    with store.engine.connect() as connection:
        if connection.execute(select(tables.speakers.c.key).where(tables.speakers.c.key == value)).first():
            return [value]
        wanted = {key_of(tokens) for kind in SPEAKER_KINDS if (tokens := name_tokens(value, store.rules, kind))}
        if not wanted:
            return []
        exact = {listed[0] for own_key in wanted if (listed := store.aliases.canonical.get(own_key))}
        exact |= {key for key, names in _speaker_names(connection, store) if names & wanted}
    if exact:
        return sorted(exact)
    return sorted(set().union(*(store.directory.containing(value, kind) for kind in SPEAKER_KINDS)))


def _speaker_names(connection: Connection, store: Store) -> list[tuple[str, set[str]]]:
    """Every stored speaker's key with the normalised keys of its name and aliases. A scan of
    the speakers table (one row a person, not a quote): cheap next to any quote query."""
    found = []
    for row in connection.execute(select(tables.speakers.c.key, tables.speakers.c.name, tables.speakers.c.kind,
                                         tables.speakers.c.aliases)):
        names = {row.key} | {key_of(name_tokens(name, store.rules, row.kind))
                             for name in [row.name, *json.loads(row.aliases)]}
        found.append((row.key, names))
    return found


def speakers_named(store: Store, query: str) -> tuple[str, ...]:
    """Keys of speakers one of whose names holds every word of `query` (as the start of a
    name word, case and diacritics aside): the `q` of GET /v1/speakers."""
    words = NAME_TOKEN.findall(strip_diacritics(query).lower())
    if not words:
        return ()
    with store.engine.connect() as connection:
        named = _speaker_names(connection, store)
    return tuple(sorted(key for key, names in named
                        if any(all(_starts_a_word(word, name) for word in words) for name in names)))


def _starts_a_word(word: str, normalised_name: str) -> bool:
    return any(part.startswith(word) for part in normalised_name.split("-"))


def period_start(moment: datetime, interval: Interval, zone: tzinfo) -> str:
    """The local day (or the Monday of the local week) a stored UTC time falls in."""
    day = local_time(moment, zone).date()
    if interval == "week":
        day -= timedelta(days=day.weekday())  # ISO weeks start on Monday
    return day.isoformat()


def speaker_detail(store: Store, key: str, filters: Filters, interval: Interval) -> dict[str, Any] | None:
    """One speaker: totals, quotes per day or week, latest quotes."""
    with store.engine.connect() as connection:
        speaker = connection.execute(select(tables.speakers).where(tables.speakers.c.key == key)).first()
        if speaker is None:
            return None
        conditions = [tables.quotes.c.speaker_key == key, *filters.on_quotes()]
        dated = connection.execute(select(tables.quotes.c.dated_at, tables.quotes.c.document_id)
                                   .where(*conditions)).all()
    buckets: dict[str, tuple[int, set[str]]] = {}
    for moment, document_id in dated:
        period = period_start(moment, interval, filters.zone)
        count, documents = buckets.get(period, (0, set()))
        documents.add(document_id)
        buckets[period] = (count + 1, documents)
    timeline = [{"period": period, "quote_count": count, "document_count": len(documents)}
                for period, (count, documents) in sorted(buckets.items())]
    latest, _ = search_quotes(store, filters, speaker_key=key, query=None, limit=LATEST_QUOTES, cursor=None)
    return {**_speaker_fields(speaker), "quote_count": len(dated),
            "document_count": len({document_id for _, document_id in dated}),
            "first_seen": local_iso(min((moment for moment, _ in dated), default=None), filters.zone),
            "last_seen": local_iso(max((moment for moment, _ in dated), default=None), filters.zone),
            "interval": interval, "timeline": timeline, "latest_quotes": latest}


def encode_cursor(dated_at: datetime, quote_row_id: int) -> str:
    return base64.urlsafe_b64encode(f"{dated_at.isoformat()}|{quote_row_id}".encode()).decode().rstrip("=")


MAX_ROW_ID = 2**63 - 1  # quote ids are 64-bit (SQLite rowid, PostgreSQL BIGINT)


def decode_cursor(cursor: str) -> tuple[datetime, int]:
    """Raises ValueError for a cursor this server did not make: one that does not decode, or
    whose row id or date no quote can have (a huge id overflowed the database's integer)."""
    padded = cursor + "=" * (-len(cursor) % 4)
    try:
        moment, row_id = base64.urlsafe_b64decode(padded.encode()).decode().split("|")
        after_date, after_id = datetime.fromisoformat(moment), int(row_id)
    except (ValueError, UnicodeDecodeError) as error:
        raise ValueError("cursor is not one this server returned") from error
    if not 0 <= after_id <= MAX_ROW_ID or after_date.tzinfo is not None \
            or not EARLIEST_DATE - ZONE_MARGIN <= after_date.replace(tzinfo=UTC) <= LATEST_DATE + ZONE_MARGIN:
        raise ValueError("cursor is not one this server returned")
    return after_date, after_id


def _text_match(store: Store, query: str) -> TextClause | None:
    """Every word of `query` in the quote (full-text index; words, not substrings)."""
    words = [word for word in strip_diacritics(query).split() if any(character.isalnum() for character in word)]
    if not words:
        return None
    if store.engine.dialect.name == "postgresql":
        return text("quotes.search_vector @@ plainto_tsquery('simple', :text_query)").bindparams(
            text_query=" ".join(words))
    fts_query = " ".join('"' + word.replace('"', '""') + '"' for word in words)
    return text("quotes.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :text_query)").bindparams(
        text_query=fts_query)


def _quote_conditions(store: Store, filters: Filters, speaker_key: str | None, query: str | None,
                      quote_type: str | None, min_confidence: float) -> list[ColumnElement[bool] | TextClause]:
    quotes = tables.quotes
    conditions: list[ColumnElement[bool] | TextClause] = list(filters.on_quotes())
    if min_confidence > 0:
        conditions.append(quotes.c.confidence >= min_confidence)
    if speaker_key is not None:
        conditions.append(quotes.c.speaker_key == speaker_key)
    if quote_type is not None:
        conditions.append(quotes.c.type == quote_type)
    if filters.kind is not None:
        conditions.append(tables.speakers.c.kind == filters.kind)
    if query:
        match = _text_match(store, query)
        if match is not None:
            conditions.append(match)
    return conditions


def search_quotes(store: Store, filters: Filters, speaker_key: str | None, query: str | None, limit: int,
                  cursor: str | None, quote_type: str | None = None,
                  min_confidence: float = 0.0) -> tuple[list[dict[str, Any]], str | None]:
    """Quotes newest first, `limit` per page; the second value is the next page's cursor."""
    quotes = tables.quotes
    conditions = _quote_conditions(store, filters, speaker_key, query, quote_type, min_confidence)
    if cursor is not None:
        after_date, after_id = decode_cursor(cursor)
        conditions.append(or_(quotes.c.dated_at < after_date,
                              and_(quotes.c.dated_at == after_date, quotes.c.id < after_id)))
    statement = (
        select(quotes, tables.speakers.c.name.label("speaker"), tables.documents.c.url)
        .join(tables.documents, tables.documents.c.id == quotes.c.document_id)
        .outerjoin(tables.speakers, tables.speakers.c.key == quotes.c.speaker_key)
        .where(*conditions)
        .order_by(desc(quotes.c.dated_at), desc(quotes.c.id))
        .limit(limit + 1))
    with store.engine.connect() as connection:
        rows = connection.execute(statement).all()
    page = rows[:limit]
    next_cursor = encode_cursor(page[-1].dated_at, page[-1].id) if len(rows) > limit else None
    return [quote_fields(row, filters.zone) for row in page], next_cursor


def count_quotes(store: Store, filters: Filters, speaker_key: str | None, query: str | None,
                 quote_type: str | None = None, min_confidence: float = 0.0) -> int:
    """How many quotes the filters leave, on every page together (the `total` of a page)."""
    conditions = _quote_conditions(store, filters, speaker_key, query, quote_type, min_confidence)
    statement = (select(func.count()).select_from(tables.quotes)
                 .outerjoin(tables.speakers, tables.speakers.c.key == tables.quotes.c.speaker_key)
                 .where(*conditions))
    with store.engine.connect() as connection:
        return int(connection.execute(statement).scalar_one())


def quote_fields(row: Any, zone: tzinfo) -> dict[str, Any]:
    return {"document_id": row.document_id, "quote_id": row.quote_id, "type": row.type, "text": row.text,
            "start": row.start_offset, "end": row.end_offset, "cue": row.cue, "rule": row.rule,
            "confidence": row.confidence, "speaker_key": row.speaker_key,
            "speaker": row.speaker or row.speaker_name, "speaker_in_article": row.speaker_name,
            "resolution": row.speaker_resolution, "speaker_rule": row.speaker_rule, "outlet": row.outlet,
            "url": row.url,
            "dated_at": local_iso(row.dated_at, zone)}


# ---- documents ---------------------------------------------------------------------------

DOCUMENT_SUMMARY_COLUMNS = ("id", "outlet", "url", "published_at", "dated_at", "extracted_at", "content_hash",
                            "text_length", "quote_count", "model", "rules_version")


def _document_conditions(filters: Filters) -> list[ColumnElement[bool]]:
    documents = tables.documents
    conditions: list[ColumnElement[bool]] = []
    if filters.date_from is not None:
        conditions.append(documents.c.dated_at >= filters.date_from)
    if filters.date_to is not None:
        conditions.append(documents.c.dated_at < filters.date_to)
    if filters.outlet is not None:
        conditions.append(documents.c.outlet == filters.outlet)
    return conditions


def list_documents(store: Store, filters: Filters, limit: int, cursor: str | None) \
        -> tuple[list[dict[str, Any]], str | None, int]:
    """Stored documents newest first (by `dated_at`, then id): a page, the next page's cursor
    and how many documents the filters leave."""
    documents = tables.documents
    conditions = _document_conditions(filters)
    total_statement = select(func.count()).select_from(documents).where(*conditions)
    if cursor is not None:
        after_date, after_id = decode_document_cursor(cursor)
        conditions.append(or_(documents.c.dated_at < after_date,
                              and_(documents.c.dated_at == after_date, documents.c.id < after_id)))
    columns = [documents.c[name] for name in DOCUMENT_SUMMARY_COLUMNS]
    statement = (select(*columns).where(*conditions)
                 .order_by(desc(documents.c.dated_at), desc(documents.c.id)).limit(limit + 1))
    with store.engine.connect() as connection:
        rows = connection.execute(statement).all()
        total = int(connection.execute(total_statement).scalar_one())
    page = rows[:limit]
    next_cursor = encode_document_cursor(page[-1].dated_at, page[-1].id) if len(rows) > limit else None
    return [document_fields(row, filters.zone) for row in page], next_cursor, total


def document_fields(row: Any, zone: tzinfo) -> dict[str, Any]:
    fields = {name: getattr(row, name) for name in DOCUMENT_SUMMARY_COLUMNS}
    for name in ("published_at", "dated_at", "extracted_at"):
        fields[name] = local_iso(fields[name], zone)
    return fields


def get_document(store: Store, document_id: str, zone: tzinfo) -> dict[str, Any] | None:
    """One document's metadata, text (None when not kept) and stored extraction (JSON text)."""
    documents = tables.documents
    with store.engine.connect() as connection:
        row = connection.execute(select(*(documents.c[name] for name in DOCUMENT_SUMMARY_COLUMNS),
                                        documents.c.text, documents.c.extraction)
                                 .where(documents.c.id == document_id)).first()
    if row is None:
        return None
    return {**document_fields(row, zone), "text": row.text, "extraction": row.extraction}


def encode_document_cursor(dated_at: datetime, document_id: str) -> str:
    return base64.urlsafe_b64encode(f"{dated_at.isoformat()}|{document_id}".encode()).decode().rstrip("=")


def decode_document_cursor(cursor: str) -> tuple[datetime, str]:
    """Raises ValueError for a cursor this server did not make."""
    padded = cursor + "=" * (-len(cursor) % 4)
    try:
        moment, document_id = base64.urlsafe_b64decode(padded.encode()).decode().split("|", 1)
        after_date = datetime.fromisoformat(moment)
    except (ValueError, UnicodeDecodeError) as error:
        raise ValueError("cursor is not one this server returned") from error
    if after_date.tzinfo is not None or "\x00" in document_id \
            or not EARLIEST_DATE - ZONE_MARGIN <= after_date.replace(tzinfo=UTC) <= LATEST_DATE + ZONE_MARGIN:
        raise ValueError("cursor is not one this server returned")
    return after_date, document_id
