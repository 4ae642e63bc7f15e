"""`kutip evaluate`: the project's reference scoring rule, computed the same way as
`../shared/eval/tools/score.py` and `calibration.py`, so that one figure has one meaning.

Every predicted content span (a quote's `spans`) is a candidate. Gold quotes and candidates
are paired one to one, greedily by the number of shared characters (ties: the later gold
quote, then the later candidate, as the reference sorts), when shared / max(gold length,
candidate length) reaches the threshold. Names are compared after NFKC case folding, with
punctuation removed and the scoring rule's title words (`rules/scoring.yml`) dropped:
leniently (one name's words within the other's, or the same last word) for speaker accuracy
and attribution, strictly (the same words) for exact-name accuracy. With `direct_only` the
gold is kept whole and indirect predictions are ignored (PFSA-ID labels direct quotes only).

Calibration (`calibration.py`): a row is a predicted span; it is right when it is paired with
a gold quote whose speaker is the same person. AUROC of `confidence` for "right", expected
calibration error over ten equal bins, accuracy of the most confident shares of rows. As in
the reference, rows are counted before the `direct_only` filter.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from service.evaluation.calibration import calibration_summary
from service.extraction.rules import RuleSet

DEFAULT_THRESHOLDS = (0.5, 0.9)
DIRECT_ONLY_TYPES = (None, "direct", "mixed")
PUNCTUATION = re.compile(r"[^\w\s-]")


@dataclass(frozen=True)
class ScoringRule:
    """The words the reference drops from names before comparing them."""

    titles: frozenset[str]

    @classmethod
    def load(cls, path: Path) -> ScoringRule:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return cls(titles=frozenset(str(word).casefold() for word in data["titles"]))


def read_gold(path: Path) -> Iterator[dict[str, Any]]:
    """Articles from a JSONL file, or a single JSON article (seed.json)."""
    content = path.read_text(encoding="utf-8")
    stripped = content.lstrip()
    if stripped.startswith("{") and "\n{" not in stripped.strip():
        yield json.loads(content)
        return
    for line in content.split("\n"):
        if line.strip():
            yield json.loads(line)


def read_predictions(path: Path) -> dict[str, dict[str, Any]]:
    """A prediction file: one `/v1/extract` response per line, keyed by its `id`."""
    predictions: dict[str, dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            record = json.loads(line)
            predictions[record.get("id")] = record
    return predictions


def normalise_name(name: str | None, rule: ScoringRule) -> list[str]:
    if not name:
        return []
    folded = PUNCTUATION.sub(" ", unicodedata.normalize("NFKC", name).casefold())
    return [word for word in folded.split() if word not in rule.titles]


def same_person(predicted: str | None, gold: str | None, rule: ScoringRule, strict: bool = False) -> bool:
    """Lenient: one name's words within the other's, or the same last word; strict: equal."""
    left, right = normalise_name(predicted, rule), normalise_name(gold, rule)
    if not left or not right:
        return False
    if strict:
        return left == right
    return set(left) <= set(right) or set(right) <= set(left) or left[-1] == right[-1]


def same_speaker(gold: str | None, predicted: str | None, rule: ScoringRule) -> bool:
    """The lenient rule with the gold name first, as tables of expected speakers read."""
    return same_person(predicted, gold, rule)


def speaker_name(quote: dict[str, Any]) -> str | None:
    speaker = quote.get("speaker")
    if isinstance(speaker, dict):
        return speaker.get("name") or (speaker.get("mention") or {}).get("text")
    return speaker


@dataclass(frozen=True)
class PredictedSpan:
    start: int
    end: int
    type: str | None
    speaker: str | None
    confidence: float


def predicted_spans(response: dict[str, Any]) -> list[PredictedSpan]:
    """Every content span of every quote (a quote broken by its cue has two)."""
    out = []
    for quote in response.get("quotes", []):
        spans = quote.get("spans") or [{"start": quote.get("start"), "end": quote.get("end")}]
        for span in spans:
            if span.get("start") is None or span.get("end") is None:
                continue
            out.append(PredictedSpan(span["start"], span["end"], quote.get("type"), speaker_name(quote),
                                     float(quote.get("confidence") or 0.0)))
    return out


def _shared_characters(gold: dict[str, Any], predicted: PredictedSpan) -> int:
    return max(0, min(gold["end"], predicted.end) - max(gold["start"], predicted.start))


def pair_spans(gold: list[dict[str, Any]], predicted: list[PredictedSpan], threshold: float) -> dict[int, int]:
    """Gold index -> predicted index, one to one, the largest overlaps first."""
    candidates = []
    for gold_index, quote in enumerate(gold):
        for predicted_index, span in enumerate(predicted):
            shared = _shared_characters(quote, span)
            longest = max(quote["end"] - quote["start"], span.end - span.start, 1)
            if shared and shared / longest >= threshold:
                candidates.append((shared, gold_index, predicted_index))
    candidates.sort(reverse=True)
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, gold_index, predicted_index in candidates:
        if gold_index not in pairs and predicted_index not in used:
            pairs[gold_index] = predicted_index
            used.add(predicted_index)
    return pairs


def mention_kind(quote: dict[str, Any], rules: RuleSet) -> str:
    """How the gold speaker is mentioned: a breakdown the reference does not give."""
    mention = (quote.get("speaker_mention") or "").strip()
    if not mention:
        return "none"
    lower = mention.lower()
    if lower in rules.pronouns:
        return "pronoun"
    if lower.endswith(rules.cues.clitic.suffix):
        return "clitic"
    if lower.split()[0] in rules.role_nouns or not mention[:1].isupper():
        return "role"
    return "name"


@dataclass
class Tally:
    gold: int = 0
    gold_with_speaker: int = 0
    predicted: int = 0
    matched: int = 0
    attributed: int = 0
    speaker_scored: int = 0
    speaker_right: int = 0
    speaker_right_strict: int = 0
    gold_by_type: Counter[str] = field(default_factory=Counter)
    found_by_type: Counter[str] = field(default_factory=Counter)
    gold_by_derivation: Counter[str] = field(default_factory=Counter)
    attributed_by_derivation: Counter[str] = field(default_factory=Counter)
    gold_by_mention: Counter[str] = field(default_factory=Counter)
    attributed_by_mention: Counter[str] = field(default_factory=Counter)
    people_gold: int = 0
    people_predicted: int = 0
    people_found: int = 0
    people_right: int = 0
    rows: list[tuple[float, bool]] = field(default_factory=list)
    speaker_rows: list[tuple[float, bool]] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Scorer:
    rule: ScoringRule
    rules: RuleSet
    threshold: float
    direct_only: bool

    def score_article(self, gold: dict[str, Any], response: dict[str, Any], tally: Tally) -> None:
        gold_quotes = gold["quotes"]
        every_span = predicted_spans(response)
        self._calibration_rows(gold_quotes, every_span, tally)
        spans = [s for s in every_span if s.type in DIRECT_ONLY_TYPES] if self.direct_only else every_span
        pairs = pair_spans(gold_quotes, spans, self.threshold)
        tally.gold += len(gold_quotes)
        tally.predicted += len(spans)
        tally.matched += len(pairs)
        for gold_index, quote in enumerate(gold_quotes):
            predicted = spans[pairs[gold_index]] if gold_index in pairs else None
            self._score_quote(gold.get("id"), quote, predicted, tally)
        self._score_people(gold, response, tally)

    def _score_quote(self, article: Any, quote: dict[str, Any], predicted: PredictedSpan | None,
                     tally: Tally) -> None:
        kind = quote.get("type", "?")
        tally.gold_by_type[kind] += 1
        tally.found_by_type[kind] += predicted is not None
        if not quote.get("speaker"):
            if predicted is None:
                tally.misses.append(_miss(article, quote, None, "not found"))
            return
        tally.gold_with_speaker += 1
        derivation = quote.get("speaker_derivation", "all")
        mention = mention_kind(quote, self.rules)
        tally.gold_by_derivation[derivation] += 1
        tally.gold_by_mention[mention] += 1
        if predicted is None:
            tally.misses.append(_miss(article, quote, None, "not found"))
            return
        tally.speaker_scored += 1
        right = same_person(predicted.speaker, quote["speaker"], self.rule)
        tally.speaker_right_strict += same_person(predicted.speaker, quote["speaker"], self.rule, strict=True)
        if right:
            tally.speaker_right += 1
            tally.attributed += 1
            tally.attributed_by_derivation[derivation] += 1
            tally.attributed_by_mention[mention] += 1
        else:
            tally.misses.append(_miss(article, quote, predicted.speaker, "wrong speaker"))

    def _score_people(self, gold: dict[str, Any], response: dict[str, Any], tally: Tally) -> None:
        gold_people = gold.get("people") or []
        predicted = [person.get("name") if isinstance(person, dict) else person
                     for person in response.get("people", [])
                     if not isinstance(person, dict) or person.get("kind", "person") == "person"]
        tally.people_gold += len(gold_people)
        tally.people_predicted += len(predicted)
        tally.people_found += sum(any(same_person(name, expected, self.rule) for name in predicted)
                                  for expected in gold_people)
        for name in predicted:
            if any(same_person(name, expected, self.rule) for expected in gold_people):
                tally.people_right += 1

    def _calibration_rows(self, gold_quotes: list[dict[str, Any]], spans: list[PredictedSpan],
                          tally: Tally) -> None:
        gold_of = {predicted: gold for gold, predicted in pair_spans(gold_quotes, spans, self.threshold).items()}
        for index, span in enumerate(spans):
            gold_index = gold_of.get(index)
            expected = gold_quotes[gold_index].get("speaker") if gold_index is not None else None
            right = bool(expected) and same_person(span.speaker, expected, self.rule)
            tally.rows.append((span.confidence, right))
            if expected:
                tally.speaker_rows.append((span.confidence, right))


def _miss(article: Any, quote: dict[str, Any], predicted_speaker: str | None, problem: str) -> dict[str, Any]:
    return {"article": article, "type": quote.get("type"), "quote": quote["text"][:160],
            "gold_speaker": quote.get("speaker"), "gold_mention": quote.get("speaker_mention"),
            "predicted_speaker": predicted_speaker, "problem": problem}


def precision_recall_f1(right: int, predicted: int, gold: int) -> dict[str, float]:
    precision = right / predicted if predicted else 0.0
    recall = right / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": round(precision, 4), "r": round(recall, 4), "f1": round(f1, 4)}


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def summarise(tally: Tally, threshold: float, articles: int) -> dict[str, Any]:
    """The reference scorer's figures, under its names, plus the mention-kind breakdown."""
    return {
        "threshold": threshold,
        "articles": articles,
        "quotes": precision_recall_f1(tally.matched, tally.predicted, tally.gold),
        "attribution": precision_recall_f1(tally.attributed, tally.predicted, tally.gold_with_speaker),
        "speaker_acc_on_matched": _share(tally.speaker_right, tally.speaker_scored),
        "speaker_acc_strict_on_matched": _share(tally.speaker_right_strict, tally.speaker_scored),
        "recall_by_type": {kind: f"{tally.found_by_type[kind]}/{count}"
                           for kind, count in sorted(tally.gold_by_type.items())},
        "attribution_recall_by_derivation": {kind: f"{tally.attributed_by_derivation[kind]}/{count}"
                                             for kind, count in sorted(tally.gold_by_derivation.items())},
        "attribution_recall_by_mention": {kind: f"{tally.attributed_by_mention[kind]}/{count}"
                                          for kind, count in sorted(tally.gold_by_mention.items())},
        "people": {"p": _share(tally.people_right, tally.people_predicted),
                   "r": _share(tally.people_found, tally.people_gold)},
        "counts": {"gold_quotes": tally.gold, "pred_spans": tally.predicted},
    }


