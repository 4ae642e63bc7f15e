"""`kutip evaluate`: the scoring rule of ../shared/README.md.

Each predicted content span is a candidate; gold and predicted spans are paired one to one,
greedily by overlap / max(gold length, predicted length) >= threshold. Speakers are
compared case-insensitively with titles dropped: equal, one contained in the other, or the
same last word.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from service.rules import RuleSet
from service.schemas import ExtractResponse


def read_gold(path: Path) -> Iterator[dict[str, Any]]:
    """Articles from a JSONL file, or a single JSON article (seed.json)."""
    content = path.read_text(encoding="utf-8")
    stripped = content.lstrip()
    if stripped.startswith("{") and "\n{" not in stripped.strip():
        yield json.loads(content)
        return
    for line in content.splitlines():
        if line.strip():
            yield json.loads(line)


def normalise_name(name: str | None, rules: RuleSet) -> list[str]:
    if not name:
        return []
    words = [w.strip(",.()").lower() for w in name.split()]
    return [w for w in words if w and not rules.is_title(w)]


def same_speaker(gold: str | None, predicted: str | None, rules: RuleSet) -> bool:
    a, b = normalise_name(gold, rules), normalise_name(predicted, rules)
    if not a or not b:
        return False
    if a == b or a[-1] == b[-1]:
        return True
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    joined = " " + " ".join(longer) + " "
    return (" " + " ".join(shorter) + " ") in joined


def mention_kind(quote: dict[str, Any], rules: RuleSet) -> str:
    mention = (quote.get("speaker_mention") or "").strip()
    if not mention:
        return "none"
    lower = mention.lower()
    if lower in rules.pronouns:
        return "pronoun"
    if lower.endswith(rules.cues.clitic.suffix):
        return "clitic"
    first = lower.split()[0]
    if first in rules.role_nouns or not mention[:1].isupper():
        return "role"
    return "name"


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    with_speaker: int = 0
    speaker_right: int = 0
    attributed: int = 0
    recall_by_type: Counter[str] = field(default_factory=Counter)
    gold_by_type: Counter[str] = field(default_factory=Counter)
    recall_by_mention: Counter[str] = field(default_factory=Counter)
    gold_by_mention: Counter[str] = field(default_factory=Counter)
    misses: list[dict[str, Any]] = field(default_factory=list)
    people_predicted: int = 0  # `people` entries of kind person
    people_right: int = 0  # of those, the ones naming someone in the gold `people` list
    people_gold: int = 0
    people_found: int = 0  # gold people named by some predicted person
    wrong_people: list[dict[str, Any]] = field(default_factory=list)


def _ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    if overlap <= 0:
        return 0.0
    return overlap / max(a[1] - a[0], b[1] - b[0])


def score_article(gold: dict[str, Any], response: ExtractResponse, rules: RuleSet, threshold: float,
                  direct_only: bool, tally: Tally) -> None:
    gold_quotes = [q for q in gold.get("quotes", []) if not direct_only or q.get("type") == "direct"]
    candidates: list[tuple[tuple[int, int], str | None, str]] = []
    for quote in response.quotes:
        if direct_only and quote.type == "indirect":
            continue
        for span in quote.spans:
            candidates.append(((span.start, span.end), quote.speaker.name, quote.type))
    pairs = []
    for g_index, g in enumerate(gold_quotes):
        for p_index, (p_span, _, _) in enumerate(candidates):
            ratio = _ratio((g["start"], g["end"]), p_span)
            if ratio >= threshold:
                pairs.append((ratio, g_index, p_index))
    pairs.sort(key=lambda item: -item[0])
    gold_match: dict[int, int] = {}
    used: set[int] = set()
    for _, g_index, p_index in pairs:
        if g_index in gold_match or p_index in used:
            continue
        gold_match[g_index] = p_index
        used.add(p_index)
    tally.gold += len(gold_quotes)
    tally.predicted += len(candidates)
    tally.matched += len(gold_match)
    for g_index, g in enumerate(gold_quotes):
        kind = g.get("type", "direct")
        mention = mention_kind(g, rules)
        tally.gold_by_type[kind] += 1
        tally.gold_by_mention[mention] += 1
        matched_index = gold_match.get(g_index)
        predicted_speaker = candidates[matched_index][1] if matched_index is not None else None
        right = False
        if matched_index is not None:
            tally.recall_by_type[kind] += 1
            if g.get("speaker"):
                tally.with_speaker += 1
                right = same_speaker(g["speaker"], predicted_speaker, rules)
                tally.speaker_right += right
                tally.recall_by_mention[mention] += right
            if right:
                tally.attributed += 1
        if matched_index is None or (g.get("speaker") and not right):
            tally.misses.append({
                "article": gold.get("id"), "type": kind, "quote": g["text"][:160],
                "gold_speaker": g.get("speaker"), "gold_mention": g.get("speaker_mention"),
                "predicted_speaker": predicted_speaker,
                "problem": "not found" if matched_index is None else "wrong speaker",
            })


def score_people(gold: dict[str, Any], response: ExtractResponse, rules: RuleSet, tally: Tally) -> None:
    """`people` of kind person against the gold `people` list, compared like speakers."""
    if "people" not in gold:
        return
    gold_people = [name for name in gold["people"] if name]
    predicted = [person.name for person in response.people if person.kind == "person"]
    tally.people_gold += len(gold_people)
    tally.people_predicted += len(predicted)
    for name in predicted:
        if any(same_speaker(expected, name, rules) for expected in gold_people):
            tally.people_right += 1
        else:
            tally.wrong_people.append({"article": gold.get("id"), "person": name})
    tally.people_found += sum(any(same_speaker(expected, name, rules) for name in predicted)
                              for expected in gold_people)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def summarise(tally: Tally) -> dict[str, Any]:
    precision = tally.matched / tally.predicted if tally.predicted else 0.0
    recall = tally.matched / tally.gold if tally.gold else 0.0
    attribution_precision = tally.attributed / tally.predicted if tally.predicted else 0.0
    attribution_recall = tally.attributed / tally.gold if tally.gold else 0.0
    return {
        "gold_quotes": tally.gold,
        "predicted_spans": tally.predicted,
        "matched": tally.matched,
        "quote_precision": round(precision, 4),
        "quote_recall": round(recall, 4),
        "quote_f1": round(_f1(precision, recall), 4),
        "speaker_accuracy": round(tally.speaker_right / tally.with_speaker, 4) if tally.with_speaker else 0.0,
        "attribution_precision": round(attribution_precision, 4),
        "attribution_recall": round(attribution_recall, 4),
        "attribution_f1": round(_f1(attribution_precision, attribution_recall), 4),
        "recall_by_type": {kind: round(tally.recall_by_type[kind] / count, 4)
                           for kind, count in sorted(tally.gold_by_type.items())},
        "gold_by_type": dict(sorted(tally.gold_by_type.items())),
        "attributed_recall_by_mention": {kind: round(tally.recall_by_mention[kind] / count, 4)
                                         for kind, count in sorted(tally.gold_by_mention.items())},
        "gold_by_mention": dict(sorted(tally.gold_by_mention.items())),
        "people_precision": round(tally.people_right / tally.people_predicted, 4) if tally.people_predicted else 0.0,
        "people_recall": round(tally.people_found / tally.people_gold, 4) if tally.people_gold else 0.0,
        "people_predicted": tally.people_predicted,
    }


def evaluate(articles: Iterable[dict[str, Any]], extract: Any, rules: RuleSet, thresholds: list[float],
             direct_only: bool) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    tallies = {threshold: Tally() for threshold in thresholds}
    count = 0
    for article in articles:
        response = extract(article["text"], article.get("id"))
        count += 1
        for threshold, tally in tallies.items():
            score_article(article, response, rules, threshold, direct_only, tally)
            score_people(article, response, rules, tally)
    report = {"articles": count, "direct_only": direct_only,
              "by_threshold": {str(threshold): summarise(tally) for threshold, tally in tallies.items()}}
    first = tallies[thresholds[0]]
    return report, first.misses + [{**entry, "problem": "person not in gold people"} for entry in first.wrong_people]


def format_report(report: dict[str, Any]) -> str:
    lines = [f"articles: {report['articles']}   direct only: {report['direct_only']}"]
    keys = ["gold_quotes", "predicted_spans", "matched", "quote_precision", "quote_recall", "quote_f1",
            "speaker_accuracy", "attribution_precision", "attribution_recall", "attribution_f1"]
    thresholds = list(report["by_threshold"])
    lines.append(f"{'metric':<24}" + "".join(f"{'overlap>=' + t:>16}" for t in thresholds))
    for key in keys:
        lines.append(f"{key:<24}" + "".join(f"{report['by_threshold'][t][key]:>16}" for t in thresholds))
    first = report["by_threshold"][thresholds[0]]
    lines.append("recall by type: " + ", ".join(
        f"{kind} {value} (n={first['gold_by_type'][kind]})" for kind, value in first["recall_by_type"].items()))
    lines.append("attributed recall by speaker mention: " + ", ".join(
        f"{kind} {value} (n={first['gold_by_mention'][kind]})"
        for kind, value in first["attributed_recall_by_mention"].items()))
    lines.append(f"people (kind person): precision {first['people_precision']}, recall {first['people_recall']} "
                 f"(predicted {first['people_predicted']}; against the gold `people` lists)")
    return "\n".join(lines)
