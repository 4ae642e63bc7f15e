"""Limits that hold: linear work on adversarial shapes, a deadline that stops the work, bad
bodies and bad records that cost one request or one record (issue 11)."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.common import percentile
from bench.shapes import SHAPES
from service.api import create_app
from service.deadline import Deadline, DeadlineExceeded
from service.pipeline import Extractor
from service.rules import load_rules
from service.settings import PROJECT_ROOT, Settings
from tests.live_server import free_port
from tests.markup import MarkupExtractor, assert_offsets_point_into

BASE_CHARS = 40_000  # long enough that one run takes tens of milliseconds at least
MAX_DOUBLING_RATIO = 2.5
TIMING_RUNS = 5
TIMING_ATTEMPTS = 3


@pytest.fixture(scope="module")
def markup_extractor() -> MarkupExtractor:
    return MarkupExtractor(load_rules(PROJECT_ROOT / "rules"))


def _seconds(markup_extractor: MarkupExtractor, text: str) -> float:
    """One run, with the cyclic garbage collector paused while timing: it runs at
    allocation-count thresholds and makes one run jumpy; the growth of the work is what is
    checked here."""
    gc.collect()
    gc.disable()
    try:
        started = time.perf_counter()
        markup_extractor.extract(text)
        return time.perf_counter() - started
    finally:
        gc.enable()


def _doubling_ratio(markup_extractor: MarkupExtractor, small_text: str, large_text: str) -> tuple[float, float]:
    """Best of a few runs of each size, the two sizes interleaved so that a slow patch of the
    machine (another process, a CPU frequency change) falls on both rather than on one."""
    small = large = float("inf")
    for _ in range(TIMING_RUNS):
        small = min(small, _seconds(markup_extractor, small_text))
        large = min(large, _seconds(markup_extractor, large_text))
    return small, large


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_doubling_the_input_at_most_about_doubles_the_time(shape: str, markup_extractor: MarkupExtractor) -> None:
    """Every stage but the model (a fixed tagger stands in) on twice the input: time ratio
    <= 2.5 (linear work gives about 2; the quote-mark bomb was quadratic, and slicing the
    token list to its end per cue made a giant sentence of cues about 2.4).

    A measurement over the bound is taken again, up to TIMING_ATTEMPTS times: noise on a
    shared machine passes on a later attempt, quadratic work (a ratio near 4) fails every one."""
    small_text, large_text = SHAPES[shape](BASE_CHARS), SHAPES[shape](2 * BASE_CHARS)
    seen = []
    for _ in range(TIMING_ATTEMPTS):
        small, large = _doubling_ratio(markup_extractor, small_text, large_text)
        seen.append(f"{small:.3f} s -> {large:.3f} s")
        if large / small <= MAX_DOUBLING_RATIO:
            return
    pytest.fail(f"{shape}: doubling the input more than doubled the time in every attempt: {'; '.join(seen)}")


FRAGMENTS = st.sampled_from([
    "“", "”", '"', "'", "‘", "’", "(", ")", ".", ",", " ", "\n", "kata", "katanya", "menurut", "Menurutnya",
    "mengatakan", "bahwa", "Budi Santoso", "Ia", "ADVERTISEMENT", "Baca juga:", "e\u0301", "\u4e2d", "a" * 70,
    "!" * 80, "MA", "(MA)", "akrab disapa", "alias", "Kepala", "itu", "sang", "yang",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fragments=st.lists(FRAGMENTS, min_size=1, max_size=300))
def test_adversarial_mixtures_never_break_offsets(fragments: list[str], markup_extractor: MarkupExtractor) -> None:
    text, result = markup_extractor.extract("".join(fragments))
    assert_offsets_point_into(text, result)


def test_an_expired_deadline_stops_the_work(markup_extractor: MarkupExtractor) -> None:
    with pytest.raises(DeadlineExceeded):
        markup_extractor.extractor.extract(SHAPES["news_like"](BASE_CHARS), deadline=Deadline(0.0))


BOMB = "\u201c" * 50_000 + " kata Joko " + '"' * 50_000


@pytest.fixture(scope="module")
def short_deadline_client(extractor: Extractor) -> Iterator[TestClient]:
    limits = Settings(request_timeout_s=2.0, max_chars=200_000)
    with TestClient(create_app(limits, extractor)) as client:
        yield client


@pytest.mark.model
def test_the_quote_mark_bomb_is_answered_within_the_deadline(short_deadline_client: TestClient) -> None:
    started = time.perf_counter()
    response = short_deadline_client.post("/v1/extract", json={"text": BOMB})
    elapsed = time.perf_counter() - started
    assert response.status_code in (200, 503), response.text
    if response.status_code == 503:
        assert response.json()["error"]["code"] == "timeout"
    assert elapsed <= 2.0 + 1.0
    after = short_deadline_client.post("/v1/extract", json={"text": "“Kami siap,” kata Budi Santoso."})
    assert after.status_code == 200
    assert after.json()["quotes"][0]["speaker"]["name"] == "Budi Santoso"


BAD_BODIES = [
    ("deep_nesting", "[" * 100_000 + "]" * 100_000),
    ("deep_object_nesting", '{"text": ' + '{"a": ' * 5_000 + "1" + "}" * 5_000 + "}"),
    ("huge_number", '{"text": "x", "id": ' + "9" * 50_000 + "}"),
    ("duplicate_keys", '{"text": "satu", "text": "dua"}'),
    ("cut_short", '{"text": "Kami siap'),
]


@pytest.mark.model
@pytest.mark.parametrize(("route", "body"), [(route, body) for route in ("/v1/extract", "/v1/extract/batch")
                                             for _, body in BAD_BODIES],
                         ids=[f"{route.rsplit('/', 1)[-1]}-{name}" for route in ("/v1/extract", "/v1/extract/batch")
                              for name, _ in BAD_BODIES])
def test_bad_bodies_are_client_errors(route: str, body: str, short_deadline_client: TestClient) -> None:
    response = short_deadline_client.post(route, content=body, headers={"content-type": "application/json"})
    assert 400 <= response.status_code < 500, response.text[:300]
    assert response.json()["error"]["code"] in ("invalid_json", "invalid_request")


def _kutip(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "service.cli", *args], capture_output=True, text=True,
                          cwd=PROJECT_ROOT, timeout=300, check=False)


BAD_RECORDS = [
    json.dumps({"id": "a", "text": "“Kami siap bertanding,” kata Budi Santoso."}),
    '{"id": "b", "text": ',
    json.dumps({"id": "c", "body": "tanpa teks"}),
    json.dumps({"id": "d", "text": 5}),
    "[1, 2]",
    json.dumps({"id": "e", "text": "Ia mengatakan bahwa harga beras akan turun pekan depan."}),
]


@pytest.mark.model
def test_bad_records_cost_one_record_each(tmp_path: Path) -> None:
    source = tmp_path / "archive.jsonl"
    source.write_text("\n".join(BAD_RECORDS) + "\n")
    out = tmp_path / "out.jsonl"
    result = _kutip("extract", str(source), "--out", str(out), "--quiet")
    assert result.returncode == 1  # some records failed
    assert "4 of 6 documents failed" in result.stderr
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["id"] for line in lines] == ["a", "2", "c", "d", "5", "e"]
    assert [line["error"]["code"] for line in lines if "error" in line] == [
        "invalid_json", "no_text", "invalid_text", "invalid_record"]
    assert [line["line"] for line in lines if "error" in line] == [2, 3, 4, 5]
    assert lines[0]["quotes"][0]["speaker"]["name"] == "Budi Santoso"


def test_strict_stops_at_the_first_bad_record(tmp_path: Path) -> None:
    source = tmp_path / "archive.jsonl"
    source.write_text("\n".join(BAD_RECORDS) + "\n")
    result = _kutip("extract", str(source), "--strict", "--quiet")
    assert result.returncode != 0
    assert "line 2" in result.stderr


@pytest.mark.model
def test_health_answers_and_readiness_says_busy_while_every_thread_extracts() -> None:
    """A live one-worker server with every extraction thread busy on a long article:
    /healthz answers at once, /readyz says `busy`, and says ready again afterwards."""
    import threading

    import httpx

    from bench.bench_http import start_server
    from service.api import EXTRACTION_THREADS

    port = free_port()
    long_text = SHAPES["varied_news"](60_000)
    server = start_server(1, port, {"KUTIP_REQUEST_TIMEOUT_S": "60"})
    base = f"http://127.0.0.1:{port}"
    try:
        workers = [threading.Thread(target=httpx.post, args=(f"{base}/v1/extract",),
                                    kwargs={"json": {"text": long_text}, "timeout": 120})
                   for _ in range(EXTRACTION_THREADS)]
        for worker in workers:
            worker.start()
        busy = None
        for _ in range(200):  # until every thread has taken a request
            busy = httpx.get(f"{base}/readyz", timeout=5)
            if busy.status_code == 503:
                break
            time.sleep(0.05)
        assert busy is not None and busy.status_code == 503 and busy.json()["error"]["code"] == "busy"
        latencies = []
        for _ in range(5):
            started = time.perf_counter()
            assert httpx.get(f"{base}/healthz", timeout=5).status_code == 200
            latencies.append(time.perf_counter() - started)
        for worker in workers:
            worker.join()
        assert httpx.get(f"{base}/readyz", timeout=5).status_code == 200
    finally:
        server.terminate()
        server.wait(timeout=30)
    # answered on the event loop between the GIL turns of eight busy threads (0.04-0.19 s seen
    # on 2 cores), never behind an extraction of the long text (seconds each)
    assert sorted(latencies)[len(latencies) // 2] < HEALTH_WHILE_BUSY_MEDIAN_S, latencies


@pytest.mark.model
def test_kill_9_mid_run_then_rerun_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    import os
    import signal

    source = tmp_path / "archive.jsonl"
    rows = [{"id": f"a{number}", "text": SHAPES["news_like"](3_000)} for number in range(40)]
    source.write_text("\n".join(json.dumps(row) for row in rows) + "\n")
    out = tmp_path / "out.jsonl"
    run = subprocess.Popen([sys.executable, "-m", "service.cli", "extract", str(source), "--out", str(out), "--quiet"],
                           cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    waited = 0.0
    while (not out.exists() or out.read_text().count("\n") < 3) and waited < 120 and run.poll() is None:
        time.sleep(0.05)
        waited += 0.05
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    written_before = out.read_text().count("\n")
    assert 0 < written_before < len(rows), "the run should be killed part way"
    rerun = _kutip("extract", str(source), "--out", str(out), "--quiet")
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert sorted(ids) == sorted(row["id"] for row in rows)  # nothing lost, nothing twice


HEALTH_WHILE_BUSY_MEDIAN_S = 0.5


def _raw_http(port: int, payload: bytes, half_close: bool = False) -> bytes:
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(payload)
        if half_close:
            connection.shutdown(socket.SHUT_WR)
        received = b""
        while chunk := connection.recv(65536):
            received += chunk
    return received


@pytest.mark.model
def test_broken_http_bodies_on_a_live_server(tmp_path: Path) -> None:
    """What TestClient cannot send: a Content-Length that lies, a gzip body (compression is
    not accepted, so no gzip bomb can be inflated), a body cut short by the client."""
    import os

    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as handle:
        server = subprocess.Popen([sys.executable, "-m", "service.cli", "serve", "--port", str(port)], cwd=PROJECT_ROOT,
                                  stdout=handle, stderr=subprocess.STDOUT, env={**os.environ, "KUTIP_LOG_LEVEL": "INFO"})
    try:
        import httpx

        waited = 0.0
        while waited < 120:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.25)
            waited += 0.25
        head = b"POST /v1/extract HTTP/1.1\r\nHost: kutip\r\nContent-Type: application/json\r\nConnection: close\r\n"
        shorter = _raw_http(port, head + b"Content-Length: 5\r\n\r\n" + b'{"text": "Kami siap"}')
        assert shorter.startswith(b"HTTP/1.1 422") and b'"invalid_json"' in shorter
        gzipped = _raw_http(port, head + b"Content-Encoding: gzip\r\nContent-Length: 10\r\n\r\n"
                            + b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03")
        assert gzipped.startswith(b"HTTP/1.1 400") and b'"undecodable_body"' in gzipped
        cut = _raw_http(port, head + b"Content-Length: 100\r\n\r\n" + b'{"text": "Kami', half_close=True)
        assert not cut.startswith(b"HTTP/1.1 5")  # the client is gone; no 500, and nothing logged as an error
        assert httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5).status_code == 200
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert "unhandled error" not in log.read_text()


@pytest.mark.model
def test_under_load_with_adversarial_requests() -> None:
    """Loopback, bounded: the same normal requests at concurrency 16, alone and with one in ten
    replaced by a 50,000-character adversarial shape. Every normal request succeeds, the only
    non-200 answers are 503 `timeout` on adversarial ones, and the p99 of normal requests
    stays within 2x of the run without adversarial ones (bench/bench_load.py: the same with
    more requests)."""

    from bench.bench_http import start_server
    from bench.bench_load import fire

    port = free_port()
    normal_text = SHAPES["varied_news"](NEWS_ARTICLE_CHARS)
    shapes = ("quote_mark_bomb", "punctuation_run", "one_giant_sentence_of_cues", "one_word_sentences")
    normal = [(normal_text, False)] * LOAD_REQUESTS
    mixed = [(SHAPES[shapes[(number // 10) % len(shapes)]](50_000), True) if number % 10 == 9 else item
             for number, item in enumerate(normal)]
    server = start_server(1, port, {"KUTIP_REQUEST_TIMEOUT_S": "10"})
    try:
        fire(port, normal[:16])  # warm-up
        alone = fire(port, normal)
        with_adversarial = fire(port, mixed)
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert all(status == 200 for _, status, _, _ in alone)
    assert all(status == 200 for adversarial, status, _, _ in with_adversarial if not adversarial)
    assert all(status == 200 or (status == 503 and code == "timeout")
               for adversarial, status, code, _ in with_adversarial if adversarial)
    p99_alone = percentile([seconds for _, _, _, seconds in alone], 0.99)
    p99_mixed = percentile([seconds for adversarial, _, _, seconds in with_adversarial if not adversarial], 0.99)
    print(f"p99 of normal requests: alone {p99_alone:.2f} s, with adversarial {p99_mixed:.2f} s")
    assert p99_mixed <= 2 * p99_alone, (p99_alone, p99_mixed)


LOAD_REQUESTS = 96
NEWS_ARTICLE_CHARS = 4_000  # about the length of the dev articles (150-650 words)
