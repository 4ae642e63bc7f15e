"""POST /v1/extract and POST /v1/extract/batch, and the runner they share with the store's
routes: one document through the extractor on the worker's thread pool, under its deadline."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import Response

from service import schemas
from service.deadline import Deadline, DeadlineExceeded
from service.errors import APIError
from service.extraction.html_text import EMPTY_HTML_WARNING, html_to_text
from service.extraction.pipeline import ExtractionJob, Extractor
from service.http import metrics
from service.http.batch_deadline import BatchGuard
from service.http.request_bodies import (
    DocumentProblem,
    parse_batch_as,
    parse_extract_body,
    read_batch_body,
    read_document_body,
)
from service.settings import Settings

logger = logging.getLogger("kutip.api")

EXTRACTION_THREADS = 8  # per worker process; the NER model is shared and serialised by its (fair) lock


class InFlight:
    """How many extractions are running in this process (including ones whose request has
    already been answered with a timeout but whose work has not yet reached its next check)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.count = 0

    def enter(self, documents: int = 1) -> None:
        with self._lock:
            self.count += documents

    def leave(self, documents: int = 1) -> None:
        with self._lock:
            self.count -= documents


class ExtractionRunner:
    """Runs one document for a route: the app's extractor once loaded (503 `not_ready` before),
    the text limit, HTML to text, the deadline, and the in-flight count /readyz reports."""

    def __init__(self, app: FastAPI, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.executor = ThreadPoolExecutor(max_workers=EXTRACTION_THREADS, thread_name_prefix="kutip-extract")
        self.in_flight = InFlight()

    def ready_extractor(self) -> Extractor:
        extractor_now = self.app.state.extractor
        if extractor_now is None:
            raise APIError(503, "not_ready", "models are still loading")
        return extractor_now  # type: ignore[no-any-return]

    def minimum_confidence(self, requested: float | None) -> float:
        """The request's minimum, else the deployment's (KUTIP_MIN_CONFIDENCE)."""
        return self.settings.min_confidence if requested is None else requested

    def run(self, text: str, document_id: str | None, text_format: str,
            timeout_s: float | None = None) -> schemas.ExtractResponse:
        """One document under its deadline (`timeout_s`: a batch's remaining time, when shorter)."""
        outcome = self.run_group([(text, document_id, text_format)], timeout_s)[0]
        if isinstance(outcome, APIError):
            raise outcome
        return outcome

    def run_group(self, documents: list[tuple[str, str | None, str]],
                  timeout_s: float | None = None) -> list[schemas.ExtractResponse | APIError]:
        """Documents (text, id, format) whose sentences the tagger reads together, each under
        its own deadline of `timeout_s` (default KUTIP_REQUEST_TIMEOUT_S) from now; a document
        that fails gets its APIError in its place."""
        settings = self.settings
        extractor_now = self.ready_extractor()
        seconds = settings.request_timeout_s if timeout_s is None else timeout_s
        timeout_error = APIError(503, "timeout", f"extraction ran past {seconds:g} s (KUTIP_REQUEST_TIMEOUT_S, "
                                                 "or what was left of KUTIP_BATCH_TIMEOUT_S)")
        outcomes: list[schemas.ExtractResponse | APIError] = []
        jobs: dict[int, ExtractionJob] = {}
        for number, (text, document_id, text_format) in enumerate(documents):
            outcomes.append(timeout_error)
            if len(text) > settings.max_chars:  # the limit applies to what is posted, HTML included
                outcomes[number] = APIError(413, "text_too_long", f"text has {len(text)} characters; the limit is "
                                                                  f"{settings.max_chars} (KUTIP_MAX_CHARS)")
                continue
            extracted = html_to_text(text) if text_format == "html" else text
            if settings.debug_log_text:
                logger.debug("text", extra={"text": extracted[:2000]})
            jobs[number] = ExtractionJob(extracted, document_id, Deadline(seconds))
        if not jobs:
            return outcomes
        self.in_flight.enter(len(jobs))
        future = self.executor.submit(extractor_now.extract_many, list(jobs.values()))
        future.add_done_callback(lambda _: self.in_flight.leave(len(jobs)))  # counts until the work has stopped
        try:
            results = future.result(timeout=seconds)
        except FutureTimeout:
            # the extraction sees the same deadlines and stops at its next check
            future.cancel()
            return outcomes
        for (number, job), result in zip(jobs.items(), results, strict=True):
            if isinstance(result, DeadlineExceeded):
                continue
            if isinstance(result, Exception):
                raise result  # not a document's input problem: the app's handler answers it
            if documents[number][2] == "html":
                result.text = job.text
                if not job.text.strip():
                    result.meta.warnings.append(EMPTY_HTML_WARNING)
            metrics.observe_document(len(job.text), len(result.quotes))
            outcomes[number] = result
        return outcomes


def add_extract_routes(app: FastAPI, settings: Settings, runner: ExtractionRunner) -> None:
    """POST /v1/extract and POST /v1/extract/batch."""

    @app.post("/v1/extract", response_model=schemas.ExtractResponse, response_model_exclude_none=False,
              openapi_extra={"requestBody": {"content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/ExtractRequest"}},
                  "text/plain": {"schema": {"type": "string"}}}, "required": True}})
    def extract(request: Request, body: bytes = Depends(read_document_body),
                min_confidence: float | None = Query(None, ge=0, le=1,
                                                     description=schemas.MIN_CONFIDENCE_DESCRIPTION)) -> Response:
        """Quotes, speakers, people and entities of one article (JSON body, or text/plain)."""
        payload = parse_extract_body(request.headers.get("content-type", ""), body)
        result = runner.run(payload.text, payload.id, payload.format)
        return model_json_response(result.keep_confident(runner.minimum_confidence(min_confidence)))

    @app.post("/v1/extract/batch", response_model=schemas.BatchResponse,
              openapi_extra={"requestBody": {"content": {
                  "application/json": {"schema": {"$ref": "#/components/schemas/BatchRequest"}}}, "required": True}})
    def extract_batch(request: Request, body: bytes = Depends(read_batch_body),
                      min_confidence: float | None = Query(None, ge=0, le=1,
                                                           description=schemas.MIN_CONFIDENCE_DESCRIPTION)) -> Response:
        """Several articles in one call; a failing document (its schema included) gets an error
        object, not a failed batch. Stops when the client disconnects or the batch's deadline
        passes (the documents left get 503 `batch_timeout` errors)."""
        batch = parse_batch_as(schemas.BatchDocument, request.headers.get("content-type", ""), body,
                               settings.max_batch_documents)
        runner.ready_extractor()
        guard = BatchGuard(request, settings, len(batch.documents))
        minimum = runner.minimum_confidence(min_confidence)
        results: list[schemas.BatchItem] = []
        for group in document_groups(batch.documents):
            if guard.client_gone():
                logger.info("batch stopped: the client disconnected", extra={"done": len(results)})
                break
            try:
                outcomes: list[schemas.ExtractResponse | APIError] = [
                    document.error for document in group if isinstance(document, DocumentProblem)]
                if not outcomes:
                    outcomes = runner.run_group([(document.text, document.id, document.format)
                                                 for document in group if isinstance(document, schemas.BatchDocument)],
                                                guard.document_timeout_s())
            except APIError as error:
                outcomes = [error] * len(group)
            for document, outcome in zip(group, outcomes, strict=True):
                if isinstance(outcome, APIError):
                    results.append(schemas.BatchItem(id=document.id, error=schemas.ErrorDetail(
                        code=outcome.code, message=outcome.message)))
                else:
                    results.append(schemas.BatchItem(id=document.id, result=outcome.keep_confident(minimum)))
        return model_json_response(schemas.BatchResponse(results=results))


