"""`kutip extract --engine ray` on a local Ray (two CPUs): the same results as the local
engine, the flat quotes table, error rows with their lines, one Parquet schema, the output
swapped in whole, and `kutip load` into the store."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.engines.loading import load_results, rows_of
from service.extraction.pipeline import Extractor
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
SEPARATED = "“Kami siap bekerja,” kata Budi Santoso.\u2028Ia lalu pergi.\u0085Rapat usai."


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=LOCAL_RAY_CPUS, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def without_timing(result: dict) -> dict:
    result["meta"].pop("elapsed_ms")
    return result


def ray_rows(out: Path) -> list[dict]:
    return [row for path in sorted((out / "documents").iterdir()) for row in rows_of(path)]


def ray_results(out: Path) -> dict[str, dict]:
    """Rows by id (a row without one by its line); a repeated id's error row is left out here."""
    rows = {}
    for row in ray_rows(out):
        key = row["id"] if row["id"] is not None else f"line {row['line']}"
        if row["error_code"] != "duplicate_id":
            rows[key] = row
    return rows


def run(source: Path, out: Path, output_format: str = "jsonl", failed: int = 0, overwrite: bool = False
        ) -> dict[str, dict]:
    from service.engines.ray_engine import run_ray_extraction

    report = run_ray_extraction(source, out, Settings(), None, output_format,  # type: ignore[arg-type]
                                overwrite=overwrite)
    assert (report.actors, report.failed) == (LOCAL_RAY_CPUS, failed)
    assert report.documents == len(ray_rows(out))
    return ray_results(out)


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
    assert (rows["r4"]["error_code"], rows["r4"]["line"]) == ("no_text", 4)
    assert rows["line 5"]["error_code"] == "invalid_json"
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


def test_bad_lines_and_repeated_ids_on_ray(local_ray: None, tmp_path: Path) -> None:
    """Rows 4-7 and 14 on --engine ray: the reader is the local engine's, so a garbage line,
    a separator inside a record, a first line that is not an object and a repeated id each
    cost their line, with its number, and a record without an id gets the content id."""
    from service.engines.records import content_id

    source = tmp_path / "articles.jsonl"
    good = [{"id": "r1", "text": SEPARATED}, {"text": ARTICLES[0]["text"]}]
    source.write_bytes(b"[1, 2]\n" + json.dumps(good[0], ensure_ascii=False).encode() + b"\n\xff\xfe garbage\n"
                       + json.dumps({"id": "r1", "text": "Lain."}).encode() + b"\n"
                       + json.dumps(good[1], ensure_ascii=False).encode() + b"\n")
    run(source, tmp_path / "out", "parquet", failed=3)
    by_line = {row["line"]: row for row in ray_rows(tmp_path / "out")}
    assert {line: (row["id"], row["error_code"]) for line, row in by_line.items() if row["error_code"]} == {
        1: (None, "invalid_record"), 3: (None, "invalid_utf8"), 4: ("r1", "duplicate_id")}
    assert by_line[2]["error_code"] is None and by_line[2]["id"] == "r1"
    assert json.loads(by_line[2]["result"])["quotes"][0]["text"] == "Kami siap bekerja,"
    assert by_line[5]["id"] == content_id(ARTICLES[0]["text"], {})


def test_rerun_refuses_a_full_output_or_replaces_it(local_ray: None, tmp_path: Path) -> None:
    """Row 15: a second run into the same --out refuses (the rows are not doubled); with
    --overwrite the new output replaces the old one whole."""
    from service.engines.ray_engine import OutputExists

    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps(ARTICLES[0], ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    run(source, out)
    with pytest.raises(OutputExists, match="pass --overwrite"):
        run(source, out)
    source.write_text("\n".join(json.dumps(article, ensure_ascii=False) for article in ARTICLES) + "\n",
                      encoding="utf-8")
    assert sorted(run(source, out, overwrite=True)) == ["r1", "r2", "r3"]
    quotes = pyarrow_parquet.read_table(out / "quotes").to_pylist()
    assert sorted((quote["document_id"], quote["quote_id"]) for quote in quotes) == [
        ("r1", "q1"), ("r2", "q1"), ("r2", "q2")]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["articles.jsonl", "out"]  # no staging left


def test_one_parquet_schema_for_every_shard(local_ray: None, tmp_path: Path) -> None:
    """Row 16: a shard whose urls are all null still types url as a string; published_at is
    a UTC timestamp, null where absent (never the string NaT)."""
    import pyarrow

    from service.engines.ray_engine import RECORDS_PER_BLOCK

    source = tmp_path / "articles.jsonl"
    dated = {**ARTICLES[1], "published_at": "2026-06-01T08:00:00+07:00"}
    undated = [{"id": f"u{number}", "text": ARTICLES[0]["text"]} for number in range(RECORDS_PER_BLOCK)]  # one block
    source.write_text("\n".join(json.dumps(article, ensure_ascii=False) for article in [*undated, dated]) + "\n",
                      encoding="utf-8")
    run(source, tmp_path / "out", "parquet")
    stamp = pyarrow.timestamp("us", tz="UTC")
    for table in ("documents", "quotes"):
        shards = sorted((tmp_path / "out" / table).glob("*.parquet"))
        if table == "documents":
            assert len(shards) >= 2  # the block without urls wrote a shard of its own
        schemas = {str(pyarrow_parquet.read_schema(shard)) for shard in shards}
        assert len(schemas) == 1, table
        schema = pyarrow_parquet.read_schema(shards[0])
        assert (schema.field("url").type, schema.field("published_at").type) == (pyarrow.string(), stamp)
    quotes = pyarrow_parquet.read_table(tmp_path / "out" / "quotes").to_pylist()
    moments = {quote["document_id"]: quote["published_at"] for quote in quotes}
    assert moments["u0"] is None
    assert moments["r2"].isoformat() == "2026-06-01T01:00:00+00:00"


def test_cli_refuses_a_full_output_before_starting_ray(tmp_path: Path) -> None:
    """Row 15 at the command line: one line, exit 2, and the earlier output untouched."""
    import subprocess
    import sys

    from service.settings import PROJECT_ROOT

    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps(ARTICLES[0], ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    (out / "documents").mkdir(parents=True)
    (out / "documents" / "earlier.json").write_text("{}\n")
    result = subprocess.run([sys.executable, "-m", "service.cli", "extract", str(source), "--engine", "ray",
                             "--out", str(out)], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120,
                            check=False)
    assert (result.returncode, result.stderr.strip().splitlines()) == (
        2, [f"kutip: {out} is not empty: pass --overwrite to replace it, or another --out"])
    assert [path.name for path in out.rglob("*")] == ["documents", "earlier.json"]
