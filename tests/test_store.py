"""The quote store against real databases: SQLite, and a PostgreSQL server this test run
starts (tests/databases.py). Articles are sentences written for these tests, extracted by
the real model."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from service.extraction.pipeline import Extractor
from service.extraction.speakers import RuleRanker
from service.settings import Settings
from service.store import queries, tables
from service.store.engine import content_hash
from service.store.migrate import migrate, migrations_for, split_statements
from service.store.store import DocumentSource, Store

FULL_NAME = ("“Defisit anggaran tetap di bawah tiga persen,” kata Menteri Keuangan Purbaya Yudhi Sadewa "
             "di Jakarta. Purbaya mengatakan bahwa penerimaan pajak naik.")
SURNAME_ONLY = "“Kami tidak akan menaikkan pajak tahun ini,” ujar Purbaya kepada wartawan."
OTHER_SPEAKER = "“Stok beras cukup sampai Lebaran,” kata Direktur Utama Perum Bulog Rizal Ramdhani di Bandung."
NO_ALIASES = "version: 1\n"


def source(document_id: str, text: str, outlet: str | None = "Kompas", published: str | None = None) -> DocumentSource:
    return DocumentSource(document_id, content_hash(text, "text"), len(text), outlet,
                          f"https://example.test/{document_id}",
                          datetime.fromisoformat(published) if published else None)


def put(store: Store, extractor: Extractor, document_id: str, text: str, **metadata: str) -> str:
    return store.put(source(document_id, text, **metadata), extractor.extract(text, document_id)).status


@pytest.fixture
def aliases_path(tmp_path: Path) -> Path:
    path = tmp_path / "aliases.yml"
    path.write_text(NO_ALIASES, encoding="utf-8")
    return path


@pytest.fixture
def store(database_url: str, extractor: Extractor, aliases_path: Path) -> Store:
    return Store.open(database_url, extractor.rules, aliases_path)


def test_migrations_apply_once_and_match_the_query_tables(store: Store) -> None:
    assert migrate(store.engine) == []  # a second start applies nothing
    inspector = inspect(store.engine)
    for table in tables.metadata.sorted_tables:
        migrated = {column["name"] for column in inspector.get_columns(table.name)}
        assert set(table.columns.keys()) <= migrated, table.name
    versions = [migration.version for migration in migrations_for(store.engine.dialect.name)]
    assert versions == sorted(set(versions))


class RenumberedRules(RuleRanker):
    """The rules' choices under another ranker version, as a retrained ranker would bring."""

    name = "rules-next"
    version = "rules-next-1"


def test_a_new_ranker_version_is_not_unchanged_and_rules_are_stored(store: Store, extractor: Extractor) -> None:
    """The "unchanged" check compares meta.rules_version, which names a ranker other than the
    rules; each stored quote keeps its speaker.rule (migration 004)."""
    result = extractor.extract(FULL_NAME, "a1")
    assert store.put(source("a1", FULL_NAME), result).status == "created"
    with store.engine.connect() as connection:
        stored = connection.execute(select(tables.quotes.c.quote_id, tables.quotes.c.speaker_rule)
                                    .order_by(tables.quotes.c.quote_id)).all()
    assert [tuple(row) for row in stored] == [(quote.id, quote.speaker.rule) for quote in result.quotes]
    assert {rule for _, rule in stored} == {"speaker.cue_name@rules"}
    retrained = Extractor(extractor.rules, extractor.tagger, known_names=extractor.known_names,
                          quote_scorer=extractor.quote_scorer, speaker_ranker=RenumberedRules(),
                          people_check=extractor.people_check)
    assert retrained.rules_version != extractor.rules_version
    assert "rules-next-1" in retrained.rules_version.split("+")  # the ranker's version joins it
    assert store.current_outcome(source("a1", FULL_NAME), retrained.model_name, retrained.rules_version) is None
    assert put(store, retrained, "a1", FULL_NAME) == "updated"
    with store.engine.connect() as connection:
        rules = set(connection.execute(select(tables.quotes.c.speaker_rule)).scalars())
    assert rules == {"speaker.cue_name@rules-next"}


