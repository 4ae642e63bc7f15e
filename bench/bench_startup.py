"""Cold start of `kutip serve`: process start to GET /readyz 200, and peak RSS after the
first request. Median of --starts (default 5) starts, one at a time. Usage:
    python bench/bench_startup.py [--starts 5] [--port 8765]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, load_articles, median, process_rss_mb  # noqa: E402

POLL_S = 0.05  # how often /readyz is asked
GIVE_UP_S = 120.0


def ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/readyz", timeout=1.0) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (/proc/PID/stat): unlike wall time, it
    hardly moves when other jobs share the cores."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_start(port: int, text: str, root: Path = ROOT) -> tuple[float, float, float, float]:
    """Seconds from process start to /readyz 200 and the CPU seconds the process spent to get
    there; peak RSS (MB) after the first request and that request's seconds."""
    url = f"http://127.0.0.1:{port}"
    environment = {**os.environ, "PYTHONPATH": str(root)}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "service.cli", "serve", "--port", str(port)],
                               cwd=root, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not ready(url):
            if process.poll() is not None:
                raise SystemExit(f"kutip serve exited with {process.returncode}")
            if time.perf_counter() - started > GIVE_UP_S:
                raise SystemExit(f"not ready after {GIVE_UP_S} s")
            time.sleep(POLL_S)
        ready_seconds = time.perf_counter() - started
        ready_cpu = cpu_seconds(process.pid)
        request = urllib.request.Request(url + "/v1/extract", data=json.dumps({"text": text}).encode(),
                                         headers={"content-type": "application/json"})
        first = time.perf_counter()
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()
        first_seconds = time.perf_counter() - first
        _, peak = process_rss_mb(process.pid)
        return ready_seconds, peak, first_seconds, ready_cpu
    finally:
        process.terminate()
        process.wait(timeout=30)


def report(name: str, runs: list[tuple[float, float, float, float]]) -> None:
    ready_seconds = [run[0] for run in runs]
    print(f"{name}: start to /readyz 200: " + ", ".join(f"{seconds:.2f}" for seconds in ready_seconds)
          + f" s; median {median(ready_seconds):.2f} s; CPU time to ready median "
          f"{median([run[3] for run in runs]):.2f} s")
    print(f"{name}: peak RSS after the first request: median {median([run[1] for run in runs]):.0f} MB "
          f"(max {max(run[1] for run in runs):.0f} MB); first request median {median([run[2] for run in runs]):.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--baseline", type=Path, default=None,
                        help="another checkout (e.g. a worktree of an older commit), started in turn with "
                             "this one so that both see the same machine load")
    args = parser.parse_args()
    text = load_articles(1)[0]
    print(f"kutip serve, {args.starts} starts each (KUTIP_NER_PRECISION="
          f"{os.environ.get('KUTIP_NER_PRECISION', 'default')}, {os.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.1f})")
    runs: list[tuple[float, float, float, float]] = []
    baseline_runs: list[tuple[float, float, float, float]] = []
    for _ in range(args.starts):
        if args.baseline is not None:
            baseline_runs.append(one_start(args.port, text, args.baseline.resolve()))
        runs.append(one_start(args.port, text))
    report("this checkout", runs)
    if args.baseline is not None:
        report(f"baseline {args.baseline}", baseline_runs)
        ratios = [old[0] / new[0] for old, new in zip(baseline_runs, runs, strict=True)]
        print(f"speed-up of the start, baseline / this (median of paired starts): {median(ratios):.2f}")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
