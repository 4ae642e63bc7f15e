"""The store's HTTP routes (POST /v1/documents, GET /v1/speakers, /v1/speakers/{key},
/v1/quotes) on SQLite and on PostgreSQL, JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from service.extraction.pipeline import Extractor
from service.http.app import create_app
from service.settings import Settings
from tests.conftest import LOG_MARKER, shared_path

ARTICLES = [
    {"id": "n1", "outlet": "Kompas", "published_at": "2026-05-04T08:00:00+07:00",
     "text": "“Harga beras akan turun pekan depan,” kata Menteri Pertanian Andi Amran Sulaiman di Jakarta. "
             "Amran mengatakan bahwa stok gabah cukup."},
    {"id": "n2", "outlet": "Tempo", "published_at": "2026-05-06",
     "text": "“Kami menambah impor beras,” ujar Amran kepada wartawan. "
             "“Pasokan di pasar aman,” kata Abdullah Mansuri, Ketua Umum Ikappi."},
    {"id": "n3", "outlet": "Kompas", "published_at": "2026-05-12",
     "text": "“Petani harus mendapat harga yang layak,” kata Andi Amran Sulaiman di Makassar."},
]
AMRAN = "andi-amran-sulaiman"
BYTE_ORDER_MARK = "\ufeff".encode()


@pytest.fixture
def client(database_url: str, extractor: Extractor, tmp_path: Path) -> Iterator[TestClient]:
    aliases = tmp_path / "aliases.yml"
    aliases.write_text("version: 1\n", encoding="utf-8")
    settings = Settings(database_url=database_url, aliases_file=aliases, max_chars=5_000, max_batch_documents=8)
    with TestClient(create_app(settings, extractor)) as test_client:
        yield test_client


def csv_text(response: httpx.Response) -> str:
    """A CSV answer's text after its byte-order mark (issue 23: every CSV route sends one)."""
    assert response.content.startswith(BYTE_ORDER_MARK)
    return response.content[len(BYTE_ORDER_MARK):].decode("utf-8")


def post_all(client: TestClient) -> None:
    response = client.post("/v1/documents/batch", json={"documents": ARTICLES})
    assert response.status_code == 200
    assert [item["result"]["status"] for item in response.json()["results"]] == ["created"] * 3


def test_ingest_is_idempotent_and_replaces_edits(client: TestClient) -> None:
    first = client.post("/v1/documents", json=ARTICLES[0])
    assert first.status_code == 200
    assert first.json()["status"] == "created" and first.json()["quote_count"] == 2
    assert first.json()["speaker_keys"] == [AMRAN]
    again = client.post("/v1/documents", json=ARTICLES[0])
    assert again.json() == {**first.json(), "status": "unchanged"}
    edited = client.post("/v1/documents", json={**ARTICLES[0], "text": ARTICLES[2]["text"]})
    assert edited.json()["status"] == "updated" and edited.json()["quote_count"] == 1
    quotes = client.get("/v1/quotes").json()["quotes"]
    assert [quote["text"] for quote in quotes] == ["Petani harus mendapat harga yang layak,"]


def test_top_speakers_are_merged_across_articles(client: TestClient) -> None:
    post_all(client)
    speakers = client.get("/v1/speakers").json()["speakers"]
    assert [(s["key"], s["quote_count"], s["document_count"]) for s in speakers] == [
        (AMRAN, 4, 3), ("abdullah-mansuri", 1, 1)]
    assert speakers[0]["first_seen"] == "2026-05-04T08:00:00+07:00"
    assert speakers[0]["last_seen"] == "2026-05-12T00:00:00+07:00"  # a bare date: midnight in Jakarta
    assert "Menteri Pertanian" in speakers[0]["roles"]
    by_outlet = client.get("/v1/speakers", params={"outlet": "Tempo"}).json()["speakers"]
    assert [(s["key"], s["quote_count"]) for s in by_outlet] == [("abdullah-mansuri", 1), (AMRAN, 1)]
    dated = client.get("/v1/speakers", params={"from": "2026-05-06", "to": "2026-05-06"}).json()["speakers"]
    assert {s["key"]: s["quote_count"] for s in dated} == {AMRAN: 1, "abdullah-mansuri": 1}
    assert client.get("/v1/speakers", params={"limit": 1}).json()["speakers"][0]["key"] == AMRAN


def test_speaker_timeline_and_name_lookup(client: TestClient) -> None:
    post_all(client)
    weekly = client.get(f"/v1/speakers/{AMRAN}", params={"interval": "week"}).json()
    assert weekly["timeline"] == [{"period": "2026-05-04", "quote_count": 3, "document_count": 2},
                                  {"period": "2026-05-11", "quote_count": 1, "document_count": 1}]
    assert len(weekly["latest_quotes"]) == 4 and weekly["latest_quotes"][0]["document_id"] == "n3"
    by_name = client.get("/v1/speakers/Andi Amran Sulaiman").json()
    assert by_name["key"] == AMRAN
    missing = client.get("/v1/speakers/nobody-here")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "speaker_not_found"
    timeline_csv = client.get(f"/v1/speakers/{AMRAN}", headers={"Accept": "text/csv"})
    assert timeline_csv.headers["content-type"] == "text/csv; charset=utf-8"
    assert csv_text(timeline_csv).splitlines()[0] == "period,quote_count,document_count"


def test_quote_search_pages_and_csv(client: TestClient) -> None:
    post_all(client)
    found = client.get("/v1/quotes", params={"q": "beras"}).json()["quotes"]
    assert {quote["document_id"] for quote in found} == {"n1", "n2"}
    assert all("beras" in quote["text"].lower() for quote in found)
    by_speaker = client.get("/v1/quotes", params={"speaker": "Amran", "limit": 2}).json()
    assert len(by_speaker["quotes"]) == 2 and by_speaker["next_cursor"]
    rest = client.get("/v1/quotes", params={"speaker": "Amran", "limit": 2, "cursor": by_speaker["next_cursor"]})
    assert len(rest.json()["quotes"]) == 2 and rest.json()["next_cursor"] is None
    assert client.get("/v1/quotes", params={"speaker": "Tidak Ada"}).json() == {"quotes": [], "next_cursor": None,
                                                                             "total": 0}
    table = client.get("/v1/quotes", params={"type": "direct"}, headers={"Accept": "text/csv"})
    rows = list(csv.DictReader(io.StringIO(csv_text(table))))
    assert len(rows) == 4 and {row["type"] for row in rows} == {"direct"}
    assert rows[0]["speaker_key"] == AMRAN and rows[0]["outlet"] == "Kompas"
    speakers_csv = csv_text(client.get("/v1/speakers", headers={"Accept": "text/csv"}))
    assert list(csv.DictReader(io.StringIO(speakers_csv)))[0]["roles"].startswith("Menteri Pertanian")


