"""The store's tables for building queries (SQLAlchemy Core).

The DDL itself lives in migrations/*.sql, which is what a DBA or BI tool reads;
tests/test_store.py checks that these definitions and the migrated database agree.
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, Float, Integer, MetaData, Table, Text

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", Text, primary_key=True),
    Column("outlet", Text),
    Column("url", Text),
    Column("published_at", DateTime),
    Column("dated_at", DateTime, nullable=False),
    Column("content_hash", Text, nullable=False),
    Column("text_length", Integer, nullable=False),
    Column("model", Text, nullable=False),
    Column("rules_version", Text, nullable=False),
    Column("extracted_at", DateTime, nullable=False),
    Column("quote_count", Integer, nullable=False),
    Column("text", Text),  # migration 003: NULL when KUTIP_STORE_TEXT=false or stored before
    Column("extraction", Text),  # migration 003: the ExtractResponse JSON
)

speakers = Table(
    "speakers", metadata,
    Column("key", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("roles", Text, nullable=False),
    Column("aliases", Text, nullable=False),
)

people = Table(
    "people", metadata,
    Column("document_id", Text, primary_key=True),
    Column("person_id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("roles", Text, nullable=False),
    Column("speaker_key", Text),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Text, nullable=False),
    Column("quote_id", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("start_offset", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
    Column("cue", Text),
    Column("cue_lemma", Text),
    Column("rule", Text, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("speaker_name", Text),
    Column("speaker_resolution", Text, nullable=False),
    Column("person_id", Text),
    Column("speaker_key", Text),
    Column("outlet", Text),
    Column("dated_at", DateTime, nullable=False),
    Column("speaker_rule", Text),  # migration 004: speaker.rule; NULL for quotes stored before
)

mentions = Table(
    "mentions", metadata,
    Column("document_id", Text, nullable=False),
    Column("person_id", Text, nullable=False),
    Column("speaker_key", Text),
    Column("text", Text, nullable=False),
    Column("start_offset", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
)

store_settings = Table(
    "store_settings", metadata,
    Column("name", Text, primary_key=True),
    Column("value", Text, nullable=False),
)