GROUP_DOCUMENTS = 16  # batch documents whose sentences the tagger reads together
GROUP_CHARACTERS = 40_000  # about 7,000 tokens: a long document is extracted in a group of its own


def document_groups(documents: list[schemas.BatchDocument | DocumentProblem],
                    ) -> list[list[schemas.BatchDocument | DocumentProblem]]:
    """Consecutive batch documents in groups of at most GROUP_DOCUMENTS and about
    GROUP_CHARACTERS of text; a document that failed its schema is a group of its own."""
    groups: list[list[schemas.BatchDocument | DocumentProblem]] = []
    characters = 0
    for document in documents:
        size = len(document.text) if isinstance(document, schemas.BatchDocument) else 0
        starts_group = not groups or isinstance(document, DocumentProblem) \
            or isinstance(groups[-1][-1], DocumentProblem) or len(groups[-1]) >= GROUP_DOCUMENTS \
            or characters + size > GROUP_CHARACTERS
        if starts_group:
            groups.append([])
            characters = 0
        groups[-1].append(document)
        characters += size
    return groups


def model_json_response(model: schemas.ExtractResponse | schemas.BatchResponse) -> Response:
    """Serialise once with pydantic's Rust serializer.

    Returning the model itself would make FastAPI validate it again against the
    response_model and then serialise it: a second pass over every quote, person and entity
    that was built by this code from the same schema a moment before. The route still
    declares response_model, so the OpenAPI document is unchanged (and schemathesis checks
    that what is sent matches it).
    """
    return Response(content=model.model_dump_json(), media_type="application/json")
