"""The quote store's write side: open (migrate), put a document's extraction, rebuild keys.

One transaction per document: its old quotes, people and mentions are replaced together,
so a reader never sees half an article. Writes from one process are serialised by a lock
(the speaker directory is shared state); writes from several processes or replicas by the
database: SQLite's one writer (BEGIN IMMEDIATE), PostgreSQL's transaction-scoped advisory
lock. Each write transaction first checks the directory generation stored with the data
and reloads the directory when another writer changed it, so every replica assigns speaker
keys from what is committed, never from a stale copy.
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine, delete, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from service import schemas
from service.extraction.known_names import AliasBook, load_alias_book, name_tokens
from service.extraction.rules import RuleSet
from service.settings import DEFAULT_TIMEZONE
from service.store import tables
from service.store.engine import (
    DEFAULT_BUSY_TIMEOUT_S,
    StoreBusy,
    create_store_engine,
    is_busy,
    utc_naive,
)
from service.store.migrate import migrate
from service.store.rows import (
    DocumentSource,
    delete_document_rows,
    insert_mentions,
    insert_people,
    insert_quotes,
    result_quote_count,
)
from service.store.speakers import KnownSpeaker, SpeakerDirectory

logger = logging.getLogger("kutip.store")

WRITE_ATTEMPTS = 3  # a write that lost a race with another replica is redone from the start
MAX_ROLES_PER_SPEAKER = 20  # roles kept on a speaker row (the most recent ones win)
ALIASES_VERSION_SETTING = "aliases_version"
SPEAKERS_GENERATION_SETTING = "speakers_generation"  # changes whenever a write changes the directory
WRITE_LOCK_ID = 0x6B75746971  # PostgreSQL advisory lock id every replica's writers take

PutStatus = Literal["created", "updated", "unchanged"]


@dataclass(frozen=True)
class PutOutcome:
    status: PutStatus
    quote_count: int
    speaker_keys: list[str]


@dataclass(frozen=True)
class RebuildReport:
    speakers: int
    people: int
    quotes: int


class Store:
    def __init__(self, engine: Engine, rules: RuleSet, aliases: AliasBook,
                 busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S, zone: tzinfo | None = None) -> None:
        self.engine = engine
        self.zone = zone or ZoneInfo(DEFAULT_TIMEZONE)  # reads times without an offset
        self.rules = rules
        self.aliases = aliases
        self.busy_timeout_s = busy_timeout_s
        self._write_lock = threading.Lock()
        self.directory = SpeakerDirectory(rules, aliases)
        self._directory_generation: str | None = None

    @classmethod
    def open(cls, url: str, rules: RuleSet, aliases_path: Path, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S,
             zone: tzinfo | None = None) -> Store:
        """Connect, apply pending migrations, and rebuild speaker keys when aliases.yml changed
        since they were built."""
        store = cls(create_store_engine(url, busy_timeout_s), rules, load_alias_book(aliases_path, rules),
                    busy_timeout_s, zone)
        applied = migrate(store.engine)
        if applied:
            logger.info("store migrated", extra={"versions": applied})
        if store.setting(ALIASES_VERSION_SETTING) != store.aliases.version:
            report = store.rebuild_speakers()  # loads the directory it has just rebuilt
            logger.info("speaker keys rebuilt for a changed aliases file", extra={"speakers": report.speakers})
        else:
            store.reload_directory()
        return store

    def close(self) -> None:
        self.engine.dispose()

    # ---- reading small things --------------------------------------------------------

    def ping(self) -> bool:
        """The database answers a query (for /readyz); False when it cannot be reached."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except DBAPIError:
            return False
        return True

    def setting(self, name: str) -> str | None:
        with self.engine.connect() as connection:
            return _setting(connection, name)

    def current_outcome(self, source: DocumentSource, model: str, rules_version: str) -> PutOutcome | None:
        """The answer for a document stored before with this text, metadata, model and rules:
        posting it again changes nothing, so it is not extracted again."""
        with self.engine.connect() as connection:
            if not _is_stored_as(connection, source, model, rules_version, self.zone):
                return None
            return _unchanged_outcome(connection, source.id)

    def reload_directory(self, connection: Connection | None = None) -> None:
        """The speaker directory from the speakers table, with the generation it reflects."""
        if connection is None:
            with self.engine.connect() as own_connection:
                self.reload_directory(own_connection)
            return
        directory = SpeakerDirectory(self.rules, self.aliases)
        for key, name, kind in connection.execute(
                select(tables.speakers.c.key, tables.speakers.c.name, tables.speakers.c.kind)):
            directory.add_known(key, name, kind)
        self.directory = directory
        self._directory_generation = _setting(connection, SPEAKERS_GENERATION_SETTING)

    # ---- writing ---------------------------------------------------------------------

    def put(self, source: DocumentSource, result: schemas.ExtractResponse) -> PutOutcome:
        """Store one document's extraction, replacing an older one with the same id. Waits at
        most the busy timeout for this process's other writers, and as long again for other
        processes' (SQLite's busy timeout), then StoreBusy: the client retries, no worker is
        held behind a lock for minutes."""
        if not self._write_lock.acquire(timeout=self.busy_timeout_s):
            raise StoreBusy("other writes of this process held the store past the busy timeout")
        try:
            return self._put_attempts(source, result)
        finally:
            self._write_lock.release()

    def _put_attempts(self, source: DocumentSource, result: schemas.ExtractResponse) -> PutOutcome:
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                with self.engine.connect().execution_options(kutip_write=True) as connection, connection.begin():
                    _take_write_lock(connection)
                    self._sync_directory(connection)
                    return self._put(connection, source, result)
            except OperationalError as error:
                self._directory_generation = None  # what this process believed may be stale
                if is_busy(error):
                    raise StoreBusy("another process held the store's write lock past the busy timeout") \
                        from None
                if attempt == WRITE_ATTEMPTS:
                    raise
            except IntegrityError:
                self._directory_generation = None
                if attempt == WRITE_ATTEMPTS:
                    raise
            except BaseException:
                self._directory_generation = None  # rolled back: the directory may hold unsaved keys
                raise
        raise AssertionError("unreachable")

    def _sync_directory(self, connection: Connection) -> None:
        """Another replica may have added or merged speakers since this one loaded them."""
        if self._directory_generation is None or \
                _setting(connection, SPEAKERS_GENERATION_SETTING) != self._directory_generation:
            self.reload_directory(connection)

    def _put(self, connection: Connection, source: DocumentSource, result: schemas.ExtractResponse) -> PutOutcome:
        model, rules_version = result.meta.model, result.meta.rules_version
        if _is_stored_as(connection, source, model, rules_version, self.zone):  # a concurrent post stored it first
            return _unchanged_outcome(connection, source.id)
        existing = connection.execute(select(tables.documents.c.id).where(tables.documents.c.id == source.id)).first()
        if existing is not None:
            delete_document_rows(connection, source.id)
        extracted_at = datetime.now(UTC).replace(tzinfo=None)
        published_at = utc_naive(source.published_at, self.zone)
        dated_at = published_at or extracted_at
        document_row = {"outlet": source.outlet, "url": source.url, "published_at": published_at,
                        "dated_at": dated_at, "content_hash": source.content_hash,
                        "text_length": source.text_length, "model": model, "rules_version": rules_version,
                        "extracted_at": extracted_at, "quote_count": len(result.quotes),
                        "text": source.text, "extraction": _extraction_json(result, source.text is not None)}
        if existing is None:
            connection.execute(insert(tables.documents).values(id=source.id, **document_row))
        else:
            connection.execute(update(tables.documents).where(tables.documents.c.id == source.id)
                               .values(**document_row))
        keys = self._assign_keys(connection, result.people)
        insert_people(connection, source.id, result.people, keys)
        insert_quotes(connection, source, result.quotes, keys, dated_at)
        insert_mentions(connection, source.id, result.people, keys)
        return PutOutcome("updated" if existing is not None else "created", len(result.quotes),
                          sorted({key for key in keys.values() if key}))

    def _assign_keys(self, connection: Connection, people: list[schemas.PersonOut]) -> dict[str, str | None]:
        keys: dict[str, str | None] = {}
        known_before = set(self.directory.speakers)
        for person in people:
            answer = self.directory.key_for(person.name, person.kind)
            keys[person.id] = answer.key
            for absorbed in answer.absorbed:
                _merge_speaker_rows(connection, absorbed, answer.key or absorbed)
            if answer.key is not None:
                _upsert_speaker(connection, self.directory.speakers[answer.key], person)
        if set(self.directory.speakers) != known_before:
            self._new_generation(connection)
        return keys

    def _new_generation(self, connection: Connection) -> None:
        """Tell the other writers that the directory changed (committed with the change)."""
        generation = uuid.uuid4().hex
        _set_setting(connection, SPEAKERS_GENERATION_SETTING, generation)
        self._directory_generation = generation

    def delete(self, document_id: str) -> int | None:
        """Remove a document with its quotes, people and mentions; the quote count it had, or
        None when no such document is stored. Speaker rows and keys stay as they are (other
        documents' keys never move); counts are computed from quotes, so they follow."""
        if not self._write_lock.acquire(timeout=self.busy_timeout_s):
            raise StoreBusy("other writes of this process held the store past the busy timeout")
        try:
            with self.engine.connect().execution_options(kutip_write=True) as connection, connection.begin():
                _take_write_lock(connection)
                stored = connection.execute(select(tables.documents.c.quote_count)
                                            .where(tables.documents.c.id == document_id)).first()
                if stored is None:
                    return None
                delete_document_rows(connection, document_id)
                connection.execute(delete(tables.documents).where(tables.documents.c.id == document_id))
                return int(stored[0])
        except OperationalError as error:
            if is_busy(error):
                raise StoreBusy("another process held the store's write lock past the busy timeout") from None
            raise
        finally:
            self._write_lock.release()

    def rebuild_speakers(self) -> RebuildReport:
        """Every speaker key again from the stored names, longest names first (so that a
        short form meets all its candidates), with the current aliases.yml."""
        with self._write_lock, self.engine.connect().execution_options(kutip_write=True) as connection, \
                connection.begin():
            _take_write_lock(connection)
            rows = list(connection.execute(select(tables.people.c.document_id, tables.people.c.person_id,
                                             tables.people.c.name, tables.people.c.kind,
                                             tables.people.c.roles)).all())
            directory = SpeakerDirectory(self.rules, self.aliases)
            names = sorted({(name, kind) for _, _, name, kind, _ in rows},
                           key=lambda item: (-len(name_tokens(item[0], self.rules, item[1])), item[0], item[1]))
            absorbed_into: dict[str, str] = {}
            key_of_name: dict[tuple[str, str], str | None] = {}
            for name, kind in names:
                answer = directory.key_for(name, kind)
                key_of_name[(name, kind)] = answer.key
                for old in answer.absorbed:
                    absorbed_into[old] = answer.key or old

            def final(key: str | None) -> str | None:
                while key is not None and key in absorbed_into and absorbed_into[key] != key:
                    key = absorbed_into[key]
                return key

            connection.execute(delete(tables.speakers))
            assigned = [{"d": document_id, "p": person_id, "k": final(key_of_name[(name, kind)])}
                        for document_id, person_id, name, kind, _ in rows]
            if assigned:
                connection.execute(text("UPDATE people SET speaker_key = :k WHERE document_id = :d "
                                        "AND person_id = :p"), assigned)
            for table in ("quotes", "mentions"):
                connection.execute(text(
                    f"UPDATE {table} SET speaker_key = (SELECT p.speaker_key FROM people p "
                    f"WHERE p.document_id = {table}.document_id AND p.person_id = {table}.person_id)"))
            speakers_rows = _speaker_rows(directory, rows, assigned)
            if speakers_rows:
                connection.execute(insert(tables.speakers), speakers_rows)
            _set_setting(connection, ALIASES_VERSION_SETTING, self.aliases.version)
            _set_setting(connection, SPEAKERS_GENERATION_SETTING, uuid.uuid4().hex)
            quote_total = connection.execute(select(func.count()).select_from(tables.quotes)).scalar_one()
            self.reload_directory(connection)
        return RebuildReport(speakers=len(speakers_rows), people=len(rows), quotes=quote_total)


