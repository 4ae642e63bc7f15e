"""Stage `confidence`: how likely each returned quote is to be right.

A row a dashboard shows is right when its span is a quote and its speaker is the person who
said it. The rules' own `confidence` encodes only how the speaker was found (name > clitic >
pronoun > role > carry); the largest error classes are name-resolved quotes, so it barely
ranks right rows above wrong ones. This stage reads the signals the earlier stages left on
the document (the quote rule's kind and family, resolution and the speaker slot's generator,
distances between mention, cue, speaker and quote, how many people compete nearby and how many the
salience model holds in focus where the speaker was chosen, how often the
speaker is quoted, the people check's probability that the speaker is a person of the article,
damaged text (hygiene repairs) and the sentence's length where the quote was read, how much of
its sentence a reported clause leaves unread, …) and turns them into a
probability with a trained model (logistic regression or gradient-boosted trees over named
features, whichever cross-validation by outlet prefers), then a calibration fitted
on out-of-fold predictions of news rows the rules were never tuned on (`training/confidence.py`,
`make train-confidence`). The model is plain JSON (`models/confidence/`), applied here without
scikit-learn.

The rules' value is kept in `Quote.rule_confidence`; with no model (`RuleConfidence`) the
stage leaves `confidence` as the rules set it.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from service.extraction.document import Document, Quote, Repair, Span

MAX_SENTENCE_DISTANCE = 5
MAX_NAME_WORDS = 5
# Isotonic calibration is a step function: rows in one step would tie. A small share of the
# model's raw probability is blended in so that the ranking keeps the model's order.
TIE_BREAK_SHARE = 0.02
# Confidences are reported to 6 decimals: most right rows sit between 0.95 and 0.99, where 4
# decimals tied 585 of the 1,119 news4 rows of the seventeenth round's baseline that the model
# had told apart, and a dashboard's ranking or its most confident share lost that order.
CONFIDENCE_DIGITS = 6
MAX_LOG_ODDS = 40.0  # math.exp overflows far beyond; probabilities are 0 or 1 there anyway


class QuoteScorer(Protocol):
    """The slot where a learned scorer stands beside the rules' confidence."""

    @property
    def version(self) -> str:
        """Reported in meta.confidence_model and part of meta.rules_version."""

    def score(self, document: Document) -> None:
        """Set `confidence` of every quote of the document."""


class RuleConfidence:
    """The rules' confidence as it is: the scorer used when no model is configured."""

    version = "rules"

    def score(self, document: Document) -> None:
        for quote in document.quotes:
            if quote.rule_confidence is None:
                quote.rule_confidence = quote.confidence
            quote.confidence = quote.rule_confidence


@dataclass(frozen=True)
class _Neighbourhood:
    """Sorted offsets of the document, computed once per document, so that every feature of a
    quote is a lookup (binary search), never a walk over the document: extraction stays linear
    in the text however many quotes and mentions it has."""

    sentence_starts: list[int]
    person_starts: list[int]
    mention_starts: dict[int, list[int]]  # person key -> sorted starts of their mentions
    repairs: list[Repair]  # the hygiene stage's damaged stretches, sorted by start
    repair_starts: list[int]
    longest_repair: int

    @classmethod
    def of(cls, document: Document) -> _Neighbourhood:
        people = sorted(e.start for e in document.entities if e.label == "PER")
        mentions = {key: sorted(m.start for m in person.mentions) for key, person in enumerate(document.people)}
        repairs = sorted(document.repairs, key=lambda repair: repair.start)
        return cls([s.start for s in document.sentences], people, mentions, repairs,
                   [repair.start for repair in repairs], max((r.end - r.start for r in repairs), default=0))

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect_right(self.sentence_starts, offset) - 1)

    def persons_between(self, start: int, end: int) -> int:
        return max(0, bisect_left(self.person_starts, end) - bisect_left(self.person_starts, start))

    def mentions_before(self, key: int, offset: int) -> int:
        return bisect_left(self.mention_starts.get(key, []), offset)

    def repair_kinds(self, start: int, end: int) -> set[str]:
        """Kinds of the damaged stretches that overlap [start, end): no repair starts before
        `start - longest_repair` and still reaches `start`."""
        first = bisect_left(self.repair_starts, start - self.longest_repair)
        return {r.kind for r in self.repairs[first:bisect_left(self.repair_starts, end)] if r.end > start}

    def mentions_within(self, key: int, quote: Quote) -> int:
        starts = self.mention_starts.get(key, [])
        return sum(bisect_left(starts, part.end) - bisect_left(starts, part.start) for part in quote.spans)


