"""The rows one document's extraction becomes in the quote store: the document's source,
its people, quotes and mentions (inserted and deleted together in one transaction).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select

from service import schemas
from service.store import tables


@dataclass(frozen=True)
class DocumentSource:
    """What the store keeps about a document besides its extraction."""

    id: str
    content_hash: str
    text_length: int
    outlet: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    text: str | None = None  # what the offsets index into; None: not kept (KUTIP_STORE_TEXT=false)


def result_quote_count(connection: Connection, document_id: str) -> int:
    return int(connection.execute(select(tables.documents.c.quote_count)
                                  .where(tables.documents.c.id == document_id)).scalar_one())


def delete_document_rows(connection: Connection, document_id: str) -> None:
    for table in (tables.mentions, tables.quotes, tables.people):
        connection.execute(delete(table).where(table.c.document_id == document_id))


def insert_people(connection: Connection, document_id: str, people: list[schemas.PersonOut],
                   keys: dict[str, str | None]) -> None:
    if people:
        connection.execute(insert(tables.people), [
            {"document_id": document_id, "person_id": person.id, "name": person.name, "kind": person.kind,
             "roles": json.dumps(person.roles, ensure_ascii=False), "speaker_key": keys.get(person.id)}
            for person in people])


def insert_quotes(connection: Connection, source: DocumentSource, quotes: list[schemas.QuoteOut],
                   keys: dict[str, str | None], dated_at: datetime) -> None:
    if quotes:
        connection.execute(insert(tables.quotes), [
            {"document_id": source.id, "quote_id": quote.id, "type": quote.type, "text": quote.text,
             "start_offset": quote.start, "end_offset": quote.end,
             "cue": quote.cue.text if quote.cue else None, "cue_lemma": quote.cue.lemma if quote.cue else None,
             "rule": quote.rule, "confidence": quote.confidence, "speaker_name": quote.speaker.name,
             "speaker_resolution": quote.speaker.resolution, "speaker_rule": quote.speaker.rule,
             "person_id": quote.speaker.person_id,
             "speaker_key": keys.get(quote.speaker.person_id) if quote.speaker.person_id else None,
             "outlet": source.outlet, "dated_at": dated_at}
            for quote in quotes])


def insert_mentions(connection: Connection, document_id: str, people: list[schemas.PersonOut],
                     keys: dict[str, str | None]) -> None:
    rows = [{"document_id": document_id, "person_id": person.id, "speaker_key": keys.get(person.id),
             "text": mention.text, "start_offset": mention.start, "end_offset": mention.end}
            for person in people for mention in person.mentions]
    if rows:
        connection.execute(insert(tables.mentions), rows)
