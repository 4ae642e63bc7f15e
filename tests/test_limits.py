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
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.common import percentile
from bench.shapes import SHAPES
from service.deadline import Deadline, DeadlineExceeded
from service.extraction.pipeline import Extractor
from service.http.app import create_app
from service.settings import PROJECT_ROOT, Settings
from tests.conftest import LOG_MARKER
from tests.live_server import free_port
from tests.markup import MarkupExtractor, assert_offsets_point_into

BASE_CHARS = 40_000  # long enough that one run takes tens of milliseconds at least
MAX_DOUBLING_RATIO = 2.5
TIMING_RUNS = 5
TIMING_ATTEMPTS = 3



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
    # a line that is no record (not JSON, not an object) has no id: its line number names it
    assert [line["id"] for line in lines] == ["a", None, "c", "d", None, "e"]
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
    from service.http.extract_routes import EXTRACTION_THREADS

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
    non-200 answers are 503 `timeout` on adversarial ones, and no normal request waits past
    the server's deadline. How much slower normal requests get (the p99 ratio) is a speed
    figure, not a contract: bench/bench_load.py reports it (house rule 9; on 2 cores the
    ratio moved between 1.5 and 2.6 from run to run of the same commit)."""

    from bench.bench_http import start_server
    from bench.bench_load import fire

    port = free_port()
    normal_text = SHAPES["varied_news"](NEWS_ARTICLE_CHARS)
    shapes = ("quote_mark_bomb", "punctuation_run", "one_giant_sentence_of_cues", "one_word_sentences")
    normal = [(normal_text, False)] * LOAD_REQUESTS
    mixed = [(SHAPES[shapes[(number // 10) % len(shapes)]](50_000), True) if number % 10 == 9 else item
             for number, item in enumerate(normal)]
    server = start_server(1, port, {"KUTIP_REQUEST_TIMEOUT_S": str(LOAD_DEADLINE_S)})
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
    slowest_normal = max(seconds for adversarial, _, _, seconds in with_adversarial if not adversarial)
    assert slowest_normal < LOAD_DEADLINE_S, slowest_normal  # answered, never starved past the deadline


LOAD_DEADLINE_S = 10
LOAD_REQUESTS = 96
NEWS_ARTICLE_CHARS = 4_000  # about the length of the dev articles (150-650 words)


# ---- issue 17: request parsing and the HTTP routes -------------------------------------


def _object_with_keys(count: int) -> str:
    return json.dumps({"text": "“Kami siap,” kata Budi Santoso.", **{f"kunci{number}": 0 for number in range(count)}})


def test_duplicate_key_check_is_linear() -> None:
    """Row 1: 40,000 distinct keys took 25 s (a per-key count over the key list); twice the
    keys must take about twice the time, as for every other shape. CPU time of this thread,
    not wall time: on a shared machine the other processes' load would blur the ratio."""
    from service.http.request_bodies import parse_json

    small_body, large_body = _object_with_keys(10_000), _object_with_keys(20_000)
    seen = []
    for _ in range(TIMING_ATTEMPTS):
        small = large = float("inf")
        for _ in range(TIMING_RUNS):
            started = time.thread_time()
            parse_json(small_body)
            small = min(small, time.thread_time() - started)
            started = time.thread_time()
            parse_json(large_body)
            large = min(large, time.thread_time() - started)
        seen.append(f"{small:.3f} s -> {large:.3f} s")
        if large / small <= MAX_DOUBLING_RATIO:
            return
    pytest.fail(f"doubling the keys more than doubled the parse time: {'; '.join(seen)}")


@pytest.fixture(scope="module")
def limits_client(extractor: Extractor) -> Iterator[TestClient]:
    settings = Settings(request_timeout_s=2.0, max_chars=5_000, max_batch_documents=8,
                        max_body_bytes=30_000, max_batch_body_bytes=100_000)
    with TestClient(create_app(settings, extractor)) as client:
        yield client


@pytest.mark.model
def test_forty_thousand_keys_are_answered_at_once(short_deadline_client: TestClient) -> None:
    """Row 1 over HTTP: the 0.4 MB object of distinct keys is an ordinary request."""
    started = time.perf_counter()
    response = short_deadline_client.post("/v1/extract", content=_object_with_keys(40_000),
                                          headers={"content-type": "application/json"})
    assert response.status_code == 200, response.text[:300]
    assert time.perf_counter() - started < FORTY_THOUSAND_KEYS_S


FORTY_THOUSAND_KEYS_S = 2.0  # 25 s before; about 0.1 s now


