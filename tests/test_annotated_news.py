"""Checks on the stand-off news annotations (training/annotations/news_quotes.jsonl).

The offsets only mean something against the pool texts in ../shared, so the checks that
need the texts skip with a reason when ../shared is absent; the structural ones do not.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import shared_path
from training.annotated_news import (
    ANNOTATIONS_PATH,
    HELD_OUT_BLOCKS,
    QUOTE_TYPES,
    AnnotationMismatch,
    Candidate,
    held_out_news,
    join_annotations,
    load_annotated_news,
    main,
    read_jsonl,
    round_robin,
    select_articles,
    text_sha256,
    training_news,
    unread_news,
)
from training.model_files import gold_articles

STANDOFF_KEYS = {"id", "outlet", "text_sha256", "quotes", "people"}
QUOTE_KEYS = {"start", "end", "type", "speaker", "speaker_mention", "speaker_mention_start", "cue"}


@pytest.fixture(scope="module")
def standoff() -> list[dict[str, Any]]:
    return read_jsonl(ANNOTATIONS_PATH)


@pytest.fixture(scope="module")
def joined() -> list[dict[str, Any]]:
    pool = shared_path("data", "news", "articles.jsonl")
    return load_annotated_news(ANNOTATIONS_PATH, pool)


def test_standoff_holds_no_text(standoff: list[dict[str, Any]]) -> None:
    """Only offsets, labels and names: the texts are the publishers' and stay in ../shared."""
    assert standoff
    for line in standoff:
        assert set(line) == STANDOFF_KEYS, line["id"]
        for quote in line["quotes"]:
            assert set(quote) == QUOTE_KEYS, (line["id"], quote)


def test_ids_unique(standoff: list[dict[str, Any]]) -> None:
    ids = [line["id"] for line in standoff]
    assert len(ids) == len(set(ids))


def test_types_and_speakers(standoff: list[dict[str, Any]]) -> None:
    for line in standoff:
        for quote in line["quotes"]:
            assert quote["type"] in QUOTE_TYPES, (line["id"], quote)
            if quote["speaker_mention"] is not None:
                assert quote["speaker"], (line["id"], quote)
                assert quote["speaker_mention_start"] is not None, (line["id"], quote)


def test_spans_ordered_and_disjoint(standoff: list[dict[str, Any]]) -> None:
    for line in standoff:
        spans = [(quote["start"], quote["end"]) for quote in line["quotes"]]
        assert all(start < end for start, end in spans), line["id"]
        assert spans == sorted(spans), line["id"]
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end <= start, (line["id"], end, start)


def test_people_are_distinct_names(standoff: list[dict[str, Any]]) -> None:
    for line in standoff:
        assert all(name and name.strip() == name for name in line["people"]), line["id"]
        assert len(line["people"]) == len(set(line["people"])), line["id"]


@pytest.mark.shared
def test_offsets_inside_texts(joined: list[dict[str, Any]]) -> None:
    """The join already refuses a changed hash; here every span must lie in its text."""
    for record in joined:
        text = record["text"]
        for quote in record["quotes"]:
            assert 0 <= quote["start"] < quote["end"] <= len(text), (record["id"], quote)
            assert quote["text"] == text[quote["start"]:quote["end"]]
            assert quote["text"] == quote["text"].strip(), (record["id"], quote["start"])
            if quote["mention_start"] is not None:
                assert text[quote["mention_start"]:quote["mention_end"]] == quote["speaker_mention"]


@pytest.mark.shared
def test_hashes_match_pool(standoff: list[dict[str, Any]]) -> None:
    pool = {row["id"]: row for row in read_jsonl(shared_path("data", "news", "articles.jsonl"))}
    for line in standoff:
        assert text_sha256(pool[line["id"]]["text"]) == line["text_sha256"], line["id"]


