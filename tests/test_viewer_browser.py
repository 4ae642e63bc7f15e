"""The viewer page in a real Chromium (Playwright), against a live server with the real model.

Chromium: KUTIP_CHROMIUM, else the distribution's /usr/bin/chromium, else Playwright's own
(`playwright install chromium`). Without any browser these tests skip with that reason,
except where KUTIP_REQUIRE_BROWSER=1 (set by .ci/run, which installs Chromium): there a
missing browser fails the run instead of hiding the tests.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bench.shapes import varied_news
from service.extraction.pipeline import Extractor
from service.http.app import create_app
from service.settings import PROJECT_ROOT, Settings
from tests.conftest import shared_path
from tests.live_server import serve_in_thread

playwright_sync = pytest.importorskip("playwright.sync_api", reason="playwright is a test dependency: make test")
Browser, Page, expect = playwright_sync.Browser, playwright_sync.Page, playwright_sync.expect

DISTRIBUTION_CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = PROJECT_ROOT / "docs" / "viewer.png"
SCREENSHOT_HOVERED_QUOTE = 3
SCREENSHOT_MARGIN = 8
API_KEY = "kunci-rahasia"
LONG_ARTICLE_CHARS = 200_000
RENDER_BUDGET_MS = 3_000  # marking a 200,000-character article; it takes a few hundred ms here
EXTRACTION_WAIT_MS = 120_000  # the server's own extraction of 200,000 characters comes first
NODES_PER_QUOTE = 8  # content pieces, cue, mention and the text between them: a bound, not a count
EXPECTED_HTTP_ERROR_LOG = "Failed to load resource: the server responded with a status of"
MAX_TABS_TO_SECOND_QUOTE = 12
IMPOSSIBLE_DEADLINE_S = 0.000001
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

XSS_ARTICLE = (
    "Pejabat itu menulis <img src=x onerror=alert(1)> di papan. "
    "“Jangan pernah menulis </script><script>alert(2)</script> di sini,” kata Budi Santoso. "
    "Menurut Siti Rahma, <svg onload=alert(3)> hanyalah teks biasa."
)


def chromium_path() -> str | None:
    """The browser to drive: None means Playwright's own download."""
    configured = os.environ.get("KUTIP_CHROMIUM")
    if configured:
        return configured
    if DISTRIBUTION_CHROMIUM.exists():
        return str(DISTRIBUTION_CHROMIUM)
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with playwright_sync.sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=chromium_path())
        except playwright_sync.Error as error:
            reason = f"no Chromium for Playwright ({str(error).splitlines()[0]}): apt-get install chromium, " \
                     "or playwright install chromium"
            if os.environ.get("KUTIP_REQUIRE_BROWSER") == "1":
                pytest.fail(reason)
            pytest.skip(reason)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def server(extractor: Extractor) -> Iterator[str]:
    with serve_in_thread(create_app(Settings(), extractor)) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def keyed_server(extractor: Extractor) -> Iterator[str]:
    with serve_in_thread(create_app(Settings(api_key=API_KEY), extractor)) as base_url:
        yield base_url


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=DESKTOP)
    opened = context.new_page()
    problems: list[str] = []
    opened.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    opened.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    opened.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    yield opened
    context.close()
    # a CSP violation, a script error or an alert() fails the test that caused it; an HTTP
    # error answer the test asked for is logged by Chromium too, and is not a problem
    assert [problem for problem in problems if not problem.startswith(EXPECTED_HTTP_ERROR_LOG)] == []


def extract_in_page(page: Page, base_url: str, text: str, *, api_key: str | None = None,
                    wait_for_results: bool = True) -> None:
    page.goto(base_url + "/")
    expect(page.locator("body")).to_have_attribute("data-ready", "true")
    page.fill("#article-input", text)
    if api_key is not None:
        page.fill("#api-key", api_key)
    page.press("#article-input", "Control+Enter")
    if wait_for_results:
        expect(page.locator("#results")).to_be_visible(timeout=EXTRACTION_WAIT_MS)


