"""The HTTP protocol `kutip serve` runs: uvicorn's httptools protocol with a deadline for the
request head.

uvicorn closes a kept-alive connection that stays idle (`timeout_keep_alive`), but it waits
for ever for a request head that arrives a byte at a time, or for the first byte of a
connection that was opened and left silent: each such connection holds a socket and a
file descriptor, and a few thousand of them starve the server (slowloris). Here the head
of every request, from the connection's first byte (or its opening) to the end of its
headers, must arrive within `KUTIP_HEADER_TIMEOUT_S`; otherwise the connection is closed.
A body is not under this deadline: the request's own limits and deadline cover it.
"""

from __future__ import annotations

import asyncio
from functools import lru_cache

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from service.settings import Settings


@lru_cache(maxsize=1)
def header_timeout_s() -> float:
    """Read once per worker process: uvicorn creates this protocol for every connection."""
    return Settings().header_timeout_s


class HeadDeadlineProtocol(HttpToolsProtocol):
    """HttpToolsProtocol that closes a connection whose request head is too slow."""

    _head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_head_timer()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if self._head_timer is None:  # the next request on a kept-alive connection
            self._arm_head_timer()

    def on_headers_complete(self) -> None:
        self._disarm_head_timer()
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_head_timer()
        super().connection_lost(exc)

    def _arm_head_timer(self) -> None:
        self._disarm_head_timer()
        self._head_timer = self.loop.call_later(header_timeout_s(), self._head_too_slow)

    def _disarm_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_too_slow(self) -> None:
        self._head_timer = None
        if not self.transport.is_closing():
            self.transport.close()
