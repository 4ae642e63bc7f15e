"""The dashboard page (issue 24) as the server sends it, no browser: headers, settings, auth,
and the script's rule that stored text never reaches the DOM as HTML.
tests/test_dashboard_browser.py drives the same page in Chromium."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from service.extraction.pipeline import Extractor
from service.http.app import create_app
from service.http.dashboard import ASSET_MEDIA_TYPES, PAGE_PATH
from service.http.viewer import CONTENT_SECURITY_POLICY, STATIC_DIR
from service.settings import Settings


@pytest.fixture(scope="module")
def page_client(extractor: Extractor) -> TestClient:
    return TestClient(create_app(Settings(database_url="sqlite:///:memory:", api_key="rahasia"), extractor))


def test_dashboard_is_served_with_the_viewers_security_headers_and_no_key(page_client: TestClient) -> None:
    response = page_client.get(PAGE_PATH)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"
    for name, media_type in ASSET_MEDIA_TYPES.items():
        asset = page_client.get(f"/static/{name}")
        assert (asset.status_code, asset.headers["content-type"]) == (200, media_type)
        assert asset.content == (STATIC_DIR / name).read_bytes()
    assert page_client.head(PAGE_PATH).status_code == 200


@pytest.mark.parametrize(("settings", "metas"), [
    ({"database_url": "sqlite:///:memory:", "api_key": "rahasia"},
     {"kutip-api-key-required": "true", "kutip-store-configured": "true", "kutip-store-text": "true"}),
    ({}, {"kutip-api-key-required": "false", "kutip-store-configured": "false", "kutip-store-text": "true"}),
    ({"database_url": "sqlite:///:memory:", "store_text": False},
     {"kutip-api-key-required": "false", "kutip-store-configured": "true", "kutip-store-text": "false"}),
])
def test_the_page_carries_the_server_settings(extractor: Extractor, settings: dict, metas: dict) -> None:
    page = TestClient(create_app(Settings(**settings), extractor)).get(PAGE_PATH).text
    for name, value in metas.items():
        assert f'<meta name="{name}" content="{value}">' in page
    assert "rahasia" not in page and "sqlite" not in page


def test_the_page_is_not_part_of_the_api_document(page_client: TestClient) -> None:
    paths = page_client.get("/openapi.json", headers={"X-API-Key": "rahasia"}).json()["paths"]
    assert PAGE_PATH not in paths


def test_the_page_has_no_inline_script_style_or_handlers(page_client: TestClient) -> None:
    page = page_client.get(PAGE_PATH).text
    assert re.search(r"<script(?![^>]*\bsrc=)", page) is None
    assert "<style" not in page and " style=" not in page
    assert re.search(r"\son[a-z]+=", page) is None


def test_the_script_never_writes_html() -> None:
    """Quotes, names and outlets from the store reach the DOM only as text."""
    script = (STATIC_DIR / "dashboard.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                 "setAttribute(\"style\"", "setAttribute('style'"):
        assert sink not in script, sink