def test_csv_cells_never_run_as_spreadsheet_formulas(client: TestClient) -> None:
    text = "“=HYPERLINK(\"http://contoh.test\") adalah tautan yang kami kirim,” kata Budi Santoso."
    assert client.post("/v1/documents", json={"id": "f1", "text": text}).status_code == 200
    rows = list(csv.DictReader(io.StringIO(csv_text(client.get("/v1/quotes", headers={"Accept": "text/csv"})))))
    assert [row["text"] for row in rows] == ["'=HYPERLINK(\"http://contoh.test\") adalah tautan yang kami kirim,"]
    assert client.get("/v1/quotes").json()["quotes"][0]["text"].startswith("=HYPERLINK")  # JSON is as stored


@pytest.mark.parametrize(("method", "path", "body", "status", "code"), [
    ("get", "/v1/speakers?from=kemarin", None, 422, "invalid_request"),
    ("get", "/v1/speakers?limit=0", None, 422, "invalid_request"),
    ("get", "/v1/quotes?cursor=abc", None, 422, "invalid_request"),
    ("post", "/v1/documents", {"text": "tanpa id"}, 422, "invalid_request"),
    ("post", "/v1/documents", {"id": "x", "text": "a" * 5_001}, 413, "text_too_long"),
    ("post", "/v1/documents", {"id": "x", "text": "b", "published_at": "besok"}, 422, "invalid_request"),
    ("post", "/v1/documents/batch", {"documents": [{"id": str(n), "text": "c"} for n in range(9)]}, 413,
     "batch_too_large"),
])
def test_errors_have_the_usual_json_body(client: TestClient, method: str, path: str, body: dict | None,
                                         status: int, code: str) -> None:
    response = client.request(method.upper(), path, json=body)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code


def test_batch_isolates_a_failing_document(client: TestClient) -> None:
    response = client.post("/v1/documents/batch", json={"documents": [
        ARTICLES[0], {"id": "too-long", "text": "d" * 5_001}]})
    results = response.json()["results"]
    assert results[0]["result"]["status"] == "created"
    assert results[1]["error"]["code"] == "text_too_long"


def test_store_routes_need_the_api_key(database_url: str, extractor: Extractor, tmp_path: Path) -> None:
    settings = Settings(database_url=database_url, api_key="rahasia")
    with TestClient(create_app(settings, extractor)) as keyed:
        assert keyed.get("/v1/speakers").status_code == 401
        assert keyed.post("/v1/documents", json=ARTICLES[0]).status_code == 401
        assert keyed.get("/v1/speakers", headers={"X-API-Key": "rahasia"}).status_code == 200


def test_without_a_database_the_store_routes_do_not_exist(extractor: Extractor) -> None:
    with TestClient(create_app(Settings(), extractor)) as plain:
        assert plain.get("/v1/speakers").status_code == 404
        assert "/v1/documents" not in plain.get("/openapi.json").json()["paths"]


def test_openapi_documents_the_store(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/v1/documents", "/v1/documents/batch", "/v1/speakers", "/v1/speakers/{key}", "/v1/quotes"} <= set(
        spec["paths"])
    assert spec["components"]["schemas"]["DocumentIn"]["properties"]["text"]["maxLength"] == 5_000
    assert "text/csv" in spec["paths"]["/v1/speakers"]["get"]["responses"]["200"]["content"]


@pytest.mark.shared
def test_a_speaker_the_people_check_rejected_is_listed_as_other(client: TestClient, extractor: Extractor) -> None:
    """A quote keeps a speaker the people check judged no person (kind `other`); the speakers
    list shows it with that kind and filters on it instead of failing to answer."""
    from service.store.store import DocumentSource

    article = ARTICLES[2]
    result = extractor.extract(article["text"], article["id"])
    speaker_ids = {quote.speaker.person_id for quote in result.quotes}
    assert len(speaker_ids) == 1
    for person in result.people:
        if person.id in speaker_ids:
            person.kind = "other"
    source = DocumentSource(article["id"], "hash-of-n3", len(article["text"]), article["outlet"], None, None)
    client.app.state.store.put(source, result)  # type: ignore[attr-defined]
    listed = client.get("/v1/speakers")
    assert listed.status_code == 200, listed.text
    assert [(row["key"], row["kind"]) for row in listed.json()["speakers"]] == [(AMRAN, "other")]
    assert [row["key"] for row in client.get("/v1/speakers", params={"kind": "other"}).json()["speakers"]] == [AMRAN]
    assert client.get("/v1/speakers", params={"kind": "person"}).json()["speakers"] == []


def test_dev_articles_speakers_are_listed_with_counts(client: TestClient) -> None:
    """The issue's check: post the dev articles, then the speakers list has their speakers."""
    lines = shared_path("eval", "dev_articles.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [json.loads(line) for line in lines if line.strip()]
    for start in range(0, len(articles), 8):
        chunk = [{"id": article["id"], "text": article["text"], "outlet": article.get("outlet")}
                 for article in articles[start:start + 8]]
        response = client.post("/v1/documents/batch", json={"documents": chunk})
        assert all(item["result"] for item in response.json()["results"]), response.json()
    speakers = client.get("/v1/speakers", params={"limit": 1000}).json()["speakers"]
    assert sum(speaker["quote_count"] for speaker in speakers) >= 150
    keys = [speaker["key"] for speaker in speakers]
    assert len(keys) == len(set(keys)) and "prabowo-subianto" in keys
    merged = {speaker["key"]: speaker["document_count"] for speaker in speakers if speaker["document_count"] > 1}
    assert merged.get("donald-trump") == 2, merged  # quoted in two of the dev articles, one key


def test_an_unreachable_store_is_a_503_not_a_500(extractor: Extractor, tmp_path: Path) -> None:
    from service.store.engine import create_store_engine

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'kutip.db'}")
    with TestClient(create_app(settings, extractor), raise_server_exceptions=False) as test_client:
        test_client.app.state.store.engine = create_store_engine("sqlite:////no-such-directory/kutip.db")  # type: ignore[attr-defined]
        for response in (test_client.get("/v1/speakers"), test_client.post("/v1/documents", json=ARTICLES[0])):
            assert response.status_code == 503
            assert response.json()["error"]["code"] == "store_unavailable"


# ---- issue 17: every bad input a clear answer, nothing half stored, on both databases ---