def api_extract(base_url: str, text: str) -> dict:
    response = httpx.post(base_url + "/v1/extract", json={"text": text}, timeout=120)
    response.raise_for_status()
    return response.json()  # type: ignore[no-any-return]


def seed_text() -> str:
    return json.loads(shared_path("eval", "seed.json").read_text(encoding="utf-8"))["text"]  # type: ignore[no-any-return]


def test_seed_article_shows_every_quote_and_its_four_speakers(page: Page, server: str) -> None:
    text = seed_text()
    expected = api_extract(server, text)
    extract_in_page(page, server, text)
    assert page.locator("#article [data-quote-start]").count() == len(expected["quotes"])
    names = page.locator(".person-button .person-name").all_inner_texts()
    assert names == [person["name"] for person in expected["people"]]
    assert len([person for person in expected["people"] if person["kind"] == "person"]) == 4
    # the page shows the article itself, character for character
    assert page.locator("#article").text_content() == text
    first_quote = page.locator("#article [data-quote-start]").first
    first_quote.focus()
    tooltip = page.locator("#quote-tooltip")
    expect(tooltip).to_be_visible()
    speaker = expected["quotes"][0]["speaker"]["name"]
    expect(tooltip).to_contain_text(speaker)
    expect(tooltip).to_contain_text(expected["quotes"][0]["rule"])
    generator, ranker = expected["quotes"][0]["speaker"]["rule"].split("@")
    expect(tooltip).to_contain_text(f"Speaker found by{generator}")  # one <dt>/<dd> pair each
    expect(tooltip).to_contain_text(f"Speaker chosen by{ranker}")
    resolution = page.locator("#quote-list .resolution").first
    expect(resolution).to_have_attribute("title", f"Speaker found by {generator}, chosen by {ranker}")
    take_readme_screenshot(page)
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def take_readme_screenshot(page: Page) -> None:
    """docs/viewer.png for the README: the results of the seed article with one quote's details."""
    page.evaluate("document.activeElement.blur()")
    results_top = page.evaluate("document.getElementById('results').getBoundingClientRect().top + window.scrollY")
    page.evaluate(f"window.scrollTo(0, {results_top})")
    page.locator("#article [data-quote-start]").nth(SCREENSHOT_HOVERED_QUOTE).hover()
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=True, clip={
        "x": 0, "y": results_top - SCREENSHOT_MARGIN, "width": DESKTOP["width"], "height": DESKTOP["height"]})


def test_selecting_a_person_dims_the_other_quotes(page: Page, server: str) -> None:
    text = ("“Harga beras harus turun pekan ini,” kata Budi Santoso di Jakarta. "
            "Siti Rahma mengatakan bahwa stok pupuk cukup sampai akhir tahun. "
            "“Kami sudah memeriksa gudang,” ujar Budi.")
    expected = api_extract(server, text)
    by_person: dict[str, list[int]] = {}
    for index, quote in enumerate(expected["quotes"]):
        by_person.setdefault(quote["speaker"]["person_id"], []).append(index)
    assert len(by_person) == 2, expected["quotes"]
    extract_in_page(page, server, text)
    budi = next(person for person in expected["people"] if person["name"] == "Budi Santoso")
    button = page.locator(f'.person-button[data-person="{budi["id"]}"]')
    button.click()
    expect(button).to_have_attribute("aria-pressed", "true")
    for index, quote in enumerate(expected["quotes"]):
        content = page.locator(f'#article mark.quote[data-quote="{index}"]').first
        if quote["speaker"]["person_id"] == budi["id"]:
            expect(content).not_to_have_class(re.compile(r"\bdimmed\b"))
        else:
            expect(content).to_have_class(re.compile(r"\bdimmed\b"))
    button.press("Enter")  # the keyboard toggles it back
    expect(button).to_have_attribute("aria-pressed", "false")
    assert page.locator("#article .dimmed").count() == 0


