"""The one error type routes raise: an HTTP status, a stable code and a message for humans."""

from __future__ import annotations

from typing import Any


class APIError(Exception):
    def __init__(self, status: int, code: str, message: str, details: dict[str, Any] | None = None) -> None:
        """`details`: more fields of the error object a client acts on (e.g. `candidates`)."""
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.details = details or {}
