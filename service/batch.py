"""Extraction over many documents for the CLI: progress bar, worker processes, resume.

Rerunning with the same --out skips ids already written there, so an interrupted run over a
large JSONL file loses nothing.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from tqdm import tqdm

from service.settings import Settings

_worker_extractor = None


def _init_worker(settings: Settings) -> None:
    global _worker_extractor
    from service.pipeline import Extractor

    _worker_extractor = Extractor.from_settings(settings)


def _extract_one(item: tuple[str | None, str]) -> str:
    document_id, text = item
    assert _worker_extractor is not None
    return _worker_extractor.extract(text, document_id).model_dump_json()


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


def _results(documents: list[tuple[str | None, str]], settings: Settings, workers: int) -> Iterator[str]:
    if workers <= 1:
        _init_worker(settings)
        for item in documents:
            yield _extract_one(item)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(settings,)) as pool:
        yield from pool.map(_extract_one, documents, chunksize=4)


def run_extraction(documents: list[tuple[str | None, str]], settings: Settings, out: str | None,
                   workers: int, pretty: bool, progress: bool) -> None:
    if out is not None:
        out_path = Path(out)
        done = already_written(out_path)
        todo = [item for item in documents if item[0] is None or item[0] not in done]
        if done:
            print(f"resuming: {len(documents) - len(todo)} documents already in {out}", file=sys.stderr)
        _repair_last_line(out_path)
        with out_path.open("a", encoding="utf-8") as handle:
            for line in tqdm(_results(todo, settings, workers), total=len(todo), disable=not progress,
                             unit="doc", file=sys.stderr):
                handle.write(line + "\n")
                handle.flush()
        return
    single = len(documents) == 1
    for line in tqdm(_results(documents, settings, workers), total=len(documents),
                     disable=not progress or single, unit="doc", file=sys.stderr):
        if pretty and single:
            line = json.dumps(json.loads(line), indent=2, ensure_ascii=False)
        sys.stdout.write(line + "\n")


def _repair_last_line(path: Path) -> None:
    """Cut a half-written last line left by an interrupted run."""
    if not path.exists() or path.stat().st_size == 0:
        return
    data = path.read_bytes()
    if data.endswith(b"\n"):
        return
    cut = data.rfind(b"\n")
    path.write_bytes(data[: cut + 1] if cut >= 0 else b"")
