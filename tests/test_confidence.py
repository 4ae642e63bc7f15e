"""The confidence stage: its features over invented sentences, the shipped model, its rebuild."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from service.extraction.confidence import (
    CalibratedConfidence,
    IsotonicCalibration,
    LinearScore,
    PlattCalibration,
    RuleConfidence,
    _Neighbourhood,
    calibration_map,
    interpolate,
    load_quote_scorer,
    quote_features,
    score_function,
)
from service.extraction.document import Document, Repair, Span
from service.extraction.pipeline import Extractor
from service.extraction.rules import RuleSet
from service.settings import PROJECT_ROOT, Settings
from tests.conftest import SHARED
from tests.markup import MarkupExtractor, parse_markup
from training.model_files import NEWS_POOL

MODEL_PATH = PROJECT_ROOT / "models" / "confidence" / "confidence.json"



def _features(markup_extractor: MarkupExtractor, marked: str) -> list[dict[str, float]]:
    text, markup_extractor.tagger.gazetteer = parse_markup(marked)
    return quote_features(markup_extractor.extractor.analyse(text))


# (case, marked text, quote number, expected features: a subset, exact)
FEATURE_CASES = [
    ("postposed name cue", "“Harga beras naik lagi,” kata [Budi Santoso|PER].", 0,
     {"type=direct": 1.0, "rule_group=direct.cue": 1.0, "resolution=name": 1.0, "mention=name": 1.0,
      "mention_inside_quote": 0.0, "mention_after_quote": 1.0, "cue_after_quote": 1.0,
      "mention_sentences_away": 0, "same_speaker_as_previous": 0.0, "speaker_words": 2,
      "cue_speaker_distance_log": math.log1p(1), "speaker_rule=speaker.cue_name": 1.0,
      "speaker_rule=speaker.clitic_antecedent": 0.0, "sentence_chars_log": math.log1p(len(
          "“Harga beras naik lagi,” kata Budi Santoso.")), "repair_near=word_break": 0.0}),
    ("indirect verb cue", "[Budi Santoso|PER] mengatakan bahwa harga beras naik lagi.", 0,
     {"type=indirect": 1.0, "rule_group=indirect.verb": 1.0, "resolution=name": 1.0, "mention_after_quote": 0.0,
      "cue_after_quote": 0.0, "cue_speaker_distance_log": math.log1p(1)}),
    ("clitic after a named quote", "[Budi Santoso|PER] meninjau pasar. “Harga naik,” kata Budi. "
                                   "“Stok cukup,” ujarnya.", 1,
     {"type=direct": 1.0, "resolution=clitic": 1.0, "same_speaker_as_previous": 1.0,
      "speaker_rule=speaker.clitic_antecedent": 1.0, "speaker_rule=speaker.cue_name": 0.0,
      "sentence_chars_log": math.log1p(len("“Stok cukup,” ujarnya."))}),
    ("two people between", "[Budi Santoso|PER] bertemu [Andi Wijaya|PER] dan [Siti Aminah|PER]. "
                           "“Kami sepakat,” ujarnya.", 0,
     {"resolution=clitic": 1.0, "persons_in_sentence_log": 0.0}),
    # damaged text where the quote was read: two words glued where a link was stripped
    ("glued words in the quote's sentence", "[Budi Santoso|PER] mengatakan bahwa harga beras naik lagi "
                                            "di Pasar MingguJakarta Selatan.", 0,
     {"type=indirect": 1.0, "repair_near=word_break": 1.0, "repair_near=sentence_break": 0.0}),
    # a sentence end glued to the quote's sentence is repaired in the sentence before it
    ("a glued sentence end before the quote", "Pedagang mengeluh di pasar (3/2).[Budi Santoso|PER] "
                                              "mengatakan bahwa harga beras naik lagi.", 0,
     {"type=indirect": 1.0, "repair_near=sentence_break": 0.0, "repair_near=word_break": 0.0,
      "sentence_chars_log": math.log1p(len("Budi Santoso mengatakan bahwa harga beras naik lagi."))}),
    # the span reaches past its first sentence: the length is the quote's, not the sentence's
    ("a quote past its first sentence", "[Budi Santoso|PER] berkata: “Harga naik. Stok beras di gudang "
                                        "menipis sejak pekan lalu.”", 0,
     {"type=direct": 1.0, "sentence_chars_log": math.log1p(len(
         "Budi Santoso berkata: “Harga naik. Stok beras di gudang menipis sejak pekan lalu."))}),
    # a reported clause read to its sentence's end leaves nothing; one cut at a conjunction
    # leaves the rest of the sentence (letters and digits); a direct quote has no such clause
    ("an indirect quote to the sentence end", "[Budi Santoso|PER] mengatakan bahwa harga beras naik lagi.", 0,
     {"type=indirect": 1.0, "clause_cut_log": 0.0}),
    ("an indirect quote cut at a conjunction", "[Budi Santoso|PER] mengatakan bahwa harga beras akan turun "
                                               "pekan depan, tetapi dia belum dapat memastikan harinya.", 0,
     {"type=indirect": 1.0, "clause_cut_log": math.log1p(len("tetapidiabelumdapatmemastikanharinya"))}),
    ("a direct quote", "“Harga beras naik lagi,” kata [Budi Santoso|PER] kepada wartawan di pasar.", 0,
     {"type=direct": 1.0, "clause_cut_log": 0.0}),
]


# (case, marked text, quote number, people the salience model holds in focus where the speaker was chosen)
FOCUS_CASES = [
    ("nobody before the quote", "“Harga beras naik lagi,” kata [Budi Santoso|PER].", 0, 0),
    ("one person before the quote", "[Budi Santoso|PER] meninjau pasar induk. “Harga naik,” ujarnya.", 0, 1),
    ("a subject and an object before the quote", "[Budi Santoso|PER] bertemu [Andi Wijaya|PER] di pasar. "
                                                 "“Kami sepakat,” ujarnya.", 0, 2),
    # a surname names the person named in full before: one person in focus, not two
    ("one person named twice", "[Budi Santoso|PER] meninjau pasar induk. [Santoso|PER] membeli beras. "
                               "“Harga naik,” ujarnya.", 0, 1),
    # a name more than six sentences back is out of focus (salience.MAX_LOOKBACK_SENTENCES)
    ("a name out of focus", "[Budi Santoso|PER] meninjau pasar. Harga naik. Stok turun. Pedagang mengeluh. "
                            "Pembeli sepi. Gudang kosong. Truk telat. [Andi Wijaya|PER] datang. "
                            "“Kami sepakat,” ujarnya.", 0, 1),
]


@pytest.mark.parametrize(("marked", "number", "expected"),
                         [pytest.param(m, n, e, id=c) for c, m, n, e in FOCUS_CASES])
def test_people_in_focus(markup_extractor: MarkupExtractor, marked: str, number: int, expected: int) -> None:
    features = _features(markup_extractor, marked)
    assert features[number]["people_in_focus_log"] == pytest.approx(math.log1p(expected))


@pytest.mark.parametrize(("marked", "number", "expected"),
                         [pytest.param(m, n, e, id=c) for c, m, n, e in FEATURE_CASES])
def test_features(markup_extractor: MarkupExtractor, marked: str, number: int, expected: dict[str, float]) -> None:
    features = _features(markup_extractor, marked)
    assert {name: features[number].get(name, 0.0) for name in expected} == expected


def test_the_rules_scorer_keeps_the_rules_confidence(markup_extractor: MarkupExtractor) -> None:
    text, markup_extractor.tagger.gazetteer = parse_markup("“Harga beras naik lagi,” kata [Budi Santoso|PER].")
    document = markup_extractor.extractor.analyse(text)
    assert [q.rule_confidence for q in document.quotes] == [q.confidence for q in document.quotes] == [0.9]


@pytest.mark.parametrize(("value", "expected"), [
    (-1.0, 0.1), (0.0, 0.1), (0.25, 0.2), (0.5, 0.3), (0.75, 0.3), (1.0, 0.9), (2.0, 0.9),
])
def test_interpolate(value: float, expected: float) -> None:
    assert interpolate(value, [0.0, 0.5, 0.75, 1.0], [0.1, 0.3, 0.3, 0.9]) == pytest.approx(expected)


# (calibration as the model file writes it, log-odds, expected probability rounded to 4 places)
CALIBRATION_CASES = [
    ({"kind": "platt", "slope": 1.0, "intercept": 0.0}, 0.0, 0.5),
    ({"kind": "platt", "slope": 0.5, "intercept": -1.0}, 2.0, 0.5),
    ({"kind": "platt", "slope": 2.0, "intercept": 0.0}, 1000.0, 1.0),
    ({"kind": "isotonic", "x": [0.2, 0.8], "y": [0.1, 0.9]}, 0.0, 0.5 * 0.98 + 0.5 * 0.02),
    ({"x": [0.2, 0.8], "y": [0.3, 0.3]}, -5.0, round(0.3 * 0.98 + 0.02 / (1 + 2.718281828459045 ** 5), 4)),
]


@pytest.mark.parametrize(("data", "log_odds", "expected"), CALIBRATION_CASES)
def test_calibration_maps(data: dict[str, object], log_odds: float, expected: float) -> None:
    assert round(calibration_map(data).probability(log_odds), 4) == expected


def test_calibration_kinds_and_an_unknown_one() -> None:
    assert isinstance(calibration_map({"kind": "platt", "slope": 1, "intercept": 0}), PlattCalibration)
    assert isinstance(calibration_map({"x": [], "y": []}), IsotonicCalibration)  # files of before name no kind
    with pytest.raises(ValueError, match="unknown confidence calibration"):
        calibration_map({"kind": "histogram"})


# Two trees as the model file writes them: a stump on "a", and a tree of depth 2 whose left
# child is a leaf and whose right child splits on "b" (node lists: feature, threshold, children).
TWO_TREES = {"kind": "boosted_trees", "features": ["a", "b"], "baseline": 0.5, "trees": [
    {"feature": [0, 0, 0], "threshold": [1.0, 0, 0], "left": [1, 0, 0], "right": [2, 0, 0],
     "leaf": [False, True, True], "value": [0, -1.0, 2.0]},
    {"feature": [1, 0, 1, 0, 0], "threshold": [0.0, 0, 3.0, 0, 0], "left": [1, 0, 3, 0, 0],
     "right": [2, 0, 4, 0, 0], "leaf": [False, True, False, True, True], "value": [0, 0.25, 0, 0.125, 4.0]},
]}


# (row, expected log-odds: baseline + the leaf of each tree)
TREE_CASES = [
    ({"a": 1.0, "b": 0.0}, 0.5 - 1.0 + 0.25),  # "<=" goes left, at the threshold too
    ({"a": 2.0, "b": 3.0}, 0.5 + 2.0 + 0.125),  # right, then left at the second level
    ({"a": 2.0, "b": 3.5}, 0.5 + 2.0 + 4.0),
    ({}, 0.5 - 1.0 + 0.25),  # a feature the row lacks reads 0
]


@pytest.mark.parametrize(("row", "expected"), TREE_CASES)
def test_boosted_trees_walk_every_tree(row: dict[str, float], expected: float) -> None:
    assert score_function(TWO_TREES).log_odds(row) == expected


def test_rows_scored_together_score_as_alone() -> None:
    model = score_function(TWO_TREES)
    rows = [row for row, _ in TREE_CASES]
    assert model.log_odds_many(rows) == [model.log_odds(row) for row in rows] == [e for _, e in TREE_CASES]
    assert model.log_odds_many([]) == []


def walk(tree: dict[str, list[float]], row: list[float]) -> float:
    """The plain one-node-at-a-time reading of a tree, to hold the array walk against."""
    node = 0
    while not tree["leaf"][node]:
        goes_left = row[int(tree["feature"][node])] <= tree["threshold"][node]
        node = int(tree["left"][node] if goes_left else tree["right"][node])
    return tree["value"][node]


def test_the_shipped_model_scores_as_a_plain_walk_of_its_trees() -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["model"]
    model = score_function(data)
    generator = np.random.default_rng(7)
    rows = [{name: float(generator.integers(0, 4)) for name in data["features"]} for _ in range(30)]
    expected = []
    for row in rows:
        values = [row[name] for name in data["features"]]
        total = 0.0
        for tree in data["trees"]:
            total += walk(tree, values)
        expected.append(data["baseline"] + total)
    assert model.log_odds_many(rows) == expected


def test_no_model_path_means_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(load_quote_scorer(None), RuleConfidence)
    monkeypatch.setenv("KUTIP_CONFIDENCE_MODEL_PATH", "")
    assert Settings().confidence_model_path is None


@pytest.mark.xfail(strict=True, reason=(
    "known gap of confidence-3d171e73 (eighteenth round): its trees, fitted with the 400 articles "
    "annotated that round, give the carried second quote of this two-paragraph example 0.831 and the "
    "named first one 0.818; the seventeenth round's model gave 0.794 and 0.865. On the held-out rows "
    "it ranks as well as that model (pooled AUROC 0.839 against 0.838), so it was kept; a monotone "
    "constraint on the carried-quote evidence is the next step"))
def test_the_shipped_model_gives_probabilities_that_rank(rules: RuleSet) -> None:
    scorer = CalibratedConfidence.load(MODEL_PATH)
    extractor = MarkupExtractor(rules)
    extractor.extractor.quote_scorer = scorer
    _, result = extractor.extract("“Harga beras naik lagi,” kata [Budi Santoso|PER].\n\n"
                                  "“Kami akan menambah stok untuk pasar pekan depan.”\n\nIa meninjau pasar.")
    assert result.meta.confidence_model == scorer.version
    confidences = {quote.rule: quote.confidence for quote in result.quotes}
    assert all(0.0 <= value <= 1.0 for value in confidences.values())
    assert confidences["direct.cue.postposed"] > confidences["direct.carry"]


def test_the_extractor_loads_the_configured_model() -> None:
    extractor = Extractor.from_settings(Settings())
    assert isinstance(extractor.quote_scorer, CalibratedConfidence)
    assert extractor.quote_scorer.version in extractor.rules_version


@pytest.mark.shared
@pytest.mark.model
def test_the_shipped_model_is_what_training_builds() -> None:
    """The training table from the gold sets, the annotated news and today's pipeline, and the
    model fitted on it, are the shipped ones: a change of rules or features without
    `make train-confidence` fails."""
    training = pytest.importorskip("training.confidence", reason="scikit-learn (the train extra) is absent")
    if not (SHARED / "eval" / "train3_articles.jsonl").is_file() or not (SHARED / NEWS_POOL).is_file():
        pytest.skip("../shared/eval or the news pool is not beside the repository")
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    table = training.build_table(SHARED)
    assert table.digest() == shipped["data"]["table_sha256_16"], "rebuild the model: make train-confidence"
    names = training.feature_names(table.features)
    assert names == shipped["model"]["features"]
    candidate = training.Candidate.of(shipped["parameters"])
    x, y = training.matrix(table.features, names), np.array(table.right, dtype=int)
    fresh = training.fresh_rows(table.articles, training.annotation_positions())
    fitted, calibration = training.fit_calibrated(x, y, np.array(table.outlets), np.array(table.news, dtype=bool),
                                                  candidate, fresh)
    assert fitted.export(names) == shipped["model"]
    assert calibration == shipped["calibration"]


def test_the_model_card_names_the_data() -> None:
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert "holdout3" not in " ".join(shipped["data"]["sets"]) and "pfsa" not in " ".join(shipped["data"]["sets"])
    assert Path(PROJECT_ROOT / "models" / "confidence" / "MODEL_CARD.md").is_file()


def test_scoring_twice_gives_the_same_confidence(rules: RuleSet) -> None:
    """The stage reads the rules' value it kept, never its own output (bench_ner.py times it alone)."""
    extractor = MarkupExtractor(rules)
    extractor.extractor.quote_scorer = CalibratedConfidence.load(MODEL_PATH)
    text, extractor.tagger.gazetteer = parse_markup("“Harga beras naik lagi,” kata [Budi Santoso|PER]. "
                                                    "[Siti Aminah|PER] mengatakan bahwa stok beras di gudang cukup sampai Lebaran.")
    document = extractor.extractor.analyse(text)
    first = [(quote.confidence, quote.rule_confidence) for quote in document.quotes]
    assert len(first) == 2 and all(calibrated != rules_value for calibrated, rules_value in first)
    extractor.extractor.quote_scorer.score(document)
    assert [(quote.confidence, quote.rule_confidence) for quote in document.quotes] == first


