"""The viewer page as the server sends it (no browser): headers, settings, auth, and the
script's rule that article text never reaches the DOM as HTML. tests/test_viewer_browser.py
drives the same page in Chromium."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from service.extraction.pipeline import Extractor
from service.http.app import create_app
from service.http.viewer import ASSET_MEDIA_TYPES, CONTENT_SECURITY_POLICY, STATIC_DIR
from service.settings import Settings


@pytest.fixture(scope="module")
def client(extractor: Extractor) -> TestClient:
    return TestClient(create_app(Settings(max_chars=12_345), extractor))


def test_page_is_served_with_its_security_headers(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY and "unsafe-inline" not in CONTENT_SECURITY_POLICY


@pytest.mark.parametrize(("name", "media_type"), sorted(ASSET_MEDIA_TYPES.items()))
def test_assets_have_their_media_types(client: TestClient, name: str, media_type: str) -> None:
    response = client.get(f"/static/{name}")
    assert response.status_code == 200
    assert response.headers["content-type"] == media_type
    assert response.content == (STATIC_DIR / name).read_bytes()


def test_head_answers_like_get(client: TestClient) -> None:
    assert client.head("/").status_code == 200
    assert client.head("/static/viewer.js").status_code == 200


def test_unknown_asset_is_a_json_404(client: TestClient) -> None:
    response = client.get("/static/../service/http/app.py")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_api_responses_carry_nosniff(client: TestClient) -> None:
    assert client.post("/v1/extract", json={"text": "halo"}).headers["x-content-type-options"] == "nosniff"
    assert client.get("/nope").headers["x-content-type-options"] == "nosniff"


def test_page_carries_the_server_settings(client: TestClient, extractor: Extractor) -> None:
    page = client.get("/").text
    assert '<meta name="kutip-max-chars" content="12345">' in page
    assert '<meta name="kutip-api-key-required" content="false">' in page
    keyed = TestClient(create_app(Settings(api_key="s3cret"), extractor))
    assert '<meta name="kutip-api-key-required" content="true">' in keyed.get("/").text
    assert "s3cret" not in keyed.get("/").text


def test_page_loads_without_the_key_but_the_api_still_needs_it(extractor: Extractor) -> None:
    keyed = TestClient(create_app(Settings(api_key="s3cret"), extractor))
    for path in ["/", *(f"/static/{name}" for name in ASSET_MEDIA_TYPES)]:
        assert keyed.get(path).status_code == 200, path
    assert keyed.post("/v1/extract", json={"text": "halo"}).status_code == 401


def test_page_is_not_part_of_the_api_document(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert "/" not in paths and not any(path.startswith("/static") for path in paths)


def test_page_has_no_inline_script_or_style(client: TestClient) -> None:
    """The CSP would block them; this says so before a browser does."""
    page = client.get("/").text
    assert re.search(r"<script(?![^>]*\bsrc=)", page) is None
    assert "<style" not in page and " style=" not in page
    assert re.search(r"\son[a-z]+=", page) is None  # no inline event handlers


@pytest.mark.parametrize("name", ["pages.js", "viewer.js"])
def test_script_never_writes_html(name: str) -> None:
    """Article text, names and messages reach the DOM only through textContent and text nodes."""
    script = (STATIC_DIR / name).read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                 "setAttribute(\"style\"", "setAttribute('style'"):
        assert sink not in script, sink


def test_script_shows_the_speaker_rule_and_exports_it(client: TestClient) -> None:
    """The served script reads speaker.rule (GENERATOR@RANKER) into the tooltip and the CSV,
    in both languages (tests/test_viewer_browser.py drives it)."""
    script = client.get("/static/viewer.js").text
    assert '"resolution", "speaker_rule",' in script and "speaker.rule" in script
    for key in ("speaker_rule:", "speaker_ranker:", "speaker_rule_title:"):
        assert script.count(key) == 2, key  # English and Indonesian


SHARED_GLOBAL = re.compile(r"^(?:const|let|var|function|class)\s+(\w+)", re.MULTILINE)


@pytest.mark.parametrize(("page", "script"), [("index.html", "viewer.js"), ("dashboard.html", "dashboard.js")])
def test_each_page_loads_the_shared_script_first_and_declares_none_of_its_names(page: str, script: str) -> None:
    """Both pages are classic scripts sharing one global scope: a name pages.js declares and a
    page script declares again is a SyntaxError that blanks the page."""
    html_text = (STATIC_DIR / page).read_text(encoding="utf-8")
    assert html_text.index('src="/static/pages.js"') < html_text.index(f'src="/static/{script}"')
    shared = set(SHARED_GLOBAL.findall((STATIC_DIR / "pages.js").read_text(encoding="utf-8")))
    own = set(SHARED_GLOBAL.findall((STATIC_DIR / script).read_text(encoding="utf-8")))
    assert shared and not shared & own