def _asgi_post(app: Any, path: str, headers: list[tuple[bytes, bytes]], chunks: Iterator[bytes]) \
        -> tuple[int, dict[str, Any], int]:
    """A POST straight to the ASGI app, the body fed chunk by chunk: what TestClient cannot
    show, how much of the body the app asked for. Returns status, JSON body, chunks read."""
    import asyncio

    read = 0
    sent: list[dict[str, Any]] = []
    pending = iter(chunks)
    upcoming = next(pending, None)

    async def receive() -> dict[str, Any]:
        """The chunks, then the client is gone."""
        nonlocal read, upcoming
        if upcoming is None:
            return {"type": "http.disconnect"}
        chunk, upcoming = upcoming, next(pending, None)
        read += 1
        return {"type": "http.request", "body": chunk, "more_body": upcoming is not None}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
             "headers": [(b"host", b"kutip"), (b"content-type", b"application/json"), *headers],
             "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80), "state": {}}
    asyncio.run(app(scope, receive, send))
    body = b"".join(message.get("body", b"") for message in sent if message["type"] == "http.response.body")
    return sent[0]["status"], json.loads(body), read


def _long_body(chunks: int = 256) -> Iterator[bytes]:
    """2 MB of an unfinished JSON string, 8 KiB at a time."""
    yield b'{"text": "'
    for _ in range(chunks):
        yield b"a" * 8_192


BODY_LIMITS = [("/v1/extract", 30_000), ("/v1/extract/batch", 100_000)]


@pytest.mark.parametrize(("path", "limit"), BODY_LIMITS)
def test_a_declared_length_over_the_limit_is_refused_before_reading(path: str, limit: int,
                                                                    limits_client: TestClient) -> None:
    """Row 2: 413 from Content-Length, not a byte of the body read (a 50 MB body was read and
    parsed whole before, 20 s and 3.8 GB)."""
    status, body, read = _asgi_post(limits_client.app, path, [(b"content-length", b"50000000")], _long_body())
    assert (status, body["error"]["code"], read) == (413, "body_too_large", 0)
    assert str(limit) in body["error"]["message"]


@pytest.mark.parametrize(("path", "limit"), BODY_LIMITS)
def test_a_body_without_length_is_cut_at_the_limit(path: str, limit: int, limits_client: TestClient) -> None:
    """Row 2: a chunked body is read only until it passes the route's limit."""
    status, body, read = _asgi_post(limits_client.app, path, [], _long_body())
    assert (status, body["error"]["code"]) == (413, "body_too_large")
    assert read == 1 + limit // 8_192 + 1  # the opening chunk, then full chunks until one passes the limit


def test_default_body_limits_refuse_the_fifty_megabyte_body(extractor: Extractor) -> None:
    """Row 2 with the shipped settings: the issue's 48 and 50 MB bodies."""
    with TestClient(create_app(Settings(), extractor)) as client:
        for path, size in (("/v1/extract/batch", 48_000_000), ("/v1/extract", 50_000_000)):
            status, body, read = _asgi_post(client.app, path, [(b"content-length", str(size).encode())],
                                            _long_body())
            assert (status, body["error"]["code"], read) == (413, "body_too_large", 0)


def test_a_body_within_the_limit_is_read_whole(limits_client: TestClient) -> None:
    payload = json.dumps({"text": "“Kami siap,” kata Budi Santoso.", "id": "b" * 500}).encode()
    response = limits_client.post("/v1/extract", content=payload, headers={"content-type": "application/json"})
    assert response.status_code == 200 and response.json()["id"] == "b" * 500


LONE_SURROGATE_BODIES = [
    ("text", "/v1/extract", f'{{"text": "{LOG_MARKER} \\ud800 siap"}}'),
    ("low_surrogate", "/v1/extract", f'{{"text": "{LOG_MARKER}\\udfff"}}'),
    ("id", "/v1/extract", f'{{"text": "{LOG_MARKER}", "id": "a\\udc00"}}'),
]


@pytest.mark.parametrize(("path", "body"), [row[1:] for row in LONE_SURROGATE_BODIES],
                         ids=[row[0] for row in LONE_SURROGATE_BODIES])
def test_a_lone_surrogate_is_invalid_text(path: str, body: str, limits_client: TestClient) -> None:
    """Row 3: a lone surrogate was a 500 (it cannot be encoded to answer or store)."""
    response = limits_client.post(path, content=body, headers={"content-type": "application/json"})
    assert (response.status_code, response.json()["error"]["code"]) == (422, "invalid_text")


BATCH_WITH_BAD_DOCUMENTS = [
    ({"id": "a", "text": "“Kami siap,” kata Budi Santoso."}, None),
    ({"id": "b", "text": None}, "invalid_request"),
    ({"id": "c", "text": "Kami siap.", "format": "pdf"}, "invalid_request"),
    ({"id": "d", "text": "Kami \ud800 siap."}, "invalid_text"),
    ({"id": "e\x00", "text": "Kami siap."}, "invalid_request"),
    ({"id": "f" * 513, "text": "Kami siap."}, "invalid_request"),
    ("not an object", "invalid_request"),
    ({"id": "g", "text": "Ia mengatakan bahwa harga beras akan turun."}, None),
]


