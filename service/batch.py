"""Extraction over many documents for the CLI: progress bar, worker processes, resume.

Rerunning with the same --out skips ids already written there, so an interrupted run over a
large JSONL file loses nothing.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from service.settings import Settings

_worker_extractor = None
_worker_timeout: float | None = None


@dataclass(frozen=True)
class InputRecord:
    """One document to extract, or a bad input record with its error (code, message)."""

    id: str | None
    text: str | None
    line: int | None
    error: tuple[str, str] | None = None


def _init_worker(settings: Settings, timeout_s: float | None = None) -> None:
    global _worker_extractor, _worker_timeout
    from service.pipeline import Extractor

    _worker_extractor = Extractor.from_settings(settings)
    _worker_timeout = timeout_s


def error_line(record: InputRecord, code: str, message: str) -> str:
    return json.dumps({"id": record.id, "line": record.line, "error": {"code": code, "message": message}},
                      ensure_ascii=False)


def _extract_one(record: InputRecord) -> tuple[str, bool]:
    """The result line of one record: the extraction, or an error line (never an exception:
    one bad document costs one document)."""
    from service.deadline import Deadline, DeadlineExceeded

    if record.error is not None:
        return error_line(record, *record.error), True
    assert _worker_extractor is not None and record.text is not None
    try:
        return _worker_extractor.extract(record.text, record.id, Deadline(_worker_timeout)).model_dump_json(), False
    except DeadlineExceeded:
        return error_line(record, "timeout", f"extraction ran past {_worker_timeout} s"), True
    except Exception as error:  # any failure is this record's, reported in its line
        return error_line(record, "internal_error", f"{type(error).__name__}: {str(error)[:200]}"), True


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
