"""The dashboard page at GET /dashboard: top speakers, one speaker's page and quote search over
the quote store (issue 24).

Served like the viewer (service/http/viewer.py): static files shipped in the package, read once
when the app is created, under the same Content-Security-Policy. The page reads nothing but the
public store API (GET /v1/speaker-timelines, /v1/outlets, /v1/speakers/{key}, /v1/quotes), so
that whatever it shows a script can fetch too. It is served whether or not a store is
configured, and says so when none is.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from fastapi import FastAPI
from fastapi.responses import Response

from service.http.viewer import ASSET_PREFIX, PAGE_HEADERS, STATIC_DIR
from service.settings import Settings

PAGE_PATH = "/dashboard"
PAGE_FILE = "dashboard.html"
ASSET_MEDIA_TYPES = {
    "dashboard.js": "text/javascript; charset=utf-8",
    "dashboard.css": "text/css; charset=utf-8",
}
# meta values the script reads: whether to ask for a key, whether there is a store at all, and
# whether it keeps article text (else a quote links to its article's url, not to the viewer)
PAGE_SETTINGS_PLACEHOLDERS = ("{{api_key_required}}", "{{store_configured}}", "{{store_text}}")

DASHBOARD_ROUTES = frozenset({PAGE_PATH, *(ASSET_PREFIX + name for name in ASSET_MEDIA_TYPES)})


def _flag(value: bool) -> str:
    return "true" if value else "false"


@dataclass(frozen=True)
class DashboardFiles:
    page: bytes
    assets: dict[str, bytes]

    @classmethod
    def load(cls, settings: Settings) -> DashboardFiles:
        template = (STATIC_DIR / PAGE_FILE).read_text(encoding="utf-8")
        for placeholder in PAGE_SETTINGS_PLACEHOLDERS:
            if placeholder not in template:
                raise RuntimeError(f"{PAGE_FILE} lost its {placeholder} placeholder")
        values = {"{{api_key_required}}": _flag(bool(settings.api_key)),
                  "{{store_configured}}": _flag(bool(settings.database_url)),
                  "{{store_text}}": _flag(settings.store_text)}
        for placeholder, value in values.items():
            template = template.replace(placeholder, html.escape(value))
        assets = {name: (STATIC_DIR / name).read_bytes() for name in ASSET_MEDIA_TYPES}
        return cls(page=template.encode("utf-8"), assets=assets)


def add_dashboard_routes(app: FastAPI, settings: Settings) -> None:
    """GET /dashboard and its assets; left out of the OpenAPI document (they are not the API)."""
    files = DashboardFiles.load(settings)

    async def dashboard_page() -> Response:
        return Response(content=files.page, media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)

    app.add_api_route(PAGE_PATH, dashboard_page, methods=["GET", "HEAD"], include_in_schema=False)
    for name, media_type in ASSET_MEDIA_TYPES.items():
        _add_asset_route(app, name, files.assets[name], media_type)


def _add_asset_route(app: FastAPI, name: str, content: bytes, media_type: str) -> None:
    async def asset() -> Response:
        return Response(content=content, media_type=media_type, headers=PAGE_HEADERS)

    app.add_api_route(ASSET_PREFIX + name, asset, methods=["GET", "HEAD"], include_in_schema=False,
                      name=f"dashboard_asset_{name.replace('.', '_')}")