def test_quote_list_has_a_row_per_quote_that_leads_to_it(page: Page, server: str) -> None:
    text = ("“Harga beras harus turun pekan ini,” kata Budi Santoso di Jakarta. "
            "Siti Rahma mengatakan bahwa stok pupuk cukup sampai akhir tahun. "
            "“Kami sudah memeriksa gudang,” ujar Budi.")
    expected = api_extract(server, text)
    extract_in_page(page, server, text)
    rows = page.locator("#quote-list tbody tr")
    expect(rows).to_have_count(len(expected["quotes"]))
    for index, quote in enumerate(expected["quotes"]):
        row = rows.nth(index)
        expect(row.locator(".speaker-name")).to_have_text(quote["speaker"]["name"])
        expect(row.locator(".resolution")).to_have_text(quote["speaker"]["resolution"])
        expect(row.locator("td.type")).to_have_text(quote["type"])
        expect(row.locator("td.quote-text")).to_have_text(quote["text"])
    last = len(expected["quotes"]) - 1
    rows.nth(last).locator("button.jump").click()
    expect(page.locator(f'#article mark[data-quote="{last}"][data-quote-start]')).to_be_focused()
    expect(page.locator("#quote-tooltip")).to_contain_text(expected["quotes"][last]["rule"])
    siti = next(person for person in expected["people"] if person["name"] == "Siti Rahma")
    page.click(f'.person-button[data-person="{siti["id"]}"]')
    kept = [index for index, quote in enumerate(expected["quotes"]) if quote["speaker"]["person_id"] == siti["id"]]
    expect(page.locator("#quote-list tbody tr:visible")).to_have_count(len(kept))
    expect(page.locator("#quote-list-summary")).to_contain_text(f"{len(kept)} of {len(expected['quotes'])}")


def test_the_confidence_filter_keeps_only_quotes_at_or_above_the_minimum(page: Page, server: str) -> None:
    text = ("“Harga beras harus turun pekan ini,” kata Budi Santoso di Jakarta. "
            "Siti Rahma mengatakan bahwa stok pupuk cukup sampai akhir tahun.\n\n"
            "“Kami sudah memeriksa gudang di tiga kabupaten.”\n\nIa juga menyebut harga cabai stabil.")
    expected = api_extract(server, text)
    confidences = [quote["confidence"] for quote in expected["quotes"]]
    # a step of the slider (0.05) above the least confident quote and at most the most confident one
    steps = [step / 20 for step in range(21) if min(confidences) < step / 20 <= max(confidences)]
    assert steps, f"the filter must separate something: {confidences}"
    threshold = steps[0]
    kept = [index for index, confidence in enumerate(confidences) if confidence >= threshold]
    extract_in_page(page, server, text)
    page.locator("#min-confidence").fill(str(threshold))
    expect(page.locator("#min-confidence-value")).to_have_text(f"{threshold:.2f}")
    expect(page.locator("#quote-list tbody tr:visible")).to_have_count(len(kept))
    for index in range(len(expected["quotes"])):
        content = page.locator(f'#article mark.quote[data-quote="{index}"]').first
        if index in kept:
            expect(content).not_to_have_class(re.compile(r"\bdimmed\b"))
        else:
            expect(content).to_have_class(re.compile(r"\bdimmed\b"))
    expect(page.locator("#quote-list-summary")).to_contain_text(f"{len(kept)} of {len(expected['quotes'])}")
    page.locator(f'#article mark[data-quote="{kept[0]}"][data-quote-start]').hover()
    expect(page.locator("#quote-tooltip")).to_contain_text(expected["meta"]["confidence_model"])
    page.locator("#min-confidence").fill("0")
    expect(page.locator("#quote-list tbody tr:visible")).to_have_count(len(expected["quotes"]))