def _cursor(payload: str) -> str:
    import base64

    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


QUERY_ERRORS = [
    # row 9: extreme dates were 500s on both databases
    ("to_far_future", "/v1/speakers?to=9999-12-31", "date_out_of_range"),
    ("from_shifted_before_year_one", "/v1/quotes?from=0001-01-01T00:00:00%2B01:00", "date_out_of_range"),
    ("speaker_page_to", f"/v1/speakers/{AMRAN}?to=9999-12-31", "date_out_of_range"),
    ("from_before_range", "/v1/quotes?from=1799-12-31", "date_out_of_range"),
    # row 10: a crafted cursor
    ("cursor_huge_row_id", f"/v1/quotes?cursor={_cursor('2026-05-04T01:00:00|' + '9' * 30)}", "invalid_request"),
    ("cursor_row_id_past_64_bits", f"/v1/quotes?cursor={_cursor('2026-05-04T01:00:00|' + str(2**63))}",
     "invalid_request"),
    ("cursor_negative_row_id", f"/v1/quotes?cursor={_cursor('2026-05-04T01:00:00|-1')}", "invalid_request"),
    ("cursor_extreme_date", f"/v1/quotes?cursor={_cursor('9999-12-31T23:59:59|5')}", "invalid_request"),
    ("cursor_with_zone", f"/v1/quotes?cursor={_cursor('2026-05-04T01:00:00+07:00|5')}", "invalid_request"),
    # row 11: NUL in query and path values (SQLite 503 for q, PostgreSQL 500)
    ("nul_in_q", "/v1/quotes?q=beras%00", "invalid_request"),
    ("nul_in_speaker", "/v1/quotes?speaker=Amran%00", "invalid_request"),
    ("nul_in_outlet", "/v1/speakers?outlet=Kompas%00", "invalid_request"),
    ("nul_in_key", "/v1/speakers/amran%00", "invalid_request"),
    ("nul_in_from", "/v1/quotes?from=2026-05-04%00", "invalid_request"),
    # row 12: lengths of query values
    ("outlet_too_long", "/v1/speakers?outlet=" + "k" * 201, "invalid_request"),
    ("speaker_too_long", "/v1/quotes?speaker=" + "a" * 257, "invalid_request"),
    ("q_too_long", "/v1/quotes?q=" + "beras+" * 100, "invalid_request"),
    ("key_too_long", "/v1/speakers/" + "a" * 257, "invalid_request"),
    # row 19: unknown query parameters were ignored (200 with every quote)
    ("misspelt_speaker", "/v1/quotes?speker=Amran", "unknown_parameter"),
    ("document_id_on_speakers", "/v1/speakers?document_id=n1", "unknown_parameter"),
    ("document_cursor", f"/v1/documents?cursor={_cursor('9999-12-31T23:59:59|n1')}", "invalid_request"),
    ("document_cursor_garbage", "/v1/documents?cursor=abc", "invalid_request"),
    ("nul_in_document_id", "/v1/documents/n%001", "invalid_request"),
    ("unknown_on_documents", "/v1/documents?speaker=Amran", "unknown_parameter"),
    ("unknown_on_speakers", "/v1/speakers?limt=5", "unknown_parameter"),
    ("unknown_on_speaker_page", f"/v1/speakers/{AMRAN}?intervall=week", "unknown_parameter"),
    # issue 23: a time zone that does not exist
    ("unknown_tz", "/v1/speakers?tz=Mars/Olympus", "invalid_request"),
    ("tz_as_a_path", "/v1/quotes?tz=../../etc/passwd", "invalid_request"),
    ("tz_on_speaker_page", f"/v1/speakers/{AMRAN}?tz=WIB", "invalid_request"),
    ("tz_too_long", "/v1/quotes?tz=" + "A" * 65, "invalid_request"),
    ("tz_a_zone_directory", "/v1/quotes?tz=Asia", "invalid_request"),  # was a 500: IsADirectoryError
    ("tz_a_data_file", "/v1/speakers?tz=tzdata.zi", "invalid_request"),
]


@pytest.mark.parametrize(("path", "code"), [row[1:] for row in QUERY_ERRORS], ids=[row[0] for row in QUERY_ERRORS])
def test_bad_query_values_are_422(client: TestClient, path: str, code: str) -> None:
    post_all(client)
    response = client.get(path)
    assert (response.status_code, response.json()["error"]["code"]) == (422, code), response.text[:300]


def test_an_unknown_parameter_is_named(client: TestClient) -> None:
    message = client.get("/v1/quotes?speker=Amran&q=beras").json()["error"]["message"]
    assert "'speker'" in message and "speaker" in message  # the misspelt name, and what the route takes
    assert client.post("/v1/documents?dry_run=1", json=ARTICLES[0]).json()["error"]["code"] == "unknown_parameter"


def test_dates_at_the_ends_of_the_range_are_accepted(client: TestClient) -> None:
    edge = {"id": "edge", "text": ARTICLES[2]["text"], "published_at": "2999-12-31T23:59:59+00:00"}
    assert client.post("/v1/documents", json=edge).status_code == 200
    assert client.get("/v1/speakers?from=1800-01-01&to=2999-12-31&tz=UTC").json()["speakers"][0]["key"] == AMRAN


DOCUMENT_ERRORS = [
    # row 9
    ("published_far_future", {"published_at": "9999-12-31T23:59:59-01:00"}, "date_out_of_range"),
    ("published_year_one", {"published_at": "0001-01-01T00:00:00+01:00"}, "date_out_of_range"),
    # row 3
    ("lone_surrogate_in_text", {"text": f"{LOG_MARKER} “Kami \ud800 siap,” kata Budi."}, "invalid_text"),
    ("lone_surrogate_in_outlet", {"outlet": "Kompas\udfff"}, "invalid_text"),
    # row 11
    ("nul_in_id", {"id": "n\x001"}, "invalid_request"),
    ("nul_in_outlet", {"outlet": "Kom\x00pas"}, "invalid_request"),
    ("nul_in_url", {"url": "https://contoh.test/\x00"}, "invalid_request"),
    # row 12: an outlet of 3,000 characters was a 503 on PostgreSQL, after extraction
    ("outlet_3000", {"outlet": "k" * 3_000}, "invalid_request"),
    ("outlet_201", {"outlet": "k" * 201}, "invalid_request"),
    ("id_513", {"id": "i" * 513}, "invalid_request"),
    ("url_2049", {"url": "https://contoh.test/" + "u" * 2_029}, "invalid_request"),
]


