"""Issue 24: the aggregates the dashboard reads (GET /v1/speaker-timelines, GET /v1/outlets) on
SQLite and on PostgreSQL, JSON and CSV. Invented articles only."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from service.extraction.pipeline import Extractor
from service.http.app import create_app
from service.settings import Settings

# Ratna Wulandari: 5 quotes in 4 articles of 2 outlets (once as "Bu Wulan", an alias);
# Hendra Saputra: 2 in 2 articles of 2 outlets; Dewi Anggraini and the Koalisi: 1 each
ARTICLES = [
    {"id": "d1", "outlet": "Kabar Nusantara", "published_at": "2026-06-01T09:00:00+07:00",
     "text": "“Jembatan Kali Bening selesai bulan depan,” kata Gubernur Jawa Tengah Ratna Wulandari di Semarang. "
             "Ratna mengatakan bahwa anggaran perawatan sudah disiapkan."},
    {"id": "d2", "outlet": "Warta Timur", "published_at": "2026-06-03T14:30:00+07:00",
     "text": "“Kami memantau harga cabai setiap hari,” ujar Ratna Wulandari kepada wartawan. "
             "“Stok bawang di gudang cukup,” kata Hendra Saputra, Ketua Asosiasi Pedagang Pasar."},
    {"id": "d3", "outlet": "Kabar Nusantara", "published_at": "2026-06-09",
     "text": "“Harga cabai turun sepekan terakhir,” kata Hendra Saputra di Pasar Johar. "
             "Menurut Ratna Wulandari, jembatan itu akan dibuka untuk umum pada Juli."},
    {"id": "d4", "outlet": "Warta Timur", "published_at": "2026-06-10T08:00:00+07:00",
     "text": "Koalisi Pemantau Anggaran menyatakan bahwa laporan proyek jembatan belum diumumkan. "
             "“Warga berhak tahu biaya jembatan,” kata Dewi Anggraini, peneliti koalisi itu."},
    {"id": "d5", "outlet": "Warta Timur", "published_at": "2026-06-10T19:00:00+07:00",
     "text": "“Pasar malam dibuka lagi pekan ini,” kata Bu Wulan di Semarang."},
]
ALIASES = "version: 1\npeople:\n  - name: Ratna Wulandari\n    aliases: [Bu Wulan]\n"
RATNA, HENDRA, DEWI, KOALISI = "ratna-wulandari", "hendra-saputra", "dewi-anggraini", "koalisi-pemantau-anggaran"
BYTE_ORDER_MARK = "\ufeff".encode()


@pytest.fixture
def client(database_url: str, extractor: Extractor, tmp_path: Path) -> Iterator[TestClient]:
    aliases = tmp_path / "aliases.yml"
    aliases.write_text(ALIASES, encoding="utf-8")
    with TestClient(create_app(Settings(database_url=database_url, aliases_file=aliases), extractor)) as test_client:
        response = test_client.post("/v1/documents/batch", json={"documents": ARTICLES})
        assert [item["result"]["status"] for item in response.json()["results"]] == ["created"] * len(ARTICLES)
        yield test_client


def csv_rows(response: httpx.Response) -> list[dict[str, str]]:
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(BYTE_ORDER_MARK)
    return list(csv.DictReader(io.StringIO(response.content[len(BYTE_ORDER_MARK):].decode("utf-8"))))


# ---- GET /v1/speaker-timelines -------------------------------------------------------------

TOP_SPEAKERS = [
    # (params, [(key, quotes, articles, outlets)], total)
    ({}, [(RATNA, 5, 4, 2), (HENDRA, 2, 2, 2), (DEWI, 1, 1, 1), (KOALISI, 1, 1, 1)], 4),
    ({"outlet": "Warta Timur"}, [(RATNA, 2, 2, 1), (DEWI, 1, 1, 1), (HENDRA, 1, 1, 1), (KOALISI, 1, 1, 1)], 4),
    ({"kind": "organization"}, [(KOALISI, 1, 1, 1)], 1),
    ({"from": "2026-06-09", "to": "2026-06-09"}, [(HENDRA, 1, 1, 1), (RATNA, 1, 1, 1)], 2),
    ({"limit": 2}, [(RATNA, 5, 4, 2), (HENDRA, 2, 2, 2)], 4),
    ({"from": "2026-07-01"}, [], 0),
]


@pytest.mark.parametrize(("params", "expected", "total"), TOP_SPEAKERS)
def test_top_speakers_carry_counts_outlets_and_totals(client: TestClient, params: dict, expected: list,
                                                     total: int) -> None:
    answer = client.get("/v1/speaker-timelines", params=params).json()
    assert [(s["key"], s["quote_count"], s["document_count"], s["outlet_count"]) for s in answer["speakers"]] \
        == expected
    assert answer["total"] == total


def test_the_ranking_is_the_speakers_lists(client: TestClient) -> None:
    """The dashboard's table and GET /v1/speakers agree on order and counts."""
    listed = client.get("/v1/speakers").json()["speakers"]
    timelines = client.get("/v1/speaker-timelines").json()["speakers"]
    assert [{k: v for k, v in s.items() if k not in ("outlet_count", "timeline")} for s in timelines] == listed