def log_count(value: float) -> float:
    """A count or a distance on a log scale (0 stays 0), as the trained models' features read it."""
    return math.log1p(max(0.0, value))


def _distance(span: Span, quote: Quote) -> int:
    """Characters between a span and the nearest of the quote's content spans (0 inside)."""
    return min(max(0, part.start - span.end, span.start - part.end) for part in quote.spans)


def _inside(span: Span, quote: Quote) -> bool:
    return any(part.contains(span) for part in quote.spans)


def _speaker_features(document: Document, quote: Quote, neighbourhood: _Neighbourhood) -> dict[str, float]:
    speaker = quote.speaker
    features: dict[str, float] = {f"resolution={speaker.resolution}": 1.0}
    if speaker.rule is not None:
        features[f"speaker_rule={speaker_generator(speaker.rule)}"] = 1.0
    if speaker.name is None:
        features["no_speaker"] = 1.0
        return features
    words = speaker.name.split()
    features["speaker_words"] = min(len(words), MAX_NAME_WORDS)
    features["speaker_one_word"] = float(len(words) == 1)
    features["speaker_starts_lowercase"] = float(speaker.name[:1].islower())
    if speaker.person_key is not None and speaker.person_key < len(document.people):
        person = document.people[speaker.person_key]
        features["speaker_organisation"] = float(person.kind == "organization")
        features["speaker_quote_share"] = person.quote_count / max(1, len(document.quotes))
        features["speaker_mentions_log"] = log_count(len(person.mentions))
        mentions_before = neighbourhood.mentions_before(speaker.person_key, quote.start)
        features["speaker_mentions_before_log"] = log_count(mentions_before)
        features["speaker_named_in_quote"] = float(neighbourhood.mentions_within(speaker.person_key, quote) > 0)
        features["speaker_roles"] = float(bool(person.roles))
        if person.person_probability is not None:
            features["speaker_person_probability"] = person.person_probability
    if quote.cue is not None and speaker.mention is not None:
        features["cue_speaker_distance_log"] = log_count(
            max(0, speaker.mention.start - quote.cue.end, quote.cue.start - speaker.mention.end))
    mention = speaker.antecedent or speaker.mention
    if mention is not None:
        features[f"mention={mention.kind}"] = 1.0
        features["mention_distance_log"] = log_count(_distance(mention, quote))
        features["mention_inside_quote"] = float(_inside(mention, quote))
        features["mention_after_quote"] = float(mention.start >= quote.end)
        gap = abs(neighbourhood.sentence_index(mention.start) - neighbourhood.sentence_index(quote.start))
        features["mention_sentences_away"] = min(gap, MAX_SENTENCE_DISTANCE)
        low, high = sorted((mention.end, quote.start if mention.start < quote.start else quote.end))
        features["persons_between_log"] = log_count(neighbourhood.persons_between(low, high))
    if speaker.antecedent is not None and speaker.mention is not None:
        features["antecedent_distance_log"] = log_count(max(0, speaker.mention.start - speaker.antecedent.end))
    return features


def speaker_generator(rule: str) -> str:
    """The speaker slot's generator id ("speaker.cue_name" of "speaker.cue_name@rules"): which
    evidence found the speaker, whichever ranker chose among the candidates."""
    return rule.split("@", 1)[0]


def _rule_group(rule: str) -> str:
    """A quote rule id's kind and family ("indirect.verb" of "indirect.verb.say")."""
    return ".".join(rule.split(".")[:2])


