"""The dashboard page (issue 24) in a real Chromium (Playwright), against a live server with the
real model and a store filled with invented Indonesian articles dated in the last weeks.

Chromium as in tests/test_viewer_browser.py (KUTIP_CHROMIUM, else /usr/bin/chromium, else
Playwright's own); KUTIP_REQUIRE_BROWSER=1 turns a missing browser into a failure.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import update

from service.extraction.pipeline import Extractor
from service.http.app import create_app
from service.settings import PROJECT_ROOT, Settings
from service.store import tables
from tests.live_server import serve_in_thread
from tests.test_dashboard_api import ALIASES, ARTICLES
from tests.test_viewer_browser import DESKTOP, PHONE, browser  # noqa: F401 - the shared Chromium fixture

playwright_sync = pytest.importorskip("playwright.sync_api", reason="playwright is a test dependency: make test")
Browser, Page, expect = playwright_sync.Browser, playwright_sync.Page, playwright_sync.expect

SCREENSHOT = PROJECT_ROOT / "docs" / "dashboard.png"
ZONE = "Asia/Jakarta"
API_KEY = "kunci-dasbor"
# days before today on which ARTICLES d1…d5 appeared: d3, d4 and d5 fall in the last 7 days
DAYS_AGO = {"d1": 20, "d2": 10, "d3": 3, "d4": 1, "d5": 0}
XSS_QUOTE = "Tulisan <img src=x onerror=alert(1)> dan </script><script>alert(2)</script> hanyalah teks,"
XSS_ARTICLES = [
    {"id": "x1", "outlet": "<svg onload=alert(3)>Warta", "url": "javascript:alert(4)",
     "text": f"“{XSS_QUOTE}” kata Hendra Saputra di Kudus."},
    {"id": "x2", "outlet": "Kabar Nusantara",
     "text": "“=HYPERLINK(\"http://contoh.test\") hanyalah teks, bukan rumus,” kata Dewi Anggraini."},
]
XSS_NAME = "<img src=x onerror=alert(5)>Hendra"
NO_TEXT_URL = "https://contoh.test/berita/jembatan"


def dated_articles() -> list[dict[str, Any]]:
    """ARTICLES published at 08:00 Jakarta time so many days ago (d5 at 00:00 today, before now)."""
    today = datetime.now(ZoneInfo(ZONE)).date()
    dated = []
    for article in ARTICLES:
        day = today - timedelta(days=DAYS_AGO[article["id"]])
        hour = "00:00" if DAYS_AGO[article["id"]] == 0 else "08:00"
        dated.append({**article, "published_at": f"{day.isoformat()}T{hour}:00+07:00"})
    return dated


def store_articles(base_url: str, articles: list[dict[str, Any]], api_key: str | None = None) -> None:
    headers = {"X-API-Key": api_key} if api_key else {}
    response = httpx.post(base_url + "/v1/documents/batch", json={"documents": articles}, headers=headers,
                          timeout=300)
    response.raise_for_status()
    assert all(item["result"] for item in response.json()["results"]), response.json()


def store_settings(tmp: Path, name: str, **values: Any) -> Settings:
    aliases = tmp / "aliases.yml"
    aliases.write_text(ALIASES, encoding="utf-8")
    return Settings(database_url=f"sqlite:///{tmp / name}.db", aliases_file=aliases, **values)


@pytest.fixture(scope="module")
def server(extractor: Extractor, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("dashboard")
    with serve_in_thread(create_app(store_settings(tmp, "main"), extractor)) as base_url:
        store_articles(base_url, dated_articles())
        yield base_url


def api(base_url: str, path: str, **params: Any) -> dict:
    response = httpx.get(base_url + path, params={"tz": ZONE, **params}, timeout=60)
    response.raise_for_status()
    return response.json()  # type: ignore[no-any-return]


def open_dashboard(page: Page, base_url: str) -> None:
    page.goto(base_url + "/dashboard")
    expect(page.locator("body")).to_have_attribute("data-ready", "true")


def top_rows(page: Page) -> Any:
    return page.locator("#top-speakers tbody tr")


def row_figures(page: Page) -> list[tuple[str, ...]]:
    """(name, quotes, articles, outlets) of every top-speakers row."""
    return [tuple(cells) for cells in page.evaluate("""() => [...document.querySelectorAll('#top-speakers tbody tr')]
        .map((row) => [...row.querySelectorAll('td.speaker, td.quote-count, td.document-count, td.outlet-count')]
        .map((cell) => cell.textContent))""")]


@pytest.fixture
def jakarta_page(browser: Browser) -> Iterator[Page]:  # noqa: F811 - the shared fixture
    """A desktop page whose clock is in Jakarta, like the stored dates (periods are local days)."""
    context = browser.new_context(viewport=DESKTOP, timezone_id=ZONE, locale="en-US")
    opened = context.new_page()
    problems: list[str] = []
    opened.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    opened.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    opened.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    yield opened
    context.close()
    assert [problem for problem in problems if not problem.startswith("Failed to load resource")] == []


def test_top_speakers_then_one_speakers_page(jakarta_page: Page, server: str) -> None:
    page = jakarta_page
    open_dashboard(page, server)
    expect(top_rows(page)).to_have_count(4)
    assert row_figures(page) == [("Ratna Wulandari", "5", "4", "2"), ("Hendra Saputra", "2", "2", "2"),
                                 ("Dewi Anggraini", "1", "1", "1"), ("Koalisi Pemantau Anggaran", "1", "1", "1")]
    expect(page.locator("#top-speakers tbody tr").first.locator("td.kind")).to_have_text("person")
    assert top_rows(page).first.locator("svg.sparkline rect.bar").count() >= 3  # weeks with quotes
    expect(page.locator("#top-summary")).to_contain_text("4 of 4 speakers")
    take_readme_screenshot(page)
    page.click("#top-speakers a.speaker-link[data-key='ratna-wulandari']")
    expect(page.locator("#speaker-view")).to_be_visible()
    expect(page.locator("#top-view")).to_be_hidden()
    expect(page.locator("#speaker-name")).to_have_text("Ratna Wulandari")
    expect(page.locator("#speaker-aliases")).to_have_text("Also known as: Wulan")
    expect(page.locator("#speaker-facts")).to_contain_text("Gubernur Jawa Tengah")
    expect(page.locator("#speaker-facts")).to_contain_text("5 quotes in 4 articles")
    outlets = page.locator("#speaker-outlets tbody tr")
    expect(outlets).to_have_count(2)
    expect(outlets.first.locator("td").first).to_have_text("Kabar Nusantara")
    quotes = page.locator("#speaker-quotes tbody tr")
    expect(quotes).to_have_count(5)
    expected = api(server, "/v1/quotes", speaker="ratna-wulandari")["quotes"]
    assert [row.get_attribute("data-quote") for row in quotes.all()] == [q["quote_id"] for q in expected]
    expect(quotes.first.locator("td.quote-text")).to_have_text("Pasar malam dibuka lagi pekan ini,")  # newest
    daily = api(server, "/v1/speakers/ratna-wulandari", interval="day")["timeline"]
    expect(page.locator("#speaker-timeline rect.bar")).to_have_count(len(daily))
    page.check('input[name="interval"][value="week"]')
    weekly = api(server, "/v1/speakers/ratna-wulandari", interval="week")["timeline"]
    expect(page.locator("#speaker-timeline rect.bar")).to_have_count(len(weekly))
    page.click("#back-button")
    expect(page.locator("#top-view")).to_be_visible()
    expect(top_rows(page)).to_have_count(4)


def take_readme_screenshot(page: Page) -> None:
    """docs/dashboard.png for the README: the filters and the top speakers with their timelines."""
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), clip={"x": 0, "y": 0, "width": DESKTOP["width"], "height": 560})
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_period_and_outlet_narrow_the_top_speakers(jakarta_page: Page, server: str) -> None:
    page = jakarta_page
    open_dashboard(page, server)
    expect(top_rows(page)).to_have_count(4)
    page.select_option("#period", "week")
    page.click("#apply-button")
    expect(top_rows(page).first.locator("td.quote-count")).to_have_text("2")
    assert row_figures(page) == [("Ratna Wulandari", "2", "2", "2"), ("Dewi Anggraini", "1", "1", "1"),
                                 ("Hendra Saputra", "1", "1", "1"), ("Koalisi Pemantau Anggaran", "1", "1", "1")]
    page.select_option("#outlet", "Kabar Nusantara")
    page.click("#apply-button")
    expect(top_rows(page)).to_have_count(2)
    assert row_figures(page) == [("Hendra Saputra", "1", "1", "1"), ("Ratna Wulandari", "1", "1", "1")]
    page.select_option("#period", "day")
    page.select_option("#outlet", "")
    page.click("#apply-button")
    expect(top_rows(page)).to_have_count(1)
    assert row_figures(page) == [("Ratna Wulandari", "1", "1", "1")]  # d5, at midnight today
    page.select_option("#period", "custom")
    expect(page.locator("#date-from")).to_be_visible()
    today = datetime.now(ZoneInfo(ZONE)).date()
    page.fill("#date-from", (today - timedelta(days=25)).isoformat())
    page.fill("#date-to", (today - timedelta(days=5)).isoformat())
    page.click("#apply-button")
    expect(top_rows(page)).to_have_count(2)
    assert row_figures(page) == [("Ratna Wulandari", "3", "2", "2"), ("Hendra Saputra", "1", "1", "1")]


def test_search_a_word_and_open_the_quote_in_the_viewer(jakarta_page: Page, server: str) -> None:
    page = jakarta_page
    open_dashboard(page, server)
    page.fill("#search-text", "cabai")
    page.press("#search-text", "Enter")
    rows = page.locator("#search-results tbody tr")
    expect(rows).to_have_count(2)
    assert [text.lower().count("cabai") for text in rows.locator("td.quote-text").all_inner_texts()] == [1, 1]
    expect(rows.first.locator("td.speaker")).to_have_text("Hendra Saputra")  # d3 is newer than d2
    expect(page.locator("#search-summary")).to_have_text("2 of 2 quotes.")
    found = api(server, "/v1/quotes", q="cabai")["quotes"]
    assert rows.locator("td.rule").all_inner_texts() == [quote["rule"] for quote in found]
    assert rows.locator("td.confidence").all_inner_texts() == [f"{quote['confidence']:.2f}" for quote in found]
    quote_id, document_id = rows.first.get_attribute("data-quote"), rows.first.get_attribute("data-document")
    rows.first.locator("a.open-viewer").click()
    expect(page).to_have_url(re.compile(r"/\?document=d3&quote="))
    expect(page.locator("#results")).to_be_visible(timeout=30_000)
    stored = httpx.get(f"{server}/v1/documents/{document_id}", timeout=60).json()
    assert page.locator("#article").text_content() == stored["text"]
    index = [quote["id"] for quote in stored["extraction"]["quotes"]].index(quote_id)
    marked = page.locator(f'#article mark.highlighted[data-quote="{index}"]')
    expect(marked.first).to_have_text("Harga cabai turun sepekan terakhir,")
    expect(page.locator(f'#article mark[data-quote="{index}"][data-quote-start]')).to_be_focused()
    expect(page.locator("#status")).to_contain_text("Stored article d3, Kabar Nusantara")


def test_search_by_speaker_type_and_minimum_confidence(jakarta_page: Page, server: str) -> None:
    page = jakarta_page
    every = api(server, "/v1/quotes", limit=100)["quotes"]
    confidences = sorted({quote["confidence"] for quote in every})
    assert len(confidences) >= 2, confidences
    # a slider step (0.05) above the least confident quote and at most the most confident one
    threshold = next(step / 20 for step in range(21) if confidences[0] < step / 20 <= confidences[-1])
    kept = [quote for quote in every if quote["confidence"] >= threshold]
    open_dashboard(page, server)
    page.locator("#search-confidence").fill(str(threshold))
    expect(page.locator("#search-confidence-value")).to_have_text(f"{threshold:.2f}")
    page.click("#search-button")
    rows = page.locator("#search-results tbody tr")
    expect(rows).to_have_count(len(kept))
    assert len(kept) < len(every)
    assert all(float(value) >= threshold for value in rows.locator("td.confidence").all_inner_texts())
    page.fill("#search-speaker", "Ratna Wulandari")
    page.select_option("#search-type", "indirect")
    page.locator("#search-confidence").fill("0")
    page.click("#search-button")
    expected = api(server, "/v1/quotes", speaker="Ratna Wulandari", type="indirect")["quotes"]
    expect(rows).to_have_count(len(expected))
    assert {text for text in rows.locator("td.type").all_inner_texts()} == {"indirect"}


def test_csv_downloads_are_the_apis_csv_of_what_is_shown(jakarta_page: Page, server: str, tmp_path: Path) -> None:
    page = jakarta_page
    open_dashboard(page, server)
    expect(top_rows(page)).to_have_count(4)
    with page.expect_download() as download_info:
        page.click("#top-csv")
    saved = tmp_path / "top.csv"
    download_info.value.save_as(saved)
    assert download_info.value.suggested_filename == "kutip-top-speakers.csv"
    content = saved.read_bytes()
    assert content.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    assert [row["key"] for row in rows][0] == "ratna-wulandari"
    assert {row["key"] for row in rows} == {"ratna-wulandari", "hendra-saputra", "dewi-anggraini",
                                            "koalisi-pemantau-anggaran"}
    assert sum(int(row["period_quote_count"]) for row in rows) == 9
    page.fill("#search-text", "jembatan")
    page.click("#search-button")
    shown = page.locator("#search-results tbody tr")
    expect(shown.first).to_be_visible()
    with page.expect_download() as download_info:
        page.click("#search-csv")
    saved = tmp_path / "quotes.csv"
    download_info.value.save_as(saved)
    quote_rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
    assert [(row["document_id"], row["quote_id"]) for row in quote_rows] == [
        (row.get_attribute("data-document"), row.get_attribute("data-quote")) for row in shown.all()]


def test_the_page_switches_language_and_remembers_it(browser: Browser, server: str) -> None:  # noqa: F811
    context = browser.new_context(viewport=DESKTOP, locale="id-ID", timezone_id=ZONE)
    page = context.new_page()
    open_dashboard(page, server)
    assert page.evaluate("document.documentElement.lang") == "id"
    expect(page.locator("#top-heading")).to_have_text("Penutur teratas")
    expect(page.locator("#top-summary")).to_contain_text("4 dari 4 penutur")
    expect(top_rows(page).first.locator("td.kind")).to_have_text("orang")
    page.click("#language-button")
    expect(page.locator("#top-heading")).to_have_text("Top speakers")
    expect(page.locator("#top-summary")).to_contain_text("4 of 4 speakers")
    expect(top_rows(page).first.locator("td.kind")).to_have_text("person")
    page.reload()
    expect(page.locator("#top-heading")).to_have_text("Top speakers")
    context.close()


def test_every_word_of_the_page_exists_in_both_languages(jakarta_page: Page, server: str) -> None:
    open_dashboard(jakarta_page, server)
    missing = jakarta_page.evaluate("""() => {
        const keys = new Set([...document.querySelectorAll('[data-i18n]')].map((e) => e.dataset.i18n));
        const english = Object.keys(MESSAGES.en).sort(), indonesian = Object.keys(MESSAGES.id).sort();
        return {
            page: [...keys].filter((key) => !(key in MESSAGES.en) || !(key in MESSAGES.id)),
            onlyEnglish: english.filter((key) => !indonesian.includes(key)),
            onlyIndonesian: indonesian.filter((key) => !english.includes(key)),
        };
    }""")
    assert missing == {"page": [], "onlyEnglish": [], "onlyIndonesian": []}


def test_phone_width_has_no_sideways_scroll(browser: Browser, server: str) -> None:  # noqa: F811
    context = browser.new_context(viewport=PHONE, timezone_id=ZONE)
    phone = context.new_page()
    open_dashboard(phone, server)
    expect(top_rows(phone)).to_have_count(4)
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    phone.fill("#search-text", "jembatan")
    phone.click("#search-button")
    expect(phone.locator("#search-results tbody tr").first).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    phone.click("#top-speakers a.speaker-link[data-key='ratna-wulandari']")
    expect(phone.locator("#speaker-quotes tbody tr")).to_have_count(5)
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    context.close()


# ---- stored markup stays text -------------------------------------------------------------------

@pytest.fixture(scope="module")
def xss_server(extractor: Extractor, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A store whose quote text and outlet carry markup, and whose speaker name was made to."""
    tmp = tmp_path_factory.mktemp("dashboard-xss")
    app = create_app(store_settings(tmp, "xss"), extractor)
    with serve_in_thread(app) as base_url:
        store_articles(base_url, XSS_ARTICLES)
        with app.state.store.engine.begin() as connection:
            connection.execute(update(tables.speakers).where(tables.speakers.c.key == "hendra-saputra")
                               .values(name=XSS_NAME))
        yield base_url