def test_split_statements_keeps_trigger_bodies_whole() -> None:
    script = ("-- comment\nCREATE TABLE a (x INTEGER);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
              "    INSERT INTO b VALUES (1);\n    INSERT INTO b VALUES (2);\nEND;\nCREATE INDEX i ON a (x);\n")
    statements = split_statements(script)
    assert len(statements) == 3 and statements[1].count("INSERT INTO b") == 2


def test_posting_twice_stores_once_and_an_edit_replaces(store: Store, extractor: Extractor) -> None:
    assert put(store, extractor, "a1", FULL_NAME) == "created"
    assert put(store, extractor, "a1", FULL_NAME) == "unchanged"
    assert store.current_outcome(source("a1", FULL_NAME), extractor.model_name, extractor.rules_version) is not None
    assert put(store, extractor, "a1", OTHER_SPEAKER) == "updated"
    with store.engine.connect() as connection:
        texts = connection.execute(select(tables.quotes.c.text).where(tables.quotes.c.document_id == "a1")).scalars()
        assert list(texts) == ["Stok beras cukup sampai Lebaran,"]
        names = connection.execute(select(tables.people.c.name)).scalars()
        assert list(names) == ["Rizal Ramdhani"]
        assert connection.execute(select(tables.documents.c.id)).scalars().all() == ["a1"]


def test_new_metadata_for_the_same_text_is_an_update(store: Store, extractor: Extractor) -> None:
    put(store, extractor, "a1", FULL_NAME)
    assert put(store, extractor, "a1", FULL_NAME, outlet="Tempo") == "updated"
    rows = queries.top_speakers(store, queries.Filters(outlet="Tempo"), 5)
    assert [row["key"] for row in rows] == ["purbaya-yudhi-sadewa"]


@pytest.mark.parametrize("order", ["full name first", "surname first"])
def test_a_speaker_is_merged_across_articles(store: Store, extractor: Extractor, order: str) -> None:
    articles = [("a1", FULL_NAME), ("a2", SURNAME_ONLY)]
    if order == "surname first":
        articles.reverse()
    for document_id, text in articles:
        put(store, extractor, document_id, text)
    put(store, extractor, "a3", OTHER_SPEAKER)
    top = queries.top_speakers(store, queries.Filters(), 10)
    assert [(row["key"], row["quote_count"], row["document_count"]) for row in top] == [
        ("purbaya-yudhi-sadewa", 3, 2), ("rizal-ramdhani", 1, 1)]
    assert top[0]["name"] == "Purbaya Yudhi Sadewa" and "Menteri Keuangan" in top[0]["roles"]
    report = store.rebuild_speakers()  # a rebuild from the stored names agrees
    assert report.speakers == 2
    assert [row["key"] for row in queries.top_speakers(store, queries.Filters(), 10)] == [
        "purbaya-yudhi-sadewa", "rizal-ramdhani"]


def test_a_changed_aliases_file_rebuilds_keys_at_the_next_start(database_url: str, extractor: Extractor,
                                                               aliases_path: Path) -> None:
    store = Store.open(database_url, extractor.rules, aliases_path)
    put(store, extractor, "b1", "“Harga pangan harus stabil,” kata Zulkifli Hasan di Jakarta.")
    put(store, extractor, "b2", "“Saya tidak ikut campur,” kata Zulhas kepada wartawan.")
    keys = {row["key"] for row in queries.top_speakers(store, queries.Filters(), 10)}
    assert keys == {"zulkifli-hasan", "zulhas"}
    store.close()
    aliases_path.write_text("version: 1\npeople:\n  - name: Zulkifli Hasan\n    aliases: [Zulhas]\n", encoding="utf-8")
    reopened = Store.open(database_url, extractor.rules, aliases_path)
    top = queries.top_speakers(reopened, queries.Filters(), 10)
    assert [(row["key"], row["quote_count"], row["aliases"]) for row in top] == [("zulkifli-hasan", 2, ["Zulhas"])]
    with reopened.engine.connect() as connection:
        assert set(connection.execute(select(tables.quotes.c.speaker_key)).scalars()) == {"zulkifli-hasan"}


