"""Extraction over many documents for the CLI: progress bar, worker processes, resume.

Rerunning with the same --out skips ids already written there, so an interrupted run over a
large JSONL file loses nothing.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqdm import tqdm

from service.settings import Settings

if TYPE_CHECKING:
    from service.pipeline import Extractor
    from service.schemas import ExtractResponse

_worker_extractor = None
_worker_timeout: float | None = None


METADATA_FIELDS = ("outlet", "url", "published_at", "format")  # carried with a record, not extracted
SOURCE_FIELDS = ("outlet", "url", "published_at")  # what a result line keeps of them, for `kutip load`
TEXT_FORMATS = ("text", "html")


@dataclass(frozen=True)
class InputRecord:
    """One document to extract, or a bad input record with its error (code, message)."""

    id: str | None
    text: str | None
    line: int | None
    error: tuple[str, str] | None = None
    metadata: dict[str, str | None] = field(default_factory=dict)


def as_text(value: Any) -> str | None:
    """A field value as text: JSON gives numbers, Parquet timestamps, pandas NaN for missing."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def record_from_json_line(line: str, fallback_id: str, text_key: str, id_key: str,
                          number: int | None = None) -> InputRecord:
    """One JSONL line: a line that is not a JSON object becomes a record with an error, so one
    bad record costs one record. `fallback_id` names a record without an id."""
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as error:
        return InputRecord(fallback_id, None, number, ("invalid_json", f"not valid JSON: {str(error)[:200]}"))
    if not isinstance(record, dict):
        return InputRecord(fallback_id, None, number, ("invalid_record", "a line must be a JSON object"))
    return record_from_mapping(record, fallback_id, text_key, id_key, number)


def record_from_mapping(record: dict[str, Any], fallback_id: str, text_key: str, id_key: str,
                        number: int | None = None) -> InputRecord:
    """A record from a parsed JSON object or a Parquet row."""
    document_id = as_text(record.get(id_key))
    document_id = fallback_id if document_id is None else document_id
    metadata = {name: as_text(record.get(name)) for name in METADATA_FIELDS}
    if text_key not in record:
        return InputRecord(document_id, None, number, ("no_text", f"no '{text_key}' field (use --text-key)"),
                           metadata)
    if not isinstance(record[text_key], str):
        return InputRecord(document_id, None, number, ("invalid_text", f"'{text_key}' is not a string"), metadata)
    if metadata["format"] is not None and metadata["format"] not in TEXT_FORMATS:
        return InputRecord(document_id, None, number,
                           ("invalid_format", f"'format' must be one of {', '.join(TEXT_FORMATS)}"), metadata)
    return InputRecord(document_id, record[text_key], number, None, metadata)


def text_format_of(record: InputRecord) -> str:
    return record.metadata.get("format") or "text"


def source_of(record: InputRecord) -> dict[str, Any]:
    """What a result line carries besides the extraction, so that `kutip load` stores the
    article's outlet, URL and date and recognises it again by its text (no hash or length
    for a record without text)."""
    from service.store.store import content_hash

    text = record.text
    return {**{name: record.metadata.get(name) for name in SOURCE_FIELDS},
            "content_hash": content_hash(text, text_format_of(record)) if text is not None else None,
            "text_length": len(text) if text is not None else None}


def extract_record(extractor: Extractor, record: InputRecord, timeout_s: float | None,
                   text_format: str = "text") -> tuple[ExtractResponse | None, tuple[str, str] | None]:
    """A record's extraction, or its error (code, message); never an exception, so one bad
    document costs one document. Both engines (this process pool and Ray) call it."""
    from service.deadline import Deadline, DeadlineExceeded
    from service.html_text import html_to_text

    if record.error is not None or record.text is None:
        return None, record.error or ("no_text", "no text")
    try:
        text = html_to_text(record.text) if text_format == "html" else record.text
        result = extractor.extract(text, record.id, Deadline(timeout_s))
    except DeadlineExceeded:
        return None, ("timeout", f"extraction ran past {timeout_s} s")
    except Exception as error:  # any failure is this record's, reported with it
        return None, ("internal_error", f"{type(error).__name__}: {str(error)[:200]}")
    if text_format == "html":
        result.text = text  # the text offsets refer to
    return result, None


def _init_worker(settings: Settings, timeout_s: float | None = None) -> None:
    global _worker_extractor, _worker_timeout
    from service.pipeline import Extractor

    _worker_extractor = Extractor.from_settings(settings)
    _worker_timeout = timeout_s


def error_line(record: InputRecord, code: str, message: str) -> str:
    return json.dumps({"id": record.id, "line": record.line, "error": {"code": code, "message": message}},
                      ensure_ascii=False)


def _extract_one(record: InputRecord) -> tuple[str, bool]:
    """The result line of one record: the extraction, or an error line."""
    assert _worker_extractor is not None
    result, error = extract_record(_worker_extractor, record, _worker_timeout, text_format_of(record))
    if result is None:
        assert error is not None
        return error_line(record, *error), True
    return json.dumps({**result.model_dump(mode="json"), "source": source_of(record)}, ensure_ascii=False), False


def already_written(out: Path) -> set[str]:
    done: set[str] = set()
    if not out.exists():
        return done
    with out.open(encoding="utf-8") as handle:
        for line in handle:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut by an interruption is redone
            if record.get("id") is not None:
                done.add(str(record["id"]))
    return done


def _results(documents: list[InputRecord], settings: Settings, workers: int,
             timeout_s: float | None) -> Iterator[tuple[str, bool]]:
    if workers <= 1:
        _init_worker(settings, timeout_s)
        for item in documents:
            yield _extract_one(item)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(settings, timeout_s)) as pool:
        yield from pool.map(_extract_one, documents, chunksize=4)


def run_extraction(documents: list[InputRecord], settings: Settings, out: str | None, workers: int,
                   pretty: bool, progress: bool, timeout_s: float | None = None, strict: bool = False) -> int:
    """Extract every document; returns how many failed (each has an error line)."""
    failed = 0
    if out is not None:
        out_path = Path(out)
        done = already_written(out_path)
        todo = [item for item in documents if item.id is None or item.id not in done]
        if done:
            print(f"resuming: {len(documents) - len(todo)} documents already in {out}", file=sys.stderr)
        _repair_last_line(out_path)
        with out_path.open("a", encoding="utf-8") as handle:
            for line, is_error in tqdm(_results(todo, settings, workers, timeout_s), total=len(todo),
                                       disable=not progress, unit="doc", file=sys.stderr):
                if is_error:
                    failed += 1
                    if strict:
                        raise SystemExit(f"stopped (--strict): {line}")
                handle.write(line + "\n")
                handle.flush()
        return failed
    single = len(documents) == 1
    for line, is_error in tqdm(_results(documents, settings, workers, timeout_s), total=len(documents),
                               disable=not progress or single, unit="doc", file=sys.stderr):
        if is_error:
            failed += 1
            if strict:
                raise SystemExit(f"stopped (--strict): {line}")
        elif pretty and single:
            line = json.dumps(json.loads(line), indent=2, ensure_ascii=False)
        sys.stdout.write(line + "\n")
    return failed


def _repair_last_line(path: Path) -> None:
    """Cut a half-written last line left by an interrupted run."""
    if not path.exists() or path.stat().st_size == 0:
        return
    data = path.read_bytes()
    if data.endswith(b"\n"):
        return
    cut = data.rfind(b"\n")
    path.write_bytes(data[: cut + 1] if cut >= 0 else b"")
