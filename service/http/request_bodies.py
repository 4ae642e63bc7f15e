"""Request bodies read and parsed with every malformation a client error (400, 413, 415, 422
with a stable code), shared by the extraction and the store routes."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from fastapi import Request
from pydantic import BaseModel, ValidationError
from starlette.requests import ClientDisconnect

from service import schemas
from service.errors import APIError

MAX_ERROR_MESSAGE_CHARS = 2_000
# schema problems with their own API code (README "Limits"); any other is `invalid_request`
CODED_ERROR_TYPES = {schemas.INVALID_TEXT: schemas.INVALID_TEXT, schemas.DATE_OUT_OF_RANGE: schemas.DATE_OUT_OF_RANGE,
                     "string_unicode": schemas.INVALID_TEXT}  # pydantic's own word for a lone surrogate


async def read_body(request: Request, limit: int) -> bytes:
    """The raw body, read before the sync route runs in the thread pool, refused with 413 as
    soon as it is known to pass `limit` bytes: from Content-Length before a byte is read, or
    while streaming a body sent without one. A body shorter than its Content-Length (the
    client stopped sending) is a client error, not a server one."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise body_too_large(limit)
    chunks: list[bytes] = []
    received = 0
    try:
        async for chunk in request.stream():
            received += len(chunk)
            if received > limit:
                raise body_too_large(limit)
            chunks.append(chunk)
    except ClientDisconnect:
        raise APIError(400, "incomplete_body", "the body ended before its Content-Length") from None
    return b"".join(chunks)


def body_too_large(limit: int) -> APIError:
    return APIError(413, "body_too_large", f"the body is longer than {limit} bytes, this route's limit "
                                           "(KUTIP_MAX_BODY_BYTES, KUTIP_MAX_BATCH_BODY_BYTES)")


async def read_document_body(request: Request) -> bytes:
    """A body of one document: at most KUTIP_MAX_BODY_BYTES."""
    return await read_body(request, request.app.state.settings.max_body_bytes)


async def read_batch_body(request: Request) -> bytes:
    """A batch body: at most KUTIP_MAX_BATCH_BODY_BYTES."""
    return await read_body(request, request.app.state.settings.max_batch_body_bytes)


JSONBody = TypeVar("JSONBody", bound=BaseModel)


@dataclass(frozen=True)
class DocumentProblem:
    """A batch document that failed its schema: answered with its own error, the batch goes on."""

    id: str | None
    error: APIError


class BatchEnvelope(BaseModel):
    """What a batch must be before its documents are looked at one by one."""

    documents: list[Any]


@dataclass(frozen=True)
class ParsedBatch(Generic[JSONBody]):
    documents: list[JSONBody | DocumentProblem]


def validation_error(error: ValidationError) -> APIError:
    """422 naming each field and problem (never echoing the value, which may not even be
    encodable); the code of one of CODED_ERROR_TYPES when it is among the problems."""
    problems = "; ".join(f"{'.'.join(str(part) for part in problem['loc'])}: {problem['msg']}"
                         for problem in error.errors(include_input=False, include_url=False))
    types = [problem["type"] for problem in error.errors()]
    code = next((CODED_ERROR_TYPES[kind] for kind in types if kind in CODED_ERROR_TYPES), "invalid_request")
    return APIError(422, code, problems[:MAX_ERROR_MESSAGE_CHARS] or "invalid request")


def validate_as(model: type[JSONBody], data: Any) -> JSONBody:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise validation_error(error) from None


def decode_json_body(content_type: str, body: bytes) -> Any:
    """A JSON-only body decoded and parsed, with the same errors as every route."""
    media_type = content_type.split(";")[0].strip().lower()
    if media_type not in ("application/json", ""):
        raise APIError(415, "unsupported_media_type", "send application/json")
    return parse_json(decode_utf8(body))


def parse_body_as(model: type[JSONBody], content_type: str, body: bytes) -> JSONBody:
    """A JSON-only body validated against `model`."""
    return validate_as(model, decode_json_body(content_type, body))


def parse_batch_as(model: type[JSONBody], content_type: str, body: bytes, max_documents: int) \
        -> ParsedBatch[JSONBody]:
    """A batch whose documents are validated one by one: a document that fails its schema
    (null text, an unknown format, a lone surrogate) becomes a DocumentProblem in its place,
    so only it fails (README: a bad document gets an error object)."""
    envelope = validate_as(BatchEnvelope, decode_json_body(content_type, body))
    if len(envelope.documents) > max_documents:
        raise APIError(413, "batch_too_large", f"{len(envelope.documents)} documents; the limit is "
                                               f"{max_documents} (KUTIP_MAX_BATCH_DOCUMENTS)")
    documents: list[JSONBody | DocumentProblem] = []
    for raw in envelope.documents:
        try:
            documents.append(validate_as(model, raw))
        except APIError as error:
            documents.append(DocumentProblem(echoable_id(raw), error))
    return ParsedBatch(documents)


def echoable_id(raw: Any) -> str | None:
    """The id of an invalid batch document, when it is one that can be sent back as it is."""
    candidate = raw.get("id") if isinstance(raw, dict) else None
    try:
        return schemas.BatchDocument.model_validate({"id": candidate, "text": ""}).id
    except ValidationError:
        return None


def decode_utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise APIError(400, "undecodable_body", f"the body is not valid UTF-8 (byte {error.start})") from None


def parse_extract_body(content_type: str, body: bytes) -> schemas.ExtractRequest:
    media_type = content_type.split(";")[0].strip().lower()
    decoded = decode_utf8(body)
    if media_type == "text/plain":
        return validate_as(schemas.ExtractRequest, {"text": decoded})
    if media_type not in ("application/json", ""):
        raise APIError(415, "unsupported_media_type", "send application/json or text/plain")
    return validate_as(schemas.ExtractRequest, parse_json(decoded))


MAX_JSON_DEPTH = 32  # kutip's requests nest three levels; deeper bodies are refused before parsing


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """One dict per object and one comparison of sizes: linear in the number of keys (a
    per-key count over the list was quadratic, 25 s of CPU for 40,000 keys)."""
    unique = dict(pairs)
    if len(unique) != len(pairs):
        repeated = sorted(key for key, count in Counter(key for key, _ in pairs).items() if count > 1)
        raise APIError(422, "invalid_json", f"duplicate keys in one object: {ascii(repeated)[:200]}")
    return unique


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
