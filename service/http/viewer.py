"""The viewer page at GET /: an article with its quotes, cues and speakers marked.

The page is static files shipped in the package (no CDN, no build step). They are read
once when the app is created, not at import time, and served with a Content-Security-Policy
that lets the page run only its own script and style: article text is inserted with
`textContent` by the script, and even if a future change slipped, inline scripts, inline
event handlers and foreign origins would not run.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import Response

from service.settings import Settings

STATIC_DIR = Path(__file__).resolve().parent / "static"
PAGE_PATH = "/"
ASSET_PREFIX = "/static/"
ASSET_MEDIA_TYPES = {
    "pages.js": "text/javascript; charset=utf-8",  # shared with the dashboard
    "viewer.js": "text/javascript; charset=utf-8",
    "viewer.css": "text/css; charset=utf-8",
    "favicon.svg": "image/svg+xml",
}
# the page and its assets need nothing but themselves and the API on the same origin
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
PAGE_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}
VIEWER_ROUTES = frozenset({PAGE_PATH, *(ASSET_PREFIX + name for name in ASSET_MEDIA_TYPES)})


@dataclass(frozen=True)
class StaticPage:
    """A page shipped in the package (the viewer, the dashboard): its HTML with settings filled
    into its placeholders (attribute values, HTML-escaped) and its assets, read once when the
    app is created."""

    page: bytes
    assets: dict[str, bytes]

    @classmethod
    def load(cls, template_name: str, values: dict[str, str], asset_names: Iterable[str]) -> StaticPage:
        template = (STATIC_DIR / template_name).read_text(encoding="utf-8")
        for placeholder, value in values.items():
            if placeholder not in template:
                raise RuntimeError(f"{template_name} lost its {placeholder} placeholder")
            template = template.replace(placeholder, html.escape(value))
        assets = {name: (STATIC_DIR / name).read_bytes() for name in asset_names}
        return cls(page=template.encode("utf-8"), assets=assets)


def add_static_page_routes(app: FastAPI, path: str, files: StaticPage, media_types: dict[str, str],
                           route_prefix: str) -> None:
    """GET (and HEAD) the page at `path` and each asset under ASSET_PREFIX, with the page headers;
    left out of the OpenAPI document (they are not the API)."""

    async def page() -> Response:
        return Response(content=files.page, media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)

    app.add_api_route(path, page, methods=["GET", "HEAD"], include_in_schema=False, name=f"{route_prefix}_page")
    for name, media_type in media_types.items():
        _add_asset_route(app, name, files.assets[name], media_type, route_prefix)


def _add_asset_route(app: FastAPI, name: str, content: bytes, media_type: str, route_prefix: str) -> None:
    async def asset() -> Response:
        return Response(content=content, media_type=media_type, headers=PAGE_HEADERS)

    app.add_api_route(ASSET_PREFIX + name, asset, methods=["GET", "HEAD"], include_in_schema=False,
                      name=f"{route_prefix}_asset_{name.replace('.', '_')}")


def flag(value: bool) -> str:
    """A setting as the pages' scripts read it from a meta value."""
    return "true" if value else "false"


def add_viewer_routes(app: FastAPI, settings: Settings) -> None:
    """GET / and its assets; the page learns whether to ask for a key and the text limit."""
    files = StaticPage.load("index.html", {"{{api_key_required}}": flag(bool(settings.api_key)),
                                           "{{max_chars}}": str(settings.max_chars)}, ASSET_MEDIA_TYPES)
    add_static_page_routes(app, PAGE_PATH, files, ASSET_MEDIA_TYPES, "viewer")