@pytest.mark.parametrize(("change", "code"), [row[1:] for row in DOCUMENT_ERRORS],
                         ids=[row[0] for row in DOCUMENT_ERRORS])
def test_bad_document_fields_are_422_before_extraction(client: TestClient, change: dict, code: str) -> None:
    before = _documents_extracted()
    document = {**ARTICLES[0], **change}
    response = client.post("/v1/documents", content=json.dumps(document), headers={"content-type": "application/json"})
    assert (response.status_code, response.json()["error"]["code"]) == (422, code), response.text[:300]
    assert _documents_extracted() == before
    assert client.get("/v1/quotes").json()["quotes"] == []


def _documents_extracted() -> float:
    from prometheus_client import REGISTRY

    return REGISTRY.get_sample_value("kutip_documents_total") or 0.0


def test_fields_at_their_length_limits_are_stored(client: TestClient) -> None:
    """Row 12: the limits are in characters and hold on both databases, four-byte characters
    included (PostgreSQL's index row limit is in bytes)."""
    document = {**ARTICLES[0], "id": "𝔦" * 512, "outlet": "𝔬" * 200, "url": "https://contoh.test/" + "𝔲" * 2_028}
    response = client.post("/v1/documents", json=document)
    assert response.status_code == 200, response.text[:300]
    quotes = client.get("/v1/quotes", params={"outlet": "𝔬" * 200}).json()["quotes"]
    assert {quote["document_id"] for quote in quotes} == {"𝔦" * 512}


def test_a_nul_in_article_text_is_stored_as_a_replacement_character(client: TestClient) -> None:
    """Row 11: PostgreSQL cannot store a NUL; one character for one keeps the offsets."""
    text = "“Harga beras\x00 akan turun,” kata Menteri Pertanian Andi Amran Sulaiman."
    assert client.post("/v1/documents", json={"id": "nul", "text": text}).status_code == 200
    quote = client.get("/v1/quotes").json()["quotes"][0]
    assert quote["text"] == "Harga beras\ufffd akan turun,"
    assert text.replace("\x00", "\ufffd")[quote["start"]:quote["end"]] == quote["text"]


def test_a_batch_stores_its_good_documents_and_only_those(client: TestClient) -> None:
    """Rows 3 and 11 and a weaker point: a surrogate was a 500 after the documents before it
    were stored, and one schema-invalid document failed the whole batch."""
    documents = [ARTICLES[0], {"id": "bad-text", "text": f"{LOG_MARKER} \ud800"}, {"id": "no-text", "text": None},
                 {"id": "pdf", "text": "x", "format": "pdf"}, {"id": "far", "text": "x", "published_at": "9999-12-31"},
                 ARTICLES[1]]
    response = client.post("/v1/documents/batch", content=json.dumps({"documents": documents}),
                           headers={"content-type": "application/json"})
    assert response.status_code == 200, response.text[:300]
    results = response.json()["results"]
    assert [(item["id"], item["result"]["status"] if item["result"] else item["error"]["code"]) for item in results] \
        == [("n1", "created"), ("bad-text", "invalid_text"), ("no-text", "invalid_request"),
            ("pdf", "invalid_request"), ("far", "date_out_of_range"), ("n2", "created")]
    stored = {quote["document_id"] for quote in client.get("/v1/quotes").json()["quotes"]}
    assert stored == {"n1", "n2"}


@pytest.mark.parametrize(("path", "limit"), [("/v1/documents", 20_000), ("/v1/documents/batch", 60_000)])
def test_store_bodies_have_a_byte_limit(database_url: str, extractor: Extractor, tmp_path: Path, path: str,
                                        limit: int) -> None:
    """Row 2 on the store's routes: 413 `body_too_large` naming the route's limit."""
    settings = Settings(database_url=database_url, aliases_file=tmp_path / "none.yml", max_body_bytes=20_000,
                        max_batch_body_bytes=60_000)
    with TestClient(create_app(settings, extractor)) as limited:
        response = limited.post(path, content=b"{" + b" " * limit + b"}", headers={"content-type": "application/json"})
    assert (response.status_code, response.json()["error"]["code"]) == (413, "body_too_large")
    assert str(limit) in response.json()["error"]["message"]


def test_readyz_reports_the_store_without_leaving_rotation(extractor: Extractor, tmp_path: Path) -> None:
    """Weaker point: /readyz said nothing of a store that is down; extraction still works, so
    the worker stays ready, and the body and the kutip_store_up metric say so."""
    from service.store.engine import create_store_engine

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'kutip.db'}", aliases_file=tmp_path / "none.yml")
    with TestClient(create_app(settings, extractor)) as test_client:
        up = test_client.get("/readyz")
        assert (up.status_code, up.json()["store"]) == (200, "up")
        assert "kutip_store_up 1.0" in test_client.get("/metrics").text
        test_client.app.state.store.engine = create_store_engine("sqlite:////no-such-directory/kutip.db")  # type: ignore[attr-defined]
        down = test_client.get("/readyz")
        assert (down.status_code, down.json()["status"], down.json()["store"]) == (200, "ready", "down")
        assert "kutip_store_up 0.0" in test_client.get("/metrics").text
    with TestClient(create_app(Settings(), extractor)) as storeless:
        assert storeless.get("/readyz").json()["store"] == "off"


def test_a_locked_sqlite_store_is_503_store_busy_within_the_timeout(extractor: Extractor, tmp_path: Path) -> None:
    """Weaker point: another process holding SQLite's write lock made writes wait 30 s per
    attempt (90 s); now at most KUTIP_STORE_BUSY_TIMEOUT_S, then 503 with Retry-After."""
    import sqlite3
    import time

    database = tmp_path / "kutip.db"
    settings = Settings(database_url=f"sqlite:///{database}", aliases_file=tmp_path / "none.yml",
                        store_busy_timeout_s=0.5)
    with TestClient(create_app(settings, extractor)) as test_client:
        other_writer = sqlite3.connect(database, isolation_level=None)
        other_writer.execute("BEGIN IMMEDIATE")
        try:
            started = time.perf_counter()
            response = test_client.post("/v1/documents", json=ARTICLES[0])
            elapsed = time.perf_counter() - started
        finally:
            other_writer.execute("ROLLBACK")
            other_writer.close()
        assert (response.status_code, response.json()["error"]["code"]) == (503, "store_busy")
        assert response.headers["retry-after"] == "1"
        assert elapsed < BUSY_ANSWER_S
        assert test_client.post("/v1/documents", json=ARTICLES[0]).json()["status"] == "created"


BUSY_ANSWER_S = 3.0  # 0.5 s of waiting plus one extraction; 90 s before