def _extraction_json(result: schemas.ExtractResponse, keep_text: bool) -> str:
    """The extraction as /v1/extract answered it; its `text` (HTML's extracted text) is left
    out when the store keeps no text."""
    return result.model_dump_json(exclude={"text"} if not keep_text else None)


def _is_stored_as(connection: Connection, source: DocumentSource, model: str, rules_version: str,
                  zone: tzinfo) -> bool:
    stored = connection.execute(select(
        tables.documents.c.content_hash, tables.documents.c.model, tables.documents.c.rules_version,
        tables.documents.c.outlet, tables.documents.c.url, tables.documents.c.published_at)
        .where(tables.documents.c.id == source.id)).first()
    return stored is not None and tuple(stored) == (source.content_hash, model, rules_version, source.outlet,
                                                    source.url, utc_naive(source.published_at, zone))


def _unchanged_outcome(connection: Connection, document_id: str) -> PutOutcome:
    """The answer for a document stored before as it is now: its count and speaker keys."""
    keys = connection.execute(select(tables.people.c.speaker_key).distinct().where(
        tables.people.c.document_id == document_id, tables.people.c.speaker_key.is_not(None))).scalars()
    return PutOutcome("unchanged", result_quote_count(connection, document_id), sorted(keys))


def _merged(existing: Iterable[str], new: Iterable[str], limit: int | None = None) -> list[str]:
    merged = list(dict.fromkeys([*existing, *new]))
    return merged[-limit:] if limit else merged


