"""The scoring rule of ../shared/README.md on hand-made gold and predictions."""

from __future__ import annotations

import pytest

from service.evaluation import Tally, same_speaker, score_article, summarise
from service.rules import RuleSet
from service.schemas import ExtractResponse, Meta, QuoteOut, SpeakerOut, TextSpan

TEXT = "“Satu dua tiga empat,” kata Budi. Ani mengatakan bahwa harga naik tajam sekali."


def response(quotes: list[tuple[int, int, str, str | None]]) -> ExtractResponse:
    out = []
    for number, (start, end, kind, speaker) in enumerate(quotes, start=1):
        out.append(QuoteOut(id=f"q{number}", type=kind, text=TEXT[start:end], start=start, end=end,  # type: ignore[arg-type]
                            spans=[TextSpan(text=TEXT[start:end], start=start, end=end)], cue=None,
                            speaker=SpeakerOut(name=speaker, person_id=None, mention=None, resolution="name"),
                            confidence=0.9, rule="test"))
    return ExtractResponse(id=None, quotes=out, people=[], entities=[],
                           meta=Meta(schema_version="1", model="m", rules_version="r", elapsed_ms=0, warnings=[]))


GOLD = {"id": "g", "text": TEXT, "quotes": [
    {"text": TEXT[1:21], "start": 1, "end": 21, "type": "direct", "speaker": "Budi Santoso", "speaker_mention": "Budi"},
    {"text": TEXT[55:79], "start": 55, "end": 79, "type": "indirect", "speaker": "Ani", "speaker_mention": "Ani"},
]}


@pytest.mark.parametrize(("gold", "predicted", "same"), [
    ("Budi Santoso", "Budi Santoso", True),
    ("Budi Santoso", "budi santoso", True),
    ("Budi Santoso", "Santoso", True),
    ("Irjen Fadil Imran", "Fadil Imran", True),
    ("Alexander Grushko", "Grushko", True),
    ("Budi Santoso", "Budi Gunawan", False),
    ("Budi Santoso", None, False),
    ("Jens Stoltenberg", "Stoltenberg", True),
])
def test_same_speaker(gold: str, predicted: str | None, same: bool, rules: RuleSet) -> None:
    assert same_speaker(gold, predicted, rules) is same


def test_perfect_prediction(rules: RuleSet) -> None:
    tally = Tally()
    score_article(GOLD, response([(1, 21, "direct", "Budi"), (55, 79, "indirect", "Ani")]), rules, 0.5, False, tally)
    summary = summarise(tally)
    assert summary["quote_f1"] == 1.0 and summary["speaker_accuracy"] == 1.0 and summary["attribution_f1"] == 1.0


def test_wrong_speaker_and_extra_span(rules: RuleSet) -> None:
    tally = Tally()
    predicted = response([(1, 21, "direct", "Ani"), (55, 79, "indirect", "Ani"), (34, 37, "indirect", "X")])
    score_article(GOLD, predicted, rules, 0.5, False, tally)
    summary = summarise(tally)
    assert summary["quote_recall"] == 1.0
    assert summary["quote_precision"] == round(2 / 3, 4)
    assert summary["speaker_accuracy"] == 0.5
    assert summary["attribution_recall"] == 0.5


def test_overlap_threshold(rules: RuleSet) -> None:
    tally = Tally()
    score_article(GOLD, response([(1, 9, "direct", "Budi")]), rules, 0.5, False, tally)  # 8 of 20 chars
    assert tally.matched == 0


def test_direct_only_ignores_indirect(rules: RuleSet) -> None:
    tally = Tally()
    score_article(GOLD, response([(1, 21, "direct", "Budi"), (55, 79, "indirect", "Ani")]), rules, 0.5, True, tally)
    assert tally.gold == 1 and tally.predicted == 1 and tally.matched == 1
