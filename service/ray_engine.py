"""Archive-scale extraction on Ray Data (`kutip extract INPUT --engine ray`).

The same extraction as the local engine, on every CPU of a Ray cluster: a callable class
loads the extractor once per actor, an actor pool as large as the cluster's CPUs (one CPU
and one torch thread each) maps batches of articles, and the results are written as shards:

    OUT/documents/  one row per article: id, outlet, url, published_at, content_hash,
                    text_length, result (the /v1/extract response as a JSON string), error
    OUT/quotes/     Parquet, one row per quote, flat, for DuckDB or Spark

`kutip load OUT` then puts the documents into the store. Input: JSONL (one article per line,
the fields of POST /v1/documents) or Parquet with those columns.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from service.batch import (
    InputRecord,
    as_text,
    extract_record,
    record_from_json_line,
    record_from_mapping,
    source_of,
    text_format_of,
)
from service.settings import Settings

logger = logging.getLogger("kutip.ray")

OutputFormat = Literal["jsonl", "parquet"]
DOCUMENTS_DIR = "documents"
QUOTES_DIR = "quotes"
ARTICLES_PER_BATCH = 8  # small: one slow article should not hold many others back
IO_TASK_CPUS = 0  # see _read_articles
LINE_ID_CHARS = 12
BLOCKS_PER_ACTOR = 4  # input blocks per actor: enough to keep each busy while others finish
TORCH_THREADS_PER_ACTOR = 1  # one actor per CPU; more threads per actor would oversubscribe
QUOTE_COLUMNS = ("document_id", "quote_id", "type", "text", "start", "end", "cue", "cue_lemma", "rule",
                 "confidence", "speaker_name", "speaker_resolution", "person_id", "outlet", "url", "published_at")


def line_id(line: str) -> str:
    """Names a JSONL record without an id (shards have no global line numbers)."""
    return "line-" + hashlib.sha256(line.encode()).hexdigest()[:LINE_ID_CHARS]


class ExtractArticles:
    """The Ray Data callable class: one extractor per actor, loaded in __init__."""

    def __init__(self, settings_json: str, json_lines: bool, text_key: str, id_key: str,
                 timeout_s: float | None) -> None:
        import torch

        from service.pipeline import Extractor

        torch.set_num_threads(TORCH_THREADS_PER_ACTOR)
        settings = Settings.model_validate_json(settings_json)
        self.extractor = Extractor.from_settings(settings)
        self.json_lines, self.text_key, self.id_key, self.timeout_s = json_lines, text_key, id_key, timeout_s

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        rows = [self._row(article) for article in self._articles(batch)]
        return {column: [row[column] for row in rows] for column in DOCUMENT_COLUMNS}

    def _articles(self, batch: dict[str, Any]) -> list[InputRecord]:
        if self.json_lines:  # read_text: one "text" column of JSON lines
            return [record_from_json_line(str(line), line_id(str(line)), self.text_key, self.id_key)
                    for line in batch["text"] if str(line).strip()]
        columns = list(batch)
        size = len(batch[columns[0]]) if columns else 0
        return [record_from_mapping({column: batch[column][index] for column in columns}, f"row-{index + 1}",
                                    self.text_key, self.id_key) for index in range(size)]

    def _row(self, record: InputRecord) -> dict[str, Any]:
        result, error = extract_record(self.extractor, record, self.timeout_s, text_format_of(record))
        return {"id": record.id, **source_of(record),
                "result": result.model_dump_json() if result is not None else None,
                "error_code": error[0] if error else None, "error_message": error[1] if error else None}


DOCUMENT_COLUMNS = ("id", "outlet", "url", "published_at", "content_hash", "text_length", "result",
                    "error_code", "error_message")


def quote_rows(batch: dict[str, Any]) -> dict[str, list[Any]]:
    """The flat quotes table from a batch of document rows."""
    columns: dict[str, list[Any]] = {column: [] for column in QUOTE_COLUMNS}
    for index, result_json in enumerate(batch["result"]):
        if not isinstance(result_json, str):
            continue
        result = json.loads(result_json)
        for quote in result["quotes"]:
            values = {"document_id": batch["id"][index], "quote_id": quote["id"], "type": quote["type"],
                      "text": quote["text"], "start": quote["start"], "end": quote["end"],
                      "cue": (quote["cue"] or {}).get("text"), "cue_lemma": (quote["cue"] or {}).get("lemma"),
                      "rule": quote["rule"], "confidence": quote["confidence"],
                      "speaker_name": quote["speaker"]["name"], "speaker_resolution": quote["speaker"]["resolution"],
                      "person_id": quote["speaker"]["person_id"], "outlet": as_text(batch["outlet"][index]),
                      "url": as_text(batch["url"][index]), "published_at": as_text(batch["published_at"][index])}
            for column in QUOTE_COLUMNS:
                columns[column].append(values[column])
    return columns


@dataclass(frozen=True)
class RayRun:
    documents: int
    failed: int
    actors: int
    documents_dir: Path
    quotes_dir: Path


def is_parquet(source: Path) -> bool:
    return source.suffix == ".parquet" or (source.is_dir() and any(source.glob("*.parquet")))


def _read_articles(source: Path, actors: int) -> Any:
    """JSONL as text lines (parsed in the actors, so a bad line costs one row), or Parquet.

    Reading and writing reserve no CPU: they wait on files, and every CPU belongs to an
    extraction actor (a reader that needed one would wait for ever behind the actors).
    Ray's Parquet reader ignores that and its metadata and read tasks ask for CPU, so
    Parquet input is read into the object store (spilled to disk when larger than memory)
    before the actors start."""
    import ray.data

    if is_parquet(source):
        # a file's row group is the smallest block the reader makes: repartition, so that every actor gets work
        return ray.data.read_parquet(str(source)).repartition(actors * BLOCKS_PER_ACTOR).materialize()
    # a single large JSONL file is split into blocks, so that every actor gets work
    return ray.data.read_text(str(source), num_cpus=IO_TASK_CPUS, override_num_blocks=actors * BLOCKS_PER_ACTOR)


def run_ray_extraction(source: Path, out: Path, settings: Settings, address: str | None, output_format: OutputFormat,
                       text_key: str = "text", id_key: str = "id", timeout_s: float | None = None,
                       local_cpus: int | None = None) -> RayRun:
    """Extract every article of `source` into `out` on the Ray cluster at `address` (a local
    one when None, with `local_cpus` CPUs)."""
    import ray
    import ray.data

    if not ray.is_initialized():
        ray.init(address=address, num_cpus=local_cpus if address is None else None, include_dashboard=False,
                 log_to_driver=False, configure_logging=False)
    actors = max(1, int(ray.cluster_resources().get("CPU", 1)))
    articles = _read_articles(source, actors)
    results = articles.map_batches(
        ExtractArticles,
        fn_constructor_args=(settings.model_dump_json(), not is_parquet(source), text_key, id_key, timeout_s),
        batch_size=ARTICLES_PER_BATCH, compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=1,
        batch_format="numpy")
    documents_dir, quotes_dir = out / DOCUMENTS_DIR, out / QUOTES_DIR
    io_task: dict[str, Any] = {"num_cpus": IO_TASK_CPUS}
    if output_format == "parquet":
        results.write_parquet(str(documents_dir), ray_remote_args=io_task)
        written = ray.data.read_parquet(str(documents_dir), num_cpus=IO_TASK_CPUS)
    else:
        results.write_json(str(documents_dir), ray_remote_args=io_task, force_ascii=False)
        written = ray.data.read_json(str(documents_dir), lines=True, num_cpus=IO_TASK_CPUS)
    written.map_batches(quote_rows, batch_format="numpy", num_cpus=IO_TASK_CPUS).write_parquet(
        str(quotes_dir), ray_remote_args=io_task)
    # streamed through the driver, one small column; an all-null column reads back as nulls
    # of no type, so test for a code rather than for None
    failed = sum(isinstance(row["error_code"], str) for row in written.select_columns(["error_code"]).iter_rows())
    return RayRun(documents=written.count(), failed=failed, actors=actors, documents_dir=documents_dir,
                  quotes_dir=quotes_dir)