def test_markup_in_stored_quotes_names_and_outlets_stays_text(jakarta_page: Page, xss_server: str) -> None:
    page = jakarta_page
    open_dashboard(page, xss_server)
    expect(top_rows(page)).to_have_count(2)
    link = page.locator("#top-speakers a.speaker-link[data-key='hendra-saputra']")
    expect(link).to_have_text(XSS_NAME)
    link.click()
    expect(page.locator("#speaker-name")).to_have_text(XSS_NAME)
    quote = page.locator("#speaker-quotes tbody tr").first
    expect(quote.locator("td.quote-text")).to_have_text(XSS_QUOTE)
    expect(quote.locator("td.outlet")).to_have_text("<svg onload=alert(3)>Warta")
    expect(page.locator("#speaker-outlets tbody td").first).to_have_text("<svg onload=alert(3)>Warta")
    page.fill("#search-text", "teks")
    page.click("#search-button")
    expect(page.locator("#search-results tbody tr")).to_have_count(2)
    assert page.locator("img, script:not([src]), [onerror], [onload]").count() == 0
    assert page.locator("svg:not(.sparkline):not(.timeline-chart)").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    # the jakarta_page fixture fails the test on any dialog, page error or CSP violation


def test_the_quotes_csv_never_runs_a_formula(jakarta_page: Page, xss_server: str, tmp_path: Path) -> None:
    page = jakarta_page
    open_dashboard(page, xss_server)
    page.fill("#search-speaker", "Dewi Anggraini")
    page.click("#search-button")
    expect(page.locator("#search-results tbody tr")).to_have_count(1)
    expect(page.locator("#search-results td.quote-text")).to_have_text(re.compile(r"^=HYPERLINK"))
    with page.expect_download() as download_info:
        page.click("#search-csv")
    saved = tmp_path / "quotes.csv"
    download_info.value.save_as(saved)
    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
    assert [row["text"] for row in rows] == ["'=HYPERLINK(\"http://contoh.test\") hanyalah teks, bukan rumus,"]


