"""Prometheus metrics (prometheus_client).

With several worker processes set PROMETHEUS_MULTIPROC_DIR to a shared empty directory so
that /metrics aggregates all workers; otherwise each worker reports its own numbers.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)

REQUESTS = Counter("kutip_requests_total", "HTTP requests", ["route", "method", "status"])
LATENCY = Histogram("kutip_request_seconds", "HTTP request latency", ["route"],
                    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30))
DOCUMENTS = Counter("kutip_documents_total", "Documents processed")
QUOTES = Counter("kutip_quotes_total", "Quotes extracted")
CHARACTERS = Counter("kutip_characters_total", "Characters processed")
MODEL_LOAD_SECONDS = Gauge("kutip_model_load_seconds", "Time to load models and rules", multiprocess_mode="max")
STORE_UP = Gauge("kutip_store_up", "1 when the configured quote store answered the last /readyz, else 0",
                 multiprocess_mode="min")
KNOWN_ROUTES = {"/v1/extract", "/v1/extract/batch", "/healthz", "/readyz", "/metrics", "/docs", "/openapi.json",
                "/redoc", "/v1/documents", "/v1/documents/batch", "/v1/speakers", "/v1/speakers/{key}", "/v1/quotes",
                "/v1/documents/{document_id}", "/v1/speaker-timelines", "/v1/outlets"}


def observe_request(route: str, method: str, status: int, seconds: float) -> None:
    route = route if route in KNOWN_ROUTES else "other"  # bounded label values
    REQUESTS.labels(route, method, str(status)).inc()
    LATENCY.labels(route).observe(seconds)


def observe_document(characters: int, quotes: int) -> None:
    DOCUMENTS.inc()
    CHARACTERS.inc(characters)
    QUOTES.inc(quotes)


def render() -> tuple[bytes, str]:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(), CONTENT_TYPE_LATEST
