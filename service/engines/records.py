"""One input record of `kutip extract` (either engine): its text, id, and the metadata carried
with it; reading a record from a JSON line or a mapping with per-field errors; content ids
for records without one; what a result line keeps of the source.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

METADATA_FIELDS = ("outlet", "url", "published_at", "format")  # carried with a record, not extracted
SOURCE_FIELDS = ("outlet", "url", "published_at")  # what a result line keeps of them, for `kutip load`
TEXT_FORMATS = ("text", "html")
CONTENT_ID_PREFIX = "kutip:sha256:"  # reserved: a given id may start with it only as its own content id
MESSAGE_CHARS = 200  # an error message quotes at most this much of what it reports
CONTENT_ID_HEX_CHARS = 32  # 128 bits: no two different records share one in practice


@dataclass(frozen=True)
class InputRecord:
    """One document to extract, or a bad input record with its error (code, message).

    `line` is the record's line in its file (its row in a Parquet file), counted from 1 over
    every line, blank ones too; `file` names the file when the input was a folder."""

    id: str | None
    text: str | None
    line: int | None
    error: tuple[str, str] | None = None
    metadata: dict[str, str | None] = field(default_factory=dict)
    file: str | None = None


def as_text(value: Any) -> str | None:
    """A field value as text: JSON gives numbers, Parquet timestamps, pandas NaN for missing."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def utc_moment(value: str | None) -> datetime | None:
    """An ISO 8601 date or time as an aware UTC datetime (a time without a zone is taken as
    UTC, as the store takes it). ValueError when it is not one or falls outside years 1-9999."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except OverflowError:
        raise ValueError("outside years 1-9999 in UTC") from None


def content_id(text: str, metadata: dict[str, str | None]) -> str:
    """The id of a record that has none, the same in both engines and across files: a hash of
    its text, format, outlet, URL and UTC date. The reserved prefix keeps it apart from ids
    that records bring."""
    moment = utc_moment(metadata.get("published_at"))
    parts = [metadata.get("format") or "text", text, metadata.get("outlet"), metadata.get("url"),
             moment.isoformat() if moment else None]
    digest = hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8", "surrogatepass")).hexdigest()
    return CONTENT_ID_PREFIX + digest[:CONTENT_ID_HEX_CHARS]


def is_encodable(value: str) -> bool:
    """False for a string holding a lone surrogate (JSON's "\\ud800"): it cannot be written as UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def record_from_json_line(line: str, text_key: str, id_key: str, number: int | None = None,
                          file: str | None = None) -> InputRecord:
    """One JSONL line: a line that is not a JSON object becomes a record with an error, so one
    bad record costs one record."""
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as error:
        return InputRecord(None, None, number, ("invalid_json", f"not valid JSON: {str(error)[:MESSAGE_CHARS]}"),
                           file=file)
    if not isinstance(record, dict):
        return InputRecord(None, None, number, ("invalid_record", "a line must be a JSON object"), file=file)
    return record_from_mapping(record, text_key, id_key, number, file)


def _field_error(record: dict[str, Any], text_key: str, metadata: dict[str, str | None]) -> tuple[str, str] | None:
    """Why a parsed record cannot be extracted, or None."""
    if text_key not in record:
        return "no_text", f"no '{text_key}' field (use --text-key)"
    if not isinstance(record[text_key], str):
        return "invalid_text", f"'{text_key}' is not a string"
    if not is_encodable(record[text_key]):
        return "invalid_text", f"'{text_key}' holds a lone surrogate"
    if metadata["format"] is not None and metadata["format"] not in TEXT_FORMATS:
        return "invalid_format", f"'format' must be one of {', '.join(TEXT_FORMATS)}"
    if not all(is_encodable(value) for value in metadata.values() if value is not None):
        return "invalid_metadata", "a metadata field holds a lone surrogate"
    try:
        utc_moment(metadata["published_at"])
    except ValueError as error:
        return "invalid_published_at", f"'published_at' is not an ISO 8601 date or time: {str(error)[:MESSAGE_CHARS]}"
    return None


def record_from_mapping(record: dict[str, Any], text_key: str, id_key: str, number: int | None = None,
                        file: str | None = None) -> InputRecord:
    """A record from a parsed JSON object or a Parquet row; one without an id gets its
    content id. A given id that kutip cannot keep (a lone surrogate; a content id that is not
    the record's own) is dropped with the error, so it claims nothing."""
    given = as_text(record.get(id_key))
    metadata = {name: as_text(record.get(name)) for name in METADATA_FIELDS}
    if given is not None and not is_encodable(given):
        return InputRecord(None, None, number, ("invalid_id", "the id holds a lone surrogate"), metadata, file)
    error = _field_error(record, text_key, metadata)
    if error is not None:
        return InputRecord(given, None, number, error, metadata, file)
    own = content_id(record[text_key], metadata)
    if given is not None and given.startswith(CONTENT_ID_PREFIX) and given != own:
        return InputRecord(None, None, number, ("invalid_id", f"an id starting with '{CONTENT_ID_PREFIX}' must be "
                                                              "the record's own content id"), metadata, file)
    return InputRecord(own if given is None else given, record[text_key], number, None, metadata, file)


class IdClaims:
    """The first record with an id keeps it; a later one with the same id becomes a
    `duplicate_id` error, in input order, so the same records win on every run."""

    def __init__(self) -> None:
        self.first_line: dict[str, int | None] = {}

    def claim(self, record: InputRecord) -> InputRecord:
        if record.id is None:
            return record
        if record.id not in self.first_line:
            self.first_line[record.id] = record.line
            return record
        if record.error is not None:
            return record
        first = self.first_line[record.id]
        where = f" on line {first}" if first is not None else ""
        return replace(record, text=None, error=("duplicate_id", f"id {record.id!r} was used before{where}"))


def text_format_of(record: InputRecord) -> str:
    return record.metadata.get("format") or "text"


def source_of(record: InputRecord) -> dict[str, Any]:
    """What a result line carries besides the extraction, so that `kutip load` stores the
    article's outlet, URL and date and recognises it again by its text (no hash or length
    for a record without text)."""
    from service.store.engine import content_hash

    text = record.text
    return {**{name: record.metadata.get(name) for name in SOURCE_FIELDS},
            "content_hash": content_hash(text, text_format_of(record)) if text is not None else None,
            "text_length": len(text) if text is not None else None}
