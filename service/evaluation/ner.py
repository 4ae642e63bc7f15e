"""`kutip eval-ner`: entity-level, exact-span precision/recall/F1 on a BIO file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from service.evaluation.corpora import read_bio
from service.extraction.entity_repairs import entity_token_spans, tag_spans
from service.extraction.ner import EntityTagger
from service.extraction.rules import RuleSet

LABELS = ("PER", "ORG", "LOC")


def evaluate_ner(path: Path, tagger: EntityTagger, rules: RuleSet | None = None,
                 batch: int = 256) -> dict[str, dict[str, Any]]:
    """Scores of the NER stage as the service runs it (with `rules`: PER titles trimmed),
    or of the model alone (`rules=None`)."""
    sentences = read_bio(path)
    counts = {label: {"gold": 0, "predicted": 0, "correct": 0} for label in LABELS}
    for offset in range(0, len(sentences), batch):
        chunk = sentences[offset:offset + batch]
        predicted_tags = tagger.tag_sentences([[word for word, _ in sentence] for sentence in chunk])
        for sentence, tags in zip(chunk, predicted_tags, strict=True):
            gold = set(tag_spans([label for _, label in sentence]))
            predicted = set(entity_token_spans([word for word, _ in sentence], tags, rules))
            for label in LABELS:
                gold_label = {span for span in gold if span[2] == label}
                predicted_label = {span for span in predicted if span[2] == label}
                counts[label]["gold"] += len(gold_label)
                counts[label]["predicted"] += len(predicted_label)
                counts[label]["correct"] += len(gold_label & predicted_label)
    report: dict[str, dict[str, Any]] = {}
    totals = {"gold": 0, "predicted": 0, "correct": 0}
    for label, count in counts.items():
        report[label] = _prf(count)
        for key in totals:
            totals[key] += count[key]
    report["micro"] = _prf(totals)
    return report


def _prf(count: dict[str, int]) -> dict[str, Any]:
    precision = count["correct"] / count["predicted"] if count["predicted"] else 0.0
    recall = count["correct"] / count["gold"] if count["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": round(precision, 4), "r": round(recall, 4), "f1": round(f1, 4), "support": count["gold"]}


def format_ner_report(report: dict[str, dict[str, Any]]) -> str:
    lines = [f"{'type':<6}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}"]
    for label, values in report.items():
        lines.append(f"{label:<6}{values['p']:>8.4f}{values['r']:>8.4f}{values['f1']:>8.4f}{values['support']:>9}")
    return "\n".join(lines)
