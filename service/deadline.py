"""A time budget that extraction checks between and inside its stages.

Threads cannot be stopped from outside, so the work itself looks at the clock: every stage
is linear in its input, and the loops that run per sentence, per NER batch or per quote
call `check()`, so an extraction past its budget stops within a fraction of a second and
the worker is free again.
"""

from __future__ import annotations

import time


class DeadlineExceeded(RuntimeError):
    """Extraction ran past its time budget."""


class Deadline:
    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.expires_at = None if seconds is None else time.monotonic() + seconds

    def expired(self) -> bool:
        return self.expires_at is not None and time.monotonic() >= self.expires_at

    def check(self) -> None:
        if self.expired():
            raise DeadlineExceeded(f"extraction ran past its {self.seconds} s budget")


NO_DEADLINE = Deadline(None)