def _upsert_speaker(connection: Connection, speaker: KnownSpeaker, person: schemas.PersonOut) -> None:
    row = connection.execute(select(tables.speakers.c.roles, tables.speakers.c.aliases)
                             .where(tables.speakers.c.key == speaker.key)).first()
    new_aliases = [person.name] if person.name != speaker.name else []
    if row is None:
        connection.execute(insert(tables.speakers).values(
            key=speaker.key, name=speaker.name, kind=speaker.kind,
            roles=json.dumps(person.roles[-MAX_ROLES_PER_SPEAKER:], ensure_ascii=False),
            aliases=json.dumps(new_aliases, ensure_ascii=False)))
        return
    roles = _merged(json.loads(row[0]), person.roles, MAX_ROLES_PER_SPEAKER)
    aliases = _merged(json.loads(row[1]), new_aliases)
    if roles != json.loads(row[0]) or aliases != json.loads(row[1]):
        connection.execute(update(tables.speakers).where(tables.speakers.c.key == speaker.key).values(
            roles=json.dumps(roles, ensure_ascii=False), aliases=json.dumps(aliases, ensure_ascii=False)))


def _merge_speaker_rows(connection: Connection, old_key: str, new_key: str) -> None:
    """A short form's earlier quotes, people and mentions move to the full name's key."""
    old = connection.execute(select(tables.speakers.c.name, tables.speakers.c.roles, tables.speakers.c.aliases)
                             .where(tables.speakers.c.key == old_key)).first()
    for table in (tables.quotes, tables.people, tables.mentions):
        connection.execute(update(table).where(table.c.speaker_key == old_key).values(speaker_key=new_key))
    connection.execute(delete(tables.speakers).where(tables.speakers.c.key == old_key))
    if old is None:
        return
    target = connection.execute(select(tables.speakers.c.roles, tables.speakers.c.aliases)
                                .where(tables.speakers.c.key == new_key)).first()
    if target is not None:
        connection.execute(update(tables.speakers).where(tables.speakers.c.key == new_key).values(
            roles=json.dumps(_merged(json.loads(target[0]), json.loads(old[1]), MAX_ROLES_PER_SPEAKER),
                             ensure_ascii=False),
            aliases=json.dumps(_merged(json.loads(target[1]), [old[0], *json.loads(old[2])]),
                               ensure_ascii=False)))