# ---- clear messages: empty store, no store, 401, 503, no text -----------------------------------

def test_an_empty_store_says_so(jakarta_page: Page, extractor: Extractor, tmp_path: Path) -> None:
    with serve_in_thread(create_app(store_settings(tmp_path, "empty"), extractor)) as base_url:
        open_dashboard(jakarta_page, base_url)
        message = jakarta_page.locator("#message")
        expect(message).to_have_attribute("data-key", "empty_store")
        expect(message).to_contain_text("The store holds no quotes yet")
        expect(jakarta_page.locator("#top-summary")).to_have_text("No speaker is quoted in this selection.")


def test_a_server_without_a_store_says_so(jakarta_page: Page, extractor: Extractor) -> None:
    with serve_in_thread(create_app(Settings(), extractor)) as base_url:
        open_dashboard(jakarta_page, base_url)
        expect(jakarta_page.locator("#message")).to_have_attribute("data-code", "no_store")
        expect(jakarta_page.locator("#message")).to_contain_text("KUTIP_DATABASE_URL")
        expect(jakarta_page.locator("#top-view")).to_be_hidden()
        expect(jakarta_page.locator("#apply-button")).to_be_disabled()


def test_a_keyed_server_asks_for_the_key_and_the_viewer_reuses_it(jakarta_page: Page, extractor: Extractor,
                                                                   tmp_path: Path) -> None:
    page = jakarta_page
    app = create_app(store_settings(tmp_path, "keyed", api_key=API_KEY), extractor)
    with serve_in_thread(app) as base_url:
        store_articles(base_url, dated_articles()[:2], api_key=API_KEY)
        open_dashboard(page, base_url)
        message = page.locator("#message")
        expect(message).to_have_attribute("data-code", "unauthorized")
        expect(message).to_contain_text("requires an API key")
        expect(page.locator("#api-key")).to_be_focused()
        page.fill("#api-key", API_KEY)
        page.click("#apply-button")
        expect(top_rows(page)).to_have_count(2)
        expect(message).to_be_hidden()
        assert API_KEY not in page.url
        page.fill("#search-text", "cabai")
        page.click("#search-button")
        page.locator("#search-results a.open-viewer").first.click()
        expect(page.locator("#results")).to_be_visible(timeout=30_000)  # the key came along in this tab
        expect(page.locator("#article mark.highlighted").first).to_be_visible()


