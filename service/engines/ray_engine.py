"""Archive-scale extraction on Ray Data (`kutip extract INPUT --engine ray`).

The same extraction as the local engine, on every CPU of a Ray cluster: a callable class
loads the extractor once per actor, an actor pool as large as the cluster's CPUs (one CPU
and one torch thread each) maps batches of articles, and the results are written as shards:

    OUT/documents/  one row per input record: id, file, line, outlet, url, published_at,
                    content_hash, text_length, result (the /v1/extract response as a JSON
                    string), error_code, error_message
    OUT/quotes/     Parquet, one row per quote, flat, for DuckDB or Spark

Input is read here, in the driver, by the local engine's reader (service/engines/inputs.py), so
both engines split lines, name records without an id and turn a repeated id into an error
the same way; the records go to the cluster in blocks through the object store. Output is
written to a staging folder beside OUT and renamed into place when complete: a non-empty
OUT is refused unless `overwrite`. Every Parquet shard has one explicit schema (strings,
timestamps in UTC, nulls as nulls), also a shard in which a column is all null.
`kutip load OUT` then puts the documents into the store.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from service.engines.inputs import InputFormat, input_files, read_records
from service.engines.local import extract_records, record_groups
from service.engines.records import InputRecord, as_text, source_of, utc_moment
from service.settings import Settings

if TYPE_CHECKING:
    from service.schemas import ExtractResponse

logger = logging.getLogger("kutip.ray")

OutputFormat = Literal["jsonl", "parquet"]
DOCUMENTS_DIR = "documents"
QUOTES_DIR = "quotes"
ARTICLES_PER_BATCH = 8  # small: one slow article should not hold many others back
RECORDS_PER_BLOCK = 4 * ARTICLES_PER_BATCH  # the unit an actor takes: small, so that every actor gets work
IO_TASK_CPUS = 0  # reading and writing wait on files; every CPU belongs to an extraction actor
TORCH_THREADS_PER_ACTOR = 1  # one actor per CPU; more threads per actor would oversubscribe
STAGING_SUFFIX = ".partial"  # OUT is written as .OUT.partial beside it, then renamed
REPLACED_SUFFIX = ".replaced"  # --overwrite: the old OUT for the moment between two renames
EMPTY_SHARD = "empty.parquet"  # the schema alone, when a run has no rows for a table
RECORD_FIELDS = ("id", "file", "line", "text", "error_code", "error_message", "outlet", "url", "published_at",
                 "format")
QUOTE_COLUMNS = ("document_id", "quote_id", "type", "text", "start", "end", "cue", "cue_lemma", "rule",
                 "confidence", "speaker_name", "speaker_resolution", "speaker_rule", "person_id", "outlet", "url",
                 "published_at")


class OutputExists(ValueError):
    """--out holds files and --overwrite was not given: a rerun would mix two runs' rows."""


def _arrow() -> Any:
    import pyarrow

    return pyarrow


def utc_timestamp() -> Any:
    return _arrow().timestamp("us", tz="UTC")


def record_schema() -> Any:
    pa = _arrow()
    return pa.schema([(name, pa.int64() if name == "line" else pa.string()) for name in RECORD_FIELDS])


def document_schema(output_format: OutputFormat) -> Any:
    """Parquet shards carry published_at as a UTC timestamp; JSON lines as an ISO string."""
    pa = _arrow()
    moment = utc_timestamp() if output_format == "parquet" else pa.string()
    return pa.schema([("id", pa.string()), ("file", pa.string()), ("line", pa.int64()), ("outlet", pa.string()),
                      ("url", pa.string()), ("published_at", moment), ("content_hash", pa.string()),
                      ("text_length", pa.int64()), ("result", pa.string()), ("error_code", pa.string()),
                      ("error_message", pa.string())])


def quote_schema() -> Any:
    pa = _arrow()
    integers = {"start", "end"}
    types = {name: pa.int64() if name in integers else pa.string() for name in QUOTE_COLUMNS}
    types["confidence"] = pa.float64()
    types["published_at"] = utc_timestamp()
    return pa.schema(list(types.items()))


