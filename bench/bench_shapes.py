"""Characters per second of full extraction per adversarial shape, at a size and twice it.

Usage: python bench/bench_shapes.py [--size 20000] [--repeats 3]
Prints, per shape, the median seconds at size and 2 x size, their ratio (about 2 when the
work is linear) and characters/s at 2 x size, next to news-like text.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import median  # noqa: E402
from bench.shapes import SHAPES  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    from service.extraction.pipeline import Extractor
    from service.settings import Settings

    extractor = Extractor.from_settings(Settings())
    print(f"{'shape':<36}{'s @ size':>10}{'s @ 2x':>10}{'ratio':>8}{'chars/s @ 2x':>14}")
    for name, build in SHAPES.items():
        seconds = []
        for size in (args.size, 2 * args.size):
            text = build(size)
            runs = []
            for _ in range(args.repeats):
                started = time.perf_counter()
                extractor.extract(text)
                runs.append(time.perf_counter() - started)
            seconds.append((median(runs), len(text)))
        (small, _), (large, large_chars) = seconds
        print(f"{name:<36}{small:>10.3f}{large:>10.3f}{large / small:>8.2f}{large_chars / large:>14,.0f}")


if __name__ == "__main__":
    main()