def _clause_cut(document: Document, quote: Quote) -> int:
    """Letters and digits of the quote's last sentence left after the quote ends. A reported
    clause usually reads to its sentence's end; an indirect or mixed span that stops before it
    was cut where the clause rules saw a boundary (a conjunction, a second predicate, an
    interposed cue), which is often right but is where a span ends too early or a clause is
    not the speaker's (training rows: 60 % right with more than 30 characters left, against
    91 % at the end). Absent for direct quotes, whose quotation marks bound them."""
    sentence = document.sentence_of(quote.end - 1)
    return sum(character.isalnum() for character in document.text[quote.end:sentence.end])


def _quote_features(document: Document, quote: Quote, neighbourhood: _Neighbourhood) -> dict[str, float]:
    text = document.text[quote.start:quote.end]
    sentence = document.sentence_of(quote.start)
    # the quote's first sentence, stretched to the quote: its length says whether the
    # splitter found the sentence ends there (a run-on line of glued sentences is long)
    low, high = min(sentence.start, quote.start), max(sentence.end, quote.end)
    features = {
        f"type={quote.type}": 1.0,
        f"rule_group={_rule_group(quote.rule)}": 1.0,
        "rule_confidence": quote.rule_confidence if quote.rule_confidence is not None else quote.confidence,
        "quote_words_log": log_count(len(text.split())),
        "spans": float(len(quote.spans)),
        "starts_lowercase": float(text[:1].islower()),
        "persons_in_sentence_log": log_count(neighbourhood.persons_between(sentence.start, sentence.end)),
        "persons_in_quote_log": log_count(sum(neighbourhood.persons_between(p.start, p.end) for p in quote.spans)),
        "sentence_chars_log": log_count(high - low),
        # people in focus where the speaker was chosen: each is a speaker the slot could have
        # taken, so the more there are, the likelier a wrong choice (a count, whatever the cue)
        "people_in_focus_log": log_count(quote.people_in_focus),
    }
    for kind in neighbourhood.repair_kinds(low, high):  # damaged text where the quote was read
        features[f"repair_near={kind}"] = 1.0
    if quote.type != "direct":
        features["clause_cut_log"] = log_count(_clause_cut(document, quote))
    if quote.cue is None:
        features["no_cue"] = 1.0
    else:
        features["cue_distance_log"] = log_count(_distance(quote.cue, quote))
        features["cue_after_quote"] = float(quote.cue.start >= quote.end)
    return features


def quote_features(document: Document) -> list[dict[str, float]]:
    """Named features of every quote, in document order (the training table's rows)."""
    neighbourhood = _Neighbourhood.of(document)
    rows = []
    previous: Quote | None = None
    for quote in document.quotes:
        features = _quote_features(document, quote, neighbourhood)
        features.update(_speaker_features(document, quote, neighbourhood))
        if previous is not None:
            key = quote.speaker.person_key
            features["same_speaker_as_previous"] = float(key is not None and key == previous.speaker.person_key)
            features["previous_same_paragraph"] = float(
                document.paragraph_of(previous.start) == document.paragraph_of(quote.start))
        previous = quote
        rows.append(features)
    return rows


class ScoreFunction(Protocol):
    """A fitted model's raw score: the log-odds that a row is right."""

    def log_odds(self, features: dict[str, float]) -> float: ...

    def log_odds_many(self, rows: Sequence[dict[str, float]]) -> list[float]:
        """`log_odds` of every row, equal to it row by row; one call for all the rows of a
        document or a quote, so a model can score them together."""
        ...


@dataclass(frozen=True)
class LinearScore:
    """Logistic regression over standardised features."""

    features: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    coefficients: tuple[float, ...]
    intercept: float

    def log_odds(self, features: dict[str, float]) -> float:
        total = self.intercept
        for name, mean, scale, weight in zip(self.features, self.means, self.scales, self.coefficients, strict=True):
            total += weight * (features.get(name, 0.0) - mean) / scale
        return total

    def log_odds_many(self, rows: Sequence[dict[str, float]]) -> list[float]:
        return [self.log_odds(row) for row in rows]