@pytest.mark.parametrize(("interval", "timeline"), [
    ("day", [("2026-06-01", 2, 1), ("2026-06-03", 1, 1), ("2026-06-09", 1, 1), ("2026-06-10", 1, 1)]),
    ("week", [("2026-06-01", 3, 2), ("2026-06-08", 2, 2)]),  # ISO weeks start on Monday 1 and 8 June
])
def test_each_speaker_has_its_timeline(client: TestClient, interval: str, timeline: list) -> None:
    answer = client.get("/v1/speaker-timelines", params={"interval": interval}).json()
    assert answer["interval"] == interval
    ratna = answer["speakers"][0]
    assert [(p["period"], p["quote_count"], p["document_count"]) for p in ratna["timeline"]] == timeline
    detail = client.get(f"/v1/speakers/{RATNA}", params={"interval": interval}).json()
    assert ratna["timeline"] == detail["timeline"]  # the same as the speaker's own page


def test_timelines_follow_the_time_zone(client: TestClient) -> None:
    """A bare 9 June is midnight in Jakarta, 17:00 on 8 June in UTC; the other times stay on their days."""
    in_utc = client.get("/v1/speaker-timelines", params={"tz": "UTC", "limit": 1}).json()["speakers"][0]
    assert [p["period"] for p in in_utc["timeline"]] == ["2026-06-01", "2026-06-03", "2026-06-08", "2026-06-10"]


def test_aliases_merged_into_a_speaker_are_listed(client: TestClient) -> None:
    ratna = client.get("/v1/speaker-timelines").json()["speakers"][0]
    assert ratna["name"] == "Ratna Wulandari" and ratna["aliases"] == ["Wulan"]
    assert "Gubernur Jawa Tengah" in ratna["roles"]


def test_speaker_timelines_as_csv_have_a_row_per_speaker_and_period(client: TestClient) -> None:
    rows = csv_rows(client.get("/v1/speaker-timelines", params={"interval": "week", "limit": 2},
                               headers={"Accept": "text/csv"}))
    assert [(r["key"], r["quote_count"], r["outlet_count"], r["period"], r["period_quote_count"],
             r["period_document_count"]) for r in rows] == [
        (RATNA, "5", "2", "2026-06-01", "3", "2"), (RATNA, "5", "2", "2026-06-08", "2", "2"),
        (HENDRA, "2", "2", "2026-06-01", "1", "1"), (HENDRA, "2", "2", "2026-06-08", "1", "1")]


# ---- GET /v1/outlets --------------------------------------------------------------------------

OUTLETS = [
    # (params, [(outlet, quotes, articles)], total)
    ({}, [("Warta Timur", 5, 3), ("Kabar Nusantara", 4, 2)], 2),
    ({"speaker": RATNA}, [("Kabar Nusantara", 3, 2), ("Warta Timur", 2, 2)], 2),
    ({"speaker": "Ratna Wulandari"}, [("Kabar Nusantara", 3, 2), ("Warta Timur", 2, 2)], 2),
    ({"speaker": "Bu Wulan"}, [("Kabar Nusantara", 3, 2), ("Warta Timur", 2, 2)], 2),
    ({"speaker": "Tidak Dikenal"}, [], 0),
    ({"kind": "organization"}, [("Warta Timur", 1, 1)], 1),
    ({"kind": "person"}, [("Kabar Nusantara", 4, 2), ("Warta Timur", 4, 3)], 2),
    ({"from": "2026-06-09"}, [("Warta Timur", 3, 2), ("Kabar Nusantara", 2, 1)], 2),
    ({"from": "2026-06-09", "to": "2026-06-09"}, [("Kabar Nusantara", 2, 1)], 1),
    ({"from": "2026-06-09", "speaker": HENDRA}, [("Kabar Nusantara", 1, 1)], 1),
    ({"limit": 1}, [("Warta Timur", 5, 3)], 2),
]


