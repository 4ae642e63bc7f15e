"""What stops a batch request part way: its own deadline, and its client going away.

Each document already has the per-document deadline; a batch of 64 slow documents would
still hold a worker for 64 of them, and go on extracting for a client that has hung up.
"""

from __future__ import annotations

import time

import anyio.from_thread
from fastapi import Request

from service.errors import APIError
from service.settings import Settings


class BatchGuard:
    """Checked before each document of a batch, from the route's worker thread."""

    def __init__(self, request: Request, settings: Settings, documents: int) -> None:
        self.request = request
        self.seconds = settings.batch_timeout_s or max(documents, 1) * settings.request_timeout_s
        self.expires_at = time.monotonic() + self.seconds
        self.per_document_s = settings.request_timeout_s

    def client_gone(self) -> bool:
        """The client closed the connection: nobody will read the rest of the answer."""
        return bool(anyio.from_thread.run(self.request.is_disconnected))

    def document_timeout_s(self) -> float:
        """The next document's time: its own deadline, or what is left of the batch's.
        Raises 503 `batch_timeout` once the batch's time is spent."""
        left = self.expires_at - time.monotonic()
        if left <= 0:
            raise APIError(503, "batch_timeout", f"the batch ran past {self.seconds:g} s (KUTIP_BATCH_TIMEOUT_S, "
                                                 "by default its documents times KUTIP_REQUEST_TIMEOUT_S)")
        return min(self.per_document_s, left)