def moment_of(value: Any) -> datetime | None:
    """published_at as read back from a documents shard (a timestamp or an ISO string) in UTC."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return utc_moment(as_text(value))


def moment_or_none(value: str | None) -> datetime | None:
    """A record's date in UTC; None for a date that is not one (the row's error says so)."""
    try:
        return utc_moment(value)
    except ValueError:
        return None


def records_table(records: list[InputRecord]) -> Any:
    """A block of input records for the object store."""
    columns: dict[str, list[Any]] = {name: [] for name in RECORD_FIELDS}
    for record in records:
        values = {"id": record.id, "file": record.file, "line": record.line, "text": record.text,
                  "error_code": record.error[0] if record.error else None,
                  "error_message": record.error[1] if record.error else None, **record.metadata}
        for name in RECORD_FIELDS:
            columns[name].append(values.get(name))
    return _arrow().Table.from_pydict(columns, schema=record_schema())


def record_of(row: dict[str, Any]) -> InputRecord:
    error = (row["error_code"], row["error_message"]) if row["error_code"] is not None else None
    metadata = {name: row[name] for name in ("outlet", "url", "published_at", "format")}
    return InputRecord(row["id"], row["text"], row["line"], error, metadata, row["file"])


class ExtractArticles:
    """The Ray Data callable class: one extractor per actor, loaded in __init__."""

    def __init__(self, settings_json: str, output_format: OutputFormat, timeout_s: float | None) -> None:
        import torch

        from service.extraction.pipeline import Extractor

        torch.set_num_threads(TORCH_THREADS_PER_ACTOR)
        settings = Settings.model_validate_json(settings_json)
        self.extractor = Extractor.from_settings(settings)
        self.output_format, self.timeout_s = output_format, timeout_s
        self.min_confidence = settings.min_confidence

    def __call__(self, batch: Any) -> Any:
        records = [record_of(row) for row in batch.to_pylist()]
        rows: list[dict[str, Any]] = []
        for group in record_groups(records):  # each group's sentences tagged together
            outcomes = extract_records(self.extractor, group, self.timeout_s, self.min_confidence)
            rows.extend(self._row(record, *outcome) for record, outcome in zip(group, outcomes, strict=True))
        schema = document_schema(self.output_format)
        return _arrow().Table.from_pydict({name: [row[name] for row in rows] for name in schema.names}, schema=schema)

    def _row(self, record: InputRecord, result: ExtractResponse | None,
             error: tuple[str, str] | None) -> dict[str, Any]:
        source = source_of(record)
        moment = moment_or_none(source["published_at"])
        return {"id": record.id, "file": record.file, "line": record.line, **source,
                "published_at": moment if self.output_format == "parquet" or moment is None else moment.isoformat(),
                "result": result.model_dump_json() if result is not None else None,
                "error_code": error[0] if error else None, "error_message": error[1] if error else None}


def quote_rows(batch: Any) -> Any:
    """The flat quotes table from a batch of document rows."""
    columns: dict[str, list[Any]] = {column: [] for column in QUOTE_COLUMNS}
    for document in batch.to_pylist():
        if not isinstance(document["result"], str):
            continue
        for quote in json.loads(document["result"])["quotes"]:
            values = {"document_id": document["id"], "quote_id": quote["id"], "type": quote["type"],
                      "text": quote["text"], "start": quote["start"], "end": quote["end"],
                      "cue": (quote["cue"] or {}).get("text"), "cue_lemma": (quote["cue"] or {}).get("lemma"),
                      "rule": quote["rule"], "confidence": quote["confidence"],
                      "speaker_name": quote["speaker"]["name"], "speaker_resolution": quote["speaker"]["resolution"],
                      "speaker_rule": quote["speaker"]["rule"],
                      "person_id": quote["speaker"]["person_id"], "outlet": as_text(document["outlet"]),
                      "url": as_text(document["url"]), "published_at": moment_of(document["published_at"])}
            for column in QUOTE_COLUMNS:
                columns[column].append(values[column])
    return _arrow().Table.from_pydict(columns, schema=quote_schema())


@dataclass(frozen=True)
class RayRun:
    documents: int
    failed: int
    actors: int
    documents_dir: Path
    quotes_dir: Path


def staging_dir(out: Path, overwrite: bool) -> Path:
    """Where this run writes: refuses a non-empty `out` unless `overwrite`; a staging folder
    left by a killed run is removed."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())) and not overwrite:
        raise OutputExists(f"{out} is not empty: pass --overwrite to replace it, or another --out")
    staging = out.with_name(f".{out.name}{STAGING_SUFFIX}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    return staging


def publish(staging: Path, out: Path) -> None:
    """The complete run takes the place of `out`: a rename when `out` is absent or empty;
    otherwise the old one is renamed aside first and removed after (a crash between the two
    renames leaves it as .OUT.replaced)."""
    if out.is_dir() and not any(out.iterdir()):
        out.rmdir()
    if out.exists():
        replaced = out.with_name(f".{out.name}{REPLACED_SUFFIX}")
        shutil.rmtree(replaced, ignore_errors=True)
        out.rename(replaced)
        staging.rename(out)
        shutil.rmtree(replaced)
        return
    staging.rename(out)


def _blocks(records: Iterable[InputRecord]) -> Iterator[list[InputRecord]]:
    iterator = iter(records)
    while block := list(islice(iterator, RECORDS_PER_BLOCK)):
        yield block


def _put_records(source: Path, input_format: InputFormat, text_key: str, id_key: str) -> Any:
    """The input as a dataset of record blocks in the object store (spilled to disk when
    larger than memory), read once, in order, by the driver."""
    import ray
    import ray.data

    refs: list[Any] = [ray.put(records_table(block))
            for block in _blocks(read_records(str(source), input_format, text_key, id_key))]
    return ray.data.from_arrow_refs(refs or [ray.put(records_table([]))])


def _ensure_shard(folder: Path, schema: Any) -> None:
    """A table without rows still gets a file with its schema, so that queries over
    folder/*.parquet find one."""
    folder.mkdir(parents=True, exist_ok=True)
    if not any(folder.glob("*.parquet")):
        import pyarrow.parquet as parquet

        parquet.write_table(schema.empty_table(), folder / EMPTY_SHARD)


def _write(results: Any, folder: Path, output_format: OutputFormat) -> Any:
    """Write the documents shards; the dataset that reads them back."""
    import ray.data

    io_task: dict[str, Any] = {"num_cpus": IO_TASK_CPUS}
    if output_format == "parquet":
        results.write_parquet(str(folder), ray_remote_args=io_task, schema=document_schema("parquet"))
        _ensure_shard(folder, document_schema("parquet"))
        return ray.data.read_parquet(str(folder), num_cpus=IO_TASK_CPUS)
    results.write_json(str(folder), ray_remote_args=io_task, force_ascii=False)
    folder.mkdir(parents=True, exist_ok=True)
    if not any(folder.iterdir()):
        return None
    return ray.data.read_json(str(folder), lines=True, num_cpus=IO_TASK_CPUS)


def run_ray_extraction(source: Path, out: Path, settings: Settings, address: str | None, output_format: OutputFormat,
                       text_key: str = "text", id_key: str = "id", timeout_s: float | None = None,
                       local_cpus: int | None = None, input_format: InputFormat | None = None,
                       overwrite: bool = False) -> RayRun:
    """Extract every record of `source` into `out` on the Ray cluster at `address` (a local
    one when None, with `local_cpus` CPUs). Raises InputError for an unreadable input and
    OutputExists for a non-empty `out` without `overwrite`, before Ray starts."""
    import ray
    import ray.data

    from service.engines.inputs import input_format_of

    input_format = input_format or input_format_of(str(source), None)
    input_files(source, input_format)
    staging = staging_dir(out, overwrite)
    if not ray.is_initialized():
        ray.init(address=address, num_cpus=local_cpus if address is None else None, include_dashboard=False,
                 log_to_driver=False, configure_logging=False)
    actors = max(1, int(ray.cluster_resources().get("CPU", 1)))
    results = _put_records(source, input_format, text_key, id_key).map_batches(
        ExtractArticles, fn_constructor_args=(settings.model_dump_json(), output_format, timeout_s),
        batch_size=ARTICLES_PER_BATCH, compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=1,
        batch_format="pyarrow")
    written = _write(results, staging / DOCUMENTS_DIR, output_format)
    documents = failed = 0
    if written is not None:
        written.map_batches(quote_rows, batch_format="pyarrow", num_cpus=IO_TASK_CPUS).write_parquet(
            str(staging / QUOTES_DIR), ray_remote_args={"num_cpus": IO_TASK_CPUS}, schema=quote_schema())
        # streamed through the driver, one small column; an all-null column reads back as nulls
        # of no type, so test for a code rather than for None
        for row in written.select_columns(["error_code"]).iter_rows():
            documents += 1
            failed += isinstance(row["error_code"], str)
    _ensure_shard(staging / QUOTES_DIR, quote_schema())
    publish(staging, out)
    return RayRun(documents=documents, failed=failed, actors=actors, documents_dir=out / DOCUMENTS_DIR,
                  quotes_dir=out / QUOTES_DIR)
