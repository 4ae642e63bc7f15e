"""/healthz (alive), /readyz (models loaded, a thread free, the store's state) and /metrics."""

from __future__ import annotations

from typing import TYPE_CHECKING

import anyio
import anyio.to_thread
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse, Response

from service.errors import APIError
from service.http import metrics
from service.http.extract_routes import EXTRACTION_THREADS, ExtractionRunner
from service.settings import Settings

if TYPE_CHECKING:
    from service.store.store import Store

STORE_PROBE_TIMEOUT_S = 2.0  # /readyz waits this long for the store's answer


def add_health_routes(app: FastAPI, settings: Settings, runner: ExtractionRunner) -> None:
    """The probes a load balancer and Prometheus read."""

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        """The process is alive (answered on the event loop, never behind extraction work)."""
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz() -> dict[str, str]:
        """Models and rules are loaded and an extraction thread is free; 503 `busy` tells a load
        balancer to route elsewhere while every thread is extracting. `store` says whether a
        configured store answers (also the kutip_store_up metric); a store that is down does
        not make the worker unready, since extraction still works."""
        extractor_now = runner.ready_extractor()
        if runner.in_flight.count >= EXTRACTION_THREADS:
            raise APIError(503, "busy", f"all {EXTRACTION_THREADS} extraction threads are working")
        return {"status": "ready", "model": extractor_now.model_name, "rules_version": extractor_now.rules_version,
                "store": await store_state()}

    async def store_state() -> str:
        """`up`, `down` or `off`, asked in a thread (a database that does not answer must not
        stall the event loop) for at most STORE_PROBE_TIMEOUT_S."""
        opened: Store | None = app.state.store
        if not settings.database_url:
            return "off"
        answered = False
        if opened is not None:
            with anyio.move_on_after(STORE_PROBE_TIMEOUT_S):
                answered = await anyio.to_thread.run_sync(opened.ping, abandon_on_cancel=True)
        metrics.STORE_UP.set(1 if answered else 0)
        return "up" if answered else "down"

    @app.get("/metrics", response_class=PlainTextResponse)
    def prometheus_metrics() -> Response:
        """Prometheus metrics of this worker process."""
        body, content_type = metrics.render()
        return Response(content=body, media_type=content_type)
