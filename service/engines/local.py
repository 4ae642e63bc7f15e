"""Extraction over many documents for the CLI: progress bar, worker processes, resume.

Rerunning with the same --out skips ids already written there, so an interrupted run over a
large JSONL file loses nothing. Error lines written by an earlier run are kept and reported
(the run exits 1 while any remain); `--retry-errors` removes them and extracts those
records again.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqdm import tqdm

from service.engines.records import (
    MESSAGE_CHARS,
    InputRecord,
    source_of,
    text_format_of,
)
from service.settings import Settings

if TYPE_CHECKING:
    from service.extraction.pipeline import Extractor
    from service.schemas import ExtractResponse

_worker_extractor = None
_worker_timeout: float | None = None
_worker_min_confidence = 0.0


WORKER_CHUNK = 1  # record groups per hand-over to a worker process
PARENT_CHECK_S = 1.0  # how often a worker looks whether kutip is still there (where the kernel cannot tell it)
PR_SET_PDEATHSIG = 1  # Linux prctl option: a signal for this process when its parent exits


class Stopped(BaseException):
    """SIGTERM or SIGINT reached `kutip extract`: stop between (or within) records, keep what
    was written. A BaseException, so that no per-record `except Exception` swallows it."""


def extract_record(extractor: Extractor, record: InputRecord, timeout_s: float | None,
                   text_format: str = "text", min_confidence: float = 0.0,
                   ) -> tuple[ExtractResponse | None, tuple[str, str] | None]:
    """A record's extraction, or its error (code, message); never an exception, so one bad
    document costs one document."""
    return extract_records(extractor, [replace(record, metadata={**record.metadata, "format": text_format})],
                           timeout_s, min_confidence)[0]


GROUP_DOCUMENTS = 16  # documents whose sentences the tagger reads together (`kutip extract`, Ray)
GROUP_CHARACTERS = 40_000  # about 7,000 tokens: a long article is tagged in a group of its own


def record_groups(records: Iterable[InputRecord], documents: int = GROUP_DOCUMENTS) -> Iterator[list[InputRecord]]:
    """Consecutive records in groups of at most `documents` and about GROUP_CHARACTERS of
    text, in input order: each group's sentences go through the tagger together."""
    group: list[InputRecord] = []
    characters = 0
    for record in records:
        size = len(record.text or "")
        if group and (len(group) >= documents or characters + size > GROUP_CHARACTERS):
            yield group
            group, characters = [], 0
        group.append(record)
        characters += size
    if group:
        yield group


def extract_records(extractor: Extractor, records: list[InputRecord], timeout_s: float | None,
                    min_confidence: float = 0.0) -> list[tuple[ExtractResponse | None, tuple[str, str] | None]]:
    """Each record's extraction or its error (code, message), the sentences of the group tagged
    together; never an exception, so one bad document costs one document. Both engines (this
    process pool and Ray) call it. Each document has its own deadline of `timeout_s`, counted
    from the start of the group."""
    from service.deadline import Deadline, DeadlineExceeded
    from service.extraction.html_text import html_to_text
    from service.extraction.pipeline import ExtractionJob

    outcomes: list[tuple[ExtractResponse | None, tuple[str, str] | None]] = []
    jobs: dict[int, ExtractionJob] = {}
    for number, record in enumerate(records):
        outcomes.append((None, record.error or ("no_text", "no text")))
        if record.error is not None or record.text is None:
            continue
        try:
            text = html_to_text(record.text) if text_format_of(record) == "html" else record.text
        except Exception as error:  # any failure is this record's, reported with it
            outcomes[number] = None, _internal_error(error)
            continue
        jobs[number] = ExtractionJob(text, record.id, Deadline(timeout_s))
    try:
        results = extractor.extract_many(list(jobs.values()))
    except Exception as error:  # the group's failure (none is expected): each document's
        results = [error] * len(jobs)
    for (number, job), result in zip(jobs.items(), results, strict=True):
        if isinstance(result, DeadlineExceeded):
            outcomes[number] = None, ("timeout", f"extraction ran past {timeout_s} s")
        elif isinstance(result, Exception):
            outcomes[number] = None, _internal_error(result)
        else:
            if text_format_of(records[number]) == "html":
                result.text = job.text  # the text offsets refer to
            outcomes[number] = result.keep_confident(min_confidence), None
    return outcomes


