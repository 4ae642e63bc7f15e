"""(c) HTTP throughput and latency at several concurrencies and worker counts, and a soak run.

Starts `kutip serve` itself. Prints articles/s, tokens/s, p50/p95/p99 latency, errors and
peak RSS per worker; compares HTTP at concurrency 1 with in-process latency. Usage:
    python bench/bench_http.py [--requests 2000] [--concurrency 1 8 32] [--workers 1 2]
    python bench/bench_http.py --soak 5000
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, load_articles, median, percentile, process_rss_mb  # noqa: E402


def start_server(workers: int, port: int, settings: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    """`kutip serve` on loopback, with extra KUTIP_* settings in its environment."""
    server = subprocess.Popen([str(ROOT / ".venv" / "bin" / "kutip"), "serve", "--port", str(port),
                               "--workers", str(workers)], cwd=ROOT, env={**os.environ, **(settings or {})},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 180
    ready = 0
    while time.time() < deadline:
        try:
            # every worker must have loaded: ask several times
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                ready += 1
                if ready >= workers * 3:
                    return server
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    server.kill()
    raise SystemExit("server did not become ready")


def worker_pids(server: subprocess.Popen[bytes]) -> list[int]:
    children = subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True, text=True).stdout.split()
    pids = [int(pid) for pid in children]
    # uvicorn with --workers adds a multiprocessing resource tracker; keep the processes that loaded a model
    return [pid for pid in pids if process_rss_mb(pid)[1] > 200] or [server.pid]


def fire(port: int, texts: list[str], concurrency: int) -> tuple[list[float], int, float]:
    latencies: list[float] = []
    errors = 0

    def one(text: str) -> tuple[float, bool]:
        started = time.perf_counter()
        try:
            response = client.post(f"http://127.0.0.1:{port}/v1/extract", json={"text": text}, timeout=120)
            ok = response.status_code == 200
        except httpx.HTTPError:
            ok = False
        return time.perf_counter() - started, ok

    with httpx.Client(limits=httpx.Limits(max_connections=concurrency)) as client:
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            for seconds, ok in pool.map(one, texts):
                latencies.append(seconds)
                errors += not ok
        total = time.perf_counter() - started
    return latencies, errors, total


def load_extractor() -> Any:
    from service.extraction.pipeline import Extractor
    from service.settings import Settings

    return Extractor.from_settings(Settings())


def fire_paired(port: int, texts: list[str], extractor: Any, pair_every: int
                ) -> tuple[list[float], int, float, list[tuple[float, float]]]:
    """Concurrency 1, with every `pair_every`-th article also extracted in-process just before
    it is sent, so that each pair sees the same machine state (this VM's speed drifts by
    10-20 % over minutes, more than the overhead being measured)."""
    latencies: list[float] = []
    pairs: list[tuple[float, float]] = []
    errors = 0
    paired_seconds = 0.0
    with httpx.Client() as client:
        started = time.perf_counter()
        for position, text in enumerate(texts):
            in_process = None
            if position % pair_every == 0:
                pair_started = time.perf_counter()
                extractor.extract(text)
                in_process = time.perf_counter() - pair_started
                time.sleep(0.05)  # let this process's idle threads settle before the request
                paired_seconds += time.perf_counter() - pair_started
            request_started = time.perf_counter()
            try:
                ok = client.post(f"http://127.0.0.1:{port}/v1/extract", json={"text": text},
                                 timeout=120).status_code == 200
            except httpx.HTTPError:
                ok = False
            latency = time.perf_counter() - request_started
            latencies.append(latency)
            errors += not ok
            if in_process is not None:
                pairs.append((latency, in_process))
        total = time.perf_counter() - started - paired_seconds
    return latencies, errors, total, pairs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32],
                        help="every point sends the same requests, the articles repeated in order")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--soak", type=int, default=0, help="run only a soak of this many requests (2 workers, c=8)")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--pair-every", type=int, default=5,
                        help="at concurrency 1, also time every Nth article in-process, just before its request")
    args = parser.parse_args()

    articles = load_articles()
    tokens_per_article = sum(len(text.split()) for text in articles) / len(articles)
    if args.soak:
        server = start_server(2, args.port)
        try:
            texts = (articles * (args.soak // len(articles) + 1))[: args.soak]
            warm = texts[:500]
            fire(args.port, warm, 8)
            after_warmup = {pid: process_rss_mb(pid)[0] for pid in worker_pids(server)}
            latencies, errors, total = fire(args.port, texts, 8)
            after = {pid: process_rss_mb(pid)[0] for pid in worker_pids(server)}
            print(f"soak: {len(texts)} requests in {total:.0f} s, errors {errors}, p50 {median(latencies):.3f} s")
            for pid, rss in after_warmup.items():
                growth = after.get(pid, rss) / rss - 1
                print(f"worker {pid}: RSS after warm-up {rss:.0f} MB, after soak {after.get(pid, rss):.0f} MB "
                      f"({growth:+.1%})")
        finally:
            server.terminate()
            server.wait(timeout=60)
        return

    requests = (articles * (args.requests // len(articles) + 1))[: args.requests]
    extractor = load_extractor()  # for the in-process side of the concurrency-1 pairs
    extractor.extract(requests[0])
    throughput: dict[tuple[int, int], float] = {}
    for workers in args.workers:
        server = start_server(workers, args.port)
        try:
            for concurrency in args.concurrency:
                pairs: list[tuple[float, float]] = []
                if concurrency == 1:
                    latencies, errors, total, pairs = fire_paired(args.port, requests, extractor, args.pair_every)
                else:
                    latencies, errors, total = fire(args.port, requests, concurrency)
                rate = len(requests) / total
                throughput[(workers, concurrency)] = rate
                p50, p95, p99 = (percentile(latencies, q) for q in (0.5, 0.95, 0.99))
                peaks = [process_rss_mb(pid)[1] for pid in worker_pids(server)]
                print(f"workers {workers} concurrency {concurrency:>2}: {len(requests)} requests, "
                      f"{rate:.2f} articles/s, {rate * tokens_per_article:,.0f} tokens/s, p50 {p50 * 1000:.0f} ms, "
                      f"p95 {p95 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms (p99/p50 {p99 / p50:.2f}), "
                      f"errors {errors}, peak RSS per worker {', '.join(f'{peak:.0f}' for peak in peaks)} MB",
                      flush=True)
                if pairs:
                    ratio = median([latency / in_process for latency, in_process in pairs])
                    over = median([latency for latency, _ in pairs]) / median([seconds for _, seconds in pairs])
                    print(f"  HTTP overhead at concurrency 1 ({len(pairs)} interleaved pairs, same article): "
                          f"median of per-request ratios {ratio - 1:+.1%}; median over median {over - 1:+.1%}",
                          flush=True)
        finally:
            server.terminate()
            server.wait(timeout=60)
    for concurrency in args.concurrency:
        if (1, concurrency) in throughput and (2, concurrency) in throughput:
            print(f"concurrency {concurrency}: 2 workers / 1 worker throughput = "
                  f"{throughput[(2, concurrency)] / throughput[(1, concurrency)]:.2f}x")


if __name__ == "__main__":
    main()
