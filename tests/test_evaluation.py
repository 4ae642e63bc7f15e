"""`kutip evaluate` computes what the reference scorer computes.

The reference (`../shared/eval/tools/score.py` and `calibration.py`) is imported from the
shared folder when it is there and run on the same invented gold and prediction files as
`kutip evaluate --pred`; every figure must be equal. The name rule and pairing are also
checked by tables of their own, which run without the shared folder.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from service.cli import main
from service.evaluation.calibration import auroc
from service.evaluation.quotes import (
    ScoringRule,
    evaluate_predictions,
    pair_spans,
    predicted_spans,
    read_gold,
    read_predictions,
    same_person,
)
from service.extraction.rules import RuleSet
from tests.conftest import SHARED

TOOLS = SHARED / "eval" / "tools"

TEXT_A = ("“Satu dua tiga empat,” kata Budi. Ani mengatakan bahwa harga naik tajam sekali. "
          "Menurut Gubernur Rudi Hartono, jalan itu rusak. “Kami siap,” ujarnya.")
TEXT_B = "Presiden Joko Widodo mengatakan bahwa pemilu berjalan damai. “Terima kasih,” kata Jokowi."


def _quote(text: str, fragment: str, kind: str, speaker: str | None, **extra: Any) -> dict[str, Any]:
    start = text.index(fragment)
    return {"text": fragment, "start": start, "end": start + len(fragment), "type": kind, "speaker": speaker,
            **extra}


GOLD = [
    {"id": "a", "text": TEXT_A, "people": ["Budi Santoso", "Ani", "Rudi Hartono", "Siti"], "quotes": [
        _quote(TEXT_A, "Satu dua tiga empat,", "direct", "Budi Santoso", speaker_mention="Budi"),
        _quote(TEXT_A, "harga naik tajam sekali", "indirect", "Ani", speaker_mention="Ani"),
        _quote(TEXT_A, "jalan itu rusak", "indirect", "Rudi Hartono", speaker_mention="Gubernur Rudi Hartono"),
        _quote(TEXT_A, "Kami siap,", "direct", "Rudi Hartono", speaker_mention="ujarnya"),
    ]},
    {"id": "b", "text": TEXT_B, "people": ["Joko Widodo"], "quotes": [
        _quote(TEXT_B, "pemilu berjalan damai", "indirect", "Joko Widodo", speaker_mention="Presiden Joko Widodo"),
        _quote(TEXT_B, "Terima kasih,", "direct", "Joko Widodo", speaker_mention="Jokowi"),
    ]},
    {"id": "c", "text": "Tidak ada kutipan di sini.", "people": [], "quotes": []},
]


def _predicted(text: str, fragment: str, kind: str, speaker: str | None, confidence: float,
               spans: list[str] | None = None) -> dict[str, Any]:
    start = text.index(fragment)
    parts = []
    for part in spans or [fragment]:
        part_start = text.index(part)
        parts.append({"text": part, "start": part_start, "end": part_start + len(part)})
    return {"type": kind, "text": fragment, "start": start, "end": start + len(fragment), "spans": parts,
            "speaker": {"name": speaker, "mention": None}, "confidence": confidence}


PREDICTIONS = [
    {"id": "a", "people": [{"name": "Budi", "kind": "person"}, {"name": "Ani", "kind": "person"},
                           {"name": "Gubernur Rudi Hartono", "kind": "person"},
                           {"name": "Kementerian Keuangan", "kind": "organisation"}, {"name": "Andi", "kind": "person"}],
     "quotes": [
         _predicted(TEXT_A, "Satu dua tiga empat,", "direct", "Budi", 0.9),
         _predicted(TEXT_A, "harga naik tajam", "indirect", "Andi", 0.7),  # paired, wrong speaker
         _predicted(TEXT_A, "jalan itu rusak", "indirect", "Gubernur Rudi Hartono", 0.7),  # title dropped
         _predicted(TEXT_A, "Kami siap,", "direct", "Rudi", 0.6),  # lenient right, strict wrong
         _predicted(TEXT_A, "kata Budi", "indirect", "Budi", 0.9),  # not a quote
     ]},
    {"id": "b", "people": [{"name": "Joko Widodo", "kind": "person"}],
     "quotes": [
         _predicted(TEXT_B, "pemilu berjalan damai", "indirect", "Joko Widodo", 0.8),
         _predicted(TEXT_B, "Terima kasih,", "mixed", "JOKO WIDODO", 0.95),
     ]},
]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("scoring")
    gold, predictions = folder / "gold.jsonl", folder / "pred.jsonl"
    gold.write_text("".join(json.dumps(article) + "\n" for article in GOLD), encoding="utf-8")
    predictions.write_text("".join(json.dumps(record) + "\n" for record in PREDICTIONS), encoding="utf-8")
    return gold, predictions


def _reference(name: str) -> ModuleType:
    path = TOOLS / f"{name}.py"
    if not path.is_file():
        pytest.skip(f"the reference scorer {path} is absent (../shared is not beside the repository)")
    sys.path.insert(0, str(TOOLS))
    try:
        spec = importlib.util.spec_from_file_location(f"reference_{name}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(TOOLS))
    return module


@pytest.mark.shared
@pytest.mark.parametrize("direct_only", [False, True])
@pytest.mark.parametrize("threshold", [0.5, 0.9])
def test_every_figure_equals_the_reference_scorer(files: tuple[Path, Path], scoring_rule: ScoringRule,
                                                  rules: RuleSet, direct_only: bool, threshold: float) -> None:
    score = _reference("score")
    gold_path, prediction_path = files
    golds = list(read_gold(gold_path))
    predictions = read_predictions(prediction_path)
    expected = score.score(golds, predictions, threshold, direct_only)
    report, _ = evaluate_predictions(golds, predictions, scoring_rule, rules, [threshold], direct_only)
    ours = report["results"][0]
    assert expected  # every figure the reference gives, under its name
    for key, value in expected.items():
        assert ours[key] == value, key


@pytest.mark.shared
def test_calibration_equals_the_reference(files: tuple[Path, Path], scoring_rule: ScoringRule,
                                          rules: RuleSet) -> None:
    calibration = _reference("calibration")
    gold_path, prediction_path = files
    golds = list(read_gold(gold_path))
    predictions = read_predictions(prediction_path)
    rows, speakers = [], []
    for gold in golds:
        spans = calibration.spans_with_conf(predictions.get(gold["id"], {}))
        paired = {j: i for i, j in calibration.match(gold["quotes"], spans, 0.5)}
        for j, span in enumerate(spans):
            i = paired.get(j)
            expected_speaker = gold["quotes"][i].get("speaker") if i is not None else None
            right = bool(expected_speaker) and calibration.same_person(span["speaker"], expected_speaker, strict=False)
            rows.append((span["confidence"], right))
            if expected_speaker:
                speakers.append((span["confidence"], right))
    report, _ = evaluate_predictions(golds, predictions, scoring_rule, rules, [0.5], False)
    assert report["results"][0]["calibration"] == {"row": calibration.summary(rows),
                                                   "speaker": calibration.summary(speakers)}


@pytest.mark.shared
def test_the_title_words_are_the_reference_titles(scoring_rule: ScoringRule) -> None:
    assert scoring_rule.titles == _reference("score").TITLES


def test_kutip_evaluate_scores_a_prediction_file(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path) -> None:
    gold_path, prediction_path = files
    report_path = tmp_path / "report.json"
    main(["evaluate", str(gold_path), "--pred", str(prediction_path), "--json", str(report_path)])
    printed = capsys.readouterr().out
    assert "quote F1" in printed and "rows AUROC" in printed
    first = json.loads(report_path.read_text())["results"][0]
    # 6 gold quotes; 7 spans, 6 paired; speakers right: Budi, Rudi Hartono x2, Joko Widodo x2 (not Andi)
    assert first["quotes"] == {"p": round(6 / 7, 4), "r": 1.0, "f1": round(2 * (6 / 7) / (1 + 6 / 7), 4)}
    assert first["speaker_acc_on_matched"] == round(5 / 6, 4)
    assert first["speaker_acc_strict_on_matched"] == round(3 / 6, 4)  # Gubernur dropped; JOKO WIDODO folded
    assert first["people"] == {"p": round(4 / 5, 4), "r": round(4 / 5, 4)}  # Siti not found; Andi not gold


def test_a_missing_file_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["evaluate", str(tmp_path / "absent.jsonl")])
    assert raised.value.code == 2
    error = capsys.readouterr().err
    assert error.strip() == f"kutip: {tmp_path / 'absent.jsonl'}: no such gold file"


@pytest.mark.parametrize(("predicted", "gold", "lenient", "strict"), [
    ("Budi Santoso", "Budi Santoso", True, True),
    ("budi santoso", "Budi Santoso", True, True),
    ("Santoso", "Budi Santoso", True, False),
    ("Fadil Imran", "Irjen Fadil Imran", True, False),  # Irjen is not a scoring title
    ("Presiden Joko Widodo", "Joko Widodo", True, True),
    ("Budi Gunawan", "Budi Santoso", False, False),
    (None, "Budi Santoso", False, False),
    ("Stoltenberg", "Jens Stoltenberg", True, False),
    ("Ma'ruf Amin", "Ma ruf Amin", True, True),  # punctuation becomes a space
    ("Ｂｕｄｉ", "Budi", True, True),  # NFKC
])
def test_same_person(predicted: str | None, gold: str, lenient: bool, strict: bool,
                     scoring_rule: ScoringRule) -> None:
    assert same_person(predicted, gold, scoring_rule) is lenient
    assert same_person(predicted, gold, scoring_rule, strict=True) is strict


def test_pairing_takes_the_largest_overlap_first() -> None:
    text = "aaaa bbbb cccc dddd"
    gold = [{"start": 0, "end": 9}, {"start": 5, "end": 19}]
    response = {"quotes": [_predicted(text, "aaaa bbbb cccc", "direct", "X", 0.5),
                           _predicted(text, "bbbb cccc dddd", "direct", "Y", 0.5)]}
    spans = predicted_spans(response)
    assert pair_spans(gold, spans, 0.5) == {1: 1, 0: 0}
    assert pair_spans(gold, spans, 0.9) == {1: 1}


@pytest.mark.parametrize(("points", "area"), [
    ([(0.9, True), (0.1, False)], 1.0),
    ([(0.1, True), (0.9, False)], 0.0),
    ([(0.5, True), (0.5, False)], 0.5),
    ([(0.5, True), (0.5, True)], None),
])
def test_auroc(points: list[tuple[float, bool]], area: float | None) -> None:
    assert auroc(points) == area
