"""The one error type routes raise: an HTTP status, a stable code and a message for humans."""

from __future__ import annotations


class APIError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