def test_join_refuses_changed_text() -> None:
    line = {"id": "news-x", "outlet": "contoh.com", "text_sha256": text_sha256("Kata dia, hujan turun."),
            "quotes": [{"start": 10, "end": 22, "type": "indirect", "speaker": "Dia", "speaker_mention": "dia",
                        "speaker_mention_start": 5, "cue": "kata"}], "people": []}
    record, = join_annotations([line], {"news-x": {"text": "Kata dia, hujan turun."}})
    assert record["quotes"][0]["text"] == "hujan turun."
    assert record["quotes"][0]["mention_end"] == 8
    changed = copy.deepcopy(line)
    with pytest.raises(AnnotationMismatch, match="hash"):
        join_annotations([changed], {"news-x": {"text": "Kata dia, hujan reda."}})


def test_round_robin_spreads_outlets() -> None:
    candidates = [Candidate(f"news-{i:05d}", outlet) for i, outlet in enumerate("aaaabbc")]
    order = round_robin(candidates, seed=1)
    assert [c.outlet for c in order[:3]] == ["a", "b", "c"]
    assert order == round_robin(list(reversed(candidates)), seed=1)


@pytest.mark.shared
def test_annotated_ids_are_the_selection_in_order(standoff: list[dict[str, Any]]) -> None:
    """Whole articles, taken in selection order: the file is a prefix of `select`'s list."""
    pool = shared_path("data", "news", "articles.jsonl")
    chosen = select_articles(pool, shared_path("eval"), count=len(standoff))
    assert [line["id"] for line in standoff] == [candidate.id for candidate in chosen]


def test_held_out_articles_never_reach_training(joined: list[dict[str, Any]]) -> None:
    """The articles in the held-out blocks are an unseen check of the trained parts too, so no
    training reads them and the two parts cover the file without overlap."""
    trained = training_news(joined)
    held_out = held_out_news(joined)
    assert [article["id"] for article in held_out] == [
        article["id"] for start, end in HELD_OUT_BLOCKS for article in joined[start:end]]
    assert len(trained) == len(joined) - len(held_out)
    assert {article["id"] for article in trained}.isdisjoint(article["id"] for article in held_out)
    assert sorted(article["id"] for article in trained + held_out) == sorted(article["id"] for article in joined)
    training_ids = {article["id"] for article in gold_articles(shared_path(), annotated_news=True)}
    assert training_ids.isdisjoint(article["id"] for article in held_out)
    assert {article["id"] for article in trained} <= training_ids


def test_export_held_out_writes_gold_records(joined: list[dict[str, Any]], tmp_path: Path) -> None:
    out = tmp_path / "held_out.jsonl"
    main(["export-held-out", str(out), "--pool", str(shared_path("data", "news", "articles.jsonl"))])
    written = read_jsonl(out)
    assert written == held_out_news(joined)
    assert all(set(record) >= {"id", "outlet", "text", "quotes", "people"} for record in written)


def _positions(count: int) -> list[dict[str, Any]]:
    return [{"id": f"news-{position:05d}"} for position in range(count)]


def test_articles_between_and_after_the_held_out_blocks_are_training_data() -> None:
    """Positions outside the blocks (250-399 and 840-1039) train, in order; the blocks never do."""
    records = _positions(1042)
    trained = [record["id"] for record in training_news(records)]
    assert trained[248:252] == ["news-00248", "news-00249", "news-00400", "news-00401"]
    assert trained[688:692] == ["news-00838", "news-00839", "news-01040", "news-01041"]
    assert len(trained) == 1042 - 150 - 200
    assert [record["id"] for record in held_out_news(records, block=0)] == [
        f"news-{position:05d}" for position in range(250, 400)]
    assert [record["id"] for record in held_out_news(records, block=1)] == [
        f"news-{position:05d}" for position in range(840, 1040)]
    assert held_out_news(records) == held_out_news(records, block=0) + held_out_news(records, block=1)


def test_only_articles_no_rule_work_read_stand_for_unseen_news() -> None:
    """The confidence calibrates on rows as hard as unseen news: the training articles whose errors
    no rule work read (not positions 1-250 nor 401-840), never a held-out one."""
    records = _positions(1042)
    assert [record["id"] for record in unread_news(records)] == ["news-01040", "news-01041"]
    assert unread_news(records[:1040]) == []
    later = [record["id"] for record in unread_news(_positions(1442))]
    assert later == [f"news-{position:05d}" for position in [*range(1040, 1240), 1440, 1441]]
