"""Connecting to the quote store's database: the engine (SQLite with WAL and a busy timeout,
PostgreSQL), URL normalisation, what counts as "busy", and the hashes and times rows use.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, tzinfo
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

DEFAULT_BUSY_TIMEOUT_S = 5.0  # another writer holding the lock: wait this long, then StoreBusy (503)


def content_hash(text_value: str, text_format: str) -> str:
    """What makes two postings of a document the same: the text and how to read it."""
    return hashlib.sha256(f"{text_format}\n{text_value}".encode()).hexdigest()


def utc_naive(moment: datetime | None, zone: tzinfo) -> datetime | None:
    """Stored times are UTC without a zone (the same on SQLite and PostgreSQL); a time given
    without an offset is local time in `zone` (KUTIP_TIMEZONE), as a newsroom writes it."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC).replace(tzinfo=None)


def normalise_database_url(url: str) -> str:
    """postgresql:// means the psycopg 3 driver that kutip installs (SQLAlchemy's default is
    psycopg2)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


class StoreBusy(RuntimeError):
    """Another writer held the write lock for longer than the busy timeout: try again soon."""


def is_busy(error: DBAPIError) -> bool:
    """SQLite's "database is locked": its busy timeout ran out while another process wrote."""
    return str(getattr(error.orig, "sqlite_errorname", "")).startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def create_store_engine(url: str, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S) -> Engine:
    """hide_parameters: a database error's message then never carries the values of its
    statement (article text, names), wherever it is logged."""
    engine = create_engine(normalise_database_url(url), pool_pre_ping=True, hide_parameters=True)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, busy_timeout_s)
    return engine


def _configure_sqlite(engine: Engine, busy_timeout_s: float) -> None:
    """WAL (readers never wait for the writer), foreign keys, a busy timeout, and real
    transactions: pysqlite's own transaction handling would run DDL outside of them, so
    kutip issues BEGIN itself (IMMEDIATE for writes, so two writers queue instead of
    deadlocking on a lock upgrade)."""

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={round(busy_timeout_s * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Connection) -> None:
        write = connection.get_execution_options().get("kutip_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