def test_confidences_keep_the_order_of_near_certain_rows(rules: RuleSet) -> None:
    """Two rows whose probabilities differ only past the fourth decimal (most right rows sit
    between 0.95 and 0.99) keep their order: four decimals tied them."""
    extractor = MarkupExtractor(rules)
    model = LinearScore(("quote_words_log",), (0.0,), (1.0,), (0.2,), 8.0)
    extractor.extractor.quote_scorer = CalibratedConfidence("test", model, PlattCalibration(1.0, 0.0))
    text, extractor.tagger.gazetteer = parse_markup("“Harga beras naik lagi,” kata [Budi Santoso|PER]. "
                                                    "“Harga beras naik lagi kemarin,” kata [Siti Aminah|PER].")
    first, second = (quote.confidence for quote in extractor.extractor.analyse(text).quotes)
    assert round(first, 4) == round(second, 4) and first < second


def _report(all_rows_auroc: float, news_ece: float, news_auroc: float = 0.86) -> dict[str, Any]:
    news_view = {"auroc": news_auroc, "ece": news_ece}
    return {"leave_news_out": news_view, "cross_validation_news": news_view,
            "cross_validation_all": {"auroc": all_rows_auroc, "ece": 0.01}}


@pytest.mark.parametrize(("better", "worse"), [
    # trees that rank better win even with a worse calibration on the news rows
    (_report(0.852, news_ece=0.022), _report(0.845, news_ece=0.005, news_auroc=0.87)),
    # the same ranking (to 3 digits): the calibration rows with the lower news ECE win
    (_report(0.8521, news_ece=0.013), _report(0.8524, news_ece=0.022)),
])
def test_trees_are_chosen_by_ranking_then_calibration_by_news_rows(better: dict[str, Any],
                                                                   worse: dict[str, Any]) -> None:
    training = pytest.importorskip("training.confidence", reason="scikit-learn (the train extra) is absent")
    key = training.selection_key
    assert key(better, better["cross_validation_all"]["auroc"]) > key(worse, worse["cross_validation_all"]["auroc"])


