"""The trained speaker ranker: it chooses the candidate its model scores highest (invented
models over marked sentences), it is opt-in by setting, and the shipped model is what
`make train-ranker` builds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from service.extraction.pipeline import Extractor, load_speaker_ranker
from service.extraction.rules import RuleSet
from service.extraction.speaker_ranker import NO_NAME, RULES_CHOICE, TrainedRanker, candidate_features
from service.extraction.speakers import RuleRanker
from service.settings import PROJECT_ROOT, Settings
from tests.conftest import SHARED
from tests.markup import MarkupTagger, parse_markup

MODEL_PATH = PROJECT_ROOT / "models" / "ranker" / "ranker.json"
TWO_PEOPLE = ("[Budi Santoso|PER] mengatakan harga beras naik lagi. Ia datang bersama [Andi Wijaya|PER] ke pasar. "
              "“Pembeli makin sedikit setiap hari,” katanya.")


def _model(tmp_path: Path, features: list[str], coefficients: list[float], scope: list[str] | None = None) -> Path:
    """An invented logistic model over the named features (means 0, scales 1), with a scope if given."""
    path = tmp_path / "ranker.json"
    data: dict[str, object] = {"version": "ranker-test", "model": {
        "kind": "logistic", "features": features, "means": [0.0] * len(features), "scales": [1.0] * len(features),
        "coefficients": coefficients, "intercept": 0.0}}
    if scope is not None:
        data["scope"] = scope
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# (case, model features, coefficients, expected speaker of the last quote)
CASES = [
    ("the rules' choice weighs most", [RULES_CHOICE], [2.0], "Budi Santoso"),
    ("the second antecedent in focus", ["generator_rank"], [1.0], "Andi Wijaya"),
    ("the closest name to the quote", [NO_NAME, "has_mention", "tokens_to_quote"], [-100.0, 50.0, -1.0], "Andi Wijaya"),
]


@pytest.mark.parametrize(("features", "coefficients", "expected"),
                         [pytest.param(f, c, e, id=name) for name, f, c, e in CASES])
def test_the_highest_scoring_candidate_is_chosen(rules: RuleSet, tmp_path: Path, features: list[str],
                                                 coefficients: list[float], expected: str) -> None:
    tagger = MarkupTagger()
    text, tagger.gazetteer = parse_markup(TWO_PEOPLE)
    ranker = TrainedRanker.load(_model(tmp_path, features, coefficients))
    response = Extractor(rules, tagger, speaker_ranker=ranker).extract(text)
    assert (response.quotes[-1].speaker.name, response.quotes[-1].speaker.rule) \
        == (expected, "speaker.clitic_antecedent@trained")
    assert response.meta.rules_version.endswith("+ranker-test")


# (case, the model's scope, expected speaker of the last quote): the model prefers the second
# antecedent in focus; the rules resolve "katanya" to the first (speaker.clitic_antecedent)
SCOPE_CASES = [
    ("no scope: the model decides every quote", None, "Andi Wijaya"),
    ("the clitic's resolution in scope: the model decides", ["speaker.clitic_antecedent"], "Andi Wijaya"),
    ("out of scope: the rules' choice stands", ["speaker.role_in_focus", "speaker.none"], "Budi Santoso"),
    ("an empty scope: the rules decide every quote", [], "Budi Santoso"),
]


@pytest.mark.parametrize(("scope", "expected"), [pytest.param(s, e, id=name) for name, s, e in SCOPE_CASES])
def test_the_model_overrides_only_the_resolutions_in_its_scope(rules: RuleSet, tmp_path: Path,
                                                               scope: list[str] | None, expected: str) -> None:
    tagger = MarkupTagger()
    text, tagger.gazetteer = parse_markup(TWO_PEOPLE)
    ranker = TrainedRanker.load(_model(tmp_path, ["generator_rank"], [1.0], scope))
    response = Extractor(rules, tagger, speaker_ranker=ranker).extract(text)
    assert response.quotes[-1].speaker.name == expected


def test_a_choice_of_the_same_person_keeps_the_rules_record(rules: RuleSet, tmp_path: Path) -> None:
    """The model prefers the first person in focus (a salience candidate): that is Budi Santoso,
    whom the rules already chose through the clitic, so their candidate and rule stay."""
    tagger = MarkupTagger()
    text, tagger.gazetteer = parse_markup(TWO_PEOPLE)
    ranker = TrainedRanker.load(_model(tmp_path, ["generator=speaker.salience", "generator_rank"], [5.0, -1.0]))
    response = Extractor(rules, tagger, speaker_ranker=ranker).extract(text)
    assert (response.quotes[-1].speaker.name, response.quotes[-1].speaker.rule) \
        == ("Budi Santoso", "speaker.clitic_antecedent@trained")


def _group(resolutions: list[str], right: list[bool], rules_choice: int) -> Any:
    """A training group of invented candidates, one per generator, none with other features."""
    training = pytest.importorskip("training.ranker", reason="scikit-learn (the train extra) is absent")
    return training.Group("a", "outlet", "gold", [f"name {i}" for i in range(len(resolutions))],
                          [{"generator=" + r: 1.0} for r in resolutions], right, rules_choice, right[rules_choice])


def test_cross_validation_applies_the_scope_as_the_ranker_does() -> None:
    training = pytest.importorskip("training.ranker", reason="scikit-learn (the train extra) is absent")
    named = _group(["speaker.cue_name", "speaker.salience"], [True, False], 0)
    in_focus = _group(["speaker.role_in_focus", "speaker.salience"], [False, True], 0)
    table = training.Table([named, in_focus])
    scores = np.array([0.1, 0.9, 0.1, 0.9])  # the model prefers the salience candidate in both
    owner = np.array([0, 0, 1, 1])
    numbers = np.array([0, 1])
    assert training.rules_resolution(named) == "speaker.cue_name"
    assert training.choices(scores, owner, table, numbers, None) == {0: 1, 1: 1}
    assert training.choices(scores, owner, table, numbers, training.SCOPES["weakest"]) == {0: 0, 1: 1}
    assert training.per_resolution([named, in_focus], {0: 0, 1: 1}, [0, 1]) == {
        "speaker.cue_name": {"quotes": 1, "rules": 1, "model": 1, "oracle": 1},
        "speaker.role_in_focus": {"quotes": 1, "rules": 0, "model": 1, "oracle": 1}}


def test_the_chosen_candidate_has_the_highest_score(rules: RuleSet, tmp_path: Path) -> None:
    tagger = MarkupTagger()
    text, tagger.gazetteer = parse_markup(TWO_PEOPLE)
    ranker = TrainedRanker.load(_model(tmp_path, ["generator_rank", "same_paragraph"], [1.0, 0.5]))
    document = Extractor(rules, tagger, speaker_ranker=ranker).analyse(text, keep_candidates=True)
    quote = document.quotes[-1]
    rules_choice = RuleRanker().choose(quote, quote.candidates)
    scores = [ranker.model.log_odds(row) for row in candidate_features(quote.candidates, rules_choice)]
    assert quote.speaker.candidate is not None
    assert ranker.model.log_odds(candidate_features(quote.candidates, rules_choice)[
        quote.candidates.index(quote.speaker.candidate)]) == max(scores)


def test_the_rules_are_the_default_and_trained_is_opt_in(monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(load_speaker_ranker(Settings()), RuleRanker)
    monkeypatch.setenv("KUTIP_SPEAKER_RANKER", "trained")
    ranker = load_speaker_ranker(Settings())
    assert isinstance(ranker, TrainedRanker)
    assert ranker.version == json.loads(MODEL_PATH.read_text(encoding="utf-8"))["version"]


def test_the_shipped_model_is_small_and_names_its_data() -> None:
    assert MODEL_PATH.stat().st_size < 1_000_000
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    sets = " ".join(shipped["data"]["sets"])
    assert "holdout3" not in sets and "pfsa" not in sets
    assert (MODEL_PATH.parent / "MODEL_CARD.md").is_file()


@pytest.mark.shared
@pytest.mark.model
def test_the_shipped_model_is_what_training_builds() -> None:
    """The candidate table from the gold sets and today's pipeline, and the model fitted on
    it, are the shipped ones: a change of generators or signals without `make train-ranker` fails."""
    training = pytest.importorskip("training.ranker", reason="scikit-learn (the train extra) is absent")
    if not (SHARED / "eval" / "train3_articles.jsonl").is_file():
        pytest.skip("../shared/eval is not beside the repository")
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    table = training.build_table(SHARED)
    assert table.digest() == shipped["data"]["table_sha256_16"], "rebuild the model: make train-ranker"
    names = training.feature_names([row for group in table.groups for row in group.features])
    assert names == shipped["model"]["features"]
    x, y, _ = training.flat(table, names)
    candidate = training.Candidate(shipped["parameters"]["model"], shipped["parameters"]["value"])
    assert training.fit(x, np.asarray(y), candidate).export(names) == shipped["model"]
