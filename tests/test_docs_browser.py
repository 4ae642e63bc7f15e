"""The API reference in a real Chromium (Playwright) with the network cut off: every request
that leaves the machine is blocked, as on a newsroom laptop offline or behind a firewall that
drops CDNs. /docs and /redoc must still list the API's operations (issue 23), with an API
key set on the server (the reference needs none).

Chromium as in tests/test_viewer_browser.py: KUTIP_CHROMIUM, /usr/bin/chromium, or
Playwright's own; skipped without one unless KUTIP_REQUIRE_BROWSER=1.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from service.extraction.pipeline import Extractor
from service.http.app import create_app
from service.settings import Settings
from tests.live_server import serve_in_thread
from tests.test_viewer_browser import browser  # noqa: F401 - the module's Chromium fixture

playwright_sync = pytest.importorskip("playwright.sync_api", reason="playwright is a test dependency: make test")
Browser, Page, Route, expect = (playwright_sync.Browser, playwright_sync.Page, playwright_sync.Route,
                                playwright_sync.expect)

LOCAL_HOSTS = {"127.0.0.1", "localhost"}
# ReDoc's bundle shows its maker's logo from its own CDN in the sidebar, and has no option to
# leave it out; blocked, it is a missing picture, and the reference works without it
REDOC_ATTRIBUTION_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg"
RENDER_WAIT_MS = 30_000


@pytest.fixture(scope="module")
def keyed_server(extractor: Extractor) -> Iterator[str]:
    with serve_in_thread(create_app(Settings(api_key="kunci-rahasia"), extractor)) as base_url:
        yield base_url


@pytest.fixture
def offline_page(browser: Browser) -> Iterator[tuple[Page, list[str]]]:  # noqa: F811 - the imported fixture
    """A page whose requests to anything but this machine are aborted (and listed)."""
    context = browser.new_context()
    blocked: list[str] = []

    def only_local(route: Route) -> None:
        if urlsplit(route.request.url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort("internetdisconnected")

    context.route("**/*", only_local)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page, blocked
    context.close()
    assert errors == []


@pytest.mark.parametrize(("path", "operation", "tried_to_fetch"), [
    ("/docs", "#swagger-ui .opblock-summary-path", []),
    ("/redoc", "redoc [data-section-id^='operation/']", [REDOC_ATTRIBUTION_LOGO]),
])
def test_the_reference_lists_the_operations_offline(offline_page: tuple[Page, list[str]], keyed_server: str,
                                                    path: str, operation: str, tried_to_fetch: list[str]) -> None:
    page, blocked = offline_page
    page.goto(keyed_server + path)
    operations = page.locator(operation)
    expect(operations.first).to_be_visible(timeout=RENDER_WAIT_MS)
    listed = " ".join(operations.all_text_contents())
    assert operations.count() >= 4
    if path == "/docs":
        assert "/v1/extract" in listed and "/healthz" in listed
    assert blocked == tried_to_fetch  # nothing the reference needs lies outside the machine