def _internal_error(error: Exception) -> tuple[str, str]:
    return "internal_error", f"{type(error).__name__}: {str(error)[:MESSAGE_CHARS]}"


def _exit_with_parent(parent: int) -> None:
    """A worker ends when kutip does, also when kutip was killed (SIGKILL runs no handler):
    on Linux the kernel sends SIGTERM at once, elsewhere a thread notices within a second."""
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_S)
        os._exit(1)

    if os.getppid() != parent:  # kutip died before this worker got here
        os._exit(1)
    threading.Thread(target=watch, name="kutip-parent-watch", daemon=True).start()


def _init_worker(settings: Settings, timeout_s: float | None = None, parent: int | None = None) -> None:
    global _worker_extractor, _worker_timeout, _worker_min_confidence
    from service.extraction.pipeline import Extractor

    if parent is not None:  # a worker process: the parent alone decides when to stop
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _exit_with_parent(parent)
    _worker_extractor = Extractor.from_settings(settings)
    _worker_timeout = timeout_s
    _worker_min_confidence = settings.min_confidence


def error_line(record: InputRecord, code: str, message: str) -> str:
    return json.dumps({"id": record.id, "line": record.line, "error": {"code": code, "message": message}},
                      ensure_ascii=False)


def _result_line(record: InputRecord, result: ExtractResponse | None,
                 error: tuple[str, str] | None) -> tuple[str, bool]:
    """The result line of one record: the extraction, or an error line."""
    if result is None:
        assert error is not None
        return error_line(record, *error), True
    return json.dumps({**result.model_dump(mode="json"), "source": source_of(record)}, ensure_ascii=False), False


def _extract_group(records: list[InputRecord]) -> list[tuple[str, bool]]:
    """The result lines of a group of records, their sentences tagged together."""
    assert _worker_extractor is not None
    outcomes = extract_records(_worker_extractor, records, _worker_timeout, _worker_min_confidence)
    return [_result_line(record, *outcome) for record, outcome in zip(records, outcomes, strict=True)]


def error_key(line: int | None, document_id: str | None) -> str:
    """What an error line is known by on resume: its input line, or its id where it has none
    (a plain-text input)."""
    return f"line:{line}" if line is not None else f"id:{document_id}"


@dataclass
class Progress:
    """What an earlier run left in --out: ids extracted, and its error lines by key."""

    done: set[str] = field(default_factory=set)
    errors: set[str] = field(default_factory=set)


def read_progress(out: Path) -> Progress:
    progress = Progress()
    if not out.exists():
        return progress
    with out.open(encoding="utf-8") as handle:
        for text in handle:
            try:
                line = json.loads(text)
            except json.JSONDecodeError:
                continue  # a line cut by an interruption is redone
            if isinstance(line.get("error"), dict):
                progress.errors.add(error_key(line.get("line"), line.get("id")))
            elif line.get("id") is not None:
                progress.done.add(str(line["id"]))
    return progress


def already_written(out: Path) -> set[str]:
    """Ids with a result line in `out`."""
    return read_progress(out).done


def _drop_error_lines(out: Path) -> None:
    """--retry-errors: the result lines alone, replaced in one rename, so that an interruption
    leaves either the old file or the new one."""
    staging = out.with_name(out.name + ".retrying")
    with out.open(encoding="utf-8") as source, staging.open("w", encoding="utf-8") as kept:
        for text in source:
            try:
                is_error = isinstance(json.loads(text).get("error"), dict)
            except json.JSONDecodeError:
                continue
            if not is_error:
                kept.write(text)
    os.replace(staging, out)