def test_a_schema_invalid_document_fails_only_itself(limits_client: TestClient) -> None:
    """Weaker point and row 3: one bad document failed the whole batch with 422 (or a 500
    for a surrogate); now each gets its own error, in order, ids echoed where they can be."""
    body = json.dumps({"documents": [document for document, _ in BATCH_WITH_BAD_DOCUMENTS]})
    response = limits_client.post("/v1/extract/batch", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 200, response.text[:300]
    results = response.json()["results"]
    assert [item["error"]["code"] if item["error"] else None for item in results] == [
        code for _, code in BATCH_WITH_BAD_DOCUMENTS]
    assert [item["id"] for item in results] == ["a", "b", "c", "d", None, None, None, "g"]
    assert results[0]["result"]["quotes"][0]["speaker"]["name"] == "Budi Santoso"


def test_a_nul_in_text_is_read_as_a_replacement_character(limits_client: TestClient) -> None:
    """Row 11: one character for one, so the offsets of what follows hold."""
    text = "“Kami\x00 siap,” kata Budi Santoso."
    body = limits_client.post("/v1/extract", json={"text": text}).json()
    quote = body["quotes"][0]
    assert quote["text"] == "Kami\ufffd siap,"
    assert text.replace("\x00", "\ufffd")[quote["start"]:quote["end"]] == quote["text"]


def test_batch_deadline_stops_the_batch(extractor: Extractor) -> None:
    """Weaker point: the batch has its own deadline; the documents after it get
    `batch_timeout` instead of being extracted one by one past it."""
    settings = Settings(request_timeout_s=30.0, batch_timeout_s=0.2)
    documents = [{"id": str(number), "text": SHAPES["varied_news"](40_000)} for number in range(3)]
    with TestClient(create_app(settings, extractor)) as client:
        started = time.perf_counter()
        results = client.post("/v1/extract/batch", json={"documents": documents}).json()["results"]
        elapsed = time.perf_counter() - started
    assert [item["error"]["code"] for item in results] == ["timeout", "batch_timeout", "batch_timeout"]
    assert elapsed < 2.0


def test_batch_deadline_defaults_to_documents_times_the_request_deadline() -> None:
    from service.http.batch_deadline import BatchGuard

    guard = BatchGuard(Any, Settings(request_timeout_s=7.0), 5)  # type: ignore[arg-type]
    assert guard.seconds == 35.0 and guard.document_timeout_s() == 7.0


def test_a_batch_stops_when_its_client_disconnects(limits_client: TestClient) -> None:
    """Weaker point: the client is gone once its body is sent; nothing is extracted for it
    (before, all four documents were)."""
    body = json.dumps({"documents": [{"text": "“Kami siap,” kata Budi Santoso."}] * 4}).encode()
    before = _documents_extracted()
    status, _, _ = _asgi_post(limits_client.app, "/v1/extract/batch", [(b"content-length", str(len(body)).encode())],
                              iter([body]))
    assert status == 200
    assert _documents_extracted() == before
    assert limits_client.post("/v1/extract/batch", content=body).status_code == 200
    assert _documents_extracted() == before + 4  # the same batch from a client that stays


def _documents_extracted() -> float:
    from prometheus_client import REGISTRY

    return REGISTRY.get_sample_value("kutip_documents_total") or 0.0


def test_short_forms_of_offices_are_spelled_once_per_form(markup_extractor: MarkupExtractor,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Every speaker phrase of a long article asks whether its first word spells an office the
    article wrote before a name (speaker_phrases.read_short_form_of_an_office); asked against every
    office for every phrase, that work grew with the square of the article (a giant sentence of
    cues took 20 s for 50,000 characters). Counted, not timed: the spelling test runs once per
    distinct short form and distinct office, however often the article repeats them."""
    from service.extraction import speaker_phrases

    calls = 0
    spell = speaker_phrases.abbreviates

    def counted(short: str, words: Any, rules: Any) -> bool:
        nonlocal calls
        calls += 1
        return spell(short, words, rules)

    monkeypatch.setattr(speaker_phrases, "abbreviates", counted)
    paragraph = ("Kunjungan itu dipimpin General Manager PT Kilang Sukamaju [Budi Santoso|PER]. “Produksi kami "
                 "naik sepuluh persen,” kata GM.\n\n")
    _, result = markup_extractor.extract(paragraph * REPEATED_PARAGRAPHS)
    assert [quote.speaker.name for quote in result.quotes] == ["Budi Santoso"] * REPEATED_PARAGRAPHS
    assert calls <= 2


REPEATED_PARAGRAPHS = 40
