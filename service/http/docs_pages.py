"""The API reference (/docs: Swagger UI, /redoc: ReDoc), served with its scripts and styles
from kutip itself: FastAPI's default pages load them from a CDN, so they were blank offline
and on networks that block it. The assets come from the fastapi-offline package (installed
from PyPI), which ships Swagger UI and ReDoc bundles; only its files are used here.

The pages, their assets and /openapi.json need no API key (the schema is not a secret);
the routes they describe still do.
"""

from __future__ import annotations

from pathlib import Path

import fastapi_offline
from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse, Response

DOCS_PATH = "/docs"
REDOC_PATH = "/redoc"
OPENAPI_PATH = "/openapi.json"
ASSET_PREFIX = "/docs/assets/"
ASSETS_DIR = Path(fastapi_offline.__file__).resolve().parent / "static"
ASSET_MEDIA_TYPES = {
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
    "redoc.standalone.js": "text/javascript; charset=utf-8",
    "favicon.png": "image/png",
}
ASSET_CACHE = {"Cache-Control": "public, max-age=86400"}  # versioned with the installed package

REFERENCE_ROUTES = frozenset({DOCS_PATH, REDOC_PATH, OPENAPI_PATH,
                              *(ASSET_PREFIX + name for name in ASSET_MEDIA_TYPES)})


def add_reference_routes(app: FastAPI) -> None:
    """GET /docs, /redoc and their assets; the app is made with docs_url=None, redoc_url=None."""
    title = f"{app.title} API"
    favicon = ASSET_PREFIX + "favicon.png"

    async def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=OPENAPI_PATH, title=title, swagger_favicon_url=favicon,
                                   swagger_js_url=ASSET_PREFIX + "swagger-ui-bundle.js",
                                   swagger_css_url=ASSET_PREFIX + "swagger-ui.css")

    async def redoc() -> HTMLResponse:
        return get_redoc_html(openapi_url=OPENAPI_PATH, title=title, redoc_favicon_url=favicon,
                              redoc_js_url=ASSET_PREFIX + "redoc.standalone.js", with_google_fonts=False)

    app.add_api_route(DOCS_PATH, swagger_ui, methods=["GET", "HEAD"], include_in_schema=False)
    app.add_api_route(REDOC_PATH, redoc, methods=["GET", "HEAD"], include_in_schema=False)
    for name, media_type in ASSET_MEDIA_TYPES.items():
        _add_asset_route(app, name, media_type)


def _add_asset_route(app: FastAPI, name: str, media_type: str) -> None:
    content = (ASSETS_DIR / name).read_bytes()  # read once: a missing file fails at start, not per request

    async def asset() -> Response:
        return Response(content=content, media_type=media_type, headers=ASSET_CACHE)

    app.add_api_route(ASSET_PREFIX + name, asset, methods=["GET", "HEAD"], include_in_schema=False,
                      name=f"reference_asset_{name.replace('.', '_').replace('-', '_')}")