def test_a_database_error_logs_no_request_text(extractor: Extractor, tmp_path: Path,
                                               caplog: pytest.LogCaptureFixture) -> None:
    """Row 13: a failing write was logged with its SQL parameters, the article's quotes among
    them. The conftest fixture checks every test's log lines for LOG_MARKER; this one makes
    sure a database error with the marker in its parameters is logged at all."""
    import sqlite3

    database = tmp_path / "kutip.db"
    settings = Settings(database_url=f"sqlite:///{database}", aliases_file=tmp_path / "none.yml")
    with TestClient(create_app(settings, extractor)) as test_client:
        with sqlite3.connect(database) as admin:
            admin.execute("CREATE TRIGGER refuse_quotes BEFORE INSERT ON quotes BEGIN "
                          "SELECT RAISE(ABORT, 'refused for the test'); END")
        text = f"“{LOG_MARKER} harga beras turun,” kata Menteri Pertanian Andi Amran Sulaiman."
        response = test_client.post("/v1/documents", json={"id": f"id-{LOG_MARKER}", "text": text})
    assert (response.status_code, response.json()["error"]["code"]) == (503, "store_unavailable")
    logged = [record for record in caplog.records if record.name == "kutip.api" and record.levelname == "ERROR"]
    assert [record.getMessage() for record in logged] == ["store unavailable"]
    assert logged[0].__dict__["driver_error"] == "IntegrityError"


def test_quotes_filter_on_confidence(client: TestClient) -> None:
    """`min_confidence` keeps the quotes whose stored confidence reaches it, on both databases."""
    post_all(client)
    every = client.get("/v1/quotes", params={"limit": 100}).json()["quotes"]
    confidences = sorted(quote["confidence"] for quote in every)
    assert len(set(confidences)) >= 2, confidences
    middle = confidences[len(confidences) // 2]
    kept = client.get("/v1/quotes", params={"limit": 100, "min_confidence": middle}).json()["quotes"]
    assert sorted(quote["confidence"] for quote in kept) == [c for c in confidences if c >= middle]
    assert client.get("/v1/quotes", params={"min_confidence": 1.5}).status_code == 422


# ---- issue 23: times carry their offset, dates without one are local (KUTIP_TIMEZONE) ----

# 06:00 in Jakarta on 1 May is 23:00 UTC on 30 April; 00:30 on Monday 4 May is Sunday in UTC
ACROSS_MIDNIGHT = [
    {"id": "tz1", "published_at": "2026-05-01T06:00:00+07:00", "text": ARTICLES[2]["text"]},
    {"id": "tz2", "published_at": "2026-05-04T00:30:00+07:00", "text": ARTICLES[2]["text"]},
]

DATE_LINE_DAYS = [
    # (params, speakers' first_seen, or None when the range holds no quote)
    ({"from": "2026-05-01", "to": "2026-05-01"}, "2026-05-01T06:00:00+07:00"),
    ({"from": "2026-04-30", "to": "2026-04-30"}, None),
    ({"from": "2026-05-01", "to": "2026-05-01", "tz": "UTC"}, None),
    ({"from": "2026-04-30", "to": "2026-04-30", "tz": "UTC"}, "2026-04-30T23:00:00+00:00"),
    ({"from": "2026-05-01", "to": "2026-05-01", "tz": "Pacific/Kiritimati"}, "2026-05-01T13:00:00+14:00"),
    ({"from": "2026-04-30", "to": "2026-04-30", "tz": "Pacific/Pago_Pago"}, "2026-04-30T12:00:00-11:00"),
    ({"from": "2026-05-01", "to": "2026-05-01", "tz": "Pacific/Pago_Pago"}, None),
    ({"from": "2026-05-01T06:00:00"}, "2026-05-01T06:00:00+07:00"),
    ({"from": "2026-05-01T06:00:01"}, "2026-05-04T00:30:00+07:00"),
    ({"from": "2026-05-01T06:00:00+00:00"}, "2026-05-04T00:30:00+07:00"),
    ({"to": "2026-05-01T06:00:01"}, "2026-05-01T06:00:00+07:00"),
    ({"to": "2026-05-01T06:00:00"}, None),  # a date-time `to` is exclusive
]


@pytest.mark.parametrize(("params", "first_seen"), DATE_LINE_DAYS)
def test_from_and_to_are_local_days(client: TestClient, params: dict[str, str], first_seen: str | None) -> None:
    for article in ACROSS_MIDNIGHT:
        assert client.post("/v1/documents", json=article).status_code == 200
    speakers = client.get("/v1/speakers", params=params).json()["speakers"]
    assert [speaker["first_seen"] for speaker in speakers] == ([first_seen] if first_seen else [])


@pytest.mark.parametrize(("params", "timeline"), [
    ({"interval": "day"}, [("2026-05-01", 1), ("2026-05-04", 1)]),
    ({"interval": "day", "tz": "UTC"}, [("2026-04-30", 1), ("2026-05-03", 1)]),
    ({"interval": "week"}, [("2026-04-27", 1), ("2026-05-04", 1)]),
    ({"interval": "week", "tz": "UTC"}, [("2026-04-27", 2)]),
    ({"interval": "day", "tz": "Pacific/Pago_Pago"}, [("2026-04-30", 1), ("2026-05-03", 1)]),
])
def test_timelines_cut_days_at_local_midnight(client: TestClient, params: dict[str, str],
                                              timeline: list[tuple[str, int]]) -> None:
    for article in ACROSS_MIDNIGHT:
        assert client.post("/v1/documents", json=article).status_code == 200
    detail = client.get(f"/v1/speakers/{AMRAN}", params=params).json()
    assert [(point["period"], point["quote_count"]) for point in detail["timeline"]] == timeline


@pytest.mark.parametrize(("published_at", "tz", "dated_at"), [
    ("2026-05-01T06:00:00+07:00", None, "2026-05-01T06:00:00+07:00"),
    ("2026-05-01T06:00:00", None, "2026-05-01T06:00:00+07:00"),  # no offset: Jakarta
    ("2026-05-01", None, "2026-05-01T00:00:00+07:00"),
    ("2026-04-30T23:00:00Z", None, "2026-05-01T06:00:00+07:00"),
    ("2026-05-01T06:00:00", "UTC", "2026-04-30T23:00:00+00:00"),
    ("2026-05-01T06:00:00+07:00", "Asia/Jayapura", "2026-05-01T08:00:00+09:00"),
])
def test_returned_times_carry_their_offset(client: TestClient, published_at: str, tz: str | None,
                                           dated_at: str) -> None:
    article = {**ARTICLES[2], "published_at": published_at}
    assert client.post("/v1/documents", json=article).status_code == 200
    params = {"tz": tz} if tz else {}
    assert [quote["dated_at"] for quote in client.get("/v1/quotes", params=params).json()["quotes"]] == [dated_at]
    rows = list(csv.DictReader(io.StringIO(csv_text(client.get("/v1/quotes", params=params,
                                                               headers={"Accept": "text/csv"})))))
    assert [row["dated_at"] for row in rows] == [dated_at]


def test_kutip_timezone_sets_the_local_zone(database_url: str, extractor: Extractor, tmp_path: Path) -> None:
    settings = Settings(database_url=database_url, aliases_file=tmp_path / "none.yml", timezone="Pacific/Kiritimati")
    with TestClient(create_app(settings, extractor)) as kiritimati:
        article = {**ARTICLES[2], "published_at": "2026-05-01T06:00:00"}
        assert kiritimati.post("/v1/documents", json=article).status_code == 200
        assert kiritimati.get("/v1/quotes").json()["quotes"][0]["dated_at"] == "2026-05-01T06:00:00+14:00"
        assert kiritimati.get("/v1/quotes", params={"tz": "Asia/Jakarta"}).json()["quotes"][0]["dated_at"] \
            == "2026-04-30T23:00:00+07:00"
        day = kiritimati.get("/v1/speakers", params={"from": "2026-05-01", "to": "2026-05-01"}).json()
        assert [speaker["key"] for speaker in day["speakers"]] == [AMRAN]


def test_an_unknown_kutip_timezone_is_refused_at_start() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="not an IANA time zone"):
        Settings(timezone="Asia/Jakrta")


