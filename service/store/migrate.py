"""Versioned SQL migrations, applied at start-up.

migrations/NNN_name.sql runs on every database; NNN_name.<dialect>.sql only on that one
(sqlite, postgresql), after the common file of the same version. Applied versions are
recorded in schema_migrations; on PostgreSQL an advisory lock keeps replicas that start
together from applying a version twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
MIGRATION_FILE = re.compile(r"^(?P<version>\d{3})_(?P<name>[a-z_]+)(?:\.(?P<dialect>sqlite|postgresql))?\.sql$")
MIGRATION_LOCK_ID = 0x6B75746970  # "kutip": the advisory lock id replicas agree on


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    paths: tuple[Path, ...]


def migrations_for(dialect: str) -> list[Migration]:
    """Every migration that applies to the dialect, in version order."""
    by_version: dict[int, list[tuple[bool, Path, str]]] = {}
    for path in sorted(MIGRATIONS_DIR.glob("*.sql")):
        match = MIGRATION_FILE.match(path.name)
        if match is None:
            raise RuntimeError(f"{path.name}: migration files are named NNN_name.sql or NNN_name.<dialect>.sql")
        if match["dialect"] not in (None, dialect):
            continue
        by_version.setdefault(int(match["version"]), []).append(
            (match["dialect"] is not None, path, match["name"]))
    return [Migration(version, sorted(files)[0][2], tuple(path for _, path, _ in sorted(files)))
            for version, files in sorted(by_version.items())]


def split_statements(script: str) -> list[str]:
    """SQL statements of a file: each ends with ';' at the end of a line, except inside a
    trigger body, which ends at 'END;'."""
    statements: list[str] = []
    current: list[str] = []
    in_trigger = False
    for line in script.splitlines():
        stripped = line.strip()
        if not current and (not stripped or stripped.startswith("--")):
            continue
        current.append(line)
        if len(current) == 1:
            in_trigger = stripped.upper().startswith("CREATE TRIGGER")
        ends = stripped.upper() == "END;" if in_trigger else stripped.endswith(";")
        if ends:
            statements.append("\n".join(current).rstrip().rstrip(";"))
            current = []
    if current:
        raise RuntimeError(f"unterminated SQL statement: {' '.join(current)[:200]}")
    return statements


def migrate(engine: Engine) -> list[int]:
    """Apply pending migrations; returns the versions applied now."""
    applied_now: list[int] = []
    with engine.connect().execution_options(kutip_write=True) as connection, connection.begin():
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": MIGRATION_LOCK_ID})
        connection.exec_driver_sql(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMP NOT NULL)")
        done = {row[0] for row in connection.exec_driver_sql("SELECT version FROM schema_migrations")}
        for migration in migrations_for(engine.dialect.name):
            if migration.version in done:
                continue
            _apply(connection, migration)
            applied_now.append(migration.version)
    return applied_now


def _apply(connection: Connection, migration: Migration) -> None:
    for path in migration.paths:
        for statement in split_statements(path.read_text(encoding="utf-8")):
            connection.exec_driver_sql(statement)
    connection.execute(text("INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)"),
                       {"v": migration.version, "n": migration.name,
                        "t": datetime.now(UTC).replace(tzinfo=None)})
