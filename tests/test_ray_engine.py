"""`kutip extract --engine ray` on a local Ray (two CPUs): the same results as the local
engine, the flat quotes table, error rows, and `kutip load` into the store."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.loading import load_results, rows_of
from service.pipeline import Extractor
from service.settings import Settings
from service.store import queries
from service.store.store import Store
from tests.conftest import shared_path

if os.environ.get("KUTIP_REQUIRE_RAY") == "1":  # .ci/run: these tests must run there
    import pyarrow.parquet as pyarrow_parquet
    import ray
else:
    ray = pytest.importorskip("ray", reason="Ray is the optional extra kutip[ray] (make test installs it)")
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")

LOCAL_RAY_CPUS = 2
ARTICLES = [
    {"id": "r1", "outlet": "Kompas", "published_at": "2026-06-01",
     "text": "“Kami akan membangun tanggul baru,” kata Gubernur Jawa Tengah Ahmad Luthfi di Semarang."},
    {"id": "r2", "outlet": "Tempo", "url": "https://example.test/r2",
     "text": "Menurut Luthfi, banjir rob makin sering. “Warga harus siap,” ujarnya."},
    {"id": "r3", "text": "Tidak ada kutipan di sini."},
]
BAD_LINES = ['{"id": "r4"}', "not json at all"]


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=LOCAL_RAY_CPUS, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def without_timing(result: dict) -> dict:
    result["meta"].pop("elapsed_ms")
    return result


def ray_results(out: Path) -> dict[str, dict]:
    rows = [row for path in sorted((out / "documents").iterdir()) for row in rows_of(path)]
    return {row["id"]: row for row in rows}


def run(source: Path, out: Path, output_format: str = "jsonl", failed: int = 0) -> dict[str, dict]:
    from service.ray_engine import run_ray_extraction

    report = run_ray_extraction(source, out, Settings(), None, output_format)  # type: ignore[arg-type]
    assert (report.actors, report.failed) == (LOCAL_RAY_CPUS, failed)
    rows = ray_results(out)
    assert report.documents == len(rows)
    return rows


@pytest.mark.parametrize("output_format", ["jsonl", "parquet"])
def test_ray_matches_the_local_engine(local_ray: None, extractor: Extractor, tmp_path: Path,
                                      output_format: str) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join([*(json.dumps(a, ensure_ascii=False) for a in ARTICLES), *BAD_LINES]) + "\n",
                      encoding="utf-8")
    rows = run(source, tmp_path / "out", output_format, failed=len(BAD_LINES))
    for article in ARTICLES:
        expected = without_timing(extractor.extract(article["text"], article["id"]).model_dump(mode="json"))
        assert without_timing(json.loads(rows[article["id"]]["result"])) == expected
        assert rows[article["id"]]["outlet"] == article.get("outlet")
    assert rows["r4"]["error_code"] == "no_text"
    assert [row["error_code"] for key, row in rows.items() if key.startswith("line-")] == ["invalid_json"]
    quotes = pyarrow_parquet.read_table(tmp_path / "out" / "quotes").to_pylist()
    assert sorted((quote["document_id"], quote["quote_id"]) for quote in quotes) == [
        ("r1", "q1"), ("r2", "q1"), ("r2", "q2")]
    assert {quote["speaker_name"] for quote in quotes} == {"Ahmad Luthfi", "Luthfi"}  # per article; the store merges


def test_parquet_input_and_load_into_the_store(local_ray: None, extractor: Extractor, tmp_path: Path) -> None:
    import pyarrow

    source = tmp_path / "articles.parquet"
    pyarrow_parquet.write_table(pyarrow.Table.from_pylist(ARTICLES), source)
    run(source, tmp_path / "out")
    store = Store.open(f"sqlite:///{tmp_path / 'kutip.db'}", extractor.rules, tmp_path / "no-aliases.yml")
    assert load_results(tmp_path / "out", store) == {"created": 3}
    assert load_results(tmp_path / "out", store) == {"unchanged": 3}  # loading twice changes nothing
    found, _ = queries.search_quotes(store, queries.Filters(), None, "tanggul", 10, None)
    assert [(quote["document_id"], quote["speaker_key"]) for quote in found] == [("r1", "ahmad-luthfi")]
    top = queries.top_speakers(store, queries.Filters(), 5)
    assert [(row["key"], row["quote_count"], row["document_count"]) for row in top] == [("ahmad-luthfi", 3, 2)]


@pytest.mark.shared
def test_dev_articles_on_ray_equal_the_local_engine(local_ray: None, extractor: Extractor, tmp_path: Path) -> None:
    """The issue's check: `kutip extract dev_articles.jsonl --engine ray` gives the same quotes."""
    source = shared_path("eval", "dev_articles.jsonl")
    rows = run(source, tmp_path / "out")
    articles = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == len(articles)
    for article in articles:
        expected = without_timing(extractor.extract(article["text"], article["id"]).model_dump(mode="json"))
        assert without_timing(json.loads(rows[article["id"]]["result"])) == expected, article["id"]
    store = Store.open(f"sqlite:///{tmp_path / 'kutip.db'}", extractor.rules,
                       Path(__file__).resolve().parent.parent / "rules" / "aliases.yml")
    assert load_results(tmp_path / "out", store)["created"] == len(articles)
    assert queries.search_quotes(store, queries.Filters(), None, "Indonesia", 5, None)[0]