@dataclass(frozen=True)
class Tree:
    """One regression tree as parallel node lists; a row goes left when value <= threshold."""

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    leaf: tuple[bool, ...]
    value: tuple[float, ...]


@dataclass(frozen=True)
class TreeTables:
    """All trees of a boosted model padded into (tree, node) tables, so that every row walks
    every tree at once in numpy: one step down per level instead of one Python step per node.
    Leaves point to themselves, so a row that reached its leaf stays there. The tables are
    kept flat (node `n` of tree `t` at `t * width + n`) and read with `take`: for the few
    rows of one article, indexing by two arrays cost more than the walk itself."""

    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray  # children as flat positions
    right: np.ndarray
    value: np.ndarray
    roots: np.ndarray  # each tree's first node, as a flat position
    depth: int

    @classmethod
    def build(cls, trees: Sequence[Tree]) -> TreeTables:
        width = max((len(tree.leaf) for tree in trees), default=1)
        shape = (len(trees), width)
        feature = np.zeros(shape, dtype=np.intp)
        threshold = np.zeros(shape, dtype=np.float64)
        left = np.tile(np.arange(width, dtype=np.intp), (len(trees), 1))
        right = left.copy()
        value = np.zeros(shape, dtype=np.float64)
        for index, tree in enumerate(trees):
            for node, is_leaf in enumerate(tree.leaf):
                value[index, node] = tree.value[node]
                if not is_leaf:
                    feature[index, node] = tree.feature[node]
                    threshold[index, node] = tree.threshold[node]
                    left[index, node] = tree.left[node]
                    right[index, node] = tree.right[node]
        roots = np.arange(len(trees), dtype=np.intp) * width
        return cls(feature.ravel(), threshold.ravel(), (left + roots[:, None]).ravel(),
                   (right + roots[:, None]).ravel(), value.ravel(), roots,
                   max((tree_depth(tree) for tree in trees), default=0))

    def leaf_values(self, rows: np.ndarray) -> np.ndarray:
        """(row, tree) -> the value of the leaf the row reaches in that tree."""
        row_starts = (np.arange(rows.shape[0], dtype=np.intp) * rows.shape[1])[:, None]
        cells = rows.ravel()
        nodes = np.broadcast_to(self.roots, (rows.shape[0], len(self.roots)))
        for _ in range(self.depth):
            goes_left = cells.take(row_starts + self.feature.take(nodes)) <= self.threshold.take(nodes)
            nodes = np.where(goes_left, self.left.take(nodes), self.right.take(nodes))
        return self.value.take(nodes)


def tree_depth(tree: Tree) -> int:
    """The number of splits on the longest path from the root to a leaf."""
    depth, frontier = 0, [0]
    while True:
        frontier = [child for node in frontier if not tree.leaf[node] for child in (tree.left[node], tree.right[node])]
        if not frontier:
            return depth
        depth += 1


@dataclass(frozen=True)
class BoostedTreesScore:
    """Gradient-boosted trees: a baseline plus every tree's leaf value."""

    features: tuple[str, ...]
    baseline: float
    trees: tuple[Tree, ...]
    tables: TreeTables = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tables", TreeTables.build(self.trees))

    def log_odds(self, features: dict[str, float]) -> float:
        return self.log_odds_many([features])[0]

    def log_odds_many(self, rows: Sequence[dict[str, float]]) -> list[float]:
        """Every row through every tree at once. The leaf values are summed from zero in tree
        order (a running sum, as the trees were fitted) and the baseline added last, so a
        row scores the same alone or with others."""
        if not rows:
            return []
        # each row's values read by `map` over the feature names (0.0 for a name the row lacks),
        # no comprehension step per feature (about 80 of them, for each of an article's rows)
        matrix = np.array([list(map(row.get, self.features, repeat(0.0))) for row in rows], dtype=np.float64)
        totals = np.cumsum(self.tables.leaf_values(matrix), axis=1)[:, -1] if self.trees else np.zeros(len(rows))
        return [self.baseline + float(total) for total in totals]