# ---- issue 23: a speaker by any name it is known by; a shared name is a 409 -------------

NAMESAKES = [
    {"id": "pr1", "text": "“Kita harus kuat menghadapi badai,” kata Presiden Prabowo Subianto di Istana Merdeka."},
    {"id": "pr2", "text": "“Polisi siap mengamankan arus mudik,” ujar Kapolri Jenderal Listyo Sigit Prabowo di Jakarta."},
]
PRABOWO, LISTYO = "prabowo-subianto", "listyo-sigit-prabowo"

NAME_LOOKUPS = [
    # (what the user types, the key it means, or the candidates of a 409, or None: nobody)
    (PRABOWO, PRABOWO),
    ("Prabowo Subianto", PRABOWO),
    ("PRABOWO SUBIANTO", PRABOWO),
    ("Presiden Prabowo Subianto", PRABOWO),  # a title is no part of the name
    ("Prabówo Subiánto", PRABOWO),  # nor are accents
    ("Jenderal Listyo Sigit Prabowo", LISTYO),
    ("Listyo Sigit", LISTYO),  # the one stored name that holds these words
    ("Amran", AMRAN),  # an alias: the short form an article used
    ("abdullah mansúri", "abdullah-mansuri"),
    ("Prabowo", [LISTYO, PRABOWO]),
    ("prabowo", [LISTYO, PRABOWO]),
    ("Tidak Ada", None),
]


@pytest.fixture
def namesakes(client: TestClient) -> TestClient:
    post_all(client)
    for article in NAMESAKES:
        assert client.post("/v1/documents", json=article).status_code == 200
    return client


@pytest.mark.parametrize(("name", "meant"), NAME_LOOKUPS)
def test_a_speaker_page_answers_to_any_name(namesakes: TestClient, name: str, meant: str | list[str] | None) -> None:
    response = namesakes.get(f"/v1/speakers/{name}")
    if meant is None:
        assert (response.status_code, response.json()["error"]["code"]) == (404, "speaker_not_found")
    elif isinstance(meant, list):
        assert response.status_code == 409
        assert response.json()["error"]["code"] == "speaker_ambiguous"
        assert response.json()["error"]["candidates"] == meant
    else:
        assert (response.status_code, response.json()["key"]) == (200, meant)


@pytest.mark.parametrize(("name", "meant"), NAME_LOOKUPS)
def test_quotes_by_speaker_answer_to_any_name(namesakes: TestClient, name: str,
                                              meant: str | list[str] | None) -> None:
    response = namesakes.get("/v1/quotes", params={"speaker": name})
    if isinstance(meant, list):
        assert (response.status_code, response.json()["error"]["candidates"]) == (409, meant)
        return
    assert response.status_code == 200
    keys = {quote["speaker_key"] for quote in response.json()["quotes"]}
    assert keys == ({meant} if meant else set())


@pytest.mark.parametrize(("q", "keys"), [
    ("prabowo", {LISTYO, PRABOWO}),
    ("PRAB", {LISTYO, PRABOWO}),
    ("subianto", {PRABOWO}),
    ("Sulaíman andi", {AMRAN}),
    ("amran", {AMRAN}),
    ("mansuri", {"abdullah-mansuri"}),
    ("sigit prab", {LISTYO}),
    ("owo", set()),  # the start of a name word, not any substring
    ("zulkifli", set()),
    ("---", set()),
])
def test_speakers_are_searched_by_name(namesakes: TestClient, q: str, keys: set[str]) -> None:
    speakers = namesakes.get("/v1/speakers", params={"q": q}).json()["speakers"]
    assert {speaker["key"] for speaker in speakers} == keys
    table = csv_text(namesakes.get("/v1/speakers", params={"q": q}, headers={"Accept": "text/csv"}))
    assert {row["key"] for row in csv.DictReader(io.StringIO(table))} == keys


# ---- issue 23: CSV with a byte-order mark, store routes in /metrics and in OpenAPI ---------

CSV_ROUTES = ["/v1/speakers", f"/v1/speakers/{AMRAN}", "/v1/quotes", "/v1/quotes?speaker=Amran&limit=1",
              "/v1/documents"]


@pytest.mark.parametrize("path", CSV_ROUTES)
def test_every_csv_starts_with_a_byte_order_mark(client: TestClient, path: str) -> None:
    post_all(client)
    response = client.get(path, headers={"Accept": "text/csv"})
    assert response.content.startswith(BYTE_ORDER_MARK)
    assert len(list(csv.DictReader(io.StringIO(csv_text(response))))) >= 1  # the rows follow it