def _speaker_rows(directory: SpeakerDirectory, people_rows: list[Any],
                  assigned: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The speakers table after a rebuild: canonical name, kind, roles and other names seen."""
    roles: dict[str, list[str]] = {}
    aliases: dict[str, list[str]] = {}
    for (_, _, name, _, person_roles), assignment in zip(people_rows, assigned, strict=True):
        key = assignment["k"]
        if key is None:
            continue
        roles[key] = _merged(roles.get(key, []), json.loads(person_roles), MAX_ROLES_PER_SPEAKER)
        if name != directory.speakers[key].name:
            aliases[key] = _merged(aliases.get(key, []), [name])
    return [{"key": key, "name": directory.speakers[key].name, "kind": directory.speakers[key].kind,
             "roles": json.dumps(roles.get(key, []), ensure_ascii=False),
             "aliases": json.dumps(aliases.get(key, []), ensure_ascii=False)}
            for key in sorted(roles)]


def _take_write_lock(connection: Connection) -> None:
    """One write transaction at a time across every replica of a PostgreSQL store, held to
    commit (SQLite's BEGIN IMMEDIATE already does this)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": WRITE_LOCK_ID})


def _setting(connection: Connection, name: str) -> str | None:
    value = connection.execute(select(tables.store_settings.c.value).where(
        tables.store_settings.c.name == name)).scalar()
    return None if value is None else str(value)


def _set_setting(connection: Connection, name: str, value: str) -> None:
    connection.execute(delete(tables.store_settings).where(tables.store_settings.c.name == name))
    connection.execute(insert(tables.store_settings).values(name=name, value=value))