def score_function(model: dict[str, Any]) -> ScoreFunction:
    if model["kind"] == "boosted_trees":
        trees = tuple(Tree(tuple(t["feature"]), tuple(t["threshold"]), tuple(t["left"]), tuple(t["right"]),
                           tuple(t["leaf"]), tuple(t["value"])) for t in model["trees"])
        return BoostedTreesScore(tuple(model["features"]), float(model["baseline"]), trees)
    if model["kind"] == "logistic":
        return LinearScore(tuple(model["features"]), tuple(model["means"]), tuple(model["scales"]),
                           tuple(model["coefficients"]), float(model["intercept"]))
    raise ValueError(f"unknown confidence model kind {model['kind']!r}")


class Calibration(Protocol):
    """Maps a fitted model's log-odds to P(row right), fitted on out-of-fold predictions."""

    def probability(self, log_odds: float) -> float: ...


def sigmoid(log_odds: float) -> float:
    """P from log-odds, clipped so that math.exp never overflows."""
    return 1.0 / (1.0 + math.exp(-max(-MAX_LOG_ODDS, min(MAX_LOG_ODDS, log_odds))))


@dataclass(frozen=True)
class IsotonicCalibration:
    """A step function of the raw probability; a small share of the raw probability is
    blended in so that rows in one step keep the model's order."""

    x: tuple[float, ...]
    y: tuple[float, ...]

    def probability(self, log_odds: float) -> float:
        raw = sigmoid(log_odds)
        return (1 - TIE_BREAK_SHARE) * interpolate(raw, self.x, self.y) + TIE_BREAK_SHARE * raw


@dataclass(frozen=True)
class PlattCalibration:
    """A logistic curve over the log-odds (Platt scaling): two numbers, strictly increasing,
    so no ties and less room to fit the training outlets' quirks than isotonic steps."""

    slope: float
    intercept: float

    def probability(self, log_odds: float) -> float:
        return sigmoid(self.slope * log_odds + self.intercept)


def calibration_map(data: dict[str, Any]) -> Calibration:
    kind = data.get("kind", "isotonic")
    if kind == "isotonic":
        return IsotonicCalibration(tuple(data["x"]), tuple(data["y"]))
    if kind == "platt":
        return PlattCalibration(float(data["slope"]), float(data["intercept"]))
    raise ValueError(f"unknown confidence calibration kind {kind!r}")


@dataclass(frozen=True)
class CalibratedConfidence:
    """A fitted model's log-odds, mapped by its calibration to P(row right)."""

    version: str
    model: ScoreFunction
    calibration: Calibration

    @classmethod
    def load(cls, path: Path) -> CalibratedConfidence:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(version=data["version"], model=score_function(data["model"]),
                   calibration=calibration_map(data["calibration"]))

    def score(self, document: Document) -> None:
        for quote in document.quotes:
            if quote.rule_confidence is None:  # scoring twice reads the rules' value, not its own
                quote.rule_confidence = quote.confidence
        rows = quote_features(document)
        for quote, log_odds in zip(document.quotes, self.model.log_odds_many(rows), strict=True):
            quote.confidence = round(self.calibration.probability(log_odds), CONFIDENCE_DIGITS)


def interpolate(value: float, xs: Sequence[float], ys: Sequence[float]) -> float:
    """Piecewise-linear interpolation, clipped at both ends (as isotonic regression predicts)."""
    if not xs:
        return value
    if value <= xs[0]:
        return ys[0]
    if value >= xs[-1]:
        return ys[-1]
    position = bisect_right(xs, value)
    x0, x1, y0, y1 = xs[position - 1], xs[position], ys[position - 1], ys[position]
    return y0 if x1 == x0 else y0 + (y1 - y0) * (value - x0) / (x1 - x0)


def load_quote_scorer(path: Path | None) -> QuoteScorer:
    """The trained scorer when a model file is configured, the rules' confidence otherwise."""
    if path is None:
        return RuleConfidence()
    return CalibratedConfidence.load(path)
