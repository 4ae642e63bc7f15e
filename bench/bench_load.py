"""Load with adversarial requests mixed in: do normal requests still succeed, and how much
slower are they?

Starts `kutip serve --workers 1` on loopback with a short deadline, then fires the same
normal articles at concurrency 16 twice: alone, and with one request in ten replaced by an
adversarial shape of 100,000 characters (bench/shapes.py). Reports, per run, the status
codes, which requests failed, and p50/p99 of the normal requests; the p99 ratio is the
cost of the adversarial ones.
Usage: python bench/bench_load.py [--requests 160] [--timeout 2] [--port 8771]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_http import start_server  # noqa: E402
from bench.common import load_articles, percentile  # noqa: E402
from bench.shapes import SHAPES  # noqa: E402

CONCURRENCY = 16
ADVERSARIAL_EVERY = 10
ADVERSARIAL_CHARS = 100_000
ADVERSARIAL_SHAPES = ("quote_mark_bomb", "punctuation_run", "one_giant_sentence_of_cues", "one_word_sentences")


def fire(port: int, requests: list[tuple[str, bool]]) -> list[tuple[bool, int, str, float]]:
    """(adversarial, status, error code, seconds) per request."""
    client = httpx.Client(timeout=300)

    def one(item: tuple[str, bool]) -> tuple[bool, int, str, float]:
        text, adversarial = item
        started = time.perf_counter()
        response = client.post(f"http://127.0.0.1:{port}/v1/extract", json={"text": text})
        code = response.json().get("error", {}).get("code", "") if response.status_code != 200 else ""
        return adversarial, response.status_code, code, time.perf_counter() - started

    with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
        return list(pool.map(one, requests))


def report(name: str, results: list[tuple[bool, int, str, float]]) -> float:
    normal = [seconds for adversarial, _, _, seconds in results if not adversarial]
    statuses = Counter((("adversarial" if adversarial else "normal"), status, code)
                       for adversarial, status, code, _ in results)
    p99 = percentile(normal, 0.99)
    print(f"{name}: {dict(statuses)}; normal p50 {percentile(normal, 0.5):.2f} s, p99 {p99:.2f} s")
    return p99


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=160)
    parser.add_argument("--timeout", type=float, default=2.0)
    parser.add_argument("--port", type=int, default=8771)
    args = parser.parse_args()
    articles = load_articles(args.requests)
    normal = [(articles[index % len(articles)], False) for index in range(args.requests)]
    mixed = [(SHAPES[ADVERSARIAL_SHAPES[(index // ADVERSARIAL_EVERY) % len(ADVERSARIAL_SHAPES)]](ADVERSARIAL_CHARS),
              True) if index % ADVERSARIAL_EVERY == ADVERSARIAL_EVERY - 1 else item
             for index, item in enumerate(normal)]
    server = start_server(1, args.port, {"KUTIP_REQUEST_TIMEOUT_S": str(args.timeout)})
    try:
        fire(args.port, normal[:CONCURRENCY])  # warm-up
        baseline = report("normal only", fire(args.port, normal))
        with_adversarial = report("one in ten adversarial", fire(args.port, mixed))
        print(f"p99 of normal requests, with / without adversarial ones: {with_adversarial / baseline:.2f}")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