def test_an_unreachable_store_is_a_clear_503(jakarta_page: Page, extractor: Extractor, tmp_path: Path) -> None:
    from service.store.engine import create_store_engine

    app = create_app(store_settings(tmp_path, "down"), extractor)
    with serve_in_thread(app) as base_url:
        app.state.store.engine = create_store_engine("sqlite:////no-such-directory/kutip.db")
        open_dashboard(jakarta_page, base_url)
        message = jakarta_page.locator("#message")
        expect(message).to_have_attribute("data-code", "store_unavailable")
        expect(message).to_contain_text("cannot answer right now")
        expect(message).to_contain_text("HTTP 503")


def test_without_stored_text_a_quote_links_to_its_article(jakarta_page: Page, extractor: Extractor,
                                                          tmp_path: Path) -> None:
    page = jakarta_page
    app = create_app(store_settings(tmp_path, "no-text", store_text=False), extractor)
    with serve_in_thread(app) as base_url:
        store_articles(base_url, [{**dated_articles()[0], "url": NO_TEXT_URL}])
        open_dashboard(page, base_url)
        page.fill("#search-text", "jembatan")
        page.click("#search-button")
        link = page.locator("#search-results a.open-source")
        expect(link).to_have_attribute("href", NO_TEXT_URL)
        assert page.locator("#search-results a.open-viewer").count() == 0
        page.goto(base_url + "/?document=d1&quote=q1")  # the viewer, asked anyway, says why it cannot
        expect(page.locator("#error")).to_have_attribute("data-code", "no_stored_text")
        expect(page.locator("#stored-source")).to_have_attribute("href", NO_TEXT_URL)