def _still_to_do(record: InputRecord, progress: Progress) -> bool:
    """A record whose error line an earlier run wrote is kept (not redone); otherwise a
    record is skipped when its id was extracted. A record that is an error by itself (a
    repeated id, a bad line) is never skipped by id, so its error line comes back."""
    if error_key(record.line, record.id) in progress.errors:
        return False
    return record.error is not None or record.id is None or record.id not in progress.done


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Drop what is queued and end the worker processes now: a record in flight is dropped."""
    pool.shutdown(wait=False, cancel_futures=True)
    for child in multiprocessing.active_children():
        child.terminate()


def _results(documents: list[InputRecord], settings: Settings, workers: int,
             timeout_s: float | None) -> Generator[tuple[str, bool], None, None]:
    if not documents:  # nothing left to resume: no model to load
        return
    if workers <= 1:
        _init_worker(settings, timeout_s)
        for group in record_groups(documents):
            yield from _extract_group(group)
        return
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                               initargs=(settings, timeout_s, os.getpid()))
    per_group = max(1, min(GROUP_DOCUMENTS, -(-len(documents) // workers)))  # every worker gets some
    try:
        for lines in pool.map(_extract_group, record_groups(documents, per_group), chunksize=WORKER_CHUNK):
            yield from lines
    except BaseException:
        _stop_workers(pool)
        raise
    pool.shutdown(wait=True)


@dataclass(frozen=True)
class RunCounts:
    """What a run did: records extracted now, failed now, and error lines kept from earlier runs."""

    extracted: int
    failed: int
    kept_errors: int = 0


def _write_lines(lines: Iterator[tuple[str, bool]], handle: Any, strict: bool) -> int:
    """Write each line as it comes (flushed: an interruption loses at most the line in
    flight); returns how many were error lines."""
    failed = 0
    for line, is_error in lines:
        if is_error:
            failed += 1
            if strict:
                raise SystemExit(f"stopped (--strict): {line}")
        handle.write(line + "\n")
        handle.flush()
    return failed


def run_to_file(documents: list[InputRecord], settings: Settings, out: Path, workers: int, progress: bool,
                timeout_s: float | None = None, strict: bool = False, retry_errors: bool = False) -> RunCounts:
    """Extract into `out`, resuming what an earlier run left there."""
    _repair_last_line(out)
    if retry_errors and out.exists():
        _drop_error_lines(out)
    earlier = read_progress(out)
    todo = [item for item in documents if _still_to_do(item, earlier)]
    kept = sum(error_key(item.line, item.id) in earlier.errors for item in documents)
    if len(todo) < len(documents):
        print(f"resuming: {len(documents) - len(todo) - kept} documents already in {out}, {kept} error lines "
              f"kept{' (--retry-errors retries them)' if kept else ''}", file=sys.stderr)
    results = _results(todo, settings, workers, timeout_s)
    try:
        with out.open("a", encoding="utf-8") as handle:
            failed = _write_lines(tqdm(results, total=len(todo), disable=not progress, unit="doc", file=sys.stderr),
                                  handle, strict)
    finally:
        results.close()  # on SIGTERM or --strict: the workers end now, not when the queue is done
    return RunCounts(len(todo) - failed, failed, kept)


def run_extraction(documents: list[InputRecord], settings: Settings, out: str | None, workers: int,
                   pretty: bool, progress: bool, timeout_s: float | None = None, strict: bool = False,
                   retry_errors: bool = False) -> int:
    """Extract every document; returns how many failed (each has an error line), counting
    error lines kept from an earlier run into `out`."""
    if out is not None:
        counts = run_to_file(documents, settings, Path(out), workers, progress, timeout_s, strict, retry_errors)
        return counts.failed + counts.kept_errors
    single = len(documents) == 1
    raw = _results(documents, settings, workers, timeout_s)
    results = raw
    if pretty and single:
        results = ((json.dumps(json.loads(line), indent=2, ensure_ascii=False) if not is_error else line, is_error)
                   for line, is_error in raw)
    try:
        return _write_lines(tqdm(results, total=len(documents), disable=not progress or single, unit="doc",
                                 file=sys.stderr), sys.stdout, strict)
    finally:
        raw.close()


def _repair_last_line(path: Path) -> None:
    """Cut a half-written last line left by an interrupted run."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb+") as handle:
        handle.seek(-1, os.SEEK_END)
        if handle.read(1) == b"\n":
            return
        data = path.read_bytes()
        handle.truncate(data.rfind(b"\n") + 1)