def test_calibrations_of_the_same_trees_share_their_ranking() -> None:
    """Two calibrations of one set of trees whose pooled AUROC differs across a rounding step
    (0.8595 and 0.8591): the one with the lower news ECE wins, not the one rounded up."""
    training = pytest.importorskip("training.confidence", reason="scikit-learn (the train extra) is absent")
    trees = training.Candidate("boosting", 0.05)
    every_row, news_rows = (training.Candidate("boosting", 0.05, calibration="platt", calibration_rows=rows)
                            for rows in ("all", "news"))
    smaller = training.Candidate("boosting", 0.05, depth=2, calibration="platt")
    reports = {every_row: _report(0.8595, news_ece=0.027), news_rows: _report(0.8591, news_ece=0.015),
               smaller: _report(0.8448, news_ece=0.010)}
    ranking = training.trees_ranking(reports)
    assert ranking[trees] == pytest.approx(0.8593)
    best = max(reports, key=lambda c: training.selection_key(reports[c], ranking[training.trees_of(c)]))
    assert best == news_rows


def test_the_refit_spread_is_reproducible_and_reports_every_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--spread`: the chosen candidate's cross-validation figures over refits on 95 % of the rows,
    the same rows on every run (a fixed seed), so two runs report the same spread."""
    training = pytest.importorskip("training.confidence", reason="scikit-learn (the train extra) is absent")
    small = training.Candidate("boosting", 0.1, depth=2, trees=10, min_leaf=10, calibration="platt",
                               calibration_rows="news")
    monkeypatch.setattr(training, "CANDIDATES", (small,))
    generator = np.random.default_rng(3)
    x = generator.normal(size=(400, 2))
    y = (x[:, 0] + generator.normal(size=400) > 0).astype(int)
    groups = np.array([f"outlet{i % 10}" for i in range(400)])
    news = np.arange(400) % 2 == 0
    first = training.refit_spread(x, y, groups, news, small, refits=2)
    assert first == training.refit_spread(x, y, groups, news, small, refits=2)
    assert set(first) == {"cross_validation_all", "cross_validation_news"}
    for figures in first.values():
        assert set(figures) == {"auroc", "ece", "acc_top70", "auroc_std", "ece_std", "acc_top70_std"}
        assert 0.5 < figures["auroc"] <= 1.0 and figures["auroc_std"] >= 0.0


def test_constrained_trees_follow_the_known_direction_of_their_evidence() -> None:
    """`MONOTONE`: a distance the trees may only read as "farther is worse" stays so even where
    the training rows say otherwise (here, far rows right more often in one band)."""
    training = pytest.importorskip("training.confidence", reason="scikit-learn (the train extra) is absent")
    names = ["cue_distance_log", "quote_words_log"]
    generator = np.random.default_rng(5)
    x = np.column_stack([generator.uniform(0, 5, 600), generator.uniform(0, 5, 600)])
    band = (x[:, 0] > 3.5) & (x[:, 0] < 4.5)  # a band of far rows that are all right
    y = ((x[:, 0] < 2) | band | (generator.uniform(size=600) < 0.2)).astype(int)
    candidate = training.constrained(training.Candidate("boosting", 0.1, depth=2, trees=30, min_leaf=10), names)
    assert candidate.monotone == (-1, 0)
    assert training.Candidate.of(candidate.parameters()) == candidate
    grid = np.column_stack([np.linspace(0, 5, 51), np.full(51, 2.5)])
    constrained = training.fit(x, y, candidate).predict(grid)
    free = training.fit(x, y, training.Candidate("boosting", 0.1, depth=2, trees=30, min_leaf=10)).predict(grid)
    assert np.all(np.diff(constrained) <= 1e-12)
    assert np.any(np.diff(free) > 0.01)  # unconstrained, the band turns the distance around


def test_damaged_stretches_are_found_when_a_long_one_starts_before_the_quote() -> None:
    """A repair is looked up from the longest one's length before the window: a long stretch that
    starts far before the quote's sentence and reaches into it is still found."""
    text = "Baca juga: berita lain yang panjang sekali. Budi berkata harga naik."
    document = Document(text, sentences=[Span(0, 43), Span(44, len(text))], repairs=[
        Repair(0, 50, "boilerplate", "hygiene.read_more_bracket"),
        Repair(20, 20, "word_break", "hygiene.glued_words")])
    neighbourhood = _Neighbourhood.of(document)
    assert neighbourhood.repair_kinds(44, len(text)) == {"boilerplate"}
    assert neighbourhood.repair_kinds(10, 30) == {"boilerplate", "word_break"}
    assert neighbourhood.repair_kinds(55, len(text)) == set()


def test_fresh_rows_are_the_articles_annotated_from_the_fresh_position_on() -> None:
    """`calibration_rows="fresh"`: rows of articles at `FRESH_FROM_POSITION` or later in the
    stand-off file; gold-set articles (no position) and earlier news never."""
    training = pytest.importorskip("training.confidence", reason="scikit-learn (the train extra) is absent")
    start = training.FRESH_FROM_POSITION
    positions = {"early": start - 1, "first": start, "later": start + 250}
    fresh = training.fresh_rows(["gold-article", "early", "first", "later", "first"], positions)
    assert fresh.tolist() == [False, False, True, True, True]
    news = np.array([False, False, True, False, True])
    assert training.calibration_rows(news, "fresh", fresh).tolist() == fresh.tolist()
    assert training.calibration_rows(news, "news", fresh).tolist() == news.tolist()
    assert training.calibration_rows(news, "all", fresh).all()
    assert training.calibration_rows(news, "fresh").tolist() == news.tolist()  # no fresh rows given


def test_calibration_rows_are_chosen_by_the_rows_left_out() -> None:
    """With the fresh rows left out, the calibration is judged by the two leave-out views: the
    news rows' own map, best in cross-validation on them, loses to one that transfers to the other
    fresh block."""
    training = pytest.importorskip("training.confidence", reason="scikit-learn (the train extra) is absent")

    def report(leave_news: float, cv_news: float, leave_fresh: float) -> dict[str, Any]:
        return {"leave_news_out": {"auroc": 0.8, "ece": leave_news}, "cross_validation_news": {"auroc": 0.8, "ece": cv_news},
                "cross_validation_all": {"auroc": 0.84, "ece": 0.05}, "leave_fresh_out": {"auroc": 0.81, "ece": leave_fresh}}

    own_block, two_blocks = report(0.026, 0.017, 0.022), report(0.023, 0.026, 0.017)
    assert training.news_ece(own_block) == pytest.approx(0.024)
    assert training.selection_key(two_blocks, 0.84) > training.selection_key(own_block, 0.84)
    without_fresh = {view: figures for view, figures in own_block.items() if view != "leave_fresh_out"}
    assert training.news_ece(without_fresh) == pytest.approx(0.0215)


def test_leave_fresh_out_scores_every_fresh_row_once_with_models_that_never_saw_it() -> None:
    training = pytest.importorskip("training.confidence", reason="scikit-learn (the train extra) is absent")
    groups = np.array([f"outlet{i % 7}" for i in range(70)])
    news = np.arange(70) % 3 == 0
    fresh = news | (np.arange(70) % 5 == 0)
    splits = training.evaluation_splits(groups, news, fresh)
    assert set(splits) == {"leave_news_out", "cross_validation", "leave_fresh_out"}
    tested = np.concatenate([test for _, test in splits["leave_fresh_out"]])
    assert sorted(tested.tolist()) == np.flatnonzero(fresh).tolist()
    for train, test in splits["leave_fresh_out"]:
        assert not set(train) & set(test)
        assert set(np.flatnonzero(~fresh)) <= set(train)
    assert "leave_fresh_out" not in training.evaluation_splits(groups, news)