def extract_predictions(golds: Iterable[dict[str, Any]], extract: Any) -> dict[str, dict[str, Any]]:
    """Each gold article's text through `extract` (Extractor.extract), as the JSON the API returns."""
    return {article["id"]: {**extract(article["text"], article.get("id")).model_dump(mode="json"),
                            "id": article["id"]} for article in golds}


def evaluate_predictions(golds: Iterable[dict[str, Any]], predictions: dict[str, dict[str, Any]],
                         rule: ScoringRule, rules: RuleSet, thresholds: Iterable[float],
                         direct_only: bool) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Score responses (dicts as `/v1/extract` returns them) against gold articles."""
    articles = list(golds)
    results, misses = [], []
    for position, threshold in enumerate(thresholds):
        scorer = Scorer(rule, rules, threshold, direct_only)
        tally = Tally()
        for article in articles:
            scorer.score_article(article, predictions.get(article["id"], {}), tally)
        summary = summarise(tally, threshold, len(articles))
        summary["calibration"] = {"row": calibration_summary(tally.rows),
                                  "speaker": calibration_summary(tally.speaker_rows)}
        results.append(summary)
        if position == 0:
            misses = tally.misses
    report = {"articles": len(articles), "direct_only": direct_only, "results": results}
    return report, misses


def format_report(report: dict[str, Any]) -> str:
    lines = [f"articles: {report['articles']}   direct only: {report['direct_only']}"]
    rows = [
        ("quote precision", lambda r: r["quotes"]["p"]), ("quote recall", lambda r: r["quotes"]["r"]),
        ("quote F1", lambda r: r["quotes"]["f1"]),
        ("speaker accuracy", lambda r: r["speaker_acc_on_matched"]),
        ("exact-name speaker acc.", lambda r: r["speaker_acc_strict_on_matched"]),
        ("attribution precision", lambda r: r["attribution"]["p"]),
        ("attribution recall", lambda r: r["attribution"]["r"]),
        ("attribution F1", lambda r: r["attribution"]["f1"]),
        ("people precision", lambda r: r["people"]["p"]), ("people recall", lambda r: r["people"]["r"]),
        ("rows AUROC", lambda r: r["calibration"]["row"]["auroc"]),
        ("rows ECE", lambda r: r["calibration"]["row"]["ece"]),
        ("rows top-70% accuracy", lambda r: r["calibration"]["row"].get("acc_top70")),
    ]
    results = report["results"]
    lines.append(f"{'metric':<26}" + "".join(f"{'overlap>=' + str(r['threshold']):>16}" for r in results))
    for label, value in rows:
        lines.append(f"{label:<26}" + "".join(f"{value(r)!s:>16}" for r in results))
    first = results[0]
    lines.append("recall by type: " + ", ".join(f"{k} {v}" for k, v in first["recall_by_type"].items()))
    lines.append("attributed by speaker mention: " + ", ".join(
        f"{k} {v}" for k, v in first["attribution_recall_by_mention"].items()))
    if len(first["attribution_recall_by_derivation"]) > 1:
        lines.append("attributed by derivation: " + ", ".join(
            f"{k} {v}" for k, v in first["attribution_recall_by_derivation"].items()))
    counts = first["counts"]
    lines.append(f"gold quotes {counts['gold_quotes']}, predicted spans {counts['pred_spans']}, "
                 f"rows {first['calibration']['row']['n']}")
    return "\n".join(lines)
