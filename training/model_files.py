"""What the three trainings over the gold sets share around their models: the command line
(`--shared`, `--out`, `--table`), the check that the gold files are there, the optional table
cache for experiments, and writing the model file."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from service.settings import PROJECT_ROOT

TableT = TypeVar("TableT")


def model_arguments(description: str, model: str, table_help: str) -> argparse.ArgumentParser:
    """The parser every `make train-MODEL` target starts from; callers may add their own options."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--shared", type=Path, default=PROJECT_ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "models" / model / f"{model}.json")
    parser.add_argument("--table", type=Path, default=None, help=f"{table_help} (read if present)")
    return parser


def require_gold(shared: Path, sets: Iterable[str], target: str) -> None:
    """One line naming the missing gold files and exit status 2, before any extraction starts."""
    missing = [name for name in sets if not (shared / "eval" / name).is_file()]
    if missing:
        print(f"{target}: missing gold files in {shared / 'eval'}: {', '.join(missing)}", file=sys.stderr)
        raise SystemExit(2)


def cached_table(cache: Path | None, build: Callable[[], TableT], dump: Callable[[TableT], Any],
                 load: Callable[[Any], TableT]) -> TableT:
    """The training table, read from a cache file when one is given and present (experiments
    that refit without extracting the 316 articles again), else built and, with a cache, saved."""
    if cache is not None and cache.is_file():
        return load(json.loads(cache.read_text(encoding="utf-8")))
    table = build()
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps(dump(table)), encoding="utf-8")
    return table


def write_model(result: dict[str, Any], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
