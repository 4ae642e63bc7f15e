"""The viewer page at GET /: an article with its quotes, cues and speakers marked.

The page is three static files shipped in the package (no CDN, no build step). They are read
once when the app is created, not at import time, and served with a Content-Security-Policy
that lets the page run only its own script and style: article text is inserted with
`textContent` by the script, and even if a future change slipped, inline scripts, inline
event handlers and foreign origins would not run.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import Response

from service.settings import Settings

STATIC_DIR = Path(__file__).resolve().parent / "static"
PAGE_PATH = "/"
ASSET_PREFIX = "/static/"
ASSET_MEDIA_TYPES = {
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
# placeholders in index.html filled from the settings (attribute values, HTML-escaped)
PAGE_SETTINGS_PLACEHOLDERS = ("{{api_key_required}}", "{{max_chars}}")

VIEWER_ROUTES = frozenset({PAGE_PATH, *(ASSET_PREFIX + name for name in ASSET_MEDIA_TYPES)})


@dataclass(frozen=True)
class ViewerFiles:
    page: bytes
    assets: dict[str, bytes]

    @classmethod
    def load(cls, settings: Settings) -> ViewerFiles:
        template = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
        for placeholder in PAGE_SETTINGS_PLACEHOLDERS:
            if placeholder not in template:
                raise RuntimeError(f"index.html lost its {placeholder} placeholder")
        page = (template.replace("{{api_key_required}}", "true" if settings.api_key else "false")
                .replace("{{max_chars}}", html.escape(str(settings.max_chars))))
        assets = {name: (STATIC_DIR / name).read_bytes() for name in ASSET_MEDIA_TYPES}
        return cls(page=page.encode("utf-8"), assets=assets)


def add_viewer_routes(app: FastAPI, settings: Settings) -> None:
    """GET / and its assets; left out of the OpenAPI document (they are not the API)."""
    files = ViewerFiles.load(settings)

    async def viewer_page() -> Response:
        return Response(content=files.page, media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)

    app.add_api_route(PAGE_PATH, viewer_page, methods=["GET", "HEAD"], include_in_schema=False)

    for name, media_type in ASSET_MEDIA_TYPES.items():
        _add_asset_route(app, name, files.assets[name], media_type)


def _add_asset_route(app: FastAPI, name: str, content: bytes, media_type: str) -> None:
    async def asset() -> Response:
        return Response(content=content, media_type=media_type, headers=PAGE_HEADERS)

    app.add_api_route(ASSET_PREFIX + name, asset, methods=["GET", "HEAD"], include_in_schema=False,
                      name=f"viewer_asset_{name.replace('.', '_')}")