def test_csv_download_has_a_row_per_quote_and_no_formulas(page: Page, server: str, tmp_path: Path) -> None:
    text = ("“=HYPERLINK(\"http://contoh.test\") hanyalah teks, bukan rumus,” kata Budi Santoso. "
            "“Kami, para pedagang, menolak \"kenaikan\" itu,” ujar Siti Rahma.")
    expected = api_extract(server, text)
    extract_in_page(page, server, text)
    with page.expect_download() as download_info:
        page.click("#download-csv-button")
    assert download_info.value.suggested_filename.endswith(".csv")
    saved = tmp_path / "quotes.csv"
    download_info.value.save_as(saved)
    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
    assert [(row["id"], row["speaker"], row["speaker_rule"], int(row["start"]), int(row["end"])) for row in rows] == [
        (quote["id"], quote["speaker"]["name"], quote["speaker"]["rule"], quote["start"], quote["end"])
        for quote in expected["quotes"]]
    assert rows[0]["text"] == "'" + expected["quotes"][0]["text"]  # a spreadsheet shows it, never runs it
    assert rows[1]["text"] == expected["quotes"][1]["text"]  # commas and double quotes survive


def test_tooltip_stays_in_the_window_at_its_bottom_edge(page: Page, server: str) -> None:
    extract_in_page(page, server, "Paragraf pembuka tanpa kutipan.\n\n" * 40 + "“Kami siap,” kata Budi Santoso.")
    mark = page.locator("#article [data-quote-start]").last
    page.evaluate("""() => {
        const starts = document.querySelectorAll('#article [data-quote-start]');
        const mark = starts[starts.length - 1];
        const rect = mark.getBoundingClientRect();
        window.scrollBy(0, rect.bottom - window.innerHeight + 4);
    }""")
    mark.focus()
    tooltip = page.locator("#quote-tooltip")
    expect(tooltip).to_have_attribute("data-placement", "above")
    box = tooltip.bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= DESKTOP["height"]


def test_article_markup_stays_text(page: Page, server: str) -> None:
    extract_in_page(page, server, XSS_ARTICLE)
    article = page.locator("#article")
    assert article.text_content() == XSS_ARTICLE
    assert article.locator("img, svg, script").count() == 0
    assert page.locator("body img, body svg").count() == 0
    scripts = page.locator("script").evaluate_all("nodes => nodes.map(node => node.getAttribute('src'))")
    assert scripts == ["/static/pages.js", "/static/viewer.js"]  # the page's own, nothing the article added
    assert page.locator("#article mark.quote").count() >= 1  # the quote around </script> is marked as text
    # the page fixture fails the test on any dialog, page error or CSP violation


def test_html_format_shows_the_extracted_text(page: Page, server: str) -> None:
    html = ("<html><body><article><p>“Kami akan menambah kuota pupuk,” kata Menteri Pertanian "
            "Andi Amran Sulaiman.</p><p><script>alert(4)</script>Menurut Amran, stok aman.</p>"
            "</article></body></html>")
    page.goto(server + "/")
    page.fill("#article-input", html)
    page.check('input[name="format"][value="html"]')
    page.click("#extract-button")
    expect(page.locator("#results")).to_be_visible(timeout=EXTRACTION_WAIT_MS)
    shown = page.locator("#article").text_content() or ""
    assert "<p>" not in shown and "Kami akan menambah kuota pupuk" in shown
    assert page.locator("#article [data-quote-start]").count() >= 1


