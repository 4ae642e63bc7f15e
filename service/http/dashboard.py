"""The dashboard page at GET /dashboard: top speakers, one speaker's page and quote search over
the quote store (issue 24).

Served like the viewer (service/http/viewer.py): static files shipped in the package, read once
when the app is created, under the same Content-Security-Policy. The page reads nothing but the
public store API (GET /v1/speaker-timelines, /v1/outlets, /v1/speakers/{key}, /v1/quotes), so
that whatever it shows a script can fetch too. It is served whether or not a store is
configured, and says so when none is.
"""

from __future__ import annotations

from fastapi import FastAPI

from service.http.viewer import ASSET_PREFIX, StaticPage, add_static_page_routes, flag
from service.settings import Settings

PAGE_PATH = "/dashboard"
PAGE_FILE = "dashboard.html"
ASSET_MEDIA_TYPES = {
    "dashboard.js": "text/javascript; charset=utf-8",
    "dashboard.css": "text/css; charset=utf-8",
}
DASHBOARD_ROUTES = frozenset({PAGE_PATH, *(ASSET_PREFIX + name for name in ASSET_MEDIA_TYPES)})


def add_dashboard_routes(app: FastAPI, settings: Settings) -> None:
    """GET /dashboard and its assets. The page's meta values say whether to ask for a key,
    whether there is a store at all, and whether it keeps article text (else a quote links to
    its article's url, not to the viewer)."""
    files = StaticPage.load(PAGE_FILE, {"{{api_key_required}}": flag(bool(settings.api_key)),
                                        "{{store_configured}}": flag(bool(settings.database_url)),
                                        "{{store_text}}": flag(settings.store_text)}, ASSET_MEDIA_TYPES)
    add_static_page_routes(app, PAGE_PATH, files, ASSET_MEDIA_TYPES, "dashboard")