@pytest.mark.parametrize(("params", "expected", "total"), OUTLETS)
def test_outlets_are_counted(client: TestClient, params: dict, expected: list, total: int) -> None:
    answer = client.get("/v1/outlets", params=params).json()
    assert [(o["outlet"], o["quote_count"], o["document_count"]) for o in answer["outlets"]] == expected
    assert answer["total"] == total


@pytest.mark.parametrize(("params", "expected"), [
    ({"speaker": HENDRA}, [("Kabar Nusantara", 1, 1), ("Warta Timur", 1, 1), (None, 1, 1)]),
    ({}, [("Warta Timur", 5, 3), ("Kabar Nusantara", 4, 2), (None, 1, 1)]),
])
def test_articles_without_an_outlet_are_counted_last_under_null(client: TestClient, params: dict,
                                                                 expected: list) -> None:
    text = "“Harga cabai mulai turun,” kata Hendra Saputra di Pasar Johar."
    assert client.post("/v1/documents", json={"id": "tanpa-media", "text": text}).status_code == 200
    quiet = "Pasar Johar ramai pagi ini. Pedagang membuka kios lebih awal."  # no quote: no outlet row
    assert client.post("/v1/documents", json={"id": "sepi", "outlet": "Sunyi", "text": quiet}).status_code == 200
    outlets = client.get("/v1/outlets", params=params).json()["outlets"]
    assert [(o["outlet"], o["quote_count"], o["document_count"]) for o in outlets] == expected


def test_outlets_as_csv_guard_formulas(client: TestClient) -> None:
    text = "“Jalan desa akan diperbaiki,” kata Hendra Saputra di Kudus."
    assert client.post("/v1/documents", json={"id": "rumus", "outlet": "=Kabar+1", "text": text}).status_code == 200
    rows = csv_rows(client.get("/v1/outlets", headers={"Accept": "text/csv"}))
    assert list(rows[0]) == ["outlet", "quote_count", "document_count"]
    assert [row["outlet"] for row in rows] == ["Warta Timur", "Kabar Nusantara", "'=Kabar+1"]
    assert client.get("/v1/outlets").json()["outlets"][-1]["outlet"] == "=Kabar+1"  # JSON is as stored


@pytest.mark.parametrize(("path", "code"), [
    ("/v1/speaker-timelines?limit=101", "invalid_request"),
    ("/v1/speaker-timelines?interval=month", "invalid_request"),
    ("/v1/speaker-timelines?tz=Mars/Olympus", "invalid_request"),
    ("/v1/speaker-timelines?from=kemarin", "invalid_request"),
    ("/v1/speaker-timelines?to=9999-12-31", "date_out_of_range"),
    ("/v1/speaker-timelines?speaker=Ratna", "unknown_parameter"),
    ("/v1/outlets?outlet=Kompas", "unknown_parameter"),
    ("/v1/outlets?speaker=Ratna%00", "invalid_request"),
    ("/v1/outlets?limit=0", "invalid_request"),
])
def test_bad_query_values_are_422(client: TestClient, path: str, code: str) -> None:
    response = client.get(path)
    assert (response.status_code, response.json()["error"]["code"]) == (422, code), response.text[:300]


def test_the_aggregates_need_the_api_key_and_are_documented(database_url: str, extractor: Extractor) -> None:
    with TestClient(create_app(Settings(database_url=database_url, api_key="rahasia"), extractor)) as keyed:
        for path in ("/v1/speaker-timelines", "/v1/outlets"):
            assert keyed.get(path).status_code == 401
            assert keyed.get(path, headers={"X-API-Key": "rahasia"}).status_code == 200
        spec = keyed.get("/openapi.json").json()["paths"]
    for path in ("/v1/speaker-timelines", "/v1/outlets"):
        assert "text/csv" in spec[path]["get"]["responses"]["200"]["content"]
        assert {"401", "422", "503"} <= set(spec[path]["get"]["responses"])