def test_long_article_renders_in_bounded_time_without_per_character_nodes(page: Page, server: str) -> None:
    text = varied_news(LONG_ARTICLE_CHARS)[:LONG_ARTICLE_CHARS]
    extract_in_page(page, server, text, wait_for_results=False)
    expect(page.locator("#extract-button")).to_be_disabled()  # busy while the server works
    expect(page.locator("#status")).to_contain_text("Extracting")
    expect(page.locator("#results")).to_be_visible(timeout=EXTRACTION_WAIT_MS)
    expect(page.locator("#extract-button")).to_be_enabled()
    quotes = page.locator("#article [data-quote-start]").count()
    assert quotes > 1000
    nodes = page.evaluate("document.getElementById('article').childNodes.length")
    assert nodes <= NODES_PER_QUOTE * quotes + 1
    render_ms = int(page.locator("body").get_attribute("data-render-ms") or "0")
    assert 0 < render_ms < RENDER_BUDGET_MS
    person = page.locator(".person-button").first
    person.click()  # the page still answers after marking the whole article
    expect(person).to_have_attribute("aria-pressed", "true")


def test_too_long_article_shows_the_413_message(page: Page, server: str) -> None:
    extract_in_page(page, server, "a" * (Settings().max_chars + 1), wait_for_results=False)
    error = page.locator("#error")
    expect(error).to_be_visible(timeout=EXTRACTION_WAIT_MS)
    expect(error).to_have_attribute("data-code", "text_too_long")
    expect(error).to_contain_text("longer than this server accepts")
    expect(error).to_contain_text("HTTP 413")
    expect(page.locator("#results")).to_be_hidden()
    expect(page.locator("#extract-button")).to_be_enabled()


def test_empty_article_is_refused_in_the_page(page: Page, server: str) -> None:
    page.goto(server + "/")
    page.click("#extract-button")
    expect(page.locator("#error")).to_have_text("Paste an article first.")


def test_api_key_server_asks_for_the_key(page: Page, keyed_server: str) -> None:
    text = "“Kami siap,” kata Budi Santoso."
    page.goto(keyed_server + "/")
    expect(page.locator("#api-key")).to_be_visible()
    page.fill("#article-input", text)
    page.click("#extract-button")
    error = page.locator("#error")
    expect(error).to_have_attribute("data-code", "unauthorized")
    expect(error).to_contain_text("requires an API key")
    expect(page.locator("#api-key")).to_be_focused()
    page.fill("#api-key", API_KEY)
    page.keyboard.press("Enter")  # Enter in the key field submits the form
    expect(page.locator("#results")).to_be_visible(timeout=EXTRACTION_WAIT_MS)
    expect(error).to_be_hidden()
    assert API_KEY not in page.url
    assert API_KEY not in (page.locator("#curl-command").input_value())


def test_download_is_the_api_response_and_curl_repeats_the_request(page: Page, server: str, tmp_path: Path) -> None:
    text = "“Harga cabai mulai turun,” kata Siti Rahma, pedagang di Pasar Minggu."
    extract_in_page(page, server, text)
    with page.expect_download() as download_info:
        page.click("#download-button")
    saved = tmp_path / "download.json"
    download_info.value.save_as(saved)
    downloaded = json.loads(saved.read_text(encoding="utf-8"))
    again = api_extract(server, text)
    for body in (downloaded, again):
        body["meta"].pop("elapsed_ms")
    assert downloaded == again
    command = page.locator("#curl-command").input_value()
    assert command.startswith("curl ")
    if shutil.which("curl"):
        output = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60, check=True)
        replayed = json.loads(output.stdout)
        replayed["meta"].pop("elapsed_ms")
        assert replayed == again


def test_phone_width_has_no_sideways_scroll(browser: Browser, server: str) -> None:
    context = browser.new_context(viewport=PHONE)
    phone = context.new_page()
    extract_in_page(phone, server, "“Kami siap,” kata Budi Santoso. " * 30)
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    context.close()


