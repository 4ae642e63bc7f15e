"""`kutip load OUTPUT`: results of `kutip extract` (either engine) into the quote store.

OUTPUT is a directory written by `--engine ray` (its documents/ shards, JSONL or Parquet) or
a JSONL file of the local engine (one /v1/extract response per line plus a `source` object:
outlet, URL, date, content hash and length of the input record). A bare /v1/extract
response (no `source`) loads too, without metadata, its content hash taken from its quotes
and people. Rows with an error are counted and skipped. Loading the same output twice
changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from service import schemas
from service.engines.ray_engine import DOCUMENTS_DIR
from service.store.store import DocumentSource, Store

PARQUET_ROWS_PER_READ = 1024


def result_files(output: Path) -> list[Path]:
    if output.is_file():
        return [output]
    folder = output / DOCUMENTS_DIR if (output / DOCUMENTS_DIR).is_dir() else output
    files = sorted(path for path in folder.iterdir() if path.suffix in (".json", ".jsonl", ".parquet"))
    if not files:
        raise SystemExit(f"{output}: no .json, .jsonl or .parquet result files")
    return files


def rows_of(path: Path) -> Iterator[dict[str, Any]]:
    if path.suffix == ".parquet":
        import pyarrow.parquet as parquet

        for batch in parquet.ParquetFile(path).iter_batches(batch_size=PARQUET_ROWS_PER_READ):
            yield from batch.to_pylist()
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _moment(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def stable_digest(payload: dict[str, Any]) -> str:
    """A content hash for a local engine result line, which carries no text: its quotes and
    people, so that loading the same file twice changes nothing."""
    kept = {key: payload[key] for key in ("quotes", "people") if key in payload}
    return "result:" + hashlib.sha256(json.dumps(kept, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def document_of(row: dict[str, Any]) -> tuple[DocumentSource, schemas.ExtractResponse] | None:
    """The source and extraction in one result row; None for an error row."""
    if "result" in row:  # --engine ray
        if row.get("error_code") or not row.get("result"):
            return None
        result = schemas.ExtractResponse.model_validate_json(row["result"])
        return DocumentSource(str(row["id"]), row["content_hash"], int(row["text_length"]), row.get("outlet"),
                              row.get("url"), _moment(row.get("published_at"))), result
    if "quotes" in row and row.get("id") is not None:  # the local engine's JSONL
        result = schemas.ExtractResponse.model_validate(row)
        source = row.get("source")
        if isinstance(source, dict):
            return DocumentSource(str(row["id"]), str(source["content_hash"]), int(source["text_length"]),
                                  source.get("outlet"), source.get("url"), _moment(source.get("published_at"))), result
        # a /v1/extract response saved as it is: no metadata, a hash of what it found
        return DocumentSource(str(row["id"]), stable_digest(row), len(row.get("text") or "")), result
    return None


def load_results(output: Path, store: Store) -> Counter[str]:
    """Counts of created, updated, unchanged and skipped documents."""
    counts: Counter[str] = Counter()
    for path in result_files(output):
        for row in rows_of(path):
            document = document_of(row)
            if document is None:
                counts["skipped"] += 1
                continue
            counts[store.put(*document).status] += 1
    return counts
