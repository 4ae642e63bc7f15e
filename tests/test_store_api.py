"""The store's HTTP routes (POST /v1/documents, GET /v1/speakers, /v1/speakers/{key},
/v1/quotes) on SQLite and on PostgreSQL, JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.api import create_app
from service.pipeline import Extractor
from service.settings import Settings
from tests.conftest import shared_path

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


@pytest.fixture
def client(database_url: str, extractor: Extractor, tmp_path: Path) -> Iterator[TestClient]:
    aliases = tmp_path / "aliases.yml"
    aliases.write_text("version: 1\n", encoding="utf-8")
    settings = Settings(database_url=database_url, aliases_file=aliases, max_chars=5_000, max_batch_documents=8)
    with TestClient(create_app(settings, extractor)) as test_client:
        yield test_client


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
    assert speakers[0]["first_seen"] == "2026-05-04T01:00:00" and speakers[0]["last_seen"] == "2026-05-12T00:00:00"
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
    assert timeline_csv.text.splitlines()[0] == "period,quote_count,document_count"


def test_quote_search_pages_and_csv(client: TestClient) -> None:
    post_all(client)
    found = client.get("/v1/quotes", params={"q": "beras"}).json()["quotes"]
    assert {quote["document_id"] for quote in found} == {"n1", "n2"}
    assert all("beras" in quote["text"].lower() for quote in found)
    by_speaker = client.get("/v1/quotes", params={"speaker": "Amran", "limit": 2}).json()
    assert len(by_speaker["quotes"]) == 2 and by_speaker["next_cursor"]
    rest = client.get("/v1/quotes", params={"speaker": "Amran", "limit": 2, "cursor": by_speaker["next_cursor"]})
    assert len(rest.json()["quotes"]) == 2 and rest.json()["next_cursor"] is None
    assert client.get("/v1/quotes", params={"speaker": "Tidak Ada"}).json() == {"quotes": [], "next_cursor": None}
    table = client.get("/v1/quotes", params={"type": "direct"}, headers={"Accept": "text/csv"})
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert len(rows) == 4 and {row["type"] for row in rows} == {"direct"}
    assert rows[0]["speaker_key"] == AMRAN and rows[0]["outlet"] == "Kompas"
    speakers_csv = client.get("/v1/speakers", headers={"Accept": "text/csv"}).text
    assert list(csv.DictReader(io.StringIO(speakers_csv)))[0]["roles"].startswith("Menteri Pertanian")


def test_csv_cells_never_run_as_spreadsheet_formulas(client: TestClient) -> None:
    text = "“=HYPERLINK(\"http://contoh.test\") adalah tautan yang kami kirim,” kata Budi Santoso."
    assert client.post("/v1/documents", json={"id": "f1", "text": text}).status_code == 200
    rows = list(csv.DictReader(io.StringIO(client.get("/v1/quotes", headers={"Accept": "text/csv"}).text)))
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
    from service.store.store import create_store_engine

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'kutip.db'}")
    with TestClient(create_app(settings, extractor), raise_server_exceptions=False) as test_client:
        test_client.app.state.store.engine = create_store_engine("sqlite:////no-such-directory/kutip.db")  # type: ignore[attr-defined]
        for response in (test_client.get("/v1/speakers"), test_client.post("/v1/documents", json=ARTICLES[0])):
            assert response.status_code == 503
            assert response.json()["error"]["code"] == "store_unavailable"
