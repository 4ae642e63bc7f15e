"""What the three trainings over the gold sets share around their models: the training
articles (the gold sets plus the project's annotated news), the command line (`--shared`,
`--out`, `--table`), the check that the gold files are there, the optional table cache for
experiments, and writing the model file."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from service.evaluation.quotes import read_gold
from service.settings import PROJECT_ROOT
from training.annotated_news import ANNOTATIONS_PATH, HELD_OUT_BLOCKS, load_annotated_news, training_news

TableT = TypeVar("TableT")

# The gold sets every training reads (never holdout3, kept for the final score, nor pfsa_dev,
# licensed for evaluation only), and the news pool the project's stand-off annotations point into.
TRAINING_SETS = ("dev_articles.jsonl", "dev2_articles.jsonl", "train3_articles.jsonl")
NEWS_POOL = Path("data") / "news" / "articles.jsonl"
ANNOTATED_NEWS = "training/annotations/news_quotes.jsonl"


def training_data_names(annotated_news: bool = False) -> list[str]:
    """What a model card and a model file name as the training data."""
    return [*TRAINING_SETS, ANNOTATED_NEWS] if annotated_news else list(TRAINING_SETS)


def training_data_markdown(names: Iterable[str]) -> str:
    """The model card's words for a model file's `data.sets`."""
    gold = [f"`../shared/eval/{name}`" for name in names if name != ANNOTATED_NEWS]
    held_out = " and ".join(f"{start + 1}–{end}" for start, end in HELD_OUT_BLOCKS)
    news = [f" and the news articles annotated for this project in `{ANNOTATED_NEWS}` but those at selection "
            f"positions {held_out} "
            "(stand-off over `../shared/data/news/`; those are held out of every training; how they were "
            "chosen and annotated: `training/annotations/README.md`)"
            for name in names if name == ANNOTATED_NEWS]
    return ", ".join(gold) + "".join(news)


def gold_articles(shared: Path, annotated_news: bool = False) -> list[dict[str, Any]]:
    """The training articles sorted by id: the gold sets and, with `annotated_news`, the news
    articles annotated for the project, whose texts are read from the pool under `shared` (the
    annotations hold offsets only). Opt-in per model: the people check is trained with them
    (`make train-people`: with 690 articles it won in cross-validation and on the held-out sets);
    the ranker, which still loses to the rules with them, is not."""
    articles = [article for name in TRAINING_SETS for article in read_gold(shared / "eval" / name)]
    if annotated_news:
        articles.extend(training_news(load_annotated_news(ANNOTATIONS_PATH, shared / NEWS_POOL)))
    return sorted(articles, key=lambda article: article["id"])


def model_arguments(description: str, model: str, table_help: str) -> argparse.ArgumentParser:
    """The parser every `make train-MODEL` target starts from; callers may add their own options."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--shared", type=Path, default=PROJECT_ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "models" / model / f"{model}.json")
    parser.add_argument("--table", type=Path, default=None, help=f"{table_help} (read if present)")
    parser.add_argument("--with-annotated-news", action="store_true",
                        help=f"train on {ANNOTATED_NEWS} too (joined with the news pool under --shared)")
    return parser


def require_gold(shared: Path, target: str, annotated_news: bool = False,
                 sets: Iterable[str] = TRAINING_SETS) -> None:
    """One line naming the missing gold files (or news pool) and exit status 2, before any
    extraction starts."""
    missing = [str(Path("eval") / name) for name in sets if not (shared / "eval" / name).is_file()]
    missing += [str(NEWS_POOL)] if annotated_news and not (shared / NEWS_POOL).is_file() else []
    if missing:
        print(f"{target}: missing training data in {shared}: {', '.join(missing)}", file=sys.stderr)
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