@pytest.mark.parametrize(("path", "template"), [
    ("/v1/speakers", "/v1/speakers"),
    (f"/v1/speakers/{AMRAN}", "/v1/speakers/{key}"),
    ("/v1/quotes?q=beras", "/v1/quotes"),
    ("/v1/documents?outlet=Kompas", "/v1/documents"),
    ("/v1/documents/n1", "/v1/documents/{document_id}"),
])
def test_store_routes_are_labelled_in_metrics(client: TestClient, path: str, template: str) -> None:
    def served() -> float:
        for line in client.get("/metrics").text.splitlines():
            if line.startswith("kutip_requests_total{") and f'route="{template}"' in line \
                    and 'method="GET"' in line and 'status="200"' in line:
                return float(line.rsplit(" ", 1)[1])
        return 0.0

    post_all(client)
    before = served()
    assert client.get(path).status_code == 200
    assert served() == before + 1


@pytest.mark.parametrize(("path", "method", "errors"), [
    ("/v1/speakers", "get", {"401", "422", "503"}),
    ("/v1/speakers/{key}", "get", {"401", "404", "409", "422", "503"}),
    ("/v1/quotes", "get", {"401", "409", "422", "503"}),
    ("/v1/documents", "post", {"400", "401", "413", "415", "422", "503"}),
    ("/v1/documents", "get", {"401", "422", "503"}),
    ("/v1/documents/{document_id}", "get", {"401", "404", "422", "503"}),
    ("/v1/documents/{document_id}", "delete", {"401", "404", "422", "503"}),
])
def test_openapi_lists_the_store_routes_answers(database_url: str, extractor: Extractor, path: str, method: str,
                                               errors: set[str]) -> None:
    settings = Settings(database_url=database_url, api_key="rahasia")
    with TestClient(create_app(settings, extractor)) as keyed:
        operation = keyed.get("/openapi.json").json()["paths"][path][method]
    assert set(operation["responses"]) - {"200"} == errors
    assert operation["security"] == [{"APIKeyHeader": []}]


# ---- issue 23: documents kept, listed, read back and deleted; totals; document_id ---------

def without_timing(extraction: dict) -> dict:
    return {**extraction, "meta": {**extraction["meta"], "elapsed_ms": None}}


def test_a_stored_document_reads_back_with_its_text_and_extraction(client: TestClient) -> None:
    post_all(client)
    stored = client.get("/v1/documents/n1")
    assert stored.status_code == 200
    body = stored.json()
    assert body["text"] == ARTICLES[0]["text"]
    assert (body["outlet"], body["published_at"], body["quote_count"]) == ("Kompas", "2026-05-04T08:00:00+07:00", 2)
    extracted = client.post("/v1/extract", json={"text": ARTICLES[0]["text"], "id": "n1"}).json()
    assert without_timing(body["extraction"]) == without_timing(extracted)
    for quote in body["extraction"]["quotes"]:  # the offsets read in the stored text
        assert body["text"][quote["start"]:quote["end"]] == quote["text"]


def test_html_keeps_the_text_its_offsets_index_into(client: TestClient) -> None:
    html = "<html><body><article><p>“Harga beras akan turun,” kata Andi Amran Sulaiman.</p></article></body></html>"
    assert client.post("/v1/documents", json={"id": "h1", "text": html, "format": "html"}).status_code == 200
    body = client.get("/v1/documents/h1").json()
    assert body["text"] == body["extraction"]["text"] and "<p>" not in body["text"]
    quote = body["extraction"]["quotes"][0]
    assert body["text"][quote["start"]:quote["end"]] == quote["text"]


def test_kutip_store_text_false_keeps_no_text(database_url: str, extractor: Extractor, tmp_path: Path) -> None:
    settings = Settings(database_url=database_url, aliases_file=tmp_path / "none.yml", store_text=False)
    html = "<p>“Harga beras akan turun,” kata Andi Amran Sulaiman.</p>"
    with TestClient(create_app(settings, extractor)) as textless:
        for document in (ARTICLES[0], {"id": "h1", "text": html, "format": "html"}):
            assert textless.post("/v1/documents", json=document).status_code == 200
            body = textless.get(f"/v1/documents/{document['id']}").json()
            assert body["text"] is None and body["extraction"]["text"] is None
            assert len(body["extraction"]["quotes"]) == body["quote_count"] >= 1


@pytest.mark.parametrize(("params", "ids", "total"), [
    ({}, ["n3", "n2", "n1"], 3),
    ({"outlet": "Kompas"}, ["n3", "n1"], 2),
    ({"from": "2026-05-05", "to": "2026-05-06"}, ["n2"], 1),
    ({"from": "2026-05-04", "to": "2026-05-04", "tz": "UTC"}, ["n1"], 1),
    ({"limit": 2}, ["n3", "n2"], 3),
    ({"outlet": "Antara"}, [], 0),
])
def test_documents_are_listed_newest_first(client: TestClient, params: dict, ids: list[str], total: int) -> None:
    post_all(client)
    page = client.get("/v1/documents", params=params).json()
    assert [document["id"] for document in page["documents"]] == ids and page["total"] == total
    assert "text" not in (page["documents"] or [{}])[0]


def test_document_pages_cover_every_document_once(client: TestClient) -> None:
    post_all(client)
    first = client.get("/v1/documents", params={"limit": 2}).json()
    rest = client.get("/v1/documents", params={"limit": 2, "cursor": first["next_cursor"]}).json()
    assert [document["id"] for document in first["documents"] + rest["documents"]] == ["n3", "n2", "n1"]
    assert rest["next_cursor"] is None
    table = client.get("/v1/documents", params={"limit": 2}, headers={"Accept": "text/csv"})
    assert [row["id"] for row in csv.DictReader(io.StringIO(csv_text(table)))] == ["n3", "n2"]
    assert table.headers["X-Next-Cursor"] == first["next_cursor"]


def test_deleting_a_document_takes_its_quotes_and_keeps_the_keys(client: TestClient) -> None:
    post_all(client)
    before = {speaker["key"]: speaker["quote_count"] for speaker in client.get("/v1/speakers").json()["speakers"]}
    assert before == {AMRAN: 4, "abdullah-mansuri": 1}
    deleted = client.delete("/v1/documents/n2")
    assert deleted.status_code == 200 and deleted.json() == {"id": "n2", "deleted_quotes": 2}
    after = client.get("/v1/speakers").json()
    assert {speaker["key"]: speaker["quote_count"] for speaker in after["speakers"]} == {AMRAN: 3}
    assert after["total"] == 1
    assert {quote["document_id"] for quote in client.get("/v1/quotes").json()["quotes"]} == {"n1", "n3"}
    assert client.get(f"/v1/speakers/{AMRAN}").json()["document_count"] == 2
    assert client.get("/v1/speakers/abdullah-mansuri").json()["quote_count"] == 0  # the key stays
    for response in (client.get("/v1/documents/n2"), client.delete("/v1/documents/n2")):
        assert (response.status_code, response.json()["error"]["code"]) == (404, "document_not_found")
    assert client.post("/v1/documents", json=ARTICLES[1]).json()["speaker_keys"] == ["abdullah-mansuri", AMRAN, "ikappi"]


