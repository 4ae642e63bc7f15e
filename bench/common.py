"""Shared helpers for the benchmarks: articles from ../shared/eval, medians, RSS."""

from __future__ import annotations

import json
import resource
import statistics
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"


def load_articles(limit: int | None = None) -> list[str]:
    """Article texts of the shared evaluation sets (never copied into the repository)."""
    texts: list[str] = []
    seed = SHARED_EVAL / "seed.json"
    if seed.exists():
        texts.append(json.loads(seed.read_text())["text"])
    for name in ("dev_articles.jsonl", "pfsa_dev.jsonl"):
        path = SHARED_EVAL / name
        if path.exists():
            texts.extend(json.loads(line)["text"] for line in path.read_text().splitlines() if line.strip())
    if not texts:
        raise SystemExit(f"no articles found under {SHARED_EVAL}")
    return texts[:limit] if limit else texts


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def process_rss_mb(pid: int) -> tuple[float, float]:
    """Current and peak resident memory of a process, from /proc."""
    current = peak = 0.0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            current = int(line.split()[1]) / 1024
        elif line.startswith("VmHWM:"):
            peak = int(line.split()[1]) / 1024
    return current, peak
