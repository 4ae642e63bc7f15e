"""Request bodies read and parsed with every malformation a client error (400, 413, 415, 422
with a stable code), shared by the extraction and the store routes."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from fastapi import Request
from pydantic import BaseModel
from starlette.requests import ClientDisconnect

from service import schemas
from service.errors import APIError


async def read_body(request: Request) -> bytes:
    """The raw body, read before the sync route runs in the thread pool. A body shorter than
    its Content-Length (the client stopped sending) is a client error, not a server one."""
    try:
        return await request.body()
    except ClientDisconnect:
        raise APIError(400, "incomplete_body", "the body ended before its Content-Length") from None


def parse_batch_body(content_type: str, body: bytes) -> schemas.BatchRequest:
    return parse_batch_body_as(schemas.BatchRequest, content_type, body)


JSONBody = TypeVar("JSONBody", bound=BaseModel)


def parse_batch_body_as(model: type[JSONBody], content_type: str, body: bytes) -> JSONBody:
    """A JSON-only body validated against `model`, with the same errors as every route."""
    media_type = content_type.split(";")[0].strip().lower()
    if media_type not in ("application/json", ""):
        raise APIError(415, "unsupported_media_type", "send application/json")
    try:
        decoded = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise APIError(400, "undecodable_body", f"the body is not valid UTF-8 (byte {error.start})") from None
    try:
        return model.model_validate(parse_json(decoded))
    except ValueError as error:
        raise APIError(422, "invalid_request", str(error)[:2000]) from None


def parse_extract_body(content_type: str, body: bytes) -> schemas.ExtractRequest:
    media_type = content_type.split(";")[0].strip().lower()
    try:
        decoded = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise APIError(400, "undecodable_body", f"the body is not valid UTF-8 (byte {error.start})") from None
    if media_type == "text/plain":
        return schemas.ExtractRequest(text=decoded)
    if media_type not in ("application/json", ""):
        raise APIError(415, "unsupported_media_type", "send application/json or text/plain")
    data = parse_json(decoded)
    try:
        return schemas.ExtractRequest.model_validate(data)
    except ValueError as error:
        raise APIError(422, "invalid_request", str(error)[:2000]) from None


MAX_JSON_DEPTH = 32  # kutip's requests nest three levels; deeper bodies are refused before parsing


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    if repeated:
        raise APIError(422, "invalid_json", f"duplicate keys in one object: {', '.join(repeated)[:200]}")
    return dict(pairs)


def parse_json(decoded: str) -> Any:
    """JSON with every malformation a client error: syntax, nesting deeper than MAX_JSON_DEPTH
    (Python's parser would hit its recursion limit), integers too long to convert, duplicate
    keys (which one would win is not obvious to the sender)."""
    if _nesting_depth(decoded) > MAX_JSON_DEPTH:
        raise APIError(422, "invalid_json", f"the body nests deeper than {MAX_JSON_DEPTH} levels")
    try:
        return json.loads(decoded, object_pairs_hook=_reject_duplicate_keys)
    except json.JSONDecodeError as error:
        raise APIError(422, "invalid_json", f"the body is not valid JSON: {error.msg} at position {error.pos}") \
            from None
    except (ValueError, RecursionError) as error:  # e.g. an integer beyond Python's digit limit
        raise APIError(422, "invalid_json", f"the body is not acceptable JSON: {str(error)[:200]}") from None


def _nesting_depth(decoded: str) -> int:
    """Deepest bracket nesting outside strings, in one linear pass."""
    depth = deepest = 0
    in_string = escaped = False
    for character in decoded:
        if in_string:
            if escaped:
                escaped = False
            elif character == "\\":
                escaped = True
            elif character == '"':
                in_string = False
        elif character == '"':
            in_string = True
        elif character in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif character in "]}":
            depth -= 1
    return deepest