def test_filters_timeline_and_search(store: Store, extractor: Extractor) -> None:
    put(store, extractor, "c1", FULL_NAME, published="2026-03-02T09:00:00+07:00")
    put(store, extractor, "c2", SURNAME_ONLY, outlet="Tempo", published="2026-03-04")
    put(store, extractor, "c3", OTHER_SPEAKER, published="2026-03-10")
    march_first_week = queries.Filters(date_from=datetime(2026, 3, 2), date_to=datetime(2026, 3, 9))
    assert [row["key"] for row in queries.top_speakers(store, march_first_week, 10)] == ["purbaya-yudhi-sadewa"]
    assert queries.top_speakers(store, queries.Filters(outlet="Tempo"), 10)[0]["quote_count"] == 1
    assert queries.top_speakers(store, queries.Filters(kind="organization"), 10) == []
    detail = queries.speaker_detail(store, "purbaya-yudhi-sadewa", queries.Filters(), "week")
    assert detail is not None
    assert detail["timeline"] == [{"period": "2026-03-02", "quote_count": 3, "document_count": 2}]
    assert detail["first_seen"] == "2026-03-02T09:00:00+07:00"  # stored in UTC, returned in Jakarta time
    daily = queries.speaker_detail(store, "purbaya-yudhi-sadewa", queries.Filters(), "day")
    assert daily is not None and [point["period"] for point in daily["timeline"]] == ["2026-03-02", "2026-03-04"]
    found, _ = queries.search_quotes(store, queries.Filters(), None, "pajak", 10, None)
    assert {quote["document_id"] for quote in found} == {"c1", "c2"}
    assert all("pajak" in quote["text"] for quote in found)
    found, _ = queries.search_quotes(store, queries.Filters(), None, "beras Lebaran", 10, None)
    assert [quote["speaker"] for quote in found] == ["Rizal Ramdhani"]
    assert queries.search_quotes(store, queries.Filters(), None, "\"' OR 1=1 --", 10, None)[0] == []


def test_quote_pages_cover_every_quote_once(store: Store, extractor: Extractor) -> None:
    for number in range(5):
        put(store, extractor, f"d{number}", FULL_NAME, published=f"2026-04-0{number + 1}")
    seen: list[tuple[str, str]] = []
    cursor = None
    while True:
        page, cursor = queries.search_quotes(store, queries.Filters(), "purbaya-yudhi-sadewa", None, 3, cursor)
        seen += [(quote["document_id"], quote["quote_id"]) for quote in page]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == 10
    assert seen[0][0] == "d4"  # newest first
    with pytest.raises(ValueError, match="cursor"):
        queries.search_quotes(store, queries.Filters(), None, None, 3, "not-a-cursor")


def test_concurrent_posts_of_one_article_store_it_once(store: Store, extractor: Extractor) -> None:
    from concurrent.futures import ThreadPoolExecutor

    result = extractor.extract(FULL_NAME, "e1")
    with ThreadPoolExecutor(max_workers=4) as pool:
        statuses = list(pool.map(lambda _: store.put(source("e1", FULL_NAME), result).status, range(8)))
    assert sorted(statuses) == ["created"] + ["unchanged"] * 7
    with store.engine.connect() as connection:
        assert len(connection.execute(select(tables.quotes.c.id)).all()) == len(result.quotes)


def test_a_post_that_lost_the_race_answers_the_stored_keys(store: Store, extractor: Extractor) -> None:
    """Issue 17: the second of two identical posts, finding the first one's rows when it
    writes, answered `unchanged` with `speaker_keys: []`."""
    result = extractor.extract(FULL_NAME, "e1")
    first = store.put(source("e1", FULL_NAME), result)
    second = store.put(source("e1", FULL_NAME), result)
    assert first.speaker_keys == ["purbaya-yudhi-sadewa"]
    assert (second.status, second.quote_count, second.speaker_keys) == ("unchanged", first.quote_count,
                                                                      first.speaker_keys)
    assert store.current_outcome(source("e1", FULL_NAME), result.meta.model, result.meta.rules_version) == second