def test_keyboard_alone_reaches_the_controls_and_quotes(page: Page, server: str) -> None:
    extract_in_page(page, server, "“Kami siap,” kata Budi Santoso. “Semua aman,” kata Siti Rahma.")
    page.focus("#article-input")
    order: list[str] = []
    while "1" not in order and len(order) < MAX_TABS_TO_SECOND_QUOTE:
        page.keyboard.press("Tab")
        order.append(page.evaluate("document.activeElement.id || document.activeElement.dataset.quote || ''"))
    assert order.index("extract-button") < order.index("0") < order.index("1"), order
    expect(page.locator("#quote-tooltip")).to_be_visible()  # focus shows what hover shows
    page.keyboard.press("Escape")
    expect(page.locator("#quote-tooltip")).to_be_hidden()
    labels = page.evaluate("""Array.from(document.querySelectorAll('textarea, input:not([type=radio])'))
        .filter((field) => !field.labels || field.labels.length === 0).map((field) => field.id)""")
    assert labels == []


@pytest.fixture(scope="module")
def impatient_server(extractor: Extractor) -> Iterator[str]:
    """A server whose deadline no extraction can meet: every extraction answers 503 timeout."""
    with serve_in_thread(create_app(Settings(request_timeout_s=IMPOSSIBLE_DEADLINE_S), extractor)) as base_url:
        yield base_url


def test_timeout_shows_the_503_message(page: Page, impatient_server: str) -> None:
    extract_in_page(page, impatient_server, "“Kami siap,” kata Budi Santoso. " * 50, wait_for_results=False)
    error = page.locator("#error")
    expect(error).to_have_attribute("data-code", "timeout", timeout=EXTRACTION_WAIT_MS)
    expect(error).to_contain_text("took longer than this server allows")
    expect(error).to_contain_text("HTTP 503")


def test_the_page_speaks_indonesian_to_an_indonesian_browser(browser: Browser, server: str) -> None:
    """A browser set to Indonesian gets the page in Indonesian; the language button switches it
    and the choice is remembered. API values (types, rules) stay as the JSON has them."""
    context = browser.new_context(viewport=DESKTOP, locale="id-ID")
    page = context.new_page()
    page.goto(server + "/")
    expect(page.locator("body")).to_have_attribute("data-ready", "true")
    assert page.evaluate("document.documentElement.lang") == "id"
    expect(page.locator("#extract-button")).to_have_text("Ekstrak")
    page.click("#extract-button")
    expect(page.locator("#error")).to_have_text("Tempel artikel terlebih dahulu.")
    page.fill("#article-input", "“Harga beras akan turun pekan depan,” kata Budi Santoso di Jakarta.")
    page.press("#article-input", "Control+Enter")
    expect(page.locator("#results")).to_be_visible(timeout=EXTRACTION_WAIT_MS)
    expect(page.locator("#summary")).to_contain_text("1 kutipan (1 langsung")
    expect(page.locator("#quote-list tbody td.type").first).to_have_text("direct")
    page.click("#language-button")
    expect(page.locator("#extract-button")).to_have_text("Extract")
    expect(page.locator("#summary")).to_contain_text("1 quote (1 direct")
    page.reload()
    expect(page.locator("#extract-button")).to_have_text("Extract")  # the choice is remembered
    context.close()


def test_every_word_of_the_page_exists_in_both_languages(page: Page, server: str) -> None:
    page.goto(server + "/")
    expect(page.locator("body")).to_have_attribute("data-ready", "true")
    missing = page.evaluate("""() => {
        const keys = new Set([...document.querySelectorAll('[data-i18n]')].map((e) => e.dataset.i18n)
            .concat([...document.querySelectorAll('[data-i18n-label]')].map((e) => e.dataset.i18nLabel)));
        const english = Object.keys(MESSAGES.en).sort(), indonesian = Object.keys(MESSAGES.id).sort();
        return {
            page: [...keys].filter((key) => !(key in MESSAGES.en) || !(key in MESSAGES.id)),
            onlyEnglish: english.filter((key) => !indonesian.includes(key)),
            onlyIndonesian: indonesian.filter((key) => !english.includes(key)),
        };
    }""")
    assert missing == {"page": [], "onlyEnglish": [], "onlyIndonesian": []}
