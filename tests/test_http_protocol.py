"""`kutip serve`'s HTTP protocol closes connections whose request head is too slow (issue 17:
connections that trickled headers were never closed)."""

from __future__ import annotations

import argparse
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI

from service import cli
from service.http.protocol import HeadDeadlineProtocol, header_timeout_s
from tests.live_server import free_port

HEAD_TIMEOUT_S = 0.5
CLOSE_WAIT_S = 5.0  # the test waits this long at most for the server to close


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    monkeypatch.setenv("KUTIP_HEADER_TIMEOUT_S", str(HEAD_TIMEOUT_S))
    header_timeout_s.cache_clear()
    app = FastAPI()

    @app.get("/ping")
    def ping() -> dict[str, str]:
        return {"pong": "yes"}

    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", http=HeadDeadlineProtocol,
                            timeout_keep_alive=30)
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    while not running.started:
        time.sleep(0.02)
    yield port
    running.should_exit = True
    thread.join(timeout=10)
    header_timeout_s.cache_clear()


def seconds_until_closed(connection: socket.socket) -> float | None:
    """Seconds until the server closes the connection, None if it stays open CLOSE_WAIT_S."""
    started = time.monotonic()
    connection.settimeout(CLOSE_WAIT_S)
    try:
        while connection.recv(4096):
            pass
    except TimeoutError:
        return None
    except ConnectionResetError:
        pass
    return time.monotonic() - started


@pytest.mark.parametrize("sent", [b"", b"GET /ping HTTP/1.1\r\n", b"GET /ping HTTP/1.1\r\nHost: kutip\r\nX-Slow: "],
                         ids=["silent", "request_line_only", "headers_unfinished"])
def test_a_slow_request_head_is_closed(server: int, sent: bytes) -> None:
    with socket.create_connection(("127.0.0.1", server)) as connection:
        connection.sendall(sent)
        closed_after = seconds_until_closed(connection)
    assert closed_after is not None and closed_after < HEAD_TIMEOUT_S + 2


def test_a_whole_head_is_answered_and_the_next_slow_head_is_closed(server: int) -> None:
    with socket.create_connection(("127.0.0.1", server)) as connection:
        connection.sendall(b"GET /ping HTTP/1.1\r\nHost: kutip\r\n\r\n")
        connection.settimeout(CLOSE_WAIT_S)
        answer = connection.recv(4096)
        assert answer.startswith(b"HTTP/1.1 200") and b"pong" in answer
        time.sleep(HEAD_TIMEOUT_S * 2)  # idle between requests is the keep-alive timeout's (30 s here)
        connection.sendall(b"GET /ping HTTP/1.1\r\nHost: kutip\r\n\r\n")
        assert connection.recv(4096).startswith(b"HTTP/1.1 200")
        connection.sendall(b"GET /ping HTTP/1.1\r\nHo")  # a third head, never finished
        closed_after = seconds_until_closed(connection)
    assert closed_after is not None and closed_after < HEAD_TIMEOUT_S + 2


def test_kutip_serve_runs_this_protocol_with_the_keep_alive_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: calls.append(kwargs))
    monkeypatch.setenv("KUTIP_KEEP_ALIVE_TIMEOUT_S", "7")
    cli.command_serve(argparse.Namespace(host="127.0.0.1", port=0, workers=1))
    assert calls[0]["http"] == "service.http.protocol:HeadDeadlineProtocol"
    assert calls[0]["timeout_keep_alive"] == 7