def test_two_replicas_agree_on_a_speaker_one_of_them_merged(database_url: str, extractor: Extractor,
                                                            aliases_path: Path) -> None:
    """Replica B stores a surname, replica A then a full name that absorbs it: B's next
    surname joins the full name, though the number of speakers did not change."""
    replica_a = Store.open(database_url, extractor.rules, aliases_path)
    replica_b = Store.open(database_url, extractor.rules, aliases_path)
    put(replica_b, extractor, "r1", SURNAME_ONLY)
    put(replica_a, extractor, "r2", FULL_NAME)
    put(replica_b, extractor, "r3", "“Insentif pajak diperpanjang,” ujar Purbaya di Istana.")
    with replica_b.engine.connect() as connection:
        assert set(connection.execute(select(tables.speakers.c.key)).scalars()) == {"purbaya-yudhi-sadewa"}
        assert set(connection.execute(select(tables.quotes.c.speaker_key)).scalars()) == {"purbaya-yudhi-sadewa"}


def test_concurrent_replicas_give_a_new_name_one_key(database_url: str, extractor: Extractor,
                                                     aliases_path: Path) -> None:
    """Writers on several replicas take turns (one write transaction at a time across the
    database), so a short form and its full name posted at once still end under one key."""
    from concurrent.futures import ThreadPoolExecutor

    replicas = [Store.open(database_url, extractor.rules, aliases_path) for _ in range(4)]
    results = [extractor.extract(text, f"c{number}") for number, text in
               enumerate([SURNAME_ONLY, FULL_NAME] * 4)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda item: replicas[item[0] % 4].put(
            source(f"c{item[0]}", SURNAME_ONLY if item[0] % 2 == 0 else FULL_NAME), item[1]), enumerate(results)))
    with replicas[0].engine.connect() as connection:
        assert set(connection.execute(select(tables.quotes.c.speaker_key)).scalars()) == {"purbaya-yudhi-sadewa"}


def test_local_engine_output_loads_and_reloads_unchanged(store: Store, extractor: Extractor, tmp_path: Path) -> None:
    from service.engines.loading import load_results
    from service.engines.local import run_extraction
    from service.engines.records import InputRecord

    out = tmp_path / "local.jsonl"
    tempo = {"outlet": "Tempo", "url": "https://contoh.test/f2", "published_at": "2026-03-02T09:00:00+07:00"}
    records = [InputRecord("f1", FULL_NAME, 1), InputRecord("f2", SURNAME_ONLY, 2, metadata=tempo),
               InputRecord("f3", None, 3, ("no_text", "none"))]
    run_extraction(records, Settings(), str(out), 1, pretty=False, progress=False)
    assert load_results(out, store) == {"created": 2, "skipped": 1}
    assert load_results(out, store) == {"unchanged": 2, "skipped": 1}
    top = queries.top_speakers(store, queries.Filters(), 5)
    assert [(row["key"], row["document_count"]) for row in top] == [("purbaya-yudhi-sadewa", 2)]
    from_tempo = queries.top_speakers(store, queries.Filters(outlet="Tempo"), 5)  # the record's metadata came along
    assert [(row["key"], row["document_count"], str(row["first_seen"])[:10]) for row in from_tempo] == [
        ("purbaya-yudhi-sadewa", 1, "2026-03-02")]


def test_cli_load_and_rebuild(database_url: str, extractor: Extractor, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from service.cli import main

    out = tmp_path / "local.jsonl"
    out.write_text(extractor.extract(FULL_NAME, "g1").model_dump_json() + "\n", encoding="utf-8")
    main(["load", str(out), "--database", database_url])
    assert json.loads(capsys.readouterr().out) == {"created": 1}
    main(["speakers", "rebuild", "--database", database_url])
    assert json.loads(capsys.readouterr().out) == {"speakers": 1, "people": 1, "quotes": 2}
    monkeypatch.delenv("KUTIP_DATABASE_URL", raising=False)
    with pytest.raises(SystemExit, match="no database"):
        main(["speakers", "rebuild"])