@pytest.mark.parametrize(("params", "count", "total"), [
    ({"document_id": "n2"}, 2, 2),
    ({"document_id": "n2", "speaker": AMRAN}, 1, 1),
    ({"document_id": "tidak-ada"}, 0, 0),
    ({"limit": 1}, 1, 5),
    ({"speaker": AMRAN, "limit": 3}, 3, 4),
    ({"q": "beras"}, 2, 2),
])
def test_quote_pages_filter_by_document_and_carry_a_total(client: TestClient, params: dict, count: int,
                                                          total: int) -> None:
    post_all(client)
    page = client.get("/v1/quotes", params=params).json()
    assert (len(page["quotes"]), page["total"]) == (count, total)
    if "document_id" in params:
        assert {quote["document_id"] for quote in page["quotes"]} <= {params["document_id"]}


@pytest.mark.parametrize(("params", "total"), [({}, 2), ({"limit": 1}, 2), ({"outlet": "Kompas"}, 1),
                                                ({"kind": "organization"}, 0)])
def test_speaker_pages_carry_a_total(client: TestClient, params: dict, total: int) -> None:
    post_all(client)
    assert client.get("/v1/speakers", params=params).json()["total"] == total


def test_a_store_from_before_migration_003_reads_back_without_text(database_url: str, extractor: Extractor,
                                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                    ) -> None:
    """A store made by an older kutip (migrations 001-002) gets the new columns when a newer
    one opens it; its documents read back with no text and no extraction, not a 500."""
    from sqlalchemy import text

    from service.store import migrate as migrate_module
    from service.store.engine import create_store_engine

    older = [migration for migration in migrate_module.migrations_for(create_store_engine(database_url).dialect.name)
             if migration.version < 3]
    monkeypatch.setattr(migrate_module, "migrations_for", lambda dialect: older)
    engine = create_store_engine(database_url)
    assert migrate_module.migrate(engine) == [1, 2]
    with engine.connect().execution_options(kutip_write=True) as connection, connection.begin():
        connection.execute(text(
            "INSERT INTO documents (id, outlet, dated_at, content_hash, text_length, model, rules_version, "
            "extracted_at, quote_count) VALUES ('lama', 'Kompas', '2026-05-01 00:00:00', 'h', 10, 'm', 'r', "
            "'2026-05-01 00:00:00', 0)"))
    engine.dispose()
    monkeypatch.undo()
    settings = Settings(database_url=database_url, aliases_file=tmp_path / "none.yml")
    with TestClient(create_app(settings, extractor)) as upgraded:
        old = upgraded.get("/v1/documents/lama").json()
        assert (old["text"], old["extraction"], old["dated_at"]) == (None, None, "2026-05-01T07:00:00+07:00")
        assert upgraded.post("/v1/documents", json=ARTICLES[0]).status_code == 200
        assert upgraded.get("/v1/documents/n1").json()["text"] == ARTICLES[0]["text"]


def test_quotes_carry_their_speaker_rule_in_json_and_csv(client: TestClient) -> None:
    post_all(client)
    extracted = {(article["id"], quote["id"]): quote["speaker"]["rule"] for article in ARTICLES
                 for quote in client.post("/v1/extract", json={"text": article["text"]}).json()["quotes"]}
    found = client.get("/v1/quotes", params={"limit": 50}).json()["quotes"]
    assert {(quote["document_id"], quote["quote_id"]): quote["speaker_rule"] for quote in found} == extracted
    assert extracted[("n1", "q1")] == "speaker.cue_name@rules"
    table = client.get("/v1/quotes", params={"limit": 50}, headers={"Accept": "text/csv"})
    rows = list(csv.DictReader(io.StringIO(csv_text(table))))
    assert [row["speaker_rule"] for row in rows] == [quote["speaker_rule"] for quote in found]


def test_a_store_from_before_migration_004_reads_back_without_speaker_rules(
        database_url: str, extractor: Extractor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Quotes and extractions stored by an older kutip carry no speaker rule: they read back
    with null, not a 500, and a new post stores its rules."""
    from sqlalchemy import text

    from service.store import migrate as migrate_module
    from service.store.engine import create_store_engine

    older = [migration for migration in migrate_module.migrations_for(create_store_engine(database_url).dialect.name)
             if migration.version < 4]
    monkeypatch.setattr(migrate_module, "migrations_for", lambda dialect: older)
    engine = create_store_engine(database_url)
    assert migrate_module.migrate(engine) == [1, 2, 3]
    extraction = extractor.extract(ARTICLES[2]["text"], "lama").model_dump(mode="json")
    for quote in extraction["quotes"]:
        del quote["speaker"]["rule"]  # as an older kutip wrote it
    with engine.connect().execution_options(kutip_write=True) as connection, connection.begin():
        connection.execute(text(
            "INSERT INTO documents (id, outlet, dated_at, content_hash, text_length, model, rules_version, "
            "extracted_at, quote_count, extraction) VALUES ('lama', 'Kompas', '2026-05-01 00:00:00', 'h', 10, 'm', "
            "'r', '2026-05-01 00:00:00', 1, :extraction)"), {"extraction": json.dumps(extraction)})
        connection.execute(text(
            "INSERT INTO quotes (document_id, quote_id, type, text, start_offset, end_offset, rule, confidence, "
            "speaker_name, speaker_resolution, dated_at) VALUES ('lama', 'q1', 'direct', 'Petani harus', 1, 13, "
            "'direct.cue.postposed', 0.9, 'Andi Amran Sulaiman', 'name', '2026-05-01 00:00:00')"))
    engine.dispose()
    monkeypatch.undo()
    settings = Settings(database_url=database_url, aliases_file=tmp_path / "none.yml")
    with TestClient(create_app(settings, extractor)) as upgraded:
        old = upgraded.get("/v1/documents/lama").json()
        assert [quote["speaker"]["rule"] for quote in old["extraction"]["quotes"]] == [None]
        assert [quote["speaker_rule"] for quote in upgraded.get("/v1/quotes").json()["quotes"]] == [None]
        assert upgraded.post("/v1/documents", json=ARTICLES[0]).status_code == 200
        rules = {quote["document_id"]: quote["speaker_rule"] for quote in upgraded.get("/v1/quotes").json()["quotes"]}
        assert rules["lama"] is None and rules["n1"] == "speaker.cue_name@rules"
