"""Structured JSON logs with the request id; article text is never logged unless debug is on.

An exception is logged as its types and stack, without its messages: a message can carry a
value from the request (a database error its statement's parameters, a decoding error the
text around a bad character), and article text must never reach the logs.
"""

from __future__ import annotations

import contextvars
import json
import logging
import time
import traceback
from types import TracebackType

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)
STANDARD_FIELDS = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}


class JSONFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": request_id_var.get(),
        }
        entry.update({key: value for key, value in record.__dict__.items() if key not in STANDARD_FIELDS})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)

    def formatException(self, exc_info: ExcInfo) -> str:  # noqa: N802 - logging's name
        return exception_without_messages(exc_info[1])


ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]
MAX_CHAINED_EXCEPTIONS = 8


def exception_without_messages(error: BaseException | None) -> str:
    """Each exception of the chain (cause or context) as its type and stack, outermost first."""
    parts: list[str] = []
    seen: set[int] = set()
    while error is not None and id(error) not in seen and len(parts) < MAX_CHAINED_EXCEPTIONS:
        seen.add(id(error))
        stack = "".join(traceback.format_tb(error.__traceback__))
        parts.append(f"{type(error).__module__}.{type(error).__qualname__} (message not logged)\n{stack}")
        error = error.__cause__ or error.__context__
    return "\nwhile handling or caused by:\n".join(parts)


def configure_logging(level: str) -> None:
    root = logging.getLogger()
    if any(isinstance(handler.formatter, JSONFormatter) for handler in root.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(JSONFormatter())
    root.handlers = [handler]
    root.setLevel(level.upper())
    for noisy in ("uvicorn.access",):
        logging.getLogger(noisy).handlers = []
        logging.getLogger(noisy).propagate = False
    logging.getLogger("stanza").setLevel(logging.ERROR)
