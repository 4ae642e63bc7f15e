"""The app factory: settings, the models and rules loaded once per worker in the lifespan, the
middleware, and the route groups (extraction, health, viewer, API reference, store).

Routes doing CPU work are plain `def` so that FastAPI runs them in its thread pool, and each
extraction runs under a deadline so that no input can hold a request for longer than the
configured timeout (service/http/extract_routes.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from service.extraction.pipeline import Extractor
from service.http import metrics
from service.http.dashboard import add_dashboard_routes
from service.http.docs_pages import add_reference_routes
from service.http.error_handlers import add_error_handlers, add_store_error_handlers
from service.http.extract_routes import ExtractionRunner, add_extract_routes
from service.http.health_routes import add_health_routes
from service.http.middleware import RequestObserver
from service.http.openapi import install_openapi_with_limits
from service.http.viewer import add_viewer_routes
from service.logging_setup import configure_logging
from service.settings import Settings

logger = logging.getLogger("kutip.api")


def create_app(settings: Settings | None = None, extractor: Extractor | None = None) -> FastAPI:
    """The service; `extractor` lets tests pass one already loaded (else the lifespan loads it)."""
    settings = settings or Settings()
    configure_logging(settings.log_level)
    app = FastAPI(
        title="kutip",
        version="0.1.0",
        summary="Quotations and their speakers in Indonesian news.",
        lifespan=lifespan_for(settings),
        docs_url=None,  # served from kutip's own copy of the assets (service/http/docs_pages.py)
        redoc_url=None,
    )
    runner = ExtractionRunner(app, settings)
    app.state.settings = settings
    app.state.extractor = extractor
    app.state.store = None
    app.state.runner = runner
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST", "DELETE"],
                           allow_headers=["Content-Type", "X-API-Key", "X-Request-ID"])
    # added last, so it runs first: every response, errors and CORS preflights included, gets an id
    app.add_middleware(RequestObserver, api_key=settings.api_key)
    install_openapi_with_limits(app, settings)
    add_error_handlers(app)
    add_extract_routes(app, settings, runner)
    add_viewer_routes(app, settings)
    add_dashboard_routes(app, settings)
    add_reference_routes(app)
    if settings.database_url:  # SQLAlchemy and the store's modules are imported only then
        from service.http.store_routes import add_store_routes

        add_store_error_handlers(app)
        add_store_routes(app, settings, runner.run, runner.ready_extractor)
    add_health_routes(app, settings, runner)
    return app


def lifespan_for(settings: Settings) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """Load the extractor (unless one was passed) and open the store before the first request;
    finish running extractions and close the store at shutdown."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if app.state.extractor is None:
            started = time.perf_counter()
            app.state.extractor = Extractor.from_settings(settings)
            metrics.MODEL_LOAD_SECONDS.set(time.perf_counter() - started)
        if settings.database_url and app.state.store is None:
            from service.store.store import Store

            app.state.store = Store.open(settings.database_url, app.state.extractor.rules, settings.aliases_path,
                                         settings.store_busy_timeout_s, settings.zone)
        logger.info("ready", extra={"model": app.state.extractor.model_name, "store": app.state.store is not None})
        yield
        app.state.runner.executor.shutdown(wait=True)
        if app.state.store is not None:
            app.state.store.close()

    return lifespan
